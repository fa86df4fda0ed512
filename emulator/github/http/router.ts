import type { GitHubState } from '../state/records.js'
import type { RouteDefinition } from './route-types.js'

export interface RouteMatch {
  route: RouteDefinition
  params: Record<string, string>
}

/** Splits and decodes a path; `%2F` inside a segment stays inside it (`contents/.github%2FCODEOWNERS`). */
export function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
}

export function matchRoute(
  routes: readonly RouteDefinition[],
  method: string,
  segments: string[]
): RouteMatch | undefined {
  for (const route of routes) {
    if (route.method !== method) continue
    const params = matchPattern(route.pattern, segments)
    if (params) return { route, params }
  }
  return undefined
}

function matchPattern(pattern: string, segments: string[]): Record<string, string> | undefined {
  const parts = pattern.split('/').filter((p) => p !== '')
  const params: Record<string, string> = {}
  for (const [index, part] of parts.entries()) {
    if (part.endsWith('+}')) {
      const rest = segments.slice(index)
      if (rest.length === 0) return undefined
      params[part.slice(1, -2)] = rest.join('/')
      return params
    }
    const segment = segments[index]
    if (segment === undefined) return undefined
    if (part.startsWith('{')) params[part.slice(1, -1)] = segment
    else if (part !== segment) return undefined
  }
  return parts.length === segments.length ? params : undefined
}

/**
 * GitHub's `Link` headers point at `/repositories/{id}/…` rather than `/repos/{owner}/{repo}/…`; both name the same
 * resources. Returns the segments in the `/repos` form (unchanged when the id is unknown: the route then 404s).
 */
export function canonicalSegments(state: GitHubState, segments: string[]): string[] {
  if (segments[0] !== 'repositories' || segments[1] === undefined) return segments
  const repository = state.repositories.find((r) => String(r.id) === segments[1])
  return repository ? ['repos', repository.owner, repository.name, ...segments.slice(2)] : segments
}
