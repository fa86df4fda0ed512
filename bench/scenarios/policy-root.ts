// Generates a policy repository of many sources over many resource-group scopes, for the plan and apply benchmarks.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface GeneratedRoot {
  subscriptions: string[]
  scopes: string[]
}

const subscription = (i: number) => `${String(i).padStart(8, '0')}-aaaa-4bbb-8ccc-${String(i).padStart(12, '0')}`

/**
 * `sources` public-Git sources spread evenly over `scopes` resource groups in `subscriptionCount` subscriptions, or
 * over the resource groups of `layout` (a fleet's: scope i is in subscription i % subscriptions).
 */
export function writeGeneratedRoot(
  root: string,
  sources: number,
  scopeCount: number,
  subscriptionCount: number,
  layout?: GeneratedRoot
): GeneratedRoot {
  const subscriptions =
    layout?.subscriptions ?? Array.from({ length: subscriptionCount }, (_, i) => subscription(i + 1))
  const scopes =
    layout?.scopes ??
    Array.from(
      { length: scopeCount },
      (_, i) => `/subscriptions/${subscriptions[i % subscriptionCount]}/resourceGroups/rg-${i}`
    )
  const teams = subscriptions.map((_, i) => `team-${i}`)
  const grants = teams.map((t, i) => `  ${t}:\n    scopes: [/subscriptions/${subscriptions[i]}]`).join('\n')
  writeFileSync(
    join(root, 'flux-policy.yaml'),
    `version: 1\nlocation: westeurope\nteams:\n${grants}\nsafety: { maxDeletes: 5 }\n`
  )
  for (let i = 0; i < sources; i++) {
    const scopeIndex = i % scopeCount
    const team = teams[scopeIndex % subscriptionCount]!
    mkdirSync(join(root, 'teams', team), { recursive: true })
    writeFileSync(
      join(root, 'teams', team, `app-${i}.yaml`),
      `team: ${team}
sources:
  - name: app-${i}
    scope: ${scopes[scopeIndex]}
    git: { url: 'https://github.com/contoso/app-${i}', branch: main }
    namespace: app-${i}
    kustomization: { path: ./deploy }
`
    )
  }
  return { subscriptions, scopes }
}
