import type { EmulatorResponse } from '../http/exchange.js'

/**
 * A failure with an ARM error code. Handlers throw it; the ARM router turns it into
 * `{"error":{"code","message"}}` — never an empty body, which makes arm-policy v7 crash with a TypeError.
 */
export class ArmFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers?: Record<string, string>
  ) {
    super(message)
    this.name = 'ArmFailure'
  }
}

export function armErrorResponse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>
): EmulatorResponse {
  const response: EmulatorResponse = { status, body: { error: { code, message } } }
  if (headers) response.headers = headers
  return response
}

export const notFound = (code: string, message: string): ArmFailure => new ArmFailure(404, code, message)
export const badRequest = (code: string, message: string): ArmFailure => new ArmFailure(400, code, message)

/** Parses a JSON request body, failing the way ARM does on malformed content. */
export function parseJsonBody(body: string): Record<string, unknown> {
  if (body.trim() === '')
    throw badRequest(
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized: the body is empty.'
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch (error) {
    throw badRequest(
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${(error as Error).message}'.`
    )
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest(
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized: a JSON object is expected.'
    )
  }
  return parsed as Record<string, unknown>
}
