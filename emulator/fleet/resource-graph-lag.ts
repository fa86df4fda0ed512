import { clusterId, type Cluster, type ClusterExtension, type FluxConfiguration } from './fleet-model.js'

/** What Resource Graph shows of a cluster's `kubernetesconfigurationresources`. */
interface ConfigurationState {
  extensions: ClusterExtension[]
  fluxConfigurations: FluxConfiguration[]
}

interface Snapshot {
  /** Simulated time from which Resource Graph shows this state. */
  visibleAt: number
  state: ConfigurationState
}

/**
 * Resource Graph learns of ARM writes after a delay: Resource Manager notifies it of each change, and the Azure
 * Developer CLI team quotes its target as "95% of all changes to be present in resource graph under 30s", with no
 * upper bound (Azure/azure-dev#540, the reason azd stopped reading its own writes back from Resource Graph). ARM
 * routes record each write to a cluster's extensions or Flux configurations here; until the write's `visibleAt`,
 * the tables show the state before it. Remediation deployments are not lagged (they change the live fleet only);
 * a deployment inside a cluster's lag window becomes visible when the window closes.
 */
export class ResourceGraphLag {
  private readonly history = new Map<string, Snapshot[]>()

  /** Runs `write` on the cluster and records its result as visible to Resource Graph from `visibleAt`. */
  record(cluster: Cluster, visibleAt: number, write: () => void): void {
    const key = clusterId(cluster).toLowerCase()
    let snapshots = this.history.get(key)
    if (!snapshots) this.history.set(key, (snapshots = [{ visibleAt: -Infinity, state: snapshot(cluster) }]))
    write()
    snapshots.push({ visibleAt, state: snapshot(cluster) })
  }

  /**
   * Drops what simulated time has made visible; true when what Resource Graph shows changed (the tables must be
   * rebuilt).
   */
  settle(now: number): boolean {
    let changed = false
    for (const [key, snapshots] of this.history) {
      const visible = snapshots.filter((s) => s.visibleAt <= now).length
      if (visible === snapshots.length) {
        this.history.delete(key)
        changed = true
      } else if (visible > 1) {
        snapshots.splice(0, visible - 1)
        changed = true
      }
    }
    return changed
  }

  /** The clusters as Resource Graph sees them (after `settle`). */
  view(clusters: readonly Cluster[]): Cluster[] {
    if (this.history.size === 0) return [...clusters]
    return clusters.map((cluster) => {
      const shown = this.history.get(clusterId(cluster).toLowerCase())?.[0]?.state
      return shown ? { ...cluster, ...shown } : cluster
    })
  }
}

function snapshot(cluster: Cluster): ConfigurationState {
  return structuredClone({ extensions: cluster.extensions, fluxConfigurations: cluster.fluxConfigurations })
}
