import { redactSecrets } from '../config/secrets.js'
import type { ClusterDriftKind } from './drift-kinds.js'
import type { DriftRow } from './drift-rows.js'
import { normalisedPath, refText, type SourceExpectation } from './expectation.js'

/** One cluster that is not what a source's file says. */
export interface ClusterDrift {
  /** Lower-case cluster id: the cluster's identity across runs. */
  clusterId: string
  /** The id as Azure spells it. */
  id: string
  name: string
  subscriptionId: string
  resourceGroup: string
  clusterKind: 'Arc' | 'AKS'
  kind: ClusterDriftKind
  /** What is wrong, in words, with the error Azure reports (secrets hidden). */
  detail: string
  /** Since when, when Azure says (a configuration's last status change). */
  since?: string
}

const MAX_DETAIL = 300

/** A drift row in words. Pure. */
export function clusterDrift(row: DriftRow, expectation: SourceExpectation): ClusterDrift {
  const offline = ['Offline', 'Expired'].includes(row.connectivity) ? ` (cluster ${row.connectivity})` : ''
  return {
    clusterId: row.clusterId.toLowerCase(),
    id: row.id,
    name: row.name,
    subscriptionId: row.subscriptionId,
    resourceGroup: row.resourceGroup,
    clusterKind: row.type.toLowerCase().includes('connectedclusters') ? 'Arc' : 'AKS',
    kind: row.drift,
    detail: cleanText(`${describe(row, expectation)}${offline}`),
    ...(row.drift === 'failed-configuration' && row.statusAt ? { since: row.statusAt } : {})
  }
}

function describe(row: DriftRow, e: SourceExpectation): string {
  switch (row.drift) {
    case 'missing-extension':
      return row.extensionState
        ? `Flux extension ${row.extensionState.split(',').join(' / ')}`
        : 'Flux extension not installed'
    case 'missing-configuration':
      return `no Flux configuration '${e.configurationName}'`
    case 'changed-configuration':
      return changes(row, e).join('; ')
    case 'failed-configuration': {
      const error = row.errorMessage ? `: ${row.errorMessage}` : ''
      if (row.provisioningState.toLowerCase() === 'failed') return `provisioning Failed${error}`
      if (row.complianceState.toLowerCase() === 'non-compliant') return `Non-Compliant${error}`
      return `${row.complianceState || 'Pending'} too long${error}`
    }
  }
}

function changes(row: DriftRow, e: SourceExpectation): string[] {
  const found: string[] = []
  if (row.foundUrl.toLowerCase() !== e.url.toLowerCase()) found.push(`source ${row.foundUrl || '(none)'}`)
  if (row.foundRef !== refText(e.ref)) found.push(`ref ${row.foundRef || '(none)'}`)
  const path = normalisedPath(row.foundPath)
  if (path !== normalisedPath(e.kustomizationPath)) found.push(`path ${path ? `./${path}` : '(none or ./)'}`)
  if (row.foundNamespace !== e.namespace) found.push(`namespace ${row.foundNamespace || '(none)'}`)
  return found.length > 0 ? found : ['differs from the file']
}

/** One line, no secrets, bounded length. */
export function cleanText(text: string): string {
  const line = redactSecrets(text).replace(/\s+/g, ' ').trim()
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}…` : line
}
