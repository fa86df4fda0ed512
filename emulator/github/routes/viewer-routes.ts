import type { RouteDefinition } from '../http/route-types.js'
import { notAccessibleByIntegration } from '../http/github-errors.js'
import { privateUser } from '../shapes/account-shape.js'
import { accountNamed } from '../shapes/shape-context.js'
import { executeGraphQL } from '../graphql/execute.js'
import { GITHUB_SCHEMA } from '../graphql/github-schema.js'

/**
 * Who am I. `GET /user` works for a person's token and answers 403 "Resource not accessible by integration" for
 * an installation token such as the Actions `GITHUB_TOKEN` — as on GitHub. GraphQL's `viewer` works for both;
 * GraphQL serves the part of GitHub's schema in graphql/github-schema.ts.
 */
export const viewerRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/user',
    name: 'users.getAuthenticated',
    docs: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
    handle(context) {
      if (context.caller.kind === 'installation') throw notAccessibleByIntegration(context.docs)
      return {
        status: 200,
        body: privateUser(accountNamed(context.state, context.caller.login), context.urls, context.now())
      }
    }
  },
  {
    method: 'POST',
    pattern: '/graphql',
    name: 'graphql',
    docs: 'https://docs.github.com/graphql',
    // Queries are read-only; the two mutations served (createIssue, addComment) check write permission themselves.
    readOnly: true,
    handle: (context) => ({
      status: 200,
      body: executeGraphQL(GITHUB_SCHEMA, (context.request.body ?? {}) as Record<string, unknown>, context)
    })
  }
]
