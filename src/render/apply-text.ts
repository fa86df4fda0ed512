import type { ApplyResult } from '../apply/apply-result.js'
import { terminalLines, terminalText } from './terminal-text.js'

/** The terminal form of an apply result. */
export function renderApplyText(result: ApplyResult): string {
  if (result.refused) return `✗ Not applied: ${terminalText(result.refused)}`
  const done = result.outcomes.filter(
    (o) => o.action !== 'no-op' || o.rolesGranted.length > 0 || o.status !== 'succeeded'
  )
  const failed = done.filter((o) => o.status !== 'succeeded')
  const lines = done.map(
    (o) =>
      `${o.status === 'succeeded' ? '✓' : '✗'} ${o.action} ${o.name} at ${o.scope}${o.remediationId ? ` (remediation ${o.remediationId})` : ''}${o.reason ? ` — ${o.reason}` : ''}`
  )
  const verdict =
    failed.length === 0
      ? `Applied: ${done.length} change${done.length === 1 ? '' : 's'}.`
      : `Partially applied: ${failed.length} of ${done.length} failed. Run apply again to converge.`
  return terminalLines([...lines, '', verdict])
}
