/**
 * The subset of KQL Resource Graph accepts, as far as Microsoft documents it — the one list the emulator's subset
 * check (`subset-check.ts`) reads. Every entry names its source; `unverified` means no Microsoft page or
 * maintainer's word was found for it (Microsoft publishes no list of supported functions: MicrosoftDocs/azure-docs
 * #121561), so it is allowed because Kusto has it and the product needs it — the first real tenant may refuse it.
 *
 * Sources:
 * - QL: "Understand the Azure Resource Graph query language", Supported tabular/top level operators
 *   (learn.microsoft.com/azure/governance/resource-graph/concepts/query-language).
 * - STARTER / ADVANCED: "Starter" and "Advanced" Resource Graph query samples (…/resource-graph/samples/starter,
 *   …/samples/advanced).
 * - ARC: "Azure Resource Graph sample queries for Azure Arc-enabled Kubernetes"
 * (…/azure-arc/kubernetes/resource-graph-samples).
 * - CATEGORY: "Azure Resource Graph sample queries by category" (…/resource-graph/samples/samples-by-category).
 */
export type KqlSource = 'QL' | 'STARTER' | 'ADVANCED' | 'ARC' | 'CATEGORY' | 'unverified'

/** Tabular operators by the language service's syntax kind: QL's table, plus `parse` from ARC's samples. */
export const SUPPORTED_OPERATORS: Readonly<Record<string, { keyword: string; source: KqlSource }>> = {
  CountOperator: { keyword: 'count', source: 'QL' },
  DistinctOperator: { keyword: 'distinct', source: 'QL' },
  ExtendOperator: { keyword: 'extend', source: 'QL' },
  JoinOperator: { keyword: 'join', source: 'QL' },
  TakeOperator: { keyword: 'limit / take', source: 'QL' },
  MvExpandOperator: { keyword: 'mv-expand', source: 'QL' },
  SortOperator: { keyword: 'order / sort', source: 'QL' },
  ProjectOperator: { keyword: 'project', source: 'QL' },
  ProjectAwayOperator: { keyword: 'project-away', source: 'QL' },
  SummarizeOperator: { keyword: 'summarize', source: 'QL' },
  TopOperator: { keyword: 'top', source: 'QL' },
  UnionOperator: { keyword: 'union', source: 'QL' },
  FilterOperator: { keyword: 'where', source: 'QL' },
  ParseOperator: { keyword: 'parse', source: 'ARC' }
}

/** QL: "Join flavors supported: innerunique, inner, leftouter, fullouter". */
export const SUPPORTED_JOIN_KINDS: readonly string[] = ['innerunique', 'inner', 'leftouter', 'fullouter']

/** QL's limits on one query (the SDK's, not Resource Graph Explorer's higher ones). */
export const QUERY_LIMITS = {
  /** "Limit of 3 join in a single query". */
  joins: 3,
  /**
   * "1 of which may be a cross-table join", "3 cross-table join" when all are between Resources and ResourceContainers.
   */
  crossTableJoins: 1,
  crossTableJoinsResourcesContainers: 3,
  /** "Limit of 3 union legs in a single query" (counted with the `T` of `T | union …`: the strict reading). */
  unionLegs: 3,
  /** "Limit of 2 mv-expand in a single query". */
  mvExpands: 2,
  /** "RowLimit max of 400. The default is 128" (rows one input row expands to). */
  mvExpandRowLimitMax: 400,
  mvExpandRowLimitDefault: 128
} as const

/** Scalar and aggregate functions, lower case. */
export const SUPPORTED_FUNCTIONS: Readonly<Record<string, KqlSource>> = {
  // Aggregates
  count: 'STARTER',
  buildschema: 'ADVANCED',
  dcount: 'CATEGORY',
  sum: 'CATEGORY',
  make_set_if: 'unverified',
  make_bag: 'unverified',
  // Conversions and tests
  tostring: 'STARTER',
  toint: 'ADVANCED',
  todouble: 'CATEGORY',
  isnotempty: 'STARTER',
  isempty: 'ADVANCED',
  isnotnull: 'ADVANCED',
  isnull: 'unverified',
  todatetime: 'unverified',
  // Strings
  tolower: 'ADVANCED',
  strcat: 'unverified',
  strcat_array: 'unverified',
  replace_regex: 'unverified',
  // Arrays and bags
  array_length: 'ADVANCED',
  bag_pack: 'unverified',
  // Logic
  iff: 'unverified',
  case: 'unverified',
  coalesce: 'unverified',
  not: 'unverified',
  // Time and schema
  bin: 'CATEGORY',
  ago: 'unverified',
  now: 'unverified',
  column_ifexists: 'unverified'
}
