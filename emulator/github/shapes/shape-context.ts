import type { components } from '@octokit/openapi-types'
import type { AccountRecord, GitHubState, RepositoryRecord } from '../state/records.js'
import { fullName, sameName } from '../state/lookups.js'
import type { SiteUrls } from './links.js'
import type { RepositoryFacts } from './repository-shape.js'

/** Everything a shape needs to turn records into GitHub's JSON. */
export interface ShapeContext {
  state: GitHubState
  urls: SiteUrls
}

export type AuthorAssociation = components['schemas']['author-association']

/** The account with this login; an unknown login (seeded carelessly) still renders, as a plain user. */
export function accountNamed(state: GitHubState, login: string): AccountRecord {
  const account = state.accounts.find((a) => sameName(a.login, login))
  if (account) return account
  const synthesised: AccountRecord = { login, id: 9_000_000 + state.accounts.length, type: 'User', name: null }
  state.accounts.push(synthesised)
  return synthesised
}

export function repositoryFacts(state: GitHubState, repository: RepositoryRecord): RepositoryFacts {
  const name = fullName(repository)
  const openIssues = state.issues.filter((i) => sameName(i.repository, name) && i.state === 'open').length
  return { owner: accountNamed(state, repository.owner), openIssues }
}

/** How the author relates to the repository, as GitHub labels comments and issues. */
export function authorAssociation(state: GitHubState, login: string, repository: string): AuthorAssociation {
  const account = accountNamed(state, login)
  if (account.type === 'Bot') return 'NONE'
  if (sameName(repository.split('/')[0] ?? '', login)) return 'OWNER'
  const canWrite = state.tokens.some((t) => sameName(t.login, login) && t.permission === 'write')
  return canWrite ? 'MEMBER' : 'CONTRIBUTOR'
}

/** GitHub's reaction summary with no reactions. */
export function noReactions(url: string): components['schemas']['reaction-rollup'] {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0
  }
}
