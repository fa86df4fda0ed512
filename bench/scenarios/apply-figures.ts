// What the apply benchmark reads off the emulator after a run: write counts, retries, 429s, what went missing,
// how many writes were in flight at once, and the fastest ARM's token buckets would have allowed.
import { AZURE_ARM_LIMITS, type AzureEmulator, type RecordedRequest } from '../../emulator/index.js'
import type { GeneratedRoot } from './policy-root.js'

export interface ApplyFigures {
  armWritesByRoute: Record<string, number>
  retries: number
  throttled429: number
  injected5xx: number
  lostWrites: number
  maxConcurrentWrites: number
  floorMs: number
}

export function applyFigures(azure: AzureEmulator, root: GeneratedRoot, sources: number): ApplyFigures {
  const arm = azure.requests.filter(
    (r) => !r.path.includes('/oauth2/') && !r.path.includes('openid') && r.route !== 'unknown'
  )
  const writes = arm.filter((r) => r.method !== 'GET')
  const armWritesByRoute: Record<string, number> = {}
  for (const w of writes) armWritesByRoute[w.route] = (armWritesByRoute[w.route] ?? 0) + 1
  const distinct = new Set(writes.map((w) => `${w.method} ${w.path.toLowerCase()}`))
  return {
    armWritesByRoute,
    retries: writes.length - distinct.size,
    throttled429: arm.filter((r) => r.status === 429).length,
    injected5xx: arm.filter((r) => r.fault === 'error').length,
    lostWrites: lostWrites(azure, root, sources),
    maxConcurrentWrites: maxInFlight(writes),
    floorMs: floorMs([...distinct])
  }
}

/**
 * The fastest ARM's buckets allow: each bucket (subscription or tenant, operation type) starts full, so its n-th
 * request can go no earlier than (n − capacity) / refill seconds; buckets drain in parallel, so the slowest decides.
 */
export function floorMs(distinctWrites: readonly string[]): number {
  const perBucket = new Map<string, number>()
  for (const write of distinctWrites) {
    const [method, path] = write.split(' ') as [string, string]
    const subscription = /^\/subscriptions\/([^/]+)/.exec(path)?.[1] ?? 'tenant'
    const key = `${subscription} ${method === 'DELETE' ? 'deletes' : 'writes'}`
    perBucket.set(key, (perBucket.get(key) ?? 0) + 1)
  }
  let floor = 0
  for (const [key, n] of perBucket) {
    const limit = AZURE_ARM_LIMITS[key.endsWith('deletes') ? 'deletes' : 'writes']
    floor = Math.max(floor, ((n - limit.capacity) / limit.refillPerSecond) * 1000)
  }
  return Math.round(floor)
}

export function maxInFlight(requests: readonly RecordedRequest[]): number {
  const edges = requests.flatMap((r) => [
    { at: r.receivedAt, step: 1 },
    { at: r.answeredAt ?? r.receivedAt, step: -1 }
  ])
  edges.sort((a, b) => a.at - b.at || a.step - b.step)
  let now = 0
  let max = 0
  for (const e of edges) max = Math.max(max, (now += e.step))
  return max
}

/**
 * Desired assignments (one per source, one extension prerequisite per scope), their role grants and remediations
 * missing.
 */
function lostWrites(azure: AzureEmulator, root: GeneratedRoot, sources: number): number {
  const { assignments, roleAssignments, remediations } = azure.context
  const grants = new Set(
    roleAssignments.all().map((r) => `${r.properties.principalId}|${r.properties.scope.toLowerCase()}`)
  )
  const remediated = new Set(remediations.all().map((m) => m.policyAssignmentId.toLowerCase()))
  const bySource = new Map(
    assignments.all().map((a) => {
      const marker = (a.properties.metadata?.fluxPolicy ?? {}) as { source?: string }
      return [`${a.properties.scope.toLowerCase()}|${marker.source}`, a] as const
    })
  )
  const expected = [
    ...Array.from({ length: sources }, (_, i) => ({ scope: root.scopes[i % root.scopes.length]!, source: `app-${i}` })),
    ...root.scopes.map((scope) => ({ scope, source: 'flux-extension' }))
  ]
  let lost = 0
  for (const { scope, source } of expected) {
    const assignment = bySource.get(`${scope.toLowerCase()}|${source}`)
    if (!assignment) {
      lost += 3
      continue
    }
    if (!grants.has(`${assignment.identity?.principalId}|${scope.toLowerCase()}`)) lost++
    if (!remediated.has(assignment.id.toLowerCase())) lost++
  }
  return lost
}
