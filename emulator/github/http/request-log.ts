/** One request the GitHub emulator answered. */
export interface GitHubRequestRecord {
  method: string
  /** The path as it arrived, without the query. */
  path: string
  query: Record<string, string>
  /** Octokit's method name for the route (`issues.createComment`), or `unknown`. */
  route: string
  status: number
  /** The login of the token's holder; null when no valid token came with the request. */
  user: string | null
  /** A REST request meant to change something (POST, PATCH, PUT, DELETE) — attempted: `status` says whether it did. */
  write: boolean
  /** True when the answer came from the fault script. */
  fault: boolean
}

/** Every request in arrival order, so tests can count calls by route and assert that nothing was written. */
export class GitHubRequestLog extends Array<GitHubRequestRecord> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array
  }

  writes(): GitHubRequestRecord[] {
    return this.filter((r) => r.write)
  }

  forRoute(route: string): GitHubRequestRecord[] {
    return this.filter((r) => r.route === route)
  }

  countByRoute(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this) counts[r.route] = (counts[r.route] ?? 0) + 1
    return counts
  }

  clear(): void {
    this.length = 0
  }
}
