import {
  clusterId,
  type Cluster,
  type FleetData,
  type ManagementGroup,
  type ResourceGroup,
  type Subscription
} from './fleet-model.js'
import { managementGroupScope, parseScope, resourceGroupScope, scopeKey, subscriptionScope } from './scope.js'
import { lazyTables, type ResourceGraphTables, type Row } from './tables.js'
import { buildFleetRows } from './fleet-rows.js'
import { ResourceGraphLag } from './resource-graph-lag.js'
import { containerRows } from './container-rows.js'

/** What the emulator plugs into a fleet so its tables reflect policy evaluation and simulated time. */
export interface FleetSimulation {
  policyStateRows(): Row[]
  /** Applies whatever simulated time has made due (remediation deployments) before rows are read. */
  catchUp(): void
  /** Simulated time, for Resource Graph's lag behind ARM writes (default: real time). */
  now?(): number
}

/**
 * The fleet the emulator serves, with the lookups the ARM routes and the simulation need. The data is mutable
 * (remediations add extensions and configurations); whoever changes it calls `changed()` so `tables()` rebuilds.
 */
export class SimulatedFleet {
  readonly tenantId: string
  readonly managementGroups: ManagementGroup[]
  readonly subscriptions: Subscription[]
  readonly resourceGroups: ResourceGroup[]
  readonly clusters: Cluster[]
  /** ARM writes Resource Graph does not show yet (see ResourceGraphLag). */
  readonly graphLag = new ResourceGraphLag()
  private dataVersion = 0
  private policyVersion = 0
  private structureVersion = 0
  private rowsCache?: { dataVersion: number; rows: Omit<ResourceGraphTables, 'policyresources'> }
  private statesCache?: { key: string; rows: Row[] }
  private indexCache?: {
    key: string
    clustersById: Map<string, Cluster>
    keysOfClusters: Map<Cluster, string>
    subscriptionsById: Map<string, Subscription>
    clustersBySubscription: Map<string, Cluster[]>
    subscriptionsUnder: Map<string, Set<string>>
  }
  private simulation: FleetSimulation = { policyStateRows: () => [], catchUp: () => undefined }

  constructor(data: FleetData) {
    this.tenantId = data.tenantId
    this.managementGroups = data.managementGroups
    this.subscriptions = data.subscriptions
    this.resourceGroups = data.resourceGroups
    this.clusters = data.clusters
  }

  /**
   * Marks the fleet data as changed so the next `tables()` rebuilds its rows; pass `structure: true` when clusters,
   * subscriptions or management groups were renamed or moved (adding and removing is noticed without it).
   */
  changed(options: { structure?: boolean } = {}): void {
    this.dataVersion++
    if (options.structure) this.structureVersion++
  }

  /** Marks policy assignments as changed: only `policyresources` is rebuilt. */
  policyChanged(): void {
    this.policyVersion++
  }

  /** The Resource Graph tables as row arrays (cached until the next change). */
  tables(): ResourceGraphTables {
    this.simulation.catchUp()
    if (this.graphLag.settle(this.simulation.now?.() ?? Date.now())) this.dataVersion++
    if (this.rowsCache?.dataVersion !== this.dataVersion)
      this.rowsCache = {
        dataVersion: this.dataVersion,
        rows: {
          ...buildFleetRows({ tenantId: this.tenantId, clusters: this.graphLag.view(this.clusters) }),
          resourcecontainers: containerRows(this)
        }
      }
    const statesKey = `${this.dataVersion}/${this.policyVersion}`
    const rows = this.rowsCache.rows
    // Policy states are built when a query first reads them (an audit never does): at 500,000 clusters they are a
    // million rows.
    return lazyTables([
      ...Object.entries(rows).map(([name, table]) => [name, () => table as Row[]] as const),
      ['policyresources', () => this.policyStateRows(statesKey)]
    ])
  }

  private policyStateRows(key: string): Row[] {
    if (this.statesCache?.key !== key) this.statesCache = { key, rows: this.simulation.policyStateRows() }
    return this.statesCache.rows
  }

  /**
   * Connects the emulator's policy simulation: where `policyresources` rows come from, and how to catch up with time.
   */
  attachSimulation(simulation: FleetSimulation): void {
    this.simulation = simulation
    this.policyChanged()
  }

  get rootManagementGroup(): ManagementGroup {
    const root = this.managementGroups.find((g) => g.parent === undefined)
    if (!root) throw new Error('the fleet has no root management group')
    return root
  }

  findCluster(id: string): Cluster | undefined {
    return this.index().clustersById.get(scopeKey(id))
  }

  findSubscription(subscriptionId: string): Subscription | undefined {
    return this.index().subscriptionsById.get(subscriptionId.toLowerCase())
  }

  /**
   * A cluster's id in lower case, one string per cluster however often it is asked for: policy states keep one per
   * (assignment, cluster), a million at 500,000 clusters.
   */
  clusterKey(cluster: Cluster): string {
    return this.index().keysOfClusters.get(cluster) ?? clusterId(cluster).toLowerCase()
  }

  findResourceGroup(subscriptionId: string, name: string): ResourceGroup | undefined {
    return this.resourceGroups.find(
      (g) =>
        g.subscriptionId.toLowerCase() === subscriptionId.toLowerCase() && g.name.toLowerCase() === name.toLowerCase()
    )
  }

  findManagementGroup(name: string): ManagementGroup | undefined {
    return this.managementGroups.find((g) => g.name.toLowerCase() === name.toLowerCase())
  }

  /** A management group's name and the names of every group below it. */
  managementGroupsUnder(managementGroup: string): string[] {
    const names = [managementGroup.toLowerCase()]
    for (let i = 0; i < names.length && i < 10_000; i++)
      for (const g of this.managementGroups) if (g.parent?.toLowerCase() === names[i]) names.push(g.name.toLowerCase())
    return names
  }

  /** Subscription ids anywhere below a management group. */
  subscriptionIdsUnder(managementGroup: string): string[] {
    return [...(this.index().subscriptionsUnder.get(managementGroup.toLowerCase()) ?? [])]
  }

  /** The scope and every scope above it, most specific first, as case-insensitive keys (see `scopeKey`). */
  scopeChain(scope: string): string[] {
    const parsed = parseScope(scope)
    if (!parsed) return [scopeKey(scope)]
    switch (parsed.kind) {
      case 'tenant':
        return ['']
      case 'managementGroup':
        return this.managementGroupChain(parsed.managementGroup)
      case 'subscription':
        return [
          scopeKey(subscriptionScope(parsed.subscriptionId)),
          ...this.chainAboveSubscription(parsed.subscriptionId)
        ]
      case 'resourceGroup':
      case 'resource': {
        const below = parsed.kind === 'resource' ? [scopeKey(parsed.resourceId)] : []
        return [
          ...below,
          scopeKey(resourceGroupScope(parsed.subscriptionId, parsed.resourceGroup)),
          scopeKey(subscriptionScope(parsed.subscriptionId)),
          ...this.chainAboveSubscription(parsed.subscriptionId)
        ]
      }
    }
  }

  /** True when `inner` is `outer` or below it. */
  isWithin(inner: string, outer: string): boolean {
    return this.scopeChain(inner).includes(scopeKey(outer))
  }

  /**
   * Clusters at or below a scope, in fleet order. Looked up by subscription, so that a fleet of 500,000 clusters
   * with hundreds of assignments is not scanned once per assignment.
   */
  clustersIn(scope: string): Cluster[] {
    const parsed = parseScope(scope)
    if (!parsed) return []
    if (parsed.kind === 'tenant') return [...this.clusters]
    const { clustersBySubscription, subscriptionsUnder } = this.index()
    if (parsed.kind === 'managementGroup') {
      const under = subscriptionsUnder.get(parsed.managementGroup.toLowerCase()) ?? new Set<string>()
      return under.size === 0 ? [] : this.clusters.filter((c) => under.has(c.subscriptionId.toLowerCase()))
    }
    const inSubscription = clustersBySubscription.get(parsed.subscriptionId.toLowerCase()) ?? []
    return parsed.kind === 'subscription' ? [...inSubscription] : inSubscription.filter(this.containsCluster(scope))
  }

  /**
   * A fast test of "this cluster is at or below `scope`" (prefix match on ids; subscription sets for management
   * groups).
   */
  containsCluster(scope: string): (cluster: Cluster) => boolean {
    const parsed = parseScope(scope)
    if (!parsed) return () => false
    if (parsed.kind === 'tenant') return () => true
    if (parsed.kind === 'managementGroup') {
      const subscriptions =
        this.index().subscriptionsUnder.get(parsed.managementGroup.toLowerCase()) ?? new Set<string>()
      return (c) => subscriptions.has(c.subscriptionId.toLowerCase())
    }
    const prefix = scopeKey(scope)
    return (c) => {
      const id = clusterId(c).toLowerCase()
      return id === prefix || id.startsWith(`${prefix}/`)
    }
  }

  private chainAboveSubscription(subscriptionId: string): string[] {
    const subscription = this.findSubscription(subscriptionId)
    return subscription ? this.managementGroupChain(subscription.managementGroup) : []
  }

  private managementGroupChain(name: string): string[] {
    const chain: string[] = []
    let current = this.findManagementGroup(name)
    if (!current) return [scopeKey(managementGroupScope(name))]
    while (current && chain.length < 10) {
      chain.push(scopeKey(managementGroupScope(current.name)))
      current = current.parent === undefined ? undefined : this.findManagementGroup(current.parent)
    }
    return chain
  }

  private index(): NonNullable<SimulatedFleet['indexCache']> {
    const key = `${this.structureVersion}/${this.clusters.length}/${this.subscriptions.length}/${this.managementGroups.length}`
    if (this.indexCache?.key === key) return this.indexCache
    const clustersById = new Map(this.clusters.map((c) => [clusterId(c).toLowerCase(), c]))
    const keysOfClusters = new Map([...clustersById].map(([key, cluster]) => [cluster, key]))
    const subscriptionsById = new Map(this.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s]))
    const clustersBySubscription = new Map<string, Cluster[]>()
    for (const cluster of this.clusters) {
      const key = cluster.subscriptionId.toLowerCase()
      const list = clustersBySubscription.get(key)
      if (list) list.push(cluster)
      else clustersBySubscription.set(key, [cluster])
    }
    const subscriptionsUnder = new Map<string, Set<string>>()
    for (const subscription of this.subscriptions) {
      let group = this.findManagementGroup(subscription.managementGroup)
      for (let depth = 0; group && depth < 10; depth++) {
        const key = group.name.toLowerCase()
        if (!subscriptionsUnder.has(key)) subscriptionsUnder.set(key, new Set())
        subscriptionsUnder.get(key)?.add(subscription.subscriptionId.toLowerCase())
        group = group.parent === undefined ? undefined : this.findManagementGroup(group.parent)
      }
    }
    this.indexCache = {
      key,
      clustersById,
      keysOfClusters,
      subscriptionsById,
      clustersBySubscription,
      subscriptionsUnder
    }
    return this.indexCache
  }
}
