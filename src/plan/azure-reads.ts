import type { PolicyDefinitionBody } from '../desired/custom-definition-body.js'
import type { LiveAssignment } from './live-assignment.js'
import type { LiveDefinition } from './plan.js'
import type { ScopeRead } from './scopes-to-read.js'
import type { ScopeExistence } from './scope-existence.js'
import type { ScopePermissions } from './permission-preflight.js'

/** The reads a plan makes of Azure, all read only; implemented over the Azure SDKs in src/azure/azure-reads.ts. */
export interface AzureReads {
  /** The policy assignments the reads cover (one paged list each), deduplicated by id. */
  liveAssignments(reads: readonly ScopeRead[]): Promise<LiveAssignment[]>
  /** The custom definitions made exactly at a management group or subscription. */
  customDefinitions(scope: string): Promise<LiveDefinition[]>
  /** The built-in definitions, as Azure serves them now, by GUID (lower case). */
  builtinDefinitions(names: readonly string[]): Promise<Map<string, PolicyDefinitionBody>>
  /** Whether each scope exists, by lower-cased id: one cheap GET per scope. */
  scopeExistence(scopes: readonly string[]): Promise<Map<string, ScopeExistence>>
  /**
   * The signed-in identity's permissions at each management group, subscription or resource group, by lower-cased
   * id: the permissions API at a resource group, its role assignments and their definitions elsewhere.
   */
  permissions(scopes: readonly string[]): Promise<Map<string, ScopePermissions>>
}
