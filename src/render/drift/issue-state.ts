import { createHash } from 'node:crypto'

/** The hidden first line of every drift issue: the source it is about. The issue is found again by it. */
export const issueMarker = (key: string): string => `<!-- flux-policy:drift ${key} -->`

// Read only where the tool writes them: the key on the body's first line, the state on its last line. Anything a
// file value could put in between (rendered inert anyway) is never taken for them.
const MARKER = /^<!-- flux-policy:drift (\S+) -->$/
const STATE = /^<!-- flux-policy:drift-state (\{.*\}) -->$/
const HASH = /^\w{1,64}$/
const CLUSTER_KEY = /^[0-9a-f]{12}$/
const MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/

/** What an issue body remembers between runs (in a hidden comment), so updates are only made when needed. */
export interface IssueState {
  /** Hash of what the body says, without volatile parts (the commit, the run). */
  contentHash: string
  /** Hash of the whole set of drifted clusters, to tell when it changed. */
  clusterSetHash: string
  clusterCount: number
  assignmentCount: number
  /** First time each cluster was seen drifting (short cluster key → ISO minute), for the first clusters only. */
  firstSeen: Record<string, string>
}

export const MAX_REMEMBERED_CLUSTERS = 400

export function issueKeyOf(body: string | null | undefined): string | undefined {
  return body ? MARKER.exec(firstLine(body))?.[1] : undefined
}

/**
 * The state an issue body remembers, read back after anyone with write access may have edited it: each field is
 * checked against what `renderDriftIssue` writes (hex hashes, counts, minute times by short cluster key); a state out
 * of shape is not read, and a first sighting out of shape is dropped (its cluster counts as first seen now).
 */
export function readIssueState(body: string | null | undefined): IssueState | undefined {
  const json = body ? STATE.exec(lastLine(body))?.[1] : undefined
  if (!json) return undefined
  try {
    const value = JSON.parse(json) as Record<string, unknown>
    const { contentHash, clusterSetHash } = value
    if (typeof contentHash !== 'string' || !HASH.test(contentHash)) return undefined
    if (typeof clusterSetHash !== 'string' || !HASH.test(clusterSetHash)) return undefined
    const count = (n: unknown): number => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0)
    const seen = value.firstSeen
    const entries = seen && typeof seen === 'object' && !Array.isArray(seen) ? Object.entries(seen) : []
    return {
      contentHash,
      clusterSetHash,
      clusterCount: count(value.clusterCount),
      assignmentCount: count(value.assignmentCount),
      firstSeen: Object.fromEntries(
        entries
          .slice(0, MAX_REMEMBERED_CLUSTERS)
          .filter(
            (e): e is [string, string] =>
              CLUSTER_KEY.test(e[0]) && typeof e[1] === 'string' && MINUTE.test(e[1]) && !Number.isNaN(Date.parse(e[1]))
          )
      )
    }
  } catch {
    return undefined
  }
}

export const formatIssueState = (state: IssueState): string =>
  `<!-- flux-policy:drift-state ${JSON.stringify(state)} -->`

const firstLine = (body: string): string => body.slice(0, body.indexOf('\n') + 1 || undefined).replace(/\r?\n$/, '')
const lastLine = (body: string): string =>
  body
    .trimEnd()
    .slice(body.trimEnd().lastIndexOf('\n') + 1)
    .replace(/\r$/, '')

/** A short, stable key for a cluster id. */
export const clusterKey = (clusterId: string): string => shortHash(clusterId.toLowerCase(), 12)

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}
