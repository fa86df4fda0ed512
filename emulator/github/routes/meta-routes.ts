import type { RouteDefinition } from '../http/route-types.js'

/**
 * `GET /` — the API root ("GitHub API Root", docs.github.com/rest/meta/meta#github-api-root): URL templates of the
 * main resources. `gh auth login --with-token` and `gh auth status` call it (`GET /api/v3/` on an enterprise host)
 * and read the token's scopes from its `X-OAuth-Scopes` header (added to every answer by the pipeline). Served
 * only with a token, as GitHub Enterprise Server in private mode does.
 */
export const metaRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/',
    name: 'meta.root',
    docs: 'https://docs.github.com/rest/meta/meta#github-api-root',
    handle(context) {
      const api = context.urls.api
      return {
        status: 200,
        body: {
          current_user_url: `${api}/user`,
          current_user_repositories_url: `${api}/user/repos{?type,page,per_page,sort}`,
          issues_url: `${api}/issues`,
          issue_search_url: `${api}/search/issues?q={query}{&page,per_page,sort,order}`,
          organization_url: `${api}/orgs/{org}`,
          rate_limit_url: `${api}/rate_limit`,
          repository_url: `${api}/repos/{owner}/{repo}`,
          user_url: `${api}/users/{user}`
        }
      }
    }
  }
]
