import type { Loaded, SourceSpec } from '../model.js'
import type { Problem } from '../problem.js'
import { kustomizationsOf } from '../custom-features.js'
import { reportValueAt } from './context.js'

/**
 * Kustomizations of one source whose `dependsOn` entries form a cycle: Flux waits for each before applying the
 * next, so it applies none of them. Each cycle is reported once, at the `dependsOn` entry that closes it (walking
 * the kustomizations in file order, the entry that leads back to one still being walked). Self-references and
 * unknown names are the name check's business and are skipped here.
 */
export function dependsOnCycles(team: Loaded<unknown>, i: number, source: SourceSpec): Problem[] {
  const list = kustomizationsOf(source)
  const names = list.map((k, j) => k.name ?? (j === 0 ? 'kustomization-1' : ''))
  const at = (j: number, n: number) =>
    source.kustomizations
      ? ['sources', i, 'kustomizations', j, 'dependsOn', n]
      : ['sources', i, 'kustomization', 'dependsOn', n]
  const state = list.map((): 'new' | 'walking' | 'done' => 'new')
  const walk: number[] = []
  const problems: Problem[] = []
  const visit = (j: number): void => {
    state[j] = 'walking'
    walk.push(j)
    ;(list[j]!.dependsOn ?? []).forEach((name, n) => {
      const next = names.indexOf(name)
      if (next < 0 || next === j) return
      if (state[next] === 'new') visit(next)
      else if (state[next] === 'walking') {
        const cycle = [...walk.slice(walk.indexOf(next)), next].map((k) => `\`${names[k]}\``).join(' → ')
        problems.push(
          reportValueAt(
            team,
            at(j, n),
            'invalid-value',
            `The kustomizations wait for each other in a cycle (${cycle}), so Flux applies none of them. Remove one of these \`dependsOn\` entries, e.g. this one.`
          )
        )
      }
    })
    walk.pop()
    state[j] = 'done'
  }
  list.forEach((_, j) => {
    if (state[j] === 'new') visit(j)
  })
  return problems
}
