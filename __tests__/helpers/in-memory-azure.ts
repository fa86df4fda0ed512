import type { AzureWrites } from '../../src/apply/azure-writes.js'
import type { FluxConfigurationPatch } from '../../src/apply/configuration-patch.js'
import type {
  QueryOutcome,
  ResourceGraphQuery,
  ResourceGraphRunner
} from '../../src/resource-graph/resource-graph-runner.js'
import type { PolicyDefinitionBody } from '../../src/desired/custom-definition-body.js'
import type { DesiredAssignment } from '../../src/desired/desired-assignment.js'
import type { AzureReads } from '../../src/plan/azure-reads.js'
import type { LiveAssignment } from '../../src/plan/live-assignment.js'
import type { LiveDefinition } from '../../src/plan/plan.js'
import type { ScopeRead } from '../../src/plan/scopes-to-read.js'
import type { PermissionGrant, ScopePermissions } from '../../src/plan/permission-preflight.js'

/**
 * Azure as the commands see it through their interfaces (AzureReads, AzureWrites), kept in memory: assignments
 * as Azure stores them (with `createdOn`/`updatedOn` stamped into metadata), role grants, remediations, and a
 * log of every call. A fake of our interfaces for fast unit tests; the SDK adapters have their own HTTP tests.
 */
export class InMemoryAzure {
  readonly assignments = new Map<string, LiveAssignment>()
  readonly definitions = new Map<string, LiveDefinition & { body: PolicyDefinitionBody }>()
  readonly grants: Array<{ scope: string; principalId: string; roleDefinitionId: string }> = []
  readonly remediations: Array<{ id: string; policyAssignmentId: string; createdOn: Date }> = []
  readonly calls: string[] = []
  /** Assignment ids (lower case) Azure has evaluated, and the discovery mode of each remediation started. */
  readonly evaluated = new Set<string>()
  readonly discoveries: string[] = []
  /** Names of assignments whose PUT fails (as a 500 would after the SDK's retries). */
  readonly failingPuts = new Set<string>()
  /** Flux configuration PATCHes apply sent (ids as sent), and the configuration ids (lower case) whose PATCH fails. */
  readonly configurationPatches: Array<{ id: string; patch: FluxConfigurationPatch }> = []
  readonly failingConfigurations = new Set<string>()
  /** Names of assignments whose PUT ARM refuses with 403 AuthorizationFailed (the SDK's RestError shape). */
  readonly forbiddenPuts = new Set<string>()
  builtins = new Map<string, PolicyDefinitionBody>()
  /** Scopes (lower case) that do not exist, and scopes the identity may not read; every other scope exists. */
  readonly missingScopes = new Set<string>()
  readonly unreadableScopes = new Set<string>()
  /** The identity's grants by scope (lower case); a scope not here grants everything (Owner above it). */
  readonly permissionGrants = new Map<string, PermissionGrant[]>()
  /** Scopes whose permissions could not be read (403), and every permissions read made (not in `calls`). */
  readonly unreadablePermissions = new Set<string>()
  readonly permissionReads: string[][] = []
  private time = Date.parse('2026-01-05T10:00:00Z')
  private principals = 0

  readonly reads: AzureReads = {
    liveAssignments: async (reads: readonly ScopeRead[]) => {
      this.calls.push(`liveAssignments ${reads.map((r) => r.scope).join(' ')}`)
      const under = (scope: string, read: ScopeRead) =>
        scope.toLowerCase() === read.scope.toLowerCase() ||
        (read.withChildren && scope.toLowerCase().startsWith(`${read.scope.toLowerCase()}/`))
      return [...this.assignments.values()]
        .filter((a) => reads.some((read) => under(a.scope, read)))
        .map((a) => structuredClone(a))
    },
    customDefinitions: async (scope) => {
      this.calls.push(`customDefinitions ${scope}`)
      return [...this.definitions.values()]
        .filter((d) => d.scope.toLowerCase() === scope.toLowerCase())
        .map(({ body, ...d }) => structuredClone({ ...d, policyRule: body.policyRule }))
    },
    builtinDefinitions: async (names) => {
      this.calls.push(`builtinDefinitions ${names.join(' ')}`)
      return new Map(
        names.map((n) => [n.toLowerCase(), this.builtins.get(n.toLowerCase())!] as const).filter(([, body]) => body)
      )
    },
    scopeExistence: async (scopes) => {
      this.calls.push(`scopeExistence ${scopes.join(' ')}`)
      const existence = (key: string) =>
        this.missingScopes.has(key) ? 'missing' : this.unreadableScopes.has(key) ? 'unconfirmed' : 'exists'
      return new Map(scopes.map((s) => [s.toLowerCase(), existence(s.toLowerCase())] as const))
    },
    permissions: async (scopes) => {
      this.permissionReads.push([...scopes])
      const owner: PermissionGrant[] = [{ actions: ['*'], notActions: [] }]
      const read = (key: string): ScopePermissions =>
        this.unreadablePermissions.has(key)
          ? { kind: 'unreadable', reason: 'HTTP 403' }
          : { kind: 'read', grants: this.permissionGrants.get(key) ?? owner }
      return new Map(scopes.map((s) => [s.toLowerCase(), read(s.toLowerCase())] as const))
    }
  }

  readonly writes: AzureWrites = {
    putAssignment: async (d: DesiredAssignment) => {
      this.calls.push(`putAssignment ${d.name}`)
      if (this.failingPuts.has(d.name)) throw new Error(`Internal server error writing ${d.name}`)
      if (this.forbiddenPuts.has(d.name))
        throw Object.assign(
          new Error(
            `The client 'app' with object id 'oid' does not have authorization to perform action ` +
              `'Microsoft.Authorization/policyAssignments/write' over scope '${d.scope}/providers/` +
              `Microsoft.Authorization/policyAssignments/${d.name}' or the scope is invalid.`
          ),
          { statusCode: 403, code: 'AuthorizationFailed' }
        )
      const id = `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`
      const before = this.assignments.get(id.toLowerCase())
      const at = new Date((this.time += 1000)).toISOString()
      const stored: LiveAssignment = {
        id,
        name: d.name,
        scope: d.scope,
        policyDefinitionId: d.policyDefinitionId,
        displayName: d.displayName,
        description: d.description,
        notScopes: [...d.notScopes],
        enforcementMode: d.enforcementMode,
        parameters: structuredClone(d.parameters) as Record<string, unknown>,
        metadata: {
          ...(structuredClone(d.metadata) as unknown as Record<string, unknown>),
          createdOn: before?.metadata.createdOn ?? at,
          ...(before ? { updatedOn: at } : {})
        },
        location: d.location,
        identity: {
          type: 'SystemAssigned',
          principalId: before?.identity?.principalId ?? `principal-${++this.principals}`
        }
      }
      this.assignments.set(id.toLowerCase(), stored)
      return { id, principalId: stored.identity!.principalId }
    },
    deleteAssignment: async (live) => {
      this.calls.push(`deleteAssignment ${live.name}`)
      this.assignments.delete(live.id.toLowerCase())
    },
    grantRole: async (scope, principalId, roleDefinitionId) => {
      this.calls.push(`grantRole ${scope} ${principalId}`)
      if (
        this.grants.some(
          (g) => g.scope === scope && g.principalId === principalId && g.roleDefinitionId === roleDefinitionId
        )
      )
        return 'existed'
      this.grants.push({ scope, principalId, roleDefinitionId })
      return 'created'
    },
    roleGrantsAt: async (scope) => {
      this.calls.push(`roleGrantsAt ${scope}`)
      return this.grants
        .filter((g) => g.scope.toLowerCase() === scope.toLowerCase())
        .map(({ principalId, roleDefinitionId }) => ({ principalId, roleDefinitionId }))
    },
    revokeRoles: async (principalId, scopes) => {
      this.calls.push(`revokeRoles ${principalId}`)
      const gone = this.grants.filter(
        (g) => g.principalId === principalId && scopes.some((s) => s.toLowerCase() === g.scope.toLowerCase())
      )
      for (const g of gone) this.grants.splice(this.grants.indexOf(g), 1)
      return gone.length
    },
    putDefinition: async (scope, name, body) => {
      this.calls.push(`putDefinition ${name}`)
      const id = `${scope}/providers/Microsoft.Authorization/policyDefinitions/${name}`
      this.definitions.set(id.toLowerCase(), {
        id,
        name,
        scope,
        metadata: structuredClone(body.metadata ?? {}),
        body: structuredClone(body)
      })
    },
    deleteDefinition: async (scope, name) => {
      this.calls.push(`deleteDefinition ${name}`)
      this.definitions.delete(`${scope}/providers/Microsoft.Authorization/policyDefinitions/${name}`.toLowerCase())
    },
    remediationsAt: async (scope) => {
      this.calls.push(`remediationsAt ${scope}`)
      return this.remediations
        .filter((r) => r.policyAssignmentId.toLowerCase().startsWith(`${scope.toLowerCase()}/`))
        .map(({ policyAssignmentId, createdOn }) => ({ policyAssignmentId, createdOn }))
    },
    assignmentEvaluated: async (assignmentId) => {
      this.calls.push(`assignmentEvaluated ${assignmentId}`)
      return this.evaluated.has(assignmentId.toLowerCase())
    },
    startRemediation: async (assignmentId, scope, name, discovery) => {
      this.calls.push(`startRemediation ${name}`)
      this.discoveries.push(discovery)
      const id = `${scope}/providers/Microsoft.PolicyInsights/remediations/${name}`
      this.remediations.push({ id, policyAssignmentId: assignmentId, createdOn: new Date((this.time += 1000)) })
      return id
    },
    updateFluxConfiguration: async (configurationId, patch) => {
      this.calls.push(`updateFluxConfiguration ${configurationId}`)
      if (this.failingConfigurations.has(configurationId.toLowerCase()))
        throw new Error(`Internal server error updating ${configurationId}`)
      this.configurationPatches.push({ id: configurationId, patch: structuredClone(patch) })
      return { done: Promise.resolve() }
    }
  }

  /** The calls that changed something in Azure. */
  writeCalls(): string[] {
    return this.calls.filter((c) => /^(put|delete|grant|revoke|start|update)/.test(c))
  }
}

/** Resource Graph behind the runner interface: answers each query with `answer`, and keeps the queries asked. */
export function inMemoryResourceGraph(
  answer: (query: ResourceGraphQuery) => QueryOutcome
): ResourceGraphRunner & { queries: ResourceGraphQuery[] } {
  const queries: ResourceGraphQuery[] = []
  const stats = { requests: 0, rows: 0, quotaWaits: 0 }
  return {
    queries,
    stats,
    async run(query) {
      queries.push(query)
      const outcome = answer(query)
      stats.requests++
      if ('rows' in outcome) stats.rows += outcome.rows.length
      return outcome
    }
  }
}
