import type { AzureReads } from '../plan/azure-reads.js'
import type { AzureClients } from './clients.js'
import { readBuiltins, readCustomDefinitions } from './definitions.js'
import { readLiveAssignments } from './read-live-state.js'
import { readScopeExistence } from './scope-existence.js'
import { readPermissions } from './permissions.js'

/** The plan's reads over the real SDK clients. */
export function azureReads(clients: AzureClients): AzureReads {
  return {
    liveAssignments: (reads) => readLiveAssignments(clients, reads),
    customDefinitions: (scope) => readCustomDefinitions(clients, scope),
    builtinDefinitions: (names) => readBuiltins(clients, names),
    scopeExistence: (scopes) => readScopeExistence(clients, scopes),
    permissions: (scopes) => readPermissions(clients, scopes)
  }
}
