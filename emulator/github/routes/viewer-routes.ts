import type { RouteDefinition } from '../http/route-types.js'
import { notAccessibleByIntegration } from '../http/github-errors.js'
import { privateUser } from '../shapes/account-shape.js'
import { accountNamed } from '../shapes/shape-context.js'

/** The fields of GraphQL's `viewer` the emulator answers, enough for a client to learn its own login and id. */
const VIEWER_FIELDS = ['login', 'databaseId', 'id', 'name', '__typename'] as const

/**
 * Who am I. `GET /user` works for a person's token and answers 403 "Resource not accessible by integration" for
 * an installation token such as the Actions `GITHUB_TOKEN` — as on GitHub. GraphQL's `viewer` works for both,
 * so the emulator answers `query { viewer { login … } }` and nothing else.
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
    readOnly: true,
    handle(context) {
      const query = (context.request.body as { query?: unknown } | undefined)?.query
      const selection = typeof query === 'string' ? /\bviewer\s*\{([^{}]*)\}/.exec(query)?.[1] : undefined
      if (selection === undefined) {
        return {
          status: 200,
          body: {
            errors: [
              {
                message: 'The GitHub emulator answers only `query { viewer { login databaseId id name __typename } }`.'
              }
            ]
          }
        }
      }
      const account = accountNamed(context.state, context.caller.login)
      const values: Record<(typeof VIEWER_FIELDS)[number], unknown> = {
        login: account.login,
        databaseId: account.id,
        id: Buffer.from(`04:${account.type}${account.id}`).toString('base64'),
        name: account.name,
        __typename: account.type
      }
      const fields = selection.split(/[\s,]+/).filter((f) => f !== '')
      const unknown = fields.filter((f) => !(VIEWER_FIELDS as readonly string[]).includes(f))
      if (unknown.length > 0) {
        return {
          status: 200,
          body: {
            errors: unknown.map((f) => ({
              message: `Field '${f}' doesn't exist on type '${account.type}'`,
              path: ['query', 'viewer', f],
              extensions: { code: 'undefinedField' }
            }))
          }
        }
      }
      return {
        status: 200,
        body: {
          data: { viewer: Object.fromEntries(fields.map((f) => [f, values[f as (typeof VIEWER_FIELDS)[number]]])) }
        }
      }
    }
  }
]
