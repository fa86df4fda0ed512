/**
 * The emulated GitHub as plain data. Tests read these arrays directly ("which comments exist, who wrote them")
 * and may push to them; the HTTP routes only ever render them into GitHub's JSON shapes.
 * Repository names are stored as GitHub displays them and compared case-insensitively, as GitHub does.
 */

export type AccountType = 'User' | 'Bot' | 'Organization'

export interface AccountRecord {
  login: string
  id: number
  type: AccountType
  name: string | null
}

/**
 * A token the emulator accepts. `installation` tokens behave like the Actions `GITHUB_TOKEN` (an app installation:
 * `GET /user` answers 403); `user` tokens like a personal access token. `read` tokens get 403 on every write, as
 * the `GITHUB_TOKEN` of a pull request from a fork does.
 */
export interface TokenRecord {
  token: string
  login: string
  kind: 'installation' | 'user'
  permission: 'write' | 'read'
  /** A workflow's `GITHUB_TOKEN`: its own primary rate limit, per repository. */
  actions?: boolean
  /** A classic token's scopes (`X-OAuth-Scopes`); a person's token has `gist, read:org, repo, workflow` unless told. */
  scopes?: readonly string[]
}

export interface RepositoryRecord {
  id: number
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  /** The head commit of the default branch. */
  defaultBranchSha: string
  /** File contents on the default branch by path, e.g. `.github/CODEOWNERS`. */
  files: Record<string, string>
  /** Files at earlier commits (full sha → path → content); the head's are `files`. */
  commits?: Record<string, Record<string, string>>
  /** Other branches and tags (name → commit sha): `repos.getContent` resolves them as GitHub does. */
  branches?: Record<string, string>
  tags?: Record<string, string>
  /** `owner/name` of the repository this one was forked from. */
  forkOf?: string
  createdAt: string
}

/** An issue, or the issue half of a pull request (both share one number sequence per repository). */
export interface IssueRecord {
  id: number
  repository: string
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  /** Label names; the label objects live in `labels`. */
  labels: string[]
  assignees: string[]
  author: string
  locked: boolean
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
}

/** The pull-request half; title, body, state, labels and author live on the issue with the same number. */
export interface PullRequestRecord {
  id: number
  repository: string
  number: number
  head: { repository: string; ref: string; sha: string }
  base: { ref: string; sha: string }
  draft: boolean
  mergedAt: string | null
  mergeCommitSha: string | null
  /** Every commit on the pull request's branch (the head sha included), for the commit → pull request lookup. */
  commits: string[]
}

export interface CommentRecord {
  id: number
  repository: string
  issueNumber: number
  body: string
  author: string
  createdAt: string
  updatedAt: string
}

export interface LabelRecord {
  id: number
  repository: string
  name: string
  color: string
  description: string | null
}

/** A label added to or removed from an issue or pull request, and by whom (GitHub's issue events). */
export interface IssueEventRecord {
  id: number
  repository: string
  issueNumber: number
  event: 'labeled' | 'unlabeled'
  actor: string
  label: string
  createdAt: string
}

/**
 * A person's role on a repository (docs.github.com, "Repository roles for an organization"): triage may label and
 * close issues and pull requests, but neither push nor merge; write, maintain and admin may push. Accounts not
 * listed are not collaborators.
 */
export interface CollaboratorRecord {
  repository: string
  login: string
  role: 'read' | 'triage' | 'write' | 'maintain' | 'admin'
}

export interface GitHubState {
  accounts: AccountRecord[]
  tokens: TokenRecord[]
  repositories: RepositoryRecord[]
  issues: IssueRecord[]
  pullRequests: PullRequestRecord[]
  comments: CommentRecord[]
  labels: LabelRecord[]
  issueEvents: IssueEventRecord[]
  collaborators: CollaboratorRecord[]
  /** The last id handed out; every new record takes the next one. */
  lastId: number
}
