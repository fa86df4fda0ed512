import { seededRandom, type SeededRandom } from '../seeded-random.js'

/** What can go wrong with one request. */
export type Fault =
  /** Wait this many real milliseconds, then answer normally. */
  | { kind: 'latency'; milliseconds: number }
  /**
   * 429; with `retryAfterSeconds` a `Retry-After` header is sent (the SDK retries), without it none (the SDK does not).
   */
  | { kind: 'throttle'; retryAfterSeconds?: number; code?: string; message?: string }
  /** A 5xx with an ARM error body (the SDK retries these with exponential backoff). */
  | { kind: 'error'; status: 500 | 502 | 503 | 504; retryAfterSeconds?: number; code?: string }
  /**
   * A 4xx with an ARM error body, which no client retries: an answer such as ARM's 400 `InvalidRequestContent`,
   * whose message may quote the request it rejects.
   */
  | { kind: 'reject'; status: 400 | 403 | 404 | 409; code: string; message: string }
  /** Close the connection without answering (the client sees ECONNRESET / socket hang up). */
  | { kind: 'drop' }

/**
 * A fault rule targets requests by route name (as the request log records it, e.g. `policyAssignments.list`),
 * method and/or path (a substring matched case-insensitively, or a RegExp). Each matching request then gets either
 * the next entry of `sequence` ('pass' = answer normally; after the last entry every request passes), or `fault`
 * with probability `fraction` (default 1) drawn from the emulator's seeded random source, at most `times` times.
 * The first matching rule decides, except that a rule injecting latency lets the rules after it decide the rest
 * (so "50 ms on every call" and "2 % of writes fail" combine).
 */
export interface FaultRule {
  route?: string
  method?: string
  path?: string | RegExp
  fault?: Fault
  fraction?: number
  times?: number
  sequence?: ReadonlyArray<Fault | 'pass'>
}

/** What happens to one request: a delay first (latency rules), then at most one failure. */
export interface FaultDecision {
  latencyMs?: number
  failure?: Exclude<Fault, { kind: 'latency' }>
}

interface ActiveRule {
  rule: FaultRule
  matched: number
  injected: number
}

/** The live set of fault rules; the first rule that matches a request decides it. */
export class FaultPlan {
  private readonly rules: ActiveRule[] = []
  private readonly random: SeededRandom

  constructor(rules: readonly FaultRule[] = [], seed: number | string = 1) {
    this.random = seededRandom(seed)
    for (const rule of rules) this.add(rule)
  }

  add(rule: FaultRule): void {
    if (!rule.fault && !rule.sequence) throw new Error('a fault rule needs `fault` or `sequence`')
    if (rule.fraction !== undefined && !(rule.fraction >= 0 && rule.fraction <= 1))
      throw new Error('`fraction` must be within [0, 1]')
    this.rules.push({ rule, matched: 0, injected: 0 })
  }

  clear(): void {
    this.rules.length = 0
  }

  /** The fault to inject into this request, if any (the failure when there is one, else the latency). */
  faultFor(route: string, method: string, path: string): Fault | undefined {
    const { latencyMs, failure } = this.decide(route, method, path)
    return failure ?? (latencyMs === undefined ? undefined : { kind: 'latency', milliseconds: latencyMs })
  }

  /** What happens to this request: a delay from the first latency rule, then whatever the next deciding rule says. */
  decide(route: string, method: string, path: string): FaultDecision {
    const decision: FaultDecision = {}
    for (const active of this.rules) {
      if (!matches(active.rule, route, method, path)) continue
      const fault = this.draw(active)
      if (fault?.kind === 'latency') {
        decision.latencyMs ??= fault.milliseconds
        continue
      }
      if (fault) decision.failure = fault
      return decision
    }
    return decision
  }

  private draw(active: ActiveRule): Fault | undefined {
    const { rule } = active
    const index = active.matched++
    if (rule.sequence) {
      const step = rule.sequence[index]
      return step === undefined || step === 'pass' ? undefined : step
    }
    if (rule.times !== undefined && active.injected >= rule.times) return undefined
    if (rule.fraction !== undefined && this.random.next() >= rule.fraction) return undefined
    active.injected++
    return rule.fault
  }
}

function matches(rule: FaultRule, route: string, method: string, path: string): boolean {
  if (rule.route !== undefined && rule.route !== route) return false
  if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false
  if (rule.path !== undefined) {
    const found =
      typeof rule.path === 'string' ? path.toLowerCase().includes(rule.path.toLowerCase()) : rule.path.test(path)
    if (!found) return false
  }
  return true
}
