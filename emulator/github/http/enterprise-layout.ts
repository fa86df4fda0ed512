/**
 * GitHub Enterprise Server's layout, which `gh` and Octokit use for any host but github.com: REST under `/api/v3/…`,
 * GraphQL at `/api/graphql` ("About the REST API" on docs.github.com/enterprise-server: "`http(s)://HOSTNAME/api/v3`";
 * GraphQL "`http(s)://HOSTNAME/api/graphql`"; cli/cli internal/ghinstance `RESTPrefix` and `GraphQLEndpoint` build
 * exactly these for an enterprise host). The emulator serves both layouts on one origin: a request in the enterprise
 * layout is routed as its github.com-style path, and the URLs it gets back keep the `/api/v3` prefix.
 */
export interface LayoutPath {
  /** The path as the github.com-style routes know it (`/repos/o/r/issues`, `/graphql`, `/`). */
  path: string
  /** The REST base URL suffix the answer's URLs use: `/api/v3` for enterprise requests, `` otherwise. */
  apiPrefix: string
}

const REST_PREFIX = '/api/v3'

export function routePathOf(rawPath: string): LayoutPath {
  if (rawPath === '/api/graphql' || rawPath === '/api/graphql/') return { path: '/graphql', apiPrefix: REST_PREFIX }
  if (rawPath === REST_PREFIX || rawPath.startsWith(`${REST_PREFIX}/`)) {
    const rest = rawPath.slice(REST_PREFIX.length)
    return { path: rest === '' ? '/' : rest, apiPrefix: REST_PREFIX }
  }
  return { path: rawPath, apiPrefix: '' }
}

/**
 * The scopes a classic token carries, in GitHub's `X-OAuth-Scopes` header on every answer to a request made with it
 * ("Scopes for OAuth apps" → checking granted scopes: "X-OAuth-Scopes lists the scopes your token has authorized").
 * `gh` reads it from `GET /api/v3/` to check a token has `repo` and `read:org`. Installation tokens (the Actions
 * `GITHUB_TOKEN`) have permissions, not scopes: no header.
 */
export const DEFAULT_PERSONAL_TOKEN_SCOPES = ['gist', 'read:org', 'repo', 'workflow'] as const
