import type { components } from '@octokit/openapi-types'
import type { AccountRecord, RepositoryRecord } from '../state/records.js'
import type { SiteUrls } from './links.js'
import { nodeId } from './links.js'
import { simpleUser } from './account-shape.js'

export type Repository = components['schemas']['repository']
export type FullRepository = components['schemas']['full-repository']

/** What a repository shape needs besides the record: its owner's account and live counts. */
export interface RepositoryFacts {
  owner: AccountRecord
  openIssues: number
}

/** The `repository` object GitHub embeds in pull requests (`head.repo`, `base.repo`) and webhook payloads. */
export function repositoryShape(repository: RepositoryRecord, facts: RepositoryFacts, urls: SiteUrls): Repository {
  const fullName = `${repository.owner}/${repository.name}`
  const api = `${urls.api}/repos/${fullName}`
  const html = `${urls.html}/${fullName}`
  const host = new URL(urls.html).host
  return {
    id: repository.id,
    node_id: nodeId('Repository', repository.id),
    name: repository.name,
    full_name: fullName,
    owner: simpleUser(facts.owner, urls),
    private: repository.private,
    html_url: html,
    description: null,
    fork: repository.forkOf !== undefined,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${fullName}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${fullName}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: repository.defaultBranch,
    open_issues_count: facts.openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repository.private ? 'private' : 'public',
    pushed_at: repository.createdAt,
    created_at: repository.createdAt,
    updated_at: repository.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: facts.openIssues,
    watchers: 0
  }
}

/** `GET /repos/{owner}/{repo}`: the repository plus what only the full view carries (permissions, parent of a fork). */
export function fullRepositoryShape(
  repository: RepositoryRecord,
  facts: RepositoryFacts,
  urls: SiteUrls,
  parent: { record: RepositoryRecord; facts: RepositoryFacts } | undefined
): FullRepository {
  const shape = repositoryShape(repository, facts, urls)
  const parentShape = parent ? repositoryShape(parent.record, parent.facts, urls) : undefined
  return {
    ...shape,
    has_discussions: false,
    pushed_at: repository.createdAt,
    created_at: repository.createdAt,
    updated_at: repository.createdAt,
    subscribers_count: 0,
    network_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    delete_branch_on_merge: false,
    ...(parentShape ? { parent: parentShape, source: parentShape } : {})
  }
}
