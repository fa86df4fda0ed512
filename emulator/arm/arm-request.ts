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
  /** api-versions accepted; undefined accepts any. */
  apiVersions?: readonly string[]
  handle(request: ArmRequest): EmulatorResponse | Promise<EmulatorResponse>
}
