import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** One `permissions[]` entry of a role definition (what it allows and the exceptions). */
export interface RolePermission {
  actions: string[]
  notActions: string[]
  dataActions: string[]
  notDataActions: string[]
}

/**
 * A built-in role definition as Microsoft documents it ("Azure built-in roles", the JSON block of each role): the
 * flat shape `az role definition list` prints. ARM's body nests the same fields under `properties`
 * (roleDefinitionBody).
 */
export interface RecordedRoleDefinition {
  assignableScopes: string[]
  description: string
  id: string
  name: string
  permissions: RolePermission[]
  roleName: string
  roleType: string
  type: string
}

/** The recorded built-in roles (fixtures/azure/README.md says from where and how to refresh them). */
export const RECORDED_ROLES_FOLDER = fileURLToPath(new URL('../../fixtures/azure/role-definitions/', import.meta.url))

export function recordedRoleDefinitions(folder = RECORDED_ROLES_FOLDER): RecordedRoleDefinition[] {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
  if (files.length === 0) throw new Error(`No recorded role definitions (*.json) in ${folder}.`)
  return files.map((file) => {
    const role = JSON.parse(readFileSync(join(folder, file), 'utf8')) as RecordedRoleDefinition
    if (typeof role.name !== 'string' || typeof role.roleName !== 'string' || !Array.isArray(role.permissions))
      throw new Error(`${file} is not a recorded role definition (name, roleName, permissions).`)
    return role
  })
}

/** The built-in roles by lower-case GUID. */
export const BUILTIN_ROLE_DEFINITIONS: ReadonlyMap<string, RecordedRoleDefinition> = new Map(
  recordedRoleDefinitions().map((role) => [role.name.toLowerCase(), role])
)

/** Built-in roles the emulator knows (GUID → name); role assignments to other role ids fail like Azure's do. */
export const BUILTIN_ROLES: Readonly<Record<string, string>> = Object.fromEntries(
  [...BUILTIN_ROLE_DEFINITIONS].map(([guid, role]) => [guid, role.roleName])
)

/** The built-in role with this name (case-insensitive), as `$filter=roleName eq '…'` finds it. */
export function builtinRoleNamed(roleName: string): RecordedRoleDefinition | undefined {
  const wanted = roleName.toLowerCase()
  return [...BUILTIN_ROLE_DEFINITIONS.values()].find((r) => r.roleName.toLowerCase() === wanted)
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

/**
 * The role definition as ARM answers RoleDefinitions_Get/List (azure-rest-api-specs specification/authorization/
 * resource-manager/Microsoft.Authorization/stable/2022-04-01/authorization-RoleDefinitionsCalls.json,
 * `RoleDefinition`: id, name, type and `properties` with roleName, description, type, permissions, assignableScopes).
 * Listed under a subscription, a built-in's id carries that subscription (example GetRoleDefinitionAtScope.json).
 */
export function roleDefinitionBody(role: RecordedRoleDefinition, idScope = ''): Record<string, unknown> {
  return {
    id: `${idScope}${tenantRoleDefinitionId(role.name)}`,
    name: role.name,
    type: role.type,
    properties: {
      roleName: role.roleName,
      type: role.roleType,
      description: role.description,
      assignableScopes: role.assignableScopes,
      permissions: role.permissions
    }
  }
}
