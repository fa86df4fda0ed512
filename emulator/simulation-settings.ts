/** How the simulated Azure behaves over (simulated) time. All durations are simulated milliseconds. */
export interface SimulationSettings {
  /** How long after a managed identity is created role assignments for it fail with PrincipalNotFound. */
  principalReplicationDelayMs: number
  /** When true, a role assignment that sets principalType skips the replication check (what the RBAC docs advise). */
  principalTypeAvoidsReplicationDelay: boolean
  /** From remediation create until its first deployments start. */
  remediationStartDelayMs: number
  /**
   * From an assignment's write (create, or a change of parameters, scope or notScopes) until Azure starts to evaluate
   * it. Microsoft Learn, "Get compliance data of Azure resources", Evaluation triggers: a new or updated assignment
   * is applied to the scope after about 5 minutes, then evaluated.
   */
  assignmentEvaluationDelayMs: number
  /**
   * The standard compliance evaluation cycle: every assignment is evaluated again this long after its first
   * evaluation, and again each period after that (Microsoft Learn, "Get compliance data of Azure resources",
   * Evaluation triggers: "Once every 24 hours, assignments are automatically reevaluated."). It only records policy
   * states; DeployIfNotExists resources found non-compliant are not deployed to. 0 turns the cycle off.
   */
  standardEvaluationCycleMs: number
  /** How long one evaluation takes, scheduled or on-demand (triggerEvaluation, ReEvaluateCompliance). */
  evaluationDurationMs: number
  /** How long one remediation deployment takes. */
  deploymentDurationMs: number
  /** Deployments a remediation runs at once when it does not say (`parallelDeployments`). */
  defaultParallelDeployments: number
  /**
   * How long a new role assignment takes to take effect, for ARM callers and for DeployIfNotExists deployments
   * ("Troubleshoot Azure RBAC", "Role assignment changes are not being detected": up to 10 minutes).
   */
  roleAssignmentPropagationDelayMs: number
  /** When true (default), every ARM call checks the caller's role assignments and answers 403 AuthorizationFailed. */
  checkCallerPermissions: boolean
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
  assignmentEvaluationDelayMs: 5 * 60_000,
  evaluationDurationMs: 3 * 60_000,
  standardEvaluationCycleMs: 24 * 60 * 60_000,
  deploymentDurationMs: 2 * 60_000,
  defaultParallelDeployments: 10,
  roleAssignmentPropagationDelayMs: 10 * 60_000,
  checkCallerPermissions: true,
  defaultPageSize: 500,
  resourceGraphLagMs: 5_000,
  kubernetesConfigurationOperationMs: 0
}
