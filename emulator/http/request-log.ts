/** Every request the emulator answered (or dropped), in arrival order, so tests and benchmarks can count calls. */
export interface RecordedRequest {
  method: string
  /** The path as matched (repeated slashes collapsed, segments decoded). */
  path: string
  /** The path exactly as it arrived, e.g. `//subscriptions/...`. */
  rawPath: string
  query: Record<string, string>
  /** The route name, e.g. `policyAssignments.create`; `unknown` when nothing matched. */
  route: string
  /** The HTTP status sent; 0 when the connection was dropped on purpose. */
  status: number
  /** The fault injected, if any (`latency`, `throttle`, `error`, `drop`). */
  fault?: string
  /** Real time the request arrived (ms since epoch). */
  receivedAt: number
  /** Real time the answer was sent or the connection dropped (ms since epoch); with receivedAt, what was in flight. */
  answeredAt?: number
  /**
   * The TLS connection it came on: 1 for the listener's first, and so on. Tells how many connections a client kept
   * open and when it opened new ones (each a handshake's CPU on both ends).
   */
  connection?: number
}

export class RequestLog extends Array<RecordedRequest> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array
  }

  private readonly listeners = new Set<(request: RecordedRequest) => void>()

  /** Logs an exchange, then tells the listeners, all before its answer is sent. */
  record(request: RecordedRequest): void {
    this.push(request)
    for (const listener of this.listeners) listener(request)
  }

  /**
   * Calls `listener` with each request as it is logged, before its answer goes out, so a test can act at an exact
   * call of a client in another process (move simulated time, kill it) instead of polling on real time. Returns a
   * function that unsubscribes.
   */
  onRecord(listener: (request: RecordedRequest) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Requests whose route name equals `route` (and, when given, whose method equals `method`). */
  forRoute(route: string, method?: string): RecordedRequest[] {
    return this.filter((r) => r.route === route && (method === undefined || r.method === method.toUpperCase()))
  }

  /** How many requests each route received. */
  countByRoute(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this) counts[r.route] = (counts[r.route] ?? 0) + 1
    return counts
  }

  clear(): void {
    this.length = 0
  }
}
