import { definitionByName } from '../../desired/catalog.js'
import type { DefinitionChange } from '../../plan/plan.js'
import { reachLines } from './describe-reach.js'
import { PLAIN_TITLE, type TitleQuoting } from './describe-change.js'

export function definitionTitle(change: DefinitionChange, quote: TitleQuoting = PLAIN_TITLE): string {
  const symbol = { create: '+', update: '~', delete: '-', 'no-op': '=' }[change.action]
  const verb = change.action === 'no-op' ? 'unchanged' : change.action
  return `${symbol} custom definition for ${quote.text(`${change.team}/${change.source}`)} — ${verb} ${quote.code(change.name)} at ${quote.code(change.scope)}`
}

/** The lines of a definition change's `diff` block. */
export function definitionDiffLines(change: DefinitionChange): string[] {
  if (change.action === 'delete') return [`- definition: ${change.live.id}`]
  if (change.action === 'no-op') return []
  const d = change.desired
  const sign = change.action === 'create' ? '+' : '!'
  return [
    `${sign} based on: ${definitionByName(d.basedOn)?.displayName ?? d.basedOn}`,
    ...Object.entries(d.kustomizations).map(
      ([name, k]) =>
        `${sign} kustomization ${name}: path ${k.path}${k.dependsOn.length ? `, after ${k.dependsOn.join(', ')}` : ''}${k.prune ? ', prune' : ''}, sync ${k.syncIntervalInSeconds}s`
    ),
    ...(d.gitTimeoutInSeconds !== undefined ? [`${sign} git timeout: ${d.gitTimeoutInSeconds}s`] : []),
    ...(change.action === 'update'
      ? ['! the generated template changes (the files or the built-in changed)', ...reachLines(change.reach)]
      : [])
  ]
}
