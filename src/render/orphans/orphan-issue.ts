import { createHash } from 'node:crypto'
import { orphanRecordKey, readOrphanRecord, type OrphanRecord, type OrphanState } from '../../apply/orphan-record.js'
import { mdCode, oneLine } from '../markdown/inert.js'
import { plural } from '../drift/markdown-text.js'

/**
 * One issue per deleted source whose Flux configuration clusters keep ("orphaned", docs/orphaned-configurations.md).
 * Apply opens it; the nightly audit reads the record back from it, updates it and closes it once none is left. The
 * issue is the record: it lives exactly as long as there is something to follow.
 */
export const ORPHAN_LABEL = 'flux-orphans'
/** Rows of the cluster table; the rest are counted. */
export const MAX_ORPHAN_ROWS = 50

// Read only where the tool writes them: the key on the body's first line, the data on its last line. The record
// holds values from the files and Azure: it is base64url-encoded, so no value can close the comment around it.
const MARKER = /^<!-- flux-policy:orphans ([0-9a-f]{20}) -->$/
const DATA = /^<!-- flux-policy:orphans-data ([A-Za-z0-9_-]{1,60000}) -->$/

/** What an orphan issue remembers (its hidden last line). */
export interface OrphanIssueData {
  record: OrphanRecord
  /** The tool closed it: nothing left to follow. */
  resolved: boolean
  /** Hash of what the body says, to update only when it changes. */
  contentHash: string
  /** Clusters listed (undefined: not known yet). */
  clusterCount?: number
}

export interface RenderedOrphanIssue {
  key: string
  title: string
  body: string
  labels: string[]
  data: OrphanIssueData
}

export const orphanIssueMarker = (key: string): string => `<!-- flux-policy:orphans ${key} -->`

/** Whether a body opens with the orphan issues' marker (whatever its record says). */
export const hasOrphanMarker = (body: string | null | undefined): boolean =>
  !!body && MARKER.test(body.slice(0, body.indexOf('\n') + 1 || undefined).replace(/\r?\n$/, ''))

/** The key and data of one of the tool's orphan issues, or undefined for any other body. */
export function readOrphanIssue(body: string | null | undefined): { key: string; data: OrphanIssueData } | undefined {
  if (!body) return undefined
  const key = MARKER.exec(body.slice(0, body.indexOf('\n') + 1 || undefined).replace(/\r?\n$/, ''))?.[1]
  const trimmed = body.trimEnd()
  const encoded = DATA.exec(trimmed.slice(trimmed.lastIndexOf('\n') + 1).replace(/\r$/, ''))?.[1]
  if (!key || !encoded) return undefined
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<string, unknown>
    const record = readOrphanRecord(value.record)
    if (!record || orphanRecordKey(record) !== key || typeof value.contentHash !== 'string') return undefined
    const count = value.clusterCount
    return {
      key,
      data: {
        record,
        resolved: value.resolved === true,
        contentHash: value.contentHash,
        ...(typeof count === 'number' && Number.isInteger(count) && count >= 0 ? { clusterCount: count } : {})
      }
    }
  } catch {
    return undefined
  }
}

/** The issue for one deleted source, pure: equal record and clusters give an equal body. */
export function renderOrphanIssue(record: OrphanRecord, state: OrphanState): RenderedOrphanIssue {
  const key = orphanRecordKey(record)
  const configurations =
    state.kind === 'found' ? [...state.configurations].sort((a, b) => a.clusterId.localeCompare(b.clusterId)) : []
  const clusterCount = state.kind === 'found' ? new Set(configurations.map((c) => c.clusterId.toLowerCase())).size : 0
  const resolved = state.kind === 'reassigned' || (state.kind === 'found' && clusterCount === 0)
  const contentHash = createHash('sha256')
    .update(JSON.stringify([record, state.kind, configurations.map((c) => c.id.toLowerCase())]))
    .digest('hex')
    .slice(0, 16)
  const data: OrphanIssueData = {
    record,
    resolved,
    contentHash,
    ...(state.kind === 'unknown' ? {} : { clusterCount })
  }
  const name = `${record.team}/${record.source}`
  const deleted = `${record.deletedAt.slice(0, 16)}Z`
  const lines = [
    orphanIssueMarker(key),
    `### Orphaned Flux configurations: ${mdCode(name)}`,
    '',
    `The source ${mdCode(name)} was deleted from the policy files` +
      `${record.commit ? ` at ${mdCode(record.commit.slice(0, 12))}` : ''} and its policy assignment removed ` +
      `(${deleted}). Deleting a DeployIfNotExists assignment removes nothing from the clusters.`,
    '',
    summary(state, clusterCount, record),
    '',
    `- Configuration: ${mdCode(record.configurationName)}, source ${mdCode(record.url)}`,
    `- Old scope: ${mdCode(record.scope)}` +
      (record.notScopes.length > 0 ? ` (minus ${plural(record.notScopes.length, 'exclusion')})` : '')
  ]
  if (configurations.length > 0) {
    lines.push('', '| cluster | subscription | configuration id |', '|---|---|---|')
    for (const c of configurations.slice(0, MAX_ORPHAN_ROWS))
      lines.push(
        `| ${mdCode(c.clusterId.split('/').pop() ?? c.clusterId)} | ${mdCode(c.subscriptionId)} | ${mdCode(c.id)} |`
      )
    if (configurations.length > MAX_ORPHAN_ROWS) lines.push('', `…and ${configurations.length - MAX_ORPHAN_ROWS} more.`)
  }
  if (!resolved)
    lines.push(
      '',
      '**What to do:** remove each configuration — if its workloads must stay, turn `prune` off on its ' +
        'kustomizations first (`az k8s-configuration flux kustomization update … --prune false`), then ' +
        '`az k8s-configuration flux delete` — or add the source back, and delete it again in a pull request ' +
        'labelled `flux-policy:remove-orphaned-configurations` (apply then removes them, prune turned off first). ' +
        'The nightly flux-policy audit updates this issue, and closes it once no cluster keeps the configuration.'
    )
  lines.push(
    '',
    '_The line below is what the audit follows: do not edit it._',
    `<!-- flux-policy:orphans-data ${Buffer.from(JSON.stringify(data)).toString('base64url')} -->`
  )
  // Titles are plain text (GitHub renders no Markdown there), one visible line.
  const count = state.kind === 'found' ? `: ${plural(clusterCount, 'cluster')}` : ''
  return {
    key,
    title: `Orphaned Flux configurations of ${oneLine(name)}${count}`,
    body: lines.join('\n'),
    labels: [ORPHAN_LABEL],
    data
  }
}

function summary(state: OrphanState, clusterCount: number, record: OrphanRecord): string {
  if (state.kind === 'reassigned')
    return (
      `The files assign a Flux configuration ${mdCode(record.configurationName)} of this source URL again: its ` +
      'clusters are no longer orphans of the deleted source.'
    )
  if (state.kind === 'unknown')
    return (
      'Whether clusters keep its Flux configuration is not known: Resource Graph could not be read, or the ' +
      'signed-in identity may not read the old scope (it then hides it without an error; grant Reader there). ' +
      'The nightly audit checks again.'
    )
  return clusterCount === 0
    ? 'No cluster keeps its Flux configuration any more.'
    : `**${plural(clusterCount, 'cluster')}** ${clusterCount === 1 ? 'keeps' : 'keep'} its Flux configuration ` +
        `and ${clusterCount === 1 ? 'goes' : 'go'} on syncing that source, though nothing enforces it ` +
        'any more (orphaned).'
}

export const orphanCloseComment = (state: OrphanState): string =>
  state.kind === 'reassigned'
    ? 'The policy files assign a configuration of this name and source URL again: nothing to follow here. Closing.'
    : 'No cluster in the old scope keeps the configuration any more (Resource Graph, this audit). Closing.'

export const orphanReopenComment = (clusterCount: number): string =>
  `${plural(clusterCount, 'cluster')} still ${clusterCount === 1 ? 'keeps' : 'keep'} the deleted source's ` +
  'configuration; reopening. The description above is up to date.'
