import { createHash } from 'node:crypto'

/** The hidden first line of every drift issue: the source it is about. The issue is found again by it. */
export const issueMarker = (key: string): string => `<!-- flux-policy:drift ${key} -->`

// Read only where the tool writes them: the key on the body's first line, the state on its last line. Anything a
// file value could put in between (rendered inert anyway) is never taken for them.
const MARKER = /^<!-- flux-policy:drift (\S+) -->$/
const STATE = /^<!-- flux-policy:drift-state (\{.*\}) -->$/

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

export function readIssueState(body: string | null | undefined): IssueState | undefined {
  const json = body ? STATE.exec(lastLine(body))?.[1] : undefined
  if (!json) return undefined
  try {
    const value = JSON.parse(json) as Partial<IssueState>
    if (typeof value.contentHash !== 'string' || typeof value.clusterSetHash !== 'string') return undefined
    return {
      contentHash: value.contentHash,
      clusterSetHash: value.clusterSetHash,
      clusterCount: Number(value.clusterCount) || 0,
      assignmentCount: Number(value.assignmentCount) || 0,
      firstSeen: value.firstSeen && typeof value.firstSeen === 'object' ? value.firstSeen : {}
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
