// What apply's direct update (and the audit's self-heal) did to the Flux configurations on clusters.

/** What happened to one cluster's Flux configuration that apply updated directly (a change the policy cannot see). */
export interface ConfigurationUpdateOutcome {
  /** `team/source`. */
  key: string
  team: string
  source: string
  /** The cluster's ARM id, as Resource Graph gives it (lower case). */
  clusterId: string
  /** The Flux configuration's ARM id. */
  configurationId: string
  /** What the PATCH changed: `kustomizations.apps.path`, `gitRepository.timeoutInSeconds`, … */
  fields: string[]
  status: 'updated' | 'failed'
  /** Why it failed, in words for people (never a secret). */
  reason?: string
}

/** The direct update's part of an apply: per-cluster outcomes, or why the configurations could not be listed. */
export interface ConfigurationUpdates {
  outcomes: ConfigurationUpdateOutcome[]
  /** The configurations could not be read (Resource Graph failed): nothing was updated; a re-run tries again. */
  error?: string
}
