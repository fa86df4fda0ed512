import { parseRepository, type RepositoryRef } from './repository.js'

/** What the workflow run is about, read once from the runner's environment and the event payload. */
export interface RunContext {
  eventName: string
  repository: RepositoryRef
  sha: string
  ref: string
  apiUrl: string
  runUrl?: string
  defaultBranch?: string
  pullRequest?: PullRequestContext
}

export interface PullRequestContext {
  number: number
  headSha: string
  /** From another repository: no secrets, no OIDC token, never a plan against Azure. */
  isFork: boolean
  /** The branch it merges into; its CODEOWNERS is the one GitHub applies to the review. */
  baseRef: string
}

interface PullRequestPayload {
  number?: number
  pull_request?: {
    number: number
    head: { sha: string; repo?: { full_name?: string } | null }
    base: { ref: string; repo: { full_name: string } }
  }
  repository?: { default_branch?: string; full_name?: string }
}

/** Pure: the run context from environment variables and the parsed event payload. */
export function readRunContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const event = (payload ?? {}) as PullRequestPayload
  const repository = parseRepository(env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? '')
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const pr = event.pull_request
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID
      ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
    defaultBranch: event.repository?.default_branch,
    pullRequest: pr
      ? {
          number: pr.number,
          headSha: pr.head.sha,
          baseRef: pr.base.ref,
          isFork: (pr.head.repo?.full_name ?? '').toLowerCase() !== pr.base.repo.full_name.toLowerCase()
        }
      : undefined
  }
}
