import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { FaultScript } from './http/faults.js'
import { answer } from './http/github-pipeline.js'
import type { RateLimitOptions } from './http/rate-limits.js'
import { RateLimits } from './http/rate-limits.js'
import { GitHubRequestLog } from './http/request-log.js'
import type { VerifyOptions, IdTokenClaims } from './oidc/id-token.js'
import { ActionsOidc } from './oidc/actions-oidc.js'
import type { OidcRunContext } from './oidc/run-context.js'
import { commentRoutes } from './routes/comment-routes.js'
import { issueRoutes } from './routes/issue-routes.js'
import { labelRoutes } from './routes/label-routes.js'
import { issueEventRoutes } from './routes/issue-event-routes.js'
import { metaRoutes } from './routes/meta-routes.js'
import { oidcRoutes } from './routes/oidc-routes.js'
import { pullRequestRoutes } from './routes/pull-request-routes.js'
import { repositoryRoutes } from './routes/repository-routes.js'
import { viewerRoutes } from './routes/viewer-routes.js'
import { githubTime } from './shapes/links.js'
import { BOT_TOKEN, DEFAULT_REPOSITORY, defaultSeed, HUMAN_TOKEN, READ_ONLY_BOT_TOKEN } from './state/default-seed.js'
import type { GitHubState } from './state/records.js'
import type { GitHubSeed } from './state/seed.js'
import { applySeed } from './state/seed.js'
import { commitToDefaultBranch, mergePullRequest, pushToPullRequest } from './state/git-activity.js'

export interface GitHubEmulatorOptions {
  /** Added on top of the default seed (or instead of it, with `defaultSeed: false`). */
  seed?: GitHubSeed
  /** Start from `contoso/fleet-policies` with PRs #1 and #2, a bot, a maintainer and their tokens (default true). */
  defaultSeed?: boolean
  /** Time for timestamps and rate-limit windows (a simulated clock lets tests move past a window); real by default. */
  clock?: { now(): number }
  rateLimits?: RateLimitOptions
  /** The run the default OIDC request token speaks for (a push to `main` unless told), and ID-token lifetime. */
  oidc?: { run?: Partial<OidcRunContext>; lifetimeSeconds?: number }
  /** The web origin put into `html_url`s (default `https://github.com`; with `tls`, the emulator's own origin). */
  htmlUrl?: string
  /**
   * Serve HTTPS with this key and certificate (e.g. the Azure emulator's test CA, `createTestCertificateAuthority()`):
   * what `gh` needs for an enterprise host. Plain HTTP otherwise.
   */
  tls?: { keyPem: string; certPem: string }
}

export interface GitHubEmulator {
  /** The REST base URL (`GITHUB_API_URL`); GraphQL is at `${apiUrl}/graphql`. */
  apiUrl: string
  /**
   * The same data in GitHub Enterprise Server's layout on the same origin: `host` (for `GH_HOST`), REST at
   * `apiUrl` (`{origin}/api/v3`), GraphQL at `graphqlUrl` (`{origin}/api/graphql`).
   */
  enterprise: { host: string; apiUrl: string; graphqlUrl: string }
  /** The web origin in `html_url`s (`GITHUB_SERVER_URL`). */
  htmlUrl: string
  tokens: { bot: string; human: string; readOnlyBot: string }
  oidc: {
    /** `ACTIONS_ID_TOKEN_REQUEST_URL` (it already has a query, so `&audience=` can be appended as the runner's can). */
    requestUrl: string
    /** `ACTIONS_ID_TOKEN_REQUEST_TOKEN` for the default run. */
    requestToken: string
    /**
     * Another request token, whose ID tokens speak for `run` (e.g. `{ eventName: 'pull_request', pullRequest: 2 }`).
     */
    requestTokenFor(run: Partial<OidcRunContext>): string
    issuer: string
    publicKeyPem: string
    jwks: { keys: Array<Record<string, string>> }
    verify(jwt: string, options?: VerifyOptions): IdTokenClaims
  }
  state: GitHubState
  requests: GitHubRequestLog
  faults: FaultScript
  rateLimits: RateLimits
  seed(more: GitHubSeed): void
  /** A new head commit on a pull request's branch; returns the previous head (the `before` of `synchronize`). */
  pushToPullRequest(number: number, sha: string): string
  /** Merges a pull request into the default branch; returns the branch's `before` and `after` shas for a push event. */
  mergePullRequest(
    number: number,
    options?: { mergeCommitSha?: string; mergedBy?: string }
  ): { before: string; after: string }
  /** A new commit on a repository's default branch with these files; the older commit stays readable. */
  commitToDefaultBranch(
    files: Record<string, string>,
    options?: { repository?: string; sha?: string }
  ): { before: string; after: string }
  /** The environment a workflow step would see, pointed at this emulator. */
  env(options?: { token?: string; requestToken?: string }): Record<string, string>
  stop(): Promise<void>
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const clock = options.clock ?? { now: () => Date.now() }
  const state: GitHubState = {
    accounts: [],
    tokens: [],
    repositories: [],
    issues: [],
    pullRequests: [],
    comments: [],
    labels: [],
    issueEvents: [],
    collaborators: [],
    lastId: 100_000_000
  }
  const seed = (more: GitHubSeed) => applySeed(state, more, githubTime(clock.now()))
  if (options.defaultSeed !== false) seed(defaultSeed())
  if (options.seed) seed(options.seed)

  const oidc = new ActionsOidc(state, options.oidc?.lifetimeSeconds ?? 300)
  const requestToken = oidc.mintRequestToken(options.oidc?.run)
  const rateLimits = new RateLimits(
    {
      primaryPerHour: options.rateLimits?.primaryPerHour ?? 5000,
      contentCreatingPerMinute: options.rateLimits?.contentCreatingPerMinute ?? 80,
      actionsTokenPerHourPerRepository: options.rateLimits?.actionsTokenPerHourPerRepository ?? 1000,
      primaryStatus: options.rateLimits?.primaryStatus ?? 403
    },
    clock.now
  )
  const urls = { api: '', html: options.htmlUrl ?? 'https://github.com' }
  const pipeline = {
    state,
    urls,
    rateLimits,
    faults: new FaultScript(),
    requests: new GitHubRequestLog(),
    now: clock.now,
    routes: [
      ...metaRoutes,
      ...viewerRoutes,
      ...repositoryRoutes,
      ...issueRoutes,
      ...commentRoutes,
      ...labelRoutes,
      ...issueEventRoutes,
      ...pullRequestRoutes,
      ...oidcRoutes(oidc)
    ]
  }

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const result = answer(pipeline, {
        method: request.method ?? 'GET',
        url: request.url ?? '/',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      response.writeHead(result.status, result.headers).end(result.body)
    })
  }
  const server = options.tls
    ? createHttpsServer({ key: options.tls.keyPem, cert: options.tls.certPem }, listener)
    : createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  urls.api = `${options.tls ? 'https' : 'http'}://${host}`
  // An enterprise server's web pages live on its own origin (https://HOSTNAME/owner/repo).
  if (options.tls && options.htmlUrl === undefined) urls.html = urls.api
  const requestUrl = `${urls.api}/_apis/distributedtask/hubs/Actions/plans/${randomUUID()}/jobs/${randomUUID()}/idtoken?api-version=2.0`

  return {
    apiUrl: urls.api,
    enterprise: { host, apiUrl: `${urls.api}/api/v3`, graphqlUrl: `${urls.api}/api/graphql` },
    tokens: { bot: BOT_TOKEN, human: HUMAN_TOKEN, readOnlyBot: READ_ONLY_BOT_TOKEN },
    oidc: {
      requestUrl,
      requestToken,
      requestTokenFor: (run) => oidc.mintRequestToken(run),
      issuer: 'https://token.actions.githubusercontent.com',
      publicKeyPem: oidc.signer.publicKeyPem,
      jwks: oidc.signer.jwks,
      verify: (jwt, verifyOptions) => oidc.verify(jwt, verifyOptions)
    },
    htmlUrl: urls.html,
    state,
    requests: pipeline.requests,
    faults: pipeline.faults,
    rateLimits,
    seed,
    pushToPullRequest: (number, sha) => pushToPullRequest(state, number, sha),
    mergePullRequest: (number, mergeOptions = {}) =>
      mergePullRequest(state, number, { ...mergeOptions, at: githubTime(clock.now()) }),
    commitToDefaultBranch: (files, commitOptions = {}) => commitToDefaultBranch(state, files, commitOptions),
    env: (envOptions = {}) => ({
      GITHUB_API_URL: urls.api,
      GITHUB_GRAPHQL_URL: `${urls.api}/graphql`,
      GITHUB_SERVER_URL: urls.html,
      GITHUB_REPOSITORY: state.repositories[0]
        ? `${state.repositories[0].owner}/${state.repositories[0].name}`
        : DEFAULT_REPOSITORY,
      GITHUB_TOKEN: envOptions.token ?? BOT_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: envOptions.requestToken ?? requestToken
    }),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
  }
}
