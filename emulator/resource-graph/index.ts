/**
 * The Resource Graph part of the local Azure emulator: a KQL evaluator built on Microsoft's Kusto language service
 * (parse and bind with it, evaluate its bound tree) and the request handler of
 * `POST /providers/Microsoft.ResourceGraph/resources`.
 */
export { answerResourceGraphQuery, type AnswerOptions, type ResourceGraphScoping } from './handler.js'
export type { ResourceGraphRequest, ResourceGraphRequestOptions, RequestLimits } from './request.js'
export type { ResourceGraphResponse } from './responses.js'
export {
  createResourceGraphQuota,
  formatResetsAfter,
  type ResourceGraphQuota,
  type ResourceGraphQuotaOptions
} from './quota.js'
export { createSnapshotStore, type SnapshotStore } from './snapshots.js'
export { compileKql, evaluateKql, type EvaluateOptions, type KqlTables } from './evaluate.js'
export { analyzeKql, diagnoseKql, type KqlDiagnostic } from './analyze.js'
export { KqlError, type KqlErrorCode, type SubsetCode } from './errors.js'
export { resourceGraphSubsetError, SubsetError } from './subset-check.js'
export { QUERY_LIMITS, SUPPORTED_FUNCTIONS, SUPPORTED_JOIN_KINDS, SUPPORTED_OPERATORS } from './supported-kql.js'
export {
  resourceGraphSchema,
  RESOURCE_GRAPH_COLUMNS,
  type KqlSchema,
  type KqlTableSchema,
  type KqlColumn,
  type KqlScalarType
} from './schema.js'
export type { Table, Row } from './table.js'
