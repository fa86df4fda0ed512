/** Built-in roles the emulator knows (GUID → name); role assignments to other role ids fail like Azure's do. */
export const BUILTIN_ROLES: Readonly<Record<string, string>> = {
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  '36243c78-bf99-498c-9df9-86d9f8d28608': 'Resource Policy Contributor',
  '4633458b-17de-408a-b874-0445c86b69e6': 'Key Vault Secrets User',
  '00482a5a-887f-4fb3-b363-3b7fe8e74483': 'Key Vault Administrator',
  'f1a07417-d97a-45cb-824c-7a7467783830': 'Managed Identity Operator'
}

/** The role GUID at the end of a role definition id, in any of its scoped forms. */
export function roleGuidOf(roleDefinitionId: string): string {
  return (
    roleDefinitionId
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? ''
  ).toLowerCase()
}

export const tenantRoleDefinitionId = (guid: string): string =>
  `/providers/Microsoft.Authorization/roleDefinitions/${guid}`
