import { durationField, keyVaultIdField, keyVaultSecretField, nameField, namespaceField, scopeField } from './common.js'
import { flag, listOf, object, oneOfValues, ruled, text, type SchemaNode } from './nodes.js'
import { LIMITS } from './limits.js'
import {
  BUCKET_URL_PATTERN,
  COMMIT_PATTERN,
  GIT_REF_PATTERN,
  GIT_URL_PATTERN,
  K8S_SECRET_NAME_PATTERN
} from './patterns.js'

const localSecret = () =>
  ruled(
    'invalid-value',
    'must be a Kubernetes secret name (lowercase letters, digits, dots and hyphens)',
    text('Name of a Kubernetes secret that already exists in the configuration namespace.', {
      pattern: K8S_SECRET_NAME_PATTERN
    })
  )

const keyVaultSecretRef = (description: string, extra: Record<string, SchemaNode> = {}, extraRequired: string[] = []) =>
  object(description, { ...extra, keyVault: keyVaultIdField(), secret: keyVaultSecretField() }, [
    ...extraRequired,
    'keyVault',
    'secret'
  ])

const GIT_REF_FIX =
  'must be a Git ref name as `git check-ref-format` accepts it: no spaces, control characters, ~ ^ : ? * [ \\ or .., ' +
  'and not starting with -'
const gitRef = (description: string) =>
  ruled('invalid-value', GIT_REF_FIX, text(description, { pattern: GIT_REF_PATTERN, maxLength: LIMITS.gitRef }))

const git = object(
  'A Git repository source. Exactly one of branch, tag, semver or commit.',
  {
    url: ruled(
      'url-scheme',
      'must start with http://, https://, ssh:// or git@',
      text('Repository URL.', { pattern: GIT_URL_PATTERN, maxLength: LIMITS.url })
    ),
    branch: gitRef('Branch to follow.'),
    tag: gitRef('Tag to follow.'),
    semver: text('Semver range of tags to follow, for example ">=1.0.0 <2.0.0".', {
      minLength: 1,
      maxLength: LIMITS.semver
    }),
    commit: ruled(
      'invalid-value',
      'must be a full 40-character lowercase commit SHA',
      text('Commit SHA to pin.', { pattern: COMMIT_PATTERN })
    ),
    syncInterval: durationField('How often Flux checks the repository (default 10m).'),
    timeout: durationField('Timeout of Git operations (default 10m).'),
    ssh: keyVaultSecretRef('SSH authentication: the private key is read from Key Vault.', {
      knownHosts: text('Base64-encoded known_hosts content (public data).', { maxLength: LIMITS.base64Blob })
    }),
    https: keyVaultSecretRef(
      'HTTPS authentication: the user name, and the key or token read from Key Vault.',
      {
        user: text('HTTPS user name (plain text, visible in the assignment).', {
          minLength: 1,
          maxLength: LIMITS.httpsUser
        })
      },
      ['user']
    ),
    caCert: text('Base64-encoded CA certificate for an HTTPS server with a private CA (public data).', {
      minLength: 1,
      maxLength: LIMITS.base64Blob
    }),
    localSecret: localSecret()
  },
  ['url']
)

const bucket = object(
  'An S3-compatible bucket source.',
  {
    url: ruled(
      'url-scheme',
      'must start with http://, https:// or s3://',
      text('Bucket endpoint URL.', { pattern: BUCKET_URL_PATTERN, maxLength: LIMITS.url })
    ),
    name: ruled(
      'invalid-value',
      'must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens',
      text('Bucket name.', { pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' })
    ),
    insecure: flag('Use plain HTTP to reach the bucket (default false).'),
    syncInterval: durationField('How often Flux checks the bucket (default 10m).'),
    timeout: durationField('Timeout of bucket operations (default 10m).'),
    accessKey: text('Access key id (plain text, visible in the assignment); the secret key comes from Key Vault.', {
      minLength: 1,
      maxLength: LIMITS.accessKey
    }),
    secretKey: keyVaultSecretRef('Where the bucket secret key is kept in Key Vault.'),
    localSecret: localSecret()
  },
  ['url', 'name']
)

const kustomization = object('The Kustomization Flux applies from the source.', {
  name: nameField('Kustomization name (default kustomization-1).'),
  path: text('Path in the source (default the root, ./).', { maxLength: LIMITS.path }),
  prune: flag('Delete objects removed from the source (default false).'),
  force: flag('Recreate objects that cannot be patched (default false).'),
  timeout: durationField('Apply timeout (default 10m).'),
  syncInterval: durationField('Reconcile interval (default 10m).'),
  retryInterval: durationField('Retry interval after a failure (default 10m).'),
  dependsOn: listOf(
    'Names of other kustomizations of this source that must be ready first (needs a custom definition).',
    nameField('A kustomization name.')
  )
})

const source = object(
  'One source: exactly one policy assignment that creates a Flux configuration on every cluster in its scope.',
  {
    name: nameField('Source name, unique in the team; the default configuration name.'),
    displayName: text('Display name of the assignment (default derived from team and source).', {
      minLength: 1,
      maxLength: LIMITS.displayName
    }),
    description: text('Description of the assignment.', { maxLength: LIMITS.description }),
    scope: scopeField('Management group, subscription or resource group id the assignment applies to.'),
    exclude: listOf(
      "Resource ids inside the scope to exclude (the assignment's notScopes).",
      { type: 'string', minLength: 1, maxLength: LIMITS.resourceId },
      { maxItems: LIMITS.notScopes }
    ),
    enforcement: oneOfValues('Enforcement mode of the assignment.', ['Default', 'DoNotEnforce']),
    effect: oneOfValues('Effect of the definition.', ['DeployIfNotExists', 'Disabled']),
    git,
    bucket,
    namespace: namespaceField('Namespace of the Flux configuration (default "default").'),
    configurationName: nameField('Name of the Flux configuration on each cluster (default the source name).'),
    configurationScope: oneOfValues('Scope of the Flux configuration.', ['cluster', 'namespace']),
    kustomization,
    kustomizations: listOf(
      'Several kustomizations, each with a name (more than one needs a custom definition).',
      { ...kustomization, required: ['name'] },
      { minItems: 1 }
    )
  },
  ['name', 'scope']
)

/** JSON Schema of a team file (teams/<team>/*.yaml). */
export const teamSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:flux-policy:team-file',
  title: 'flux-policy team file',
  ...object(
    'The sources one team assigns.',
    {
      version: ruled('unsupported-version', 'must be 1', { const: 1, description: 'Format version (1).' }),
      team: nameField('The team, as declared in flux-policy.yaml (and the folder name under teams/).'),
      sources: listOf("The team's sources.", source, { minItems: 1 })
    },
    ['team', 'sources']
  )
}
