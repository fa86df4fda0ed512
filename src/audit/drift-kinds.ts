/** What can be wrong for one managed source, per cluster (the first four) or with its assignment (the last). */
export const DRIFT_KINDS = [
  'missing-extension',
  'missing-configuration',
  'changed-configuration',
  'failed-configuration',
  'changed-assignment'
] as const
export type DriftKind = (typeof DRIFT_KINDS)[number]
export type ClusterDriftKind = Exclude<DriftKind, 'changed-assignment'>

export const CLUSTER_DRIFT_KINDS: readonly ClusterDriftKind[] = [
  'missing-extension',
  'missing-configuration',
  'changed-configuration',
  'failed-configuration'
]

/** Short words for tables and charts. */
export const DRIFT_LABELS: Readonly<Record<DriftKind, string>> = {
  'missing-extension': 'no Flux extension',
  'missing-configuration': 'configuration missing',
  'changed-configuration': 'changed by hand',
  'failed-configuration': 'failing',
  'changed-assignment': 'assignment changed'
}

/** What to do about each kind, for issue bodies. */
export const DRIFT_REMEDIES: Readonly<Record<DriftKind, string>> = {
  'missing-extension':
    'The Flux extension is missing or failed: check the "Configure installation of Flux extension" assignment and its remediation, or reinstall the extension on the cluster (`az k8s-extension create --extension-type microsoft.flux`).',
  'missing-configuration':
    "The expected Flux configuration is missing: start a remediation task on the source's assignment (the next apply starts one too), then check the cluster's GitOps blade.",
  'changed-configuration':
    "The configuration differs from the file. A different kustomization (path, interval, prune …) or timeout is what the policy cannot see: run `flux-policy apply` (or re-run the apply workflow), which updates the configuration on each such cluster directly — the nightly audit does so itself unless `self-heal` is `false`. A different source URL, ref or namespace: start a remediation task on the source's assignment (the next apply starts one). Or change the file if the new value is right.",
  'failed-configuration':
    "The configuration does not reconcile: read the error, fix the repository, credentials or the cluster's connectivity; Flux retries on its own.",
  'changed-assignment':
    'The live policy assignment differs from the default branch: re-run the apply workflow (or `flux-policy apply`) to restore it, or change the files if the change was intended.'
}

export const isClusterDriftKind = (value: unknown): value is ClusterDriftKind =>
  typeof value === 'string' && (CLUSTER_DRIFT_KINDS as readonly string[]).includes(value)
