import type { FieldReach } from '../../plan/plan.js'

const LABEL = {
  remediation: 'remediation redeploys',
  invisible: 'invisible to the policy, apply updates clusters directly',
  'not-deployed': 'nothing on clusters'
} as const

/**
 * One line saying how an update's changed fields reach clusters that already carry the configuration, e.g.
 * `# existing clusters: remediation redeploys repositoryUrl; invisible to the policy, … kustomizationPath`.
 * `#` keeps it uncoloured in a `diff` block. None when the plan has no reach for the change.
 */
export function reachLines(reach: readonly FieldReach[] | undefined): string[] {
  if (!reach?.length) return []
  const names = (kind: keyof typeof LABEL) =>
    reach.filter((r) => r.reach === kind).map((r) => r.field.replace(/^parameters\./, ''))
  const parts = (Object.keys(LABEL) as Array<keyof typeof LABEL>)
    .filter((kind) => names(kind).length > 0)
    .map((kind) => `${LABEL[kind]} ${names(kind).join(', ')}`)
  return [`# existing clusters: ${parts.join('; ')}`]
}
