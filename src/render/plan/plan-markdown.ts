import { GITHUB_BODY_LIMIT } from '../markdown/fit-markdown.js'
import { describePlannedPath } from '../../plan/remediation-path.js'
import type { Plan } from '../../plan/plan.js'
import { changeFingerprints, MAX_RECORDED_CHANGES } from '../../plan/change-fingerprints.js'
import { blockLine, fenceFor, htmlText, mdCode, mdMessage, mdText, ownerMention } from '../markdown/inert.js'
import { changeDiffLines, changeTitle, type TitleQuoting } from './describe-change.js'
import { definitionDiffLines, definitionTitle } from './describe-definition.js'
import { hasChanges, planStatusLine } from './plan-status.js'
import { fitSections, type Section } from './fit-sections.js'
import { hasImpact, impactLine, teamReach } from './describe-impact.js'

export const PLAN_MARKER = '<!-- flux-policy:plan -->'

export interface PlanCommentContext {
  /** The commit the plan was made for. */
  commit: string
  /** Link to the workflow run, for the job summary. */
  runUrl?: string
  /** Where the JSON plan was written, when it was. */
  planFile?: string
  /** CODEOWNERS owners of each team's files, for mentions. */
  owners?: Record<string, string[]>
  limit?: number
}

/** The sticky pull-request comment: summary first, then one collapsible diff per assignment, never over the limit. */
export function renderPlanComment(plan: Plan, context: PlanCommentContext): string {
  const header = [
    PLAN_MARKER,
    `<!-- flux-policy:plan-hash ${plan.hash} -->`,
    ...changesMarker(plan),
    '## flux-policy plan',
    '',
    `**${planStatusLine(plan.counts, plan.definitionCounts)}** Planned for commit ${mdCode(context.commit.slice(0, 12))} · plan hash \`${plan.hash}\``,
    '',
    ...errorBlock(plan),
    ...deletionBanner(plan),
    ...teamTable(plan, context.owners ?? {})
  ]
  const sections: Section[] = [
    ...plan.definitionChanges
      .filter((c) => c.action !== 'no-op')
      .map((c) => section(definitionTitle(c, IN_SUMMARY), definitionDiffLines(c))),
    ...plan.changes
      .filter((c) => c.action !== 'no-op')
      .map((c) => section(changeTitle(c, IN_SUMMARY), changeDiffLines(c), impactLine(c)))
  ]
  const tail = [...followUpBlock(plan), ...warningBlock(plan)]
  const pointer = `\n> ✂️ This comment was shortened to fit GitHub's limit. The full plan is in the job summary${context.runUrl ? ` of [this run](${context.runUrl})` : ''}${context.planFile ? ` and in the JSON plan (${mdCode(context.planFile)})` : ''}.\n`
  return fitSections(header.join('\n') + '\n', sections, tail.join('\n'), pointer, context.limit ?? GITHUB_BODY_LIMIT)
}

/** The fingerprints of the plan's changes, so an apply can finish what this plan started (`checkAgainstReviewed`). */
function changesMarker(plan: Plan): string[] {
  const changes = changeFingerprints(plan)
  return changes.length <= MAX_RECORDED_CHANGES ? [`<!-- flux-policy:plan-changes ${changes.join(',')} -->`] : []
}

// Titles sit in a `<summary>`: raw HTML, where Markdown is not parsed.
const IN_SUMMARY: TitleQuoting = { text: (v) => htmlText(v), code: (v) => `\`${htmlText(v)}\`` }

/** One collapsible diff; the fence is longer than any backtick run in the (single-line, inert) body lines. */
function section(title: string, lines: string[], impact?: string): Section {
  const body = lines.map((l) => blockLine(l))
  const fence = fenceFor(body)
  return {
    open: [
      `<details><summary>${title}</summary>`,
      '',
      ...(impact ? [`Fleet: ${mdMessage(impact)}`, ''] : []),
      `${fence}diff`
    ],
    body,
    close: [fence, '', '</details>', '']
  }
}

const PLAN_HASH_LINE = /^<!-- flux-policy:plan-hash ([0-9a-f]+) -->$/
const PLAN_CHANGES_LINE = /^<!-- flux-policy:plan-changes ([0-9a-f,]*) -->$/

/**
 * The plan hash a plan comment carries, read only where the tool writes it: the line right after the marker that
 * opens the comment. A value quoted further down (rendered inert anyway) is never taken for it.
 */
export function planHashOf(body: string): string | undefined {
  const [first, second] = body.split('\n', 2)
  return first === PLAN_MARKER ? PLAN_HASH_LINE.exec(second ?? '')?.[1] : undefined
}

/** The changes' fingerprints a plan comment carries, read only on the line the tool writes them (after the hash). */
export function planChangesOf(body: string): string[] | undefined {
  if (planHashOf(body) === undefined) return undefined
  const changes = PLAN_CHANGES_LINE.exec(body.split('\n', 3)[2] ?? '')?.[1]
  return changes === undefined ? undefined : changes ? changes.split(',') : []
}

function errorBlock(plan: Plan): string[] {
  if (plan.errors.length === 0) return []
  return [
    '> [!CAUTION]',
    '> **This plan cannot be applied:**',
    ...plan.errors.map(
      (e) => `> - ${mdCode(`${e.file}:${e.line}${e.column ? `:${e.column}` : ''}`)} — ${mdMessage(e.message)}`
    ),
    ''
  ]
}

function deletionBanner(plan: Plan): string[] {
  const n = plan.counts.delete
  if (n === 0) return []
  const over =
    n > plan.maxDeletes
      ? ` That is more than \`safety.maxDeletes\` (${plan.maxDeletes}): apply will stop unless the pull request carries the \`flux-policy:allow-deletes\` label.`
      : ''
  return [
    '> [!WARNING]',
    `> **This plan deletes ${n} policy assignment${n === 1 ? '' : 's'}.** Clusters keep their Flux configurations, but Azure Policy stops enforcing them.${over}`,
    ''
  ]
}

function teamTable(plan: Plan, owners: Record<string, string[]>): string[] {
  const teams = Object.keys(plan.countsByTeam).sort()
  if (!hasChanges(plan) || teams.length === 0) return []
  const impact = hasImpact(plan.changes)
  const rows = teams.map((t) => {
    const c = plan.countsByTeam[t]!
    const who = owners[t]?.length ? ` (${owners[t]!.map(ownerMention).join(' ')})` : ''
    const reach = impact ? ` ${teamReach(plan.changes, t)} |` : ''
    return `| ${mdText(t)}${who} | ${c.create} | ${c.update} | ${c.delete} | ${c.noop} |${reach}`
  })
  const head = '| team | + create | ~ update | - delete | unchanged |'
  return impact
    ? [`${head} clusters reached |`, '|---|---:|---:|---:|---:|---:|', ...rows, '']
    : [head, '|---|---:|---:|---:|---:|', ...rows, '']
}

function followUpBlock(plan: Plan): string[] {
  const roles = plan.roleAssignments.map((r) => `| ${mdCode(r.assignmentName)} | Contributor | ${mdCode(r.scope)} |`)
  const remediations = plan.remediations.map(
    (r) => `- ${mdCode(r.assignmentName)} at ${mdCode(r.scope)} — ${describePlannedPath(r.path)}`
  )
  return [
    ...(roles.length
      ? ['### Role assignments apply will create', '', '| for assignment | role | at |', '|---|---|---|', ...roles, '']
      : []),
    ...(remediations.length ? ['### Remediation tasks apply will start', '', ...remediations, ''] : [])
  ]
}

function warningBlock(plan: Plan): string[] {
  return plan.warnings.length
    ? ['### Warnings', '', ...plan.warnings.map((w) => `- ⚠️ ${mdMessage(w.message)}`), '']
    : []
}
