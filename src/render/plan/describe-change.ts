import { definitionById } from '../../desired/catalog.js'
import type { AssignmentChange } from '../../plan/plan.js'
import { reachLines } from './describe-reach.js'

/** The lines of one change's `diff` block: `+` added, `-` removed, `!` changed (GitHub colours all three). */
export function changeDiffLines(change: AssignmentChange): string[] {
  switch (change.action) {
    case 'create': {
      const d = change.desired
      return [
        `+ definition: ${definitionName(d.policyDefinitionId)}`,
        `+ scope: ${d.scope}`,
        ...(d.notScopes.length ? [`+ notScopes: ${d.notScopes.join(', ')}`] : []),
        `+ enforcementMode: ${d.enforcementMode}`,
        `+ displayName: ${d.displayName}`,
        ...Object.entries(d.parameters).map(([k, v]) => `+ parameters.${k}: ${show(v)}`)
      ]
    }
    case 'update':
      return [
        ...change.diffs.map((d) =>
          d.before === undefined
            ? `+ ${d.field}: ${show(d.after)}`
            : d.after === undefined
              ? `- ${d.field}: ${show(d.before)}`
              : `! ${d.field}: ${show(d.before)} → ${show(d.after)}`
        ),
        ...reachLines(change.reach)
      ]
    case 'delete': {
      const l = change.live
      return [
        `- definition: ${definitionName(l.policyDefinitionId)}`,
        `- scope: ${l.scope}`,
        ...Object.entries(l.parameters).map(([k, v]) => `- parameters.${k}: ${show(v)}`)
      ]
    }
    case 'no-op':
      return []
  }
}

export const ACTION_SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': '=' } as const
export const ACTION_VERB = { create: 'create', update: 'update', delete: 'delete', 'no-op': 'unchanged' } as const

/** How a title shows values: as text, and as names (code). Titles are rendered for Markdown, HTML or a terminal. */
export interface TitleQuoting {
  text(value: string): string
  code(value: string): string
}

export const PLAIN_TITLE: TitleQuoting = { text: (v) => v, code: (v) => v }

export function changeTitle(change: AssignmentChange, quote: TitleQuoting = PLAIN_TITLE): string {
  const what =
    change.kind === 'extension' ? 'Flux extension prerequisite' : quote.text(`${change.team}/${change.source}`)
  return `${ACTION_SYMBOL[change.action]} ${what} — ${ACTION_VERB[change.action]} ${quote.code(change.name)} at ${quote.code(change.scope)}`
}

function definitionName(id: string): string {
  return definitionById(id)?.displayName ?? id
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ')
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}
