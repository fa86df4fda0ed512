import { createServer, type Server } from 'node:https'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import { parseRequestTarget, queryObject } from './request-target.js'
import type { EmulatorRequest, EmulatorResponse, EmulatorRoute, ResolveRoute } from './exchange.js'
import { faultResponse } from './fault-response.js'
import type { FaultPlan } from './faults.js'
import type { RecordedRequest } from './request-log.js'

export interface HttpsListenerOptions {
  keyPem: string
  certPem: string
  /** 0 (the default) picks a free port. */
  port?: number
  resolveRoute: ResolveRoute
  faults: FaultPlan
  record(entry: RecordedRequest): void
}

export interface HttpsListener {
  port: number
  close(): Promise<void>
}

/** Serves HTTPS on 127.0.0.1: read the request, apply any injected fault, run the route, record the exchange. */
export async function startHttpsListener(options: HttpsListenerOptions): Promise<HttpsListener> {
  const connections = new WeakMap<object, number>()
  let opened = 0
  const server: Server = createServer({ key: options.keyPem, cert: options.certPem }, (req, res) => {
    serve(options, req, res, connections.get(req.socket)).catch(() => req.socket.destroy())
  })
  server.on('secureConnection', (socket) => connections.set(socket, ++opened))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

async function serve(
  options: HttpsListenerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  connection: number | undefined
): Promise<void> {
  const receivedAt = Date.now()
  const rawUrl = req.url ?? '/'
  const method = (req.method ?? 'GET').toUpperCase()
  const target = parseRequestTarget(rawUrl)
  const body = await readBody(req)
  const route = options.resolveRoute(method, target)
  const entry: RecordedRequest = {
    method,
    path: target.path,
    rawPath: rawUrl.split('?')[0] ?? '/',
    query: queryObject(target.query),
    route: route.name,
    status: 0,
    receivedAt,
    ...(connection !== undefined ? { connection } : {})
  }
  const { latencyMs, failure } = options.faults.decide(route.name, method, target.path)
  if (failure) entry.fault = failure.kind
  else if (latencyMs !== undefined) entry.fault = 'latency'
  if (latencyMs !== undefined) await delay(latencyMs)
  if (failure?.kind === 'drop') {
    entry.answeredAt = Date.now()
    options.record(entry)
    req.socket.destroy()
    return
  }
  const response = failure
    ? faultResponse(failure)
    : await answer(route, { method, target, headers: req.headers, body })
  entry.status = response.status
  entry.answeredAt = Date.now()
  options.record(entry)
  send(res, response)
}

/** A route's answer; a bug in a route becomes a 500 with an ARM error body rather than a hung request. */
async function answer(route: EmulatorRoute, request: EmulatorRequest): Promise<EmulatorResponse> {
  try {
    return await route.handle(request)
  } catch (error) {
    return {
      status: 500,
      body: {
        error: {
          code: 'InternalServerError',
          message: `The emulator failed: ${error instanceof Error ? error.message : String(error)}`
        }
      }
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, response: EmulatorResponse): void {
  const headers: Record<string, string> = { ...response.headers }
  let payload = ''
  if (response.body !== undefined) {
    payload = typeof response.body === 'string' ? response.body : JSON.stringify(response.body)
    headers['content-type'] = response.contentType ?? 'application/json; charset=utf-8'
  }
  headers['content-length'] = String(Buffer.byteLength(payload))
  res.writeHead(response.status, headers)
  res.end(payload)
}
