import type { GitHubState, IssueRecord, PullRequestRecord, RepositoryRecord } from './records.js'

export const fullName = (repository: Pick<RepositoryRecord, 'owner' | 'name'>): string =>
  `${repository.owner}/${repository.name}`

/** GitHub compares owner and repository names case-insensitively. */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

export function findRepository(state: GitHubState, owner: string, name: string): RepositoryRecord | undefined {
  return state.repositories.find((r) => sameName(r.owner, owner) && sameName(r.name, name))
}

export function findRepositoryByFullName(state: GitHubState, name: string): RepositoryRecord | undefined {
  const [owner = '', repo = ''] = name.split('/')
  return findRepository(state, owner, repo)
}

export function findIssue(state: GitHubState, repository: string, number: number): IssueRecord | undefined {
  return state.issues.find((i) => sameName(i.repository, repository) && i.number === number)
}

export function findPullRequest(state: GitHubState, repository: string, number: number): PullRequestRecord | undefined {
  return state.pullRequests.find((p) => sameName(p.repository, repository) && p.number === number)
}

export function nextId(state: GitHubState): number {
  state.lastId += 1
  return state.lastId
}

/** Issues and pull requests share one sequence of numbers per repository. */
export function nextIssueNumber(state: GitHubState, repository: string): number {
  const numbers = state.issues.filter((i) => sameName(i.repository, repository)).map((i) => i.number)
  return Math.max(0, ...numbers) + 1
}
