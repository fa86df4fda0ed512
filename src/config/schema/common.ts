import { LIMITS } from './limits.js'
import { ruled, text } from './nodes.js'
import {
  DURATION_PATTERN,
  KEYVAULT_ID_PATTERN,
  NAME_PATTERN,
  NAMESPACE_PATTERN,
  SECRET_NAME_PATTERN
} from './patterns.js'

export const nameField = (description: string) =>
  ruled(
    'name-format',
    'must be at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit',
    text(description, { pattern: NAME_PATTERN })
  )

export const namespaceField = (description: string) =>
  ruled(
    'namespace-format',
    'must be at most 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit',
    text(description, { pattern: NAMESPACE_PATTERN })
  )

export const durationField = (description: string) =>
  ruled(
    'duration-format',
    'must be a Go-style duration of at least one second, such as 30s, 10m or 1h30m',
    text(description, { pattern: DURATION_PATTERN, maxLength: LIMITS.duration })
  )

export const keyVaultIdField = () =>
  ruled(
    'keyvault-id',
    "must be the vault's full resource id: /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<name>",
    text('Full resource id of the Key Vault that holds the secret (the built-ins use it as the vault id).', {
      pattern: KEYVAULT_ID_PATTERN
    })
  )

export const keyVaultSecretField = () =>
  ruled(
    'invalid-value',
    'must be a Key Vault secret name: 1 to 127 letters, digits or hyphens',
    text('Name of the secret in the Key Vault.', { pattern: SECRET_NAME_PATTERN })
  )

export const scopeField = (description: string) => text(description, { minLength: 1, maxLength: LIMITS.resourceId })
