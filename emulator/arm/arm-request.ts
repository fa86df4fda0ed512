import type { EmulatorRequest, EmulatorResponse } from '../http/exchange.js'
import type { AccessTokenClaims } from '../entra/access-tokens.js'

/** An ARM call split into the scope it targets and the provider resource path after it. */
export interface ArmRequest extends EmulatorRequest {
  /**
   * The scope before the last `/providers/{namespace}/{type}`: `` (tenant), `/subscriptions/x`,
   * `/providers/Microsoft.Management/managementGroups/m`, ...
   */
  scope: string
  /** The resource name after the type, when the path has one. */
  name?: string
  /** An action after the name (`cancel`, `listDeployments`), when the path has one. */
  action?: string
  /** What follows the action, when the path has it (`…/operations/{operationId}`: the operation id). */
  actionTarget?: string
  /** The caller, from its bearer token. */
  caller: AccessTokenClaims
}

export interface ArmRoute {
  /** The name the request log records, e.g. `policyAssignments.create`. */
  name: string
  method: 'GET' | 'PUT' | 'PATCH' | 'DELETE' | 'POST'
  /** `{namespace}/{type}` lower-cased, e.g. `microsoft.authorization/policyassignments`. */
  resourceType: string
  /** collection = no name; item = a name; action = name + action verb. */
  shape: 'collection' | 'item' | 'action'
  /** For `action` routes, the verb (lower-cased). */
  action?: string
  /** api-versions accepted when `arm/api-versions.ts` has no table for the type; undefined accepts any. */
  apiVersions?: readonly string[]
  /**
   * How ARM authorizes the call. Default: the caller must hold the action ARM derives from the method and path
   * (`{namespace}/{type}/read|write|delete`, `{namespace}/{type}/{verb}/action`) at the target. `none`: any signed-in
   * caller (the permissions API, tenant-level built-ins); `filtered`: the route leaves out what the caller may not
   * read (Resource Graph); a function names the action and scope itself.
   */
  authorization?: 'none' | 'filtered' | ((request: ArmRequest) => AuthorizationTarget)
  handle(request: ArmRequest): EmulatorResponse | Promise<EmulatorResponse>
}

/** The action a call needs and the scope it needs it over (ARM's message names both). */
export interface AuthorizationTarget {
  action: string
  scope: string
  /** A scope the target sits under, when `scope` is a resource id (role assignments there are inherited). */
  parent?: string
}
