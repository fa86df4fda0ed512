/**
 * Why a query cannot be answered. Every code becomes HTTP 400 `BadRequest` upstream, with the code as the second
 * entry of `error.details` (after `InvalidQuery`, as Resource Graph does):
 * - `ParserFailure`: the language service could not parse the text.
 * - `UnknownFunction`: the language service does not know a function the query calls.
 * - `SemanticError`: any other language-service error (unknown column or table, wrong argument types...).
 * - `UnsupportedConstruct`: valid KQL the emulator does not evaluate; the message names the construct, so a
 *   query is never answered wrongly in silence.
 * - `InvalidQueryValue`: valid KQL that fails while running (e.g. a `parse` pattern the emulator cannot build).
 */
export type KqlErrorCode =
  'ParserFailure' | 'UnknownFunction' | 'SemanticError' | 'UnsupportedConstruct' | 'InvalidQueryValue' | SubsetCode

/**
 * Codes of a query outside Resource Graph's documented subset (`subset-check.ts`). Only `UnsupportedJoinFlavor` is on
 * record (MicrosoftDocs/azure-docs#45495: `The join kind "LeftSemi" is not supported or not allowed.`); the others are
 * the emulator's descriptive names — unverified: what Azure answers to `let` (unsupported, a Microsoft author in
 * MicrosoftDocs/azure-docs#104044), `datatable`, a fourth join or a third mv-expand is not documented.
 */
export type SubsetCode =
  | 'UnsupportedJoinFlavor'
  | 'UnsupportedStatement'
  | 'UnsupportedOperator'
  | 'UnsupportedFunction'
  | 'UnsupportedUnionForm'
  | 'JoinLimitExceeded'
  | 'CrossTableJoinLimitExceeded'
  | 'MvExpandLimitExceeded'
  | 'MvExpandRowLimitExceeded'
  | 'UnionLegLimitExceeded'

export interface KqlErrorPosition {
  /** 1-based line. */
  line: number
  /** 0-based character position in the line (as Resource Graph reports `characterPositionInLine`). */
  characterPositionInLine: number
  /** The source text at the position, or `<EOF>`. */
  token: string
}

export class KqlError extends Error {
  readonly code: KqlErrorCode
  /** The construct the message is about (operator, function, parameter), when there is one. */
  readonly construct?: string
  readonly position?: KqlErrorPosition

  constructor(code: KqlErrorCode, message: string, details: { construct?: string; position?: KqlErrorPosition } = {}) {
    super(message)
    this.name = 'KqlError'
    this.code = code
    if (details.construct !== undefined) this.construct = details.construct
    if (details.position !== undefined) this.position = details.position
  }
}

/** Throws the typed error for a construct the emulator does not evaluate. */
export function unsupported(construct: string, detail?: string): never {
  const suffix = detail ? ` (${detail})` : ''
  throw new KqlError('UnsupportedConstruct', `The Resource Graph emulator does not support ${construct}${suffix}.`, {
    construct
  })
}

/** The 1-based line and 0-based column of an offset in a text. */
export function positionOf(text: string, offset: number, length = 0): KqlErrorPosition {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const characterPositionInLine = offset - (before.lastIndexOf('\n') + 1)
  const token = offset >= text.length ? '<EOF>' : text.slice(offset, offset + Math.max(length, 1))
  return { line, characterPositionInLine, token }
}
