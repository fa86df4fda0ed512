import type { ResourceGraphError } from '../resource-graph/resource-graph-error.js'

/** Why an audit could not finish. The run fails and no issue is closed: partial results are never "no drift". */
export type AuditError = ResourceGraphError

export { resourceGraphError as auditError } from '../resource-graph/resource-graph-error.js'
