/** The directory's view of principals: who exists, and since when (for replication delays). */
export class PrincipalDirectory {
  private readonly principals = new Map<string, { createdAt: number; kind: string }>()

  /** Registers a principal created at `createdAt` (simulated ms); `-Infinity` for ones that always existed. */
  add(principalId: string, createdAt = Number.NEGATIVE_INFINITY, kind = 'ServicePrincipal'): void {
    this.principals.set(principalId.toLowerCase(), { createdAt, kind })
  }

  remove(principalId: string): void {
    this.principals.delete(principalId.toLowerCase())
  }

  /** True once the principal exists and has replicated (`replicationDelayMs` after its creation). */
  isReplicated(principalId: string, now: number, replicationDelayMs: number): boolean {
    const principal = this.principals.get(principalId.toLowerCase())
    return principal !== undefined && now >= principal.createdAt + replicationDelayMs
  }

  exists(principalId: string): boolean {
    return this.principals.has(principalId.toLowerCase())
  }
}
