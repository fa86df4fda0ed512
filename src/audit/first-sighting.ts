import { createHash } from 'node:crypto'
import type { DriftRow } from './drift-rows.js'

/**
 * When each drifted cluster of unknown age was first seen drifting, by `sighting key` (source key + cluster id).
 * Resource Graph does not document a creation time on its rows (`systemData` is read only when present), so a
 * cluster without one may be brand new: it counts as drift only once two audits at least the grace period apart
 * have seen it drift.
 */
export type FirstSightings = ReadonlyMap<string, string>

/**
 * A sighting's key: a hash of the source key and the cluster id (lower case), so what is stored on GitHub between
 * audits is short and carries no text from the files or from Azure.
 */
export const sightingKey = (sourceKey: string, clusterId: string): string =>
  createHash('sha256').update(`${sourceKey}|${clusterId.toLowerCase()}`).digest('hex').slice(0, 20)

export interface SightingJudgement {
  /**
   * Rows that count as drift now: a known creation time (Resource Graph already applied the grace period), or seen long
   * enough.
   */
  confirmed: DriftRow[]
  /** Rows of unknown age first seen less than the grace period ago: remembered, not reported yet. */
  unconfirmed: DriftRow[]
  /** What to remember for the next audit: the first sighting of every drifted cluster of unknown age. */
  sightings: Map<string, string>
}

/**
 * Splits drift rows by first sighting, pure. `previous` is what earlier audits remembered (undefined: nothing can be
 * remembered, so rows of unknown age count at once, as before); `now` is this audit's time (ISO).
 */
export function judgeBySighting(
  rows: readonly DriftRow[],
  sourceKeyOf: (row: DriftRow) => string,
  previous: FirstSightings | undefined,
  now: string,
  graceSeconds: number
): SightingJudgement {
  const judgement: SightingJudgement = { confirmed: [], unconfirmed: [], sightings: new Map() }
  const nowMs = Date.parse(now)
  for (const row of rows) {
    if (row.createdAt || previous === undefined) {
      judgement.confirmed.push(row)
      if (!row.createdAt)
        judgement.sightings.set(
          sightingKey(sourceKeyOf(row), row.clusterId),
          previous?.get(sightingKey(sourceKeyOf(row), row.clusterId)) ?? now
        )
      continue
    }
    const key = sightingKey(sourceKeyOf(row), row.clusterId)
    const remembered = previous.get(key)
    const first =
      remembered && !Number.isNaN(Date.parse(remembered)) && Date.parse(remembered) <= nowMs ? remembered : now
    judgement.sightings.set(key, first)
    if (nowMs - Date.parse(first) >= graceSeconds * 1000) judgement.confirmed.push(row)
    else judgement.unconfirmed.push(row)
  }
  return judgement
}
