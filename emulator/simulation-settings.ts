/** How the simulated Azure behaves over (simulated) time. All durations are simulated milliseconds. */
export interface SimulationSettings {
  /** How long after a managed identity is created role assignments for it fail with PrincipalNotFound. */
  principalReplicationDelayMs: number
  /** When true, a role assignment that sets principalType skips the replication check (what the RBAC docs advise). */
  principalTypeAvoidsReplicationDelay: boolean
  /** From remediation create until its first deployments start. */
  remediationStartDelayMs: number
  /** How long one remediation deployment takes. */
  deploymentDurationMs: number
  /** Deployments a remediation runs at once when it does not say (`parallelDeployments`). */
  defaultParallelDeployments: number
  /** Page size of list calls that send no `$top` (ARM's documented default for policy assignments is 500). */
  defaultPageSize: number
  /**
   * How long after an ARM write to a cluster's extensions or Flux configurations Resource Graph
   * (`kubernetesconfigurationresources`) shows it (emulator/fleet/resource-graph-lag.ts cites the source).
   */
  resourceGraphLagMs: number
  /**
   * How long the Microsoft.KubernetesConfiguration resource provider's asynchronous operations (create, update,
   * delete of extensions and Flux configurations) take: the resource shows `Creating`/`Updating`/`Deleting` and its
   * `Azure-AsyncOperation` answers `Running` until then. 0 (default): done at the next request.
   */
  kubernetesConfigurationOperationMs: number
}

export const DEFAULT_SIMULATION_SETTINGS: SimulationSettings = {
  principalReplicationDelayMs: 2_000,
  principalTypeAvoidsReplicationDelay: false,
  remediationStartDelayMs: 5_000,
  deploymentDurationMs: 10_000,
  defaultParallelDeployments: 10,
  defaultPageSize: 500,
  resourceGraphLagMs: 5_000,
  kubernetesConfigurationOperationMs: 0
}
