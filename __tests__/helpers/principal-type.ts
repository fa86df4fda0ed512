/**
 * Simulation setting for tests whose role assignments set `principalType` (the product's, and the SDK calls of
 * integration tests): such an assignment skips Microsoft Entra's replication check for a just-created managed
 * identity, as on Azure. The product sets
 * `principalType: 'ServicePrincipal'` on every role assignment it creates (src/azure/role-writes.ts; api-version
 * 2022-04-01). Sources: "Assign Azure roles using the REST API" (learn.microsoft.com/azure/role-based-access-control/
 * role-assignments-rest), Prerequisites: "2018-09-01-preview or later to assign an Azure role to a new service
 * principal"; and Azure's own PrincipalNotFound message: "If you are creating this principal and then immediately
 * assigning a role, this error might be related to a replication delay. In this case, set the role assignment
 * principalType property to a value, such as ServicePrincipal, User, or Group. See https://aka.ms/docs-principaltype"
 * (which leads to "Troubleshoot Azure RBAC"). The replication delay itself stays on (default 2 simulated seconds): a
 * role assignment created without principalType still fails PrincipalNotFound.
 */
export const PRINCIPAL_TYPE_SKIPS_REPLICATION = { principalTypeAvoidsReplicationDelay: true } as const

/**
 * Simulation setting for tests that are not about Entra or RBAC timing: a new managed identity replicates at once
 * and a role assignment takes effect at once (no replication delay, no propagation window).
 */
export const IDENTITIES_AND_ROLES_AT_ONCE = {
  principalReplicationDelayMs: 0,
  roleAssignmentPropagationDelayMs: 0
} as const
