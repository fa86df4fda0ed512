import { auditError, type AuditError } from './audit-error.js'
import { isClusterDriftKind, type ClusterDriftKind } from './drift-kinds.js'

/** One cluster that drifted from one source, as the drift query returns it. */
export interface DriftRow {
  source: number
  clusterId: string
  id: string
  name: string
  subscriptionId: string
  resourceGroup: string
  type: string
  drift: ClusterDriftKind
  connectivity: string
  extensionState: string
  foundUrl: string
  foundRef: string
  foundPath: string
  foundNamespace: string
  provisioningState: string
  complianceState: string
  errorMessage: string
  /** When the configuration's status last changed (ISO), if known. */
  statusAt?: string
  /** When the cluster was created (ISO), when Resource Graph's row says; else its drift is judged by first sighting. */
  createdAt?: string
  /** Resource Graph's `now()` when it answered: the clock `ago()` used, and the one first sightings are judged on. */
  seenAt?: string
}

/** How many clusters (older than the grace period) one source covers in one request. */
export interface TotalRow {
  source: number
  clusters: number
  /** Its assignment was written within the grace period: drift is not reported yet. */
  settling: boolean
}

export interface DriftRows {
  drift: DriftRow[]
  totals: TotalRow[]
}

const TEXT_FIELDS = [
  'clusterId',
  'id',
  'name',
  'subscriptionId',
  'resourceGroup',
  'type',
  'connectivity',
  'extensionState',
  'foundUrl',
  'foundRef',
  'foundPath',
  'foundNamespace',
  'provisioningState',
  'complianceState',
  'errorMessage'
] as const

/** Checks and types the rows of drift queries; a row of any other shape is an error, never skipped. */
export function readDriftRows(rows: readonly unknown[], sources: number): { rows: DriftRows } | { error: AuditError } {
  const result: DriftRows = { drift: [], totals: [] }
  for (const raw of rows) {
    const row = (raw ?? {}) as Record<string, unknown>
    const source = row.source
    if (typeof source !== 'number' || !Number.isInteger(source) || source < 0 || source >= sources)
      return unexpected(row)
    if (row.row === 'total') {
      if (typeof row.clusters !== 'number') return unexpected(row)
      result.totals.push({ source, clusters: row.clusters, settling: row.settling === true })
      continue
    }
    if (row.row !== 'drift' || !isClusterDriftKind(row.drift)) return unexpected(row)
    const text = Object.fromEntries(
      TEXT_FIELDS.map((f) => [f, typeof row[f] === 'string' ? row[f] : row[f] == null ? '' : String(row[f])])
    )
    const statusAt = isoOrUndefined(row.statusAt)
    const createdAt = isoOrUndefined(row.createdAt)
    const seenAt = isoOrUndefined(row.seenAt)
    result.drift.push({
      ...(text as Record<(typeof TEXT_FIELDS)[number], string>),
      source,
      drift: row.drift,
      ...(statusAt ? { statusAt } : {}),
      ...(createdAt ? { createdAt } : {}),
      ...(seenAt ? { seenAt } : {})
    })
  }
  return { rows: result }
}

function isoOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined
}

function unexpected(row: Record<string, unknown>): { error: AuditError } {
  return {
    error: auditError(
      'resource-graph-unexpected-row',
      `Resource Graph returned a row the audit does not understand: ${JSON.stringify(row).slice(0, 300)}`
    )
  }
}
