import { definitionByName } from '../../desired/catalog.js'
import type { DefinitionChange } from '../../plan/plan.js'

export function definitionTitle(change: DefinitionChange): string {
  const symbol = { create: '+', update: '~', delete: '-', 'no-op': '=' }[change.action]
  return `${symbol} custom definition for ${change.team}/${change.source} — ${change.action === 'no-op' ? 'unchanged' : change.action} \`${change.name}\` at \`${change.scope}\``
}

/** The lines of a definition change's `diff` block. */
export function definitionDiffLines(change: DefinitionChange): string[] {
  if (change.action === 'delete') return [`- definition: ${change.live.id}`]
  if (change.action === 'no-op') return []
  const d = change.desired
  const sign = change.action === 'create' ? '+' : '!'
  return [
    `${sign} based on: ${definitionByName(d.basedOn)?.displayName ?? d.basedOn}`,
    ...Object.entries(d.kustomizations).map(([name, k]) => `${sign} kustomization ${name}: path ${k.path}${k.dependsOn.length ? `, after ${k.dependsOn.join(', ')}` : ''}${k.prune ? ', prune' : ''}, sync ${k.syncIntervalInSeconds}s`),
    ...(d.gitTimeoutInSeconds !== undefined ? [`${sign} git timeout: ${d.gitTimeoutInSeconds}s`] : []),
    ...(change.action === 'update' ? ['! the generated template changes (the files or the built-in changed)'] : [])
  ]
}
