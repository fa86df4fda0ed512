import { describePlannedPath } from '../../plan/remediation-path.js'
import type { Plan } from '../../plan/plan.js'
import { changeDiffLines, changeTitle } from './describe-change.js'
import { definitionDiffLines, definitionTitle } from './describe-definition.js'
import { planStatusLine } from './plan-status.js'
import { terminalText } from '../terminal-text.js'
import { impactLine } from './describe-impact.js'

const COLOURS = {
  '+': '\x1b[32m',
  '-': '\x1b[31m',
  '!': '\x1b[33m',
  '~': '\x1b[33m',
  reset: '\x1b[0m',
  bold: '\x1b[1m'
}

export interface PlanTextOptions {
  colour: boolean
  /** Each team's owners (the platform file's `owners`), named under the plan for the teams that change. */
  owners?: Record<string, string[]>
}

/** The terminal form of a plan; coloured when `colour` (the CLI passes whether stdout is a TTY). */
export function renderPlanText(plan: Plan, options: PlanTextOptions): string {
  // Values are made terminal-safe first; the colours are the tool's own.
  const paint = (raw: string) => {
    const line = terminalText(raw)
    const colour = COLOURS[line[0] as keyof typeof COLOURS]
    return options.colour && colour ? `${colour}${line}${COLOURS.reset}` : line
  }
  const lines: string[] = []
  for (const error of plan.errors)
    lines.push(paint(`- error ${error.file}:${error.line}${error.column ? `:${error.column}` : ''}: ${error.message}`))
  for (const change of plan.definitionChanges) {
    if (change.action === 'no-op') continue
    lines.push(paint(definitionTitle(change)))
    for (const line of definitionDiffLines(change)) lines.push(`    ${paint(line)}`)
  }
  for (const change of plan.changes) {
    if (change.action === 'no-op') continue
    lines.push(paint(changeTitle(change)))
    const impact = impactLine(change)
    if (impact) lines.push(`    ${terminalText(`fleet: ${impact}`)}`)
    for (const line of changeDiffLines(change)) lines.push(`    ${paint(line)}`)
  }
  for (const r of plan.roleAssignments)
    lines.push(terminalText(`role: Contributor for ${r.assignmentName} at ${r.scope}`))
  for (const r of plan.remediations)
    lines.push(terminalText(`remediation: ${r.assignmentName} at ${r.scope} (${describePlannedPath(r.path)})`))
  for (const w of plan.warnings) lines.push(paint(`! warning: ${w.message}`))
  const owned = changedTeams(plan).filter((t) => options.owners?.[t]?.length)
  if (owned.length > 0)
    lines.push('', ...owned.map((t) => terminalText(`owners of ${t}: ${options.owners![t]!.join(', ')}`)))
  const status = `Plan: ${planStatusLine(plan.counts, plan.definitionCounts)} (hash ${plan.hash})`
  lines.push('', options.colour ? `${COLOURS.bold}${status}${COLOURS.reset}` : status)
  return lines.join('\n')
}

/** Teams whose assignments this plan creates, updates or deletes, by name. */
function changedTeams(plan: Plan): string[] {
  return Object.entries(plan.countsByTeam)
    .filter(([, c]) => c.create + c.update + c.delete > 0)
    .map(([team]) => team)
    .sort()
}
