import { request } from 'node:https'
import type { AzureEmulator } from '../../emulator/index.js'

export interface ArmCallResult {
  status: number
  body: unknown
  headers: Record<string, string | string[] | undefined>
}

/**
 * One raw HTTPS call to the emulator (for exact wire bodies), authenticated with its ready-made token unless told
 * otherwise.
 */
export function armCall(
  azure: AzureEmulator,
  method: string,
  path: string,
  body?: unknown,
  authorization: string | null = `Bearer ${azure.token}`
): Promise<ArmCallResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(azure.armEndpoint)
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const headers: Record<string, string> = {}
    if (authorization) headers.authorization = authorization
    if (payload !== undefined) headers['content-type'] = 'application/json'
    const req = request({ host: url.hostname, port: url.port, path, method, ca: azure.caPem, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text), headers: res.headers })
      })
    })
    req.on('error', reject)
    req.end(payload)
  })
}
