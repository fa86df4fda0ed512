/** Why an audit could not finish. The run fails and no issue is closed: partial results are never "no drift". */
export interface AuditError {
  code:
    | 'resource-graph-failed'
    | 'resource-graph-throttled'
    | 'resource-graph-truncated'
    | 'resource-graph-subscription-limit'
    | 'resource-graph-unexpected-row'
  message: string
}

export const auditError = (code: AuditError['code'], message: string): AuditError => ({ code, message })
