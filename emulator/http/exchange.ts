import type { IncomingHttpHeaders } from 'node:http'
import type { RequestTarget } from './request-target.js'

/** One request as the emulator's handlers see it: already read, never streamed. */
export interface EmulatorRequest {
  method: string
  target: RequestTarget
  headers: IncomingHttpHeaders
  /** The raw body text ('' when there is none). */
  body: string
}

/** What a handler answers; `body` is sent as JSON unless it is a string (sent as is, with `contentType`). */
export interface EmulatorResponse {
  status: number
  body?: unknown
  contentType?: string
  headers?: Record<string, string>
}

/** A named handler: the name is what the request log records and what fault rules can target. */
export interface EmulatorRoute {
  name: string
  handle(request: EmulatorRequest): EmulatorResponse | Promise<EmulatorResponse>
}

export type ResolveRoute = (method: string, target: RequestTarget) => EmulatorRoute

export const json = (status: number, body: unknown, headers?: Record<string, string>): EmulatorResponse =>
  headers ? { status, body, headers } : { status, body }
