/**
 * The built-in Azure Policy definitions flux-policy assigns, as the tool needs to know them: which source kind
 * each serves, and every parameter with its declared name, type, default and allowed values. Written from the
 * published definitions; __tests__/unit/catalog.test.ts checks it against the real definition files.
 */
export type ParameterType = 'String' | 'Integer' | 'Boolean'

export interface ParameterSpec {
  /** The declared type, as the definition file spells it. */
  type: ParameterType
  /** Absent when the assignment must supply a value. */
  defaultValue?: string | number | boolean
  allowedValues?: readonly string[]
}

export type SourceKind =
  | 'git-public'
  | 'git-ssh'
  | 'git-https'
  | 'git-https-ca'
  | 'git-local-secret'
  | 'bucket-keyvault'
  | 'bucket-local-secret'

export interface BuiltinDefinition {
  /** The definition's GUID name; the id is /providers/Microsoft.Authorization/policyDefinitions/<name>. */
  name: string
  displayName: string
  version: string
  /** Which flux-policy source kind it serves, or 'extension' for the Flux extension prerequisite. */
  serves: SourceKind | 'extension'
  parameters: Readonly<Record<string, ParameterSpec>>
  /** Roles its remediation identity needs (built-in Contributor for all of them). */
  roleDefinitionIds: readonly string[]
  /** Parameters holding Key Vault ids whose vault needs a role assignment too. */
  keyVaultParameters: readonly string[]
}

export const CONTRIBUTOR_ROLE_ID =
  '/providers/microsoft.authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c'
export const EFFECTS = ['DeployIfNotExists', 'Disabled'] as const

const str = (defaultValue?: string): ParameterSpec =>
  defaultValue === undefined ? { type: 'String' } : { type: 'String', defaultValue }
const int = (defaultValue: number): ParameterSpec => ({ type: 'Integer', defaultValue })
const bool = (defaultValue: boolean): ParameterSpec => ({ type: 'Boolean', defaultValue })
const REQUIRED = str()
const TEN_MINUTES = 600

const configuration = {
  configurationName: REQUIRED,
  configurationNamespace: str('default'),
  configurationScope: { type: 'String', defaultValue: 'cluster', allowedValues: ['cluster', 'namespace'] }
} satisfies Record<string, ParameterSpec>

const refs = {
  repositoryRefBranch: str(''),
  repositoryRefTag: str(''),
  repositoryRefSemver: str(''),
  repositoryRefCommit: str('')
}

const gitWithTimeout = {
  repositoryUrl: REQUIRED,
  repositoryTimeout: int(TEN_MINUTES),
  repositorySyncInterval: int(TEN_MINUTES),
  ...refs
}

const bucket = {
  bucketUrl: REQUIRED,
  bucketName: REQUIRED,
  bucketTimeout: int(TEN_MINUTES),
  bucketSyncInterval: int(TEN_MINUTES)
}

const kustomizationWithoutRetry = {
  kustomizationName: str('kustomization-1'),
  kustomizationPath: str('./'),
  kustomizationTimeout: int(TEN_MINUTES),
  kustomizationSyncInterval: int(TEN_MINUTES)
}
const kustomizationFlags = { kustomizationPrune: bool(false), kustomizationForce: bool(false) }
const kustomization = {
  ...kustomizationWithoutRetry,
  kustomizationRetryInterval: int(TEN_MINUTES),
  ...kustomizationFlags
}
const kustomizationNoRetry = { ...kustomizationWithoutRetry, ...kustomizationFlags }

const effect = {
  effect: { type: 'String', defaultValue: 'DeployIfNotExists', allowedValues: EFFECTS }
} satisfies Record<string, ParameterSpec>

const definition = (
  name: string,
  serves: BuiltinDefinition['serves'],
  displayName: string,
  parameters: Record<string, ParameterSpec>,
  keyVaultParameters: string[] = []
): BuiltinDefinition => ({
  name,
  serves,
  displayName,
  version: serves === 'extension' ? '1.0.0' : '1.1.0',
  parameters,
  roleDefinitionIds: [CONTRIBUTOR_ROLE_ID],
  keyVaultParameters
})

const CONFIGURE = 'Configure Kubernetes clusters with'

export const BUILTIN_DEFINITIONS: readonly BuiltinDefinition[] = [
  definition(
    'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1',
    'extension',
    'Configure installation of Flux extension on Kubernetes cluster',
    {
      helmControllerEnabled: bool(true),
      notificationControllerEnabled: bool(true),
      imageAutomationController: bool(false),
      imageReflectorController: bool(false),
      releaseTrain: { type: 'String', defaultValue: 'Stable', allowedValues: ['Stable'] },
      autoUpgradeMinorVersion: bool(true),
      version: str(''),
      ...effect
    }
  ),
  definition(
    '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6',
    'git-public',
    `${CONFIGURE} Flux v2 configuration using public Git repository`,
    {
      ...configuration,
      ...gitWithTimeout,
      ...kustomization,
      ...effect
    }
  ),
  definition(
    '9e980dca-f3e1-8da3-6717-ad37b1ca6b27',
    'git-ssh',
    `${CONFIGURE} Flux v2 configuration using Git repository and SSH secrets`,
    {
      ...configuration,
      ...gitWithTimeout,
      keyVaultSecretName: REQUIRED,
      keyVaultName: REQUIRED,
      repositorySshKnownHosts: str(''),
      ...kustomizationNoRetry,
      ...effect
    },
    ['keyVaultName']
  ),
  definition(
    'bf1a31be-3b79-5ba8-c9e0-9a8c9ad9f749',
    'git-https',
    `${CONFIGURE} Flux v2 configuration using Git repository and HTTPS secrets`,
    {
      ...configuration,
      repositoryUrl: REQUIRED,
      repositorySyncInterval: int(TEN_MINUTES),
      ...refs,
      repositoryHttpsUser: REQUIRED,
      httpsKeyKeyVaultSecretName: REQUIRED,
      keyVaultName: REQUIRED,
      repositoryHttpsCACert: str(''),
      ...kustomizationNoRetry,
      ...effect
    },
    ['keyVaultName']
  ),
  definition(
    '2630c91f-8a20-8f43-14a2-2485b648e2a9',
    'git-https-ca',
    `${CONFIGURE} Flux v2 configuration using Git repository and HTTPS CA Certificate`,
    {
      ...configuration,
      ...gitWithTimeout,
      repositoryHttpsCACert: REQUIRED,
      ...kustomization,
      ...effect
    }
  ),
  definition(
    'b6c7fd52-4723-5f4d-a157-3d39bd16a1d7',
    'git-local-secret',
    `${CONFIGURE} Flux v2 configuration using Git repository and local secrets`,
    {
      ...configuration,
      ...gitWithTimeout,
      repositoryLocalAuthRef: REQUIRED,
      ...kustomization,
      ...effect
    }
  ),
  definition(
    '5174c1db-ca42-e0d4-b320-4f1cf6a1fa93',
    'bucket-keyvault',
    `${CONFIGURE} Flux v2 configuration using Bucket source and secrets in KeyVault`,
    {
      ...configuration,
      ...bucket,
      bucketAccessKey: REQUIRED,
      bucketInsecure: bool(false),
      keyVaultSecretName: REQUIRED,
      keyVaultName: REQUIRED,
      ...kustomization,
      ...effect
    },
    ['keyVaultName']
  ),
  definition(
    'b8c1d6c1-6137-97c6-9c34-d4627e54ca26',
    'bucket-local-secret',
    'Configure Kubernetes clusters with specified Flux v2 Bucket source using local secrets',
    {
      ...configuration,
      ...bucket,
      bucketLocalAuthRef: REQUIRED,
      bucketInsecure: bool(false),
      ...kustomization,
      ...effect
    }
  )
]

export const POLICY_DEFINITION_PREFIX = '/providers/Microsoft.Authorization/policyDefinitions/'

export const definitionId = (definition: BuiltinDefinition): string => `${POLICY_DEFINITION_PREFIX}${definition.name}`

export function definitionFor(serves: BuiltinDefinition['serves']): BuiltinDefinition {
  const found = BUILTIN_DEFINITIONS.find((d) => d.serves === serves)
  if (!found) throw new Error(`no built-in definition serves ${serves}`)
  return found
}

export function definitionById(id: string): BuiltinDefinition | undefined {
  return id.toLowerCase().startsWith(POLICY_DEFINITION_PREFIX.toLowerCase())
    ? definitionByName(id.slice(POLICY_DEFINITION_PREFIX.length))
    : undefined
}

export function definitionByName(name: string): BuiltinDefinition | undefined {
  return BUILTIN_DEFINITIONS.find((d) => d.name.toLowerCase() === name.toLowerCase())
}
