import type { PlatformFile } from './model.js'

/** Each team's `owners` from the platform file (teams without any are left out). Pure. */
export function platformOwners(platform: Pick<PlatformFile, 'teams'>): Record<string, string[]> {
  const owners: Record<string, string[]> = {}
  for (const [team, grant] of Object.entries(platform.teams)) if (grant.owners?.length) owners[team] = [...grant.owners]
  return owners
}

/** Owners from several places, per team, each owner once (first spelling wins, GitHub handles ignore case). */
export function mergeOwners(...sources: ReadonlyArray<Record<string, readonly string[]>>): Record<string, string[]> {
  const merged: Record<string, string[]> = {}
  for (const source of sources)
    for (const [team, owners] of Object.entries(source)) merged[team] = unionOwners(merged[team] ?? [], owners)
  return merged
}

/** Two lists of owners as one, each owner once. */
export function unionOwners(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first.map((o) => o.toLowerCase()))
  return [...first, ...second.filter((o) => !seen.has(o.toLowerCase()) && seen.add(o.toLowerCase()))]
}
