import { createServer, request as httpRequest } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

/**
 * A forward proxy as a corporate network has one: HTTPS (and, with some clients, HTTP) goes through it as CONNECT
 * tunnels it cannot read; other HTTP comes as absolute-URI requests it forwards.
 */
export interface ConnectProxy {
  /** `http://127.0.0.1:<port>`, for HTTPS_PROXY. */
  url: string
  /** CONNECT tunnels and forwarded requests seen, by `host:port` as the client asked for it. */
  seen: Map<string, number>
  stop(): Promise<void>
}

/**
 * Tunnels every CONNECT (forwards every request) to `resolve(host)` — 127.0.0.1 for a name only the test knows — and
 * the port asked for.
 */
export async function startConnectProxy(resolve: (host: string) => string = (host) => host): Promise<ConnectProxy> {
  const seen = new Map<string, number>()
  const count = (target: string) => seen.set(target, (seen.get(target) ?? 0) + 1)
  const sockets = new Set<Socket>()
  const server = createServer((request, response) => {
    const url = URL.parse(request.url ?? '')
    if (url?.protocol !== 'http:') return void response.writeHead(400).end('absolute http:// URL or CONNECT only')
    count(`${url.hostname}:${url.port || 80}`)
    const headers: Record<string, string | string[] | undefined> = { ...request.headers, host: url.host }
    delete headers['proxy-connection']
    const target = { host: resolve(url.hostname), port: url.port || 80, path: url.pathname + url.search }
    const upstream = httpRequest({ ...target, method: request.method, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    upstream.on('error', () => response.writeHead(502).end())
    request.pipe(upstream)
  })
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? ''
    count(target)
    const [, host = '', port = '443'] = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(target) ?? []
    const upstream = connect(Number(port), resolve(host), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'))
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    stop: () =>
      new Promise<void>((stopped) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => stopped())
      })
  }
}
