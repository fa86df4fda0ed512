/** Why Resource Graph could not answer a query (for the audit: why it could not finish). */
export interface ResourceGraphError {
  code:
    | 'resource-graph-failed'
    | 'resource-graph-throttled'
    | 'resource-graph-truncated'
    | 'resource-graph-subscription-limit'
    | 'resource-graph-unexpected-row'
  message: string
}

export const resourceGraphError = (code: ResourceGraphError['code'], message: string): ResourceGraphError => ({
  code,
  message
})
