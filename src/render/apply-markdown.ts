import { describeRemediationPath } from '../plan/remediation-path.js'
import { shownOutcome } from './apply-text.js'
import type { ApplyResult, AssignmentOutcome } from '../apply/apply-result.js'
import { configurationUpdatesMarkdown } from './configuration-updates.js'
import { mdCode, mdMessage, mdText } from './markdown/inert.js'
import { orphanMarkdown } from './orphan-lines.js'

export const APPLY_MARKER = '<!-- flux-policy:apply -->'

export interface ApplyReportContext {
  commit: string
  planHash: string
  /** The hash in the merged pull request's plan comment, when one was found. */
  reviewedHash?: string
  /** The plan made now is what was left of the reviewed plan: this many of its changes were live already. */
  alreadyLive?: number
  runUrl?: string
}

/** The result comment on the merged pull request (and the job summary). */
export function renderApplyResult(result: ApplyResult, context: ApplyReportContext): string {
  const shown = result.outcomes.filter(shownOutcome)
  const failed = shown.filter((o) => o.status !== 'succeeded')
  const headline = result.refused
    ? `**✗ Not applied.** ${mdMessage(result.refused)}`
    : failed.length === 0
      ? `**✓ Applied** ${shown.length === 0 ? nothingLeft(context) : `${shown.length} change${shown.length === 1 ? '' : 's'}.`}`
      : `**✗ Partially applied:** ${failed.length} of ${shown.length} failed. Fix the cause and re-run the workflow: apply converges.`
  return [
    APPLY_MARKER,
    '## flux-policy apply',
    '',
    headline,
    '',
    hashLine(context),
    '',
    ...(shown.length
      ? ['| | assignment | team/source | at | result |', '|---|---|---|---|---|', ...shown.map(row), '']
      : []),
    ...remediationLines(shown, result.outcomes),
    ...configurationUpdatesMarkdown(result.configurationUpdates),
    ...orphanMarkdown(result.orphans),
    ...(context.runUrl ? [`[Workflow run](${context.runUrl})`, ''] : [])
  ].join('\n')
}

const nothingLeft = (context: ApplyReportContext) =>
  context.alreadyLive ? '— the reviewed changes were applied by an earlier run.' : '— Azure already matched the files.'

function hashLine(context: ApplyReportContext): string {
  const commit = `commit ${mdCode(context.commit.slice(0, 12))}`
  if (!context.reviewedHash)
    return `Applied plan \`${context.planHash}\` at ${commit}; no reviewed plan was found to compare with.`
  if (context.reviewedHash === context.planHash)
    return `Applied plan \`${context.planHash}\` at ${commit} — ✓ the same plan that was reviewed on the pull request.`
  if (context.alreadyLive !== undefined) {
    const live = context.alreadyLive
    return (
      `Applied plan \`${context.planHash}\` at ${commit} — ✓ the rest of the plan reviewed on the pull request ` +
      `(\`${context.reviewedHash}\`): ${live} of its changes ${live === 1 ? 'was' : 'were'} applied by an earlier run.`
    )
  }
  return `> [!WARNING]\n> **The applied plan \`${context.planHash}\` differs from the reviewed plan \`${context.reviewedHash}\`**: live state changed between review and merge (${commit}).`
}

const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': '=' } as const

function row(o: AssignmentOutcome): string {
  const status =
    o.status === 'succeeded'
      ? `✓ ${o.action === 'no-op' ? 'repaired' : `${o.action}d`}`
      : `✗ ${o.status}: ${mdMessage(o.reason ?? '')}`
  const roles = o.rolesGranted.length
    ? `; roles: ${o.rolesGranted.map((r) => `${r.result} at ${mdCode(r.scope)}`).join(', ')}`
    : ''
  const what =
    o.kind === 'definition'
      ? `custom definition for ${mdText(`${o.team}/${o.source}`)}`
      : o.source === 'flux-extension'
        ? 'Flux extension prerequisite'
        : mdText(`${o.team}/${o.source}`)
  return `| ${SYMBOL[o.action]} | ${mdCode(o.name)} | ${what} | ${mdCode(o.scope)} | ${status}${roles} |`
}

function remediationLines(outcomes: AssignmentOutcome[], all: AssignmentOutcome[]): string[] {
  const started = outcomes.filter((o) => o.remediationId)
  const pending = all.filter((o) => o.pendingRemediation)
  const path = (o: AssignmentOutcome) =>
    o.remediationPath ? ` — ${describeRemediationPath(o.remediationPath, o.evaluatedSubscriptions)}` : ''
  return [
    ...(started.length
      ? [
          '### Remediation tasks started',
          '',
          'Existing clusters converge as these run (typically 10–20 minutes); new clusters are handled by Azure Policy itself.',
          '',
          ...started.map((o) => `- ${mdCode(o.name)}: ${mdCode(o.remediationId!)}${path(o)}`),
          ''
        ]
      : []),
    ...(pending.length
      ? [
          '### Remediation pending evaluation',
          '',
          'Azure has not evaluated these management-group assignments yet, so a remediation would find no cluster; ' +
            'the next run (or the nightly audit) starts it once Azure has.',
          '',
          ...pending.map(
            (o) => `- ${mdCode(o.name)} at ${mdCode(o.scope)}${o.reason ? `: ${mdMessage(o.reason)}` : ''}`
          ),
          ''
        ]
      : [])
  ]
}
