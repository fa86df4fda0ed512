import type { SourceSpec } from '../model.js'
import type { Problem } from '../problem.js'
import { overlaps, parseScope, type Hierarchy } from '../scope.js'
import { allSources, reportAt, type SemanticRule, type SourceEntry as Entry } from './context.js'

const entries = allSources
const where = (e: Entry) => `${e.file.loaded.file}:${e.file.loaded.document.keyPositionOf(['sources', e.index]).line}`
const teamOf = (e: Entry) => e.file.team ?? '?'

/** Reports every later entry that clashes with an earlier one under `sameKey`. */
function clashes(
  list: Entry[],
  key: (e: Entry) => string | undefined,
  clash: (a: Entry, b: Entry) => boolean,
  report: (later: Entry, earlier: Entry) => Problem
): Problem[] {
  const byKey = new Map<string, Entry[]>()
  const problems: Problem[] = []
  for (const entry of list) {
    const k = key(entry)
    if (k === undefined) continue
    const earlier = (byKey.get(k) ?? []).find((other) => clash(other, entry))
    if (earlier) problems.push(report(entry, earlier))
    byKey.set(k, [...(byKey.get(k) ?? []), entry])
  }
  return problems
}

export const duplicateSourceRule: SemanticRule = (context) =>
  clashes(
    entries(context),
    (e) => `${teamOf(e)}/${e.source.name}`,
    () => true,
    (later, earlier) =>
      reportAt(
        later.file.loaded,
        ['sources', later.index, 'name'],
        'duplicate-source',
        `Team \`${teamOf(later)}\` already has a source named \`${later.source.name}\` (${where(earlier)}); rename one.`
      )
  )

const overlapping = (hierarchy: Hierarchy) => (a: Entry, b: Entry) =>
  Boolean(parseScope(a.source.scope) && parseScope(b.source.scope)) && overlaps(a.source, b.source, hierarchy)

export const duplicateTargetRule: SemanticRule = (context) =>
  clashes(
    entries(context),
    (e) => sourceTarget(e.source),
    overlapping(context.hierarchy),
    (later, earlier) =>
      reportAt(
        later.file.loaded,
        ['sources', later.index, later.source.git ? 'git' : 'bucket'],
        'duplicate-source-target',
        `Source \`${later.source.name}\` points at the same ${later.source.git ? 'repository and ref' : 'bucket'} as \`${earlier.source.name}\` (${where(earlier)}) on an overlapping scope; one assignment per source — merge them or separate their scopes.`
      )
  )

export const duplicateConfigurationRule: SemanticRule = (context) =>
  clashes(
    entries(context),
    (e) => e.source.configurationName ?? e.source.name,
    overlapping(context.hierarchy),
    (later, earlier) => {
      const name = later.source.configurationName ?? later.source.name
      const path = later.source.configurationName
        ? ['sources', later.index, 'configurationName']
        : ['sources', later.index, 'name']
      return reportAt(
        later.file.loaded,
        path,
        'duplicate-configuration-name',
        `Flux configuration \`${name}\` is also created by \`${later.source.name === earlier.source.name ? teamOf(earlier) + '/' : ''}${earlier.source.name}\` (${where(earlier)}) on an overlapping scope; give one a different \`configurationName\`.`
      )
    }
  )

/** What a source pulls from: normalised URL plus ref (or bucket name); undefined when it has no source yet. */
export function sourceTarget(source: SourceSpec): string | undefined {
  if (source.git) {
    const ref = (['branch', 'tag', 'semver', 'commit'] as const)
      .map((r) => (source.git![r] !== undefined ? `${r}=${source.git![r]}` : ''))
      .join('')
    return `git ${normaliseUrl(source.git.url)} ${ref}`
  }
  if (source.bucket) return `bucket ${normaliseUrl(source.bucket.url)} ${source.bucket.name}`
  return undefined
}

function normaliseUrl(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .replace(
      /^([a-z0-9+.-]+:\/\/)?([^/]+)/i,
      (_, scheme = '', host: string) => `${scheme.toLowerCase()}${host.toLowerCase()}`
    )
}
