import type { FirstSightings } from '../../audit/first-sighting.js'
import { plural } from './markdown-text.js'

/**
 * The one issue the audit keeps its memory in between nightly runs: the first sightings of drifted clusters of
 * unknown age (#13). A run's outputs and files are gone the next night; only GitHub state survives, and a source
 * whose only drift is unconfirmed has no drift issue to keep them in.
 */
export const AUDIT_STATE_LABEL = 'flux-drift-state'
export const AUDIT_STATE_TITLE = 'flux-policy audit state'
/** Sightings kept at most (the oldest first, closest to confirmation): about 50 characters each in a 65,536 body. */
export const MAX_SIGHTINGS = 1_000

// Read only where the tool writes them: the marker on the body's first line, the state on its last line.
const MARKER_LINE = '<!-- flux-policy:audit-state -->'
const STATE = /^<!-- flux-policy:audit-state-data (\{.*\}) -->$/
const SIGHTING_KEY = /^[0-9a-f]{20}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/

export const isAuditStateBody = (body: string | null | undefined): boolean =>
  !!body && body.replace(/\r?\n[\s\S]*$/, '') === MARKER_LINE

/** The first sightings a state issue remembers; entries not in the tool's shape are dropped. */
export function readAuditState(body: string | null | undefined): Map<string, string> | undefined {
  if (!body || !isAuditStateBody(body)) return undefined
  const trimmed = body.trimEnd()
  const json = STATE.exec(trimmed.slice(trimmed.lastIndexOf('\n') + 1).replace(/\r$/, ''))?.[1]
  if (!json) return undefined
  try {
    const value = JSON.parse(json) as { firstSightings?: unknown }
    const entries = value.firstSightings
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return undefined
    const sightings = new Map<string, string>()
    for (const [key, at] of Object.entries(entries as Record<string, unknown>))
      if (SIGHTING_KEY.test(key) && typeof at === 'string' && ISO_TIME.test(at) && !Number.isNaN(Date.parse(at)))
        sightings.set(key, at)
    return sightings
  } catch {
    return undefined
  }
}

/**
 * The state issue's body, pure: a few lines for people, then the sightings (hashed keys and times only). Equal
 * sightings and counts give an equal body, so an unchanged night writes nothing.
 */
export function renderAuditStateBody(sightings: FirstSightings, unconfirmed: number, graceSeconds: number): string {
  const kept = [...sightings].sort(([ka, a], [kb, b]) => a.localeCompare(b) || ka.localeCompare(kb))
  const stored = Object.fromEntries(kept.slice(0, MAX_SIGHTINGS).sort(([a], [b]) => a.localeCompare(b)))
  const hours = Math.round((graceSeconds / 3600) * 10) / 10
  return [
    MARKER_LINE,
    '### flux-policy audit state',
    '',
    'The nightly flux-policy audit keeps here when it first saw each drifted cluster of unknown age (Resource Graph ' +
      `gave no creation time): such drift counts only once two audits at least ${hours} h apart have seen it.`,
    '',
    `${plural(kept.length, 'drifted cluster')} of unknown age remembered; ` +
      `${plural(unconfirmed, 'drift')} ${unconfirmed === 1 ? 'waits' : 'wait'} for confirmation.` +
      (kept.length > MAX_SIGHTINGS ? ` Only the ${MAX_SIGHTINGS} oldest sightings are kept.` : ''),
    '',
    '_Do not edit or close: the audit reads this issue back. Deleting it only delays unconfirmed drift by a night._',
    `<!-- flux-policy:audit-state-data ${JSON.stringify({ firstSightings: stored })} -->`
  ].join('\n')
}
