import type { RouteContext } from '../http/route-types.js'
import { nodeId } from '../shapes/links.js'
import { accountNamed, authorAssociation } from '../shapes/shape-context.js'
import { findPullRequest, findRepository, fullName, nextId, sameName } from '../state/lookups.js'
import { openIssue, postComment } from '../state/new-records.js'
import type { CommentRecord, IssueRecord, LabelRecord, RepositoryRecord } from '../state/records.js'
import { GraphQLFieldError, type GraphObject, type Resolver, type Schema } from './execute.js'

/**
 * The part of GitHub's GraphQL schema (docs.github.com/graphql/reference) that `gh` 2.23 uses for `gh issue
 * list/view/create/comment` and `gh pr view`, over the emulator's state: Query `repository`/`viewer`/`__type`
 * (gh's feature detection asks `__type(name: "Issue") { fields { name } }` on enterprise hosts), Mutation
 * `createIssue`/`addComment`, and the object types they reach. Fields not here fail as GitHub fails an unknown field.
 */
type Context = RouteContext
type Fields = Record<string, Resolver<Context>>

const object = (typename: string, fields: Record<string, unknown>): GraphObject => ({ __typename: typename, ...fields })

function decodeNodeId(id: unknown): { type: string; id: number } | undefined {
  if (typeof id !== 'string') return undefined
  const match = /^\d\d:([A-Za-z]+)(\d+)$/.exec(Buffer.from(id, 'base64').toString('utf8'))
  return match ? { type: match[1]!, id: Number(match[2]) } : undefined
}

/** A connection over items (cursor pagination): `first`/`after`, `last`, totalCount, nodes, edges, pageInfo. */
function connection(typename: string, items: readonly unknown[], args: Record<string, unknown>): GraphObject {
  const after = typeof args.after === 'string' ? Number(Buffer.from(args.after, 'base64').toString().split(':')[1]) : -1
  let start = Number.isInteger(after) ? after + 1 : 0
  let end = items.length
  if (typeof args.first === 'number') end = Math.min(end, start + args.first)
  if (typeof args.last === 'number') start = Math.max(start, end - args.last)
  const cursor = (index: number) => Buffer.from(`cursor:${index}`).toString('base64')
  const slice = items.slice(start, end)
  return object(typename, {
    totalCount: items.length,
    nodes: slice,
    edges: slice.map((node, i) => object('Edge', { node, cursor: cursor(start + i) })),
    pageInfo: object('PageInfo', {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: slice.length > 0 ? cursor(start) : null,
      endCursor: slice.length > 0 ? cursor(end - 1) : null
    })
  })
}

const CONNECTION_FIELDS: Fields = {
  totalCount: (s) => s.totalCount,
  nodes: (s) => s.nodes,
  edges: (s) => s.edges,
  pageInfo: (s) => s.pageInfo
}

function actor(context: Context, login: string): GraphObject {
  const account = accountNamed(context.state, login)
  return object(account.type === 'Bot' ? 'Bot' : 'User', { account })
}

const ACTOR_FIELDS: Fields = {
  login: (s) => (s.account as { login: string }).login,
  name: (s) => (s.account as { name: string | null }).name,
  id: (s) => nodeId(s.__typename, (s.account as { id: number }).id),
  databaseId: (s) => (s.account as { id: number }).id,
  url: (s, _a, c) => `${c.urls.html}/${(s.account as { login: string }).login}`,
  avatarUrl: (s) => `https://avatars.githubusercontent.com/u/${(s.account as { id: number }).id}?v=4`,
  isBot: (s) => s.__typename === 'Bot'
}

const repositoryObject = (repository: RepositoryRecord) => object('Repository', { repository })
const labelObject = (label: LabelRecord) => object('Label', { label })
const commentObject = (comment: CommentRecord) => object('IssueComment', { comment })
function issueObject(context: Context, issue: IssueRecord): GraphObject {
  const pull = findPullRequest(context.state, issue.repository, issue.number)
  return object(pull ? 'PullRequest' : 'Issue', { issue, pull })
}

const issueOf = (s: GraphObject) => s.issue as IssueRecord
const labelsOf = (context: Context, issue: IssueRecord) =>
  issue.labels.map((name) => {
    const found = context.state.labels.find((l) => sameName(l.repository, issue.repository) && sameName(l.name, name))
    return labelObject(found ?? { id: 0, repository: issue.repository, name, color: 'ededed', description: null })
  })
const commentsOf = (context: Context, issue: IssueRecord) =>
  context.state.comments
    .filter((c) => sameName(c.repository, issue.repository) && c.issueNumber === issue.number)
    .map(commentObject)

/** Fields Issue and PullRequest share (both are Assignable, Closable, Comment, Labelable, … in GitHub's schema). */
const ISSUE_FIELDS: Fields = {
  id: (s) => nodeId(s.__typename, issueOf(s).id),
  databaseId: (s) => issueOf(s).id,
  number: (s) => issueOf(s).number,
  title: (s) => issueOf(s).title,
  body: (s) => issueOf(s).body ?? '',
  url: (s, _a, c) =>
    `${c.urls.html}/${issueOf(s).repository}/${s.__typename === 'PullRequest' ? 'pull' : 'issues'}/${issueOf(s).number}`,
  state: (s) =>
    s.__typename === 'PullRequest' && (s.pull as { mergedAt: string | null }).mergedAt
      ? 'MERGED'
      : issueOf(s).state.toUpperCase(),
  stateReason: (s) => issueOf(s).stateReason?.toUpperCase() ?? null,
  closed: (s) => issueOf(s).state === 'closed',
  closedAt: (s) => issueOf(s).closedAt,
  createdAt: (s) => issueOf(s).createdAt,
  updatedAt: (s) => issueOf(s).updatedAt,
  locked: (s) => issueOf(s).locked,
  isPinned: () => false,
  author: (s, _a, c) => actor(c, issueOf(s).author),
  authorAssociation: (s, _a, c) => authorAssociation(c.state, issueOf(s).author, issueOf(s).repository).toUpperCase(),
  assignees: (s, a, c) =>
    connection(
      'UserConnection',
      issueOf(s).assignees.map((login) => actor(c, login)),
      a
    ),
  labels: (s, a, c) => connection('LabelConnection', labelsOf(c, issueOf(s)), a),
  comments: (s, a, c) => connection('IssueCommentConnection', commentsOf(c, issueOf(s)), a),
  milestone: () => null,
  projectCards: (_s, a) => connection('ProjectCardConnection', [], a),
  projectItems: (_s, a) => connection('ProjectV2ItemConnection', [], a),
  reactionGroups: () => [],
  repository: (s, _a, c) => {
    const [owner = '', name = ''] = issueOf(s).repository.split('/')
    return repositoryObject(findRepository(c.state, owner, name)!)
  }
}

const PULL_REQUEST_FIELDS: Fields = {
  ...ISSUE_FIELDS,
  isDraft: (s) => (s.pull as { draft: boolean }).draft,
  merged: (s) => (s.pull as { mergedAt: string | null }).mergedAt !== null,
  mergedAt: (s) => (s.pull as { mergedAt: string | null }).mergedAt,
  headRefName: (s) => (s.pull as { head: { ref: string } }).head.ref,
  headRefOid: (s) => (s.pull as { head: { sha: string } }).head.sha,
  baseRefName: (s) => (s.pull as { base: { ref: string } }).base.ref,
  isCrossRepository: (s) =>
    !sameName((s.pull as { head: { repository: string } }).head.repository, issueOf(s).repository),
  headRepositoryOwner: (s, _a, c) =>
    actor(c, (s.pull as { head: { repository: string } }).head.repository.split('/')[0]!),
  headRepository: (s, _a, c) => {
    const [owner = '', name = ''] = (s.pull as { head: { repository: string } }).head.repository.split('/')
    const repository = findRepository(c.state, owner, name)
    return repository ? repositoryObject(repository) : null
  },
  mergeable: () => 'UNKNOWN',
  additions: () => 0,
  deletions: () => 0,
  changedFiles: () => 0,
  reviewDecision: () => null,
  reviewRequests: (_s, a) => connection('ReviewRequestConnection', [], a),
  reviews: (_s, a) => connection('PullRequestReviewConnection', [], a),
  latestReviews: (_s, a) => connection('PullRequestReviewConnection', [], a),
  files: (_s, a) => connection('PullRequestChangedFileConnection', [], a),
  commits: (s, a) =>
    connection(
      'PullRequestCommitConnection',
      (s.pull as { commits: string[] }).commits.map((oid) => object('PullRequestCommit', { oid })),
      a
    ),
  autoMergeRequest: () => null,
  maintainerCanModify: () => false
}

function issuesOf(context: Context, repository: RepositoryRecord, pulls: boolean, args: Record<string, unknown>) {
  const name = fullName(repository)
  const states = Array.isArray(args.states) ? (args.states as string[]).map((s) => s.toLowerCase()) : undefined
  const labels = Array.isArray(args.labels) ? (args.labels as string[]) : undefined
  const filterBy = (args.filterBy ?? {}) as {
    assignee?: string
    createdBy?: string
    labels?: string[]
    states?: string[]
  }
  const wantedStates = states ?? filterBy.states?.map((s) => s.toLowerCase())
  const wantedLabels = labels ?? filterBy.labels
  const items = context.state.issues
    .filter((i) => sameName(i.repository, name))
    .filter((i) => Boolean(findPullRequest(context.state, name, i.number)) === pulls)
    .filter((i) => !wantedStates || wantedStates.includes(i.state) || (pulls && wantedStates.includes('merged')))
    .filter((i) => !wantedLabels || wantedLabels.every((l) => i.labels.some((n) => sameName(n, l))))
    .filter((i) => !filterBy.assignee || i.assignees.some((a) => sameName(a, filterBy.assignee!)))
    .filter((i) => !filterBy.createdBy || sameName(i.author, filterBy.createdBy))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.number - a.number)
  return items.map((issue) => issueObject(context, issue))
}

const repositoryOf = (s: GraphObject) => s.repository as RepositoryRecord

const REPOSITORY_FIELDS: Fields = {
  id: (s) => nodeId('Repository', repositoryOf(s).id),
  databaseId: (s) => repositoryOf(s).id,
  name: (s) => repositoryOf(s).name,
  nameWithOwner: (s) => fullName(repositoryOf(s)),
  owner: (s, _a, c) => actor(c, repositoryOf(s).owner),
  url: (s, _a, c) => `${c.urls.html}/${fullName(repositoryOf(s))}`,
  description: () => null,
  isPrivate: (s) => repositoryOf(s).private,
  visibility: (s) => (repositoryOf(s).private ? 'PRIVATE' : 'PUBLIC'),
  isFork: (s) => repositoryOf(s).forkOf !== undefined,
  isArchived: () => false,
  hasIssuesEnabled: () => true,
  hasWikiEnabled: () => false,
  mergeCommitAllowed: () => true,
  rebaseMergeAllowed: () => true,
  squashMergeAllowed: () => true,
  parent: (s, _a, c) => {
    const [owner = '', name = ''] = (repositoryOf(s).forkOf ?? '').split('/')
    const parent = findRepository(c.state, owner, name)
    return parent ? repositoryObject(parent) : null
  },
  viewerPermission: (_s, _a, c) => (c.caller.permission === 'write' ? 'WRITE' : 'READ'),
  defaultBranchRef: (s) => object('Ref', { name: repositoryOf(s).defaultBranch }),
  issue: (s, a, c) => {
    const issue = c.state.issues.find((i) => sameName(i.repository, fullName(repositoryOf(s))) && i.number === a.number)
    if (!issue || findPullRequest(c.state, issue.repository, issue.number))
      throw notFound(`Could not resolve to an Issue with the number of ${String(a.number)}.`)
    return issueObject(c, issue)
  },
  pullRequest: (s, a, c) => {
    const issue = c.state.issues.find((i) => sameName(i.repository, fullName(repositoryOf(s))) && i.number === a.number)
    if (!issue || !findPullRequest(c.state, issue.repository, issue.number))
      throw notFound(`Could not resolve to a PullRequest with the number of ${String(a.number)}.`)
    return issueObject(c, issue)
  },
  issueOrPullRequest: (s, a, c) => {
    const issue = c.state.issues.find((i) => sameName(i.repository, fullName(repositoryOf(s))) && i.number === a.number)
    if (!issue) throw notFound(`Could not resolve to an issue or pull request with the number of ${String(a.number)}.`)
    return issueObject(c, issue)
  },
  issues: (s, a, c) => connection('IssueConnection', issuesOf(c, repositoryOf(s), false, a), a),
  pullRequests: (s, a, c) => connection('PullRequestConnection', issuesOf(c, repositoryOf(s), true, a), a),
  labels: (s, a, c) =>
    connection(
      'LabelConnection',
      c.state.labels.filter((l) => sameName(l.repository, fullName(repositoryOf(s)))).map(labelObject),
      a
    )
}

const notFound = (message: string) => new GraphQLFieldError(message, { type: 'NOT_FOUND' })

function createIssue(context: Context, input: Record<string, unknown>): GraphObject {
  const target = decodeNodeId(input.repositoryId)
  const repository = context.state.repositories.find((r) => target?.type === 'Repository' && r.id === target.id)
  if (!repository) throw notFound(`Could not resolve to a node with the global id of '${String(input.repositoryId)}'.`)
  if (context.caller.permission !== 'write')
    throw new GraphQLFieldError('Resource not accessible by integration', { type: 'FORBIDDEN' })
  const name = fullName(repository)
  const labelIds = Array.isArray(input.labelIds) ? input.labelIds : []
  const labels = context.state.labels.filter((l) => labelIds.includes(nodeId('Label', l.id))).map((l) => l.name)
  const issue = openIssue(
    context.state,
    {
      id: nextId(context.state),
      repository: name,
      title: String(input.title ?? ''),
      body: typeof input.body === 'string' ? input.body : null,
      labels,
      assignees: [],
      author: context.caller.login
    },
    context.now()
  )
  return object('CreateIssuePayload', { issue: issueObject(context, issue) })
}

function addComment(context: Context, input: Record<string, unknown>): GraphObject {
  const target = decodeNodeId(input.subjectId)
  const issue = context.state.issues.find(
    (i) => (target?.type === 'Issue' || target?.type === 'PullRequest') && i.id === target.id
  )
  if (!issue) throw notFound(`Could not resolve to a node with the global id of '${String(input.subjectId)}'.`)
  if (context.caller.permission !== 'write')
    throw new GraphQLFieldError('Resource not accessible by integration', { type: 'FORBIDDEN' })
  const fields = { body: String(input.body ?? ''), author: context.caller.login }
  const comment = postComment(context.state, issue.repository, issue, fields, context.now())
  const node = commentObject(comment)
  return object('AddCommentPayload', {
    commentEdge: object('Edge', { node, cursor: Buffer.from(`cursor:${comment.id}`).toString('base64') }),
    subject: issueObject(context, issue)
  })
}

const commentOf = (s: GraphObject) => s.comment as CommentRecord

const TYPES: Record<string, Fields> = {
  Query: {
    repository: (_s, a, c) => {
      const repository = findRepository(c.state, String(a.owner ?? ''), String(a.name ?? ''))
      if (!repository)
        throw notFound(`Could not resolve to a Repository with the name '${String(a.owner)}/${String(a.name)}'.`)
      return repositoryObject(repository)
    },
    viewer: (_s, _a, c) => actor(c, c.caller.login),
    node: (_s, a, c) => {
      const target = decodeNodeId(a.id)
      const issue = c.state.issues.find((i) => i.id === target?.id)
      if (issue && (target?.type === 'Issue' || target?.type === 'PullRequest')) return issueObject(c, issue)
      const repository = c.state.repositories.find((r) => r.id === target?.id)
      if (repository && target?.type === 'Repository') return repositoryObject(repository)
      throw notFound(`Could not resolve to a node with the global id of '${String(a.id)}'`)
    },
    __type: (_s, a) => {
      const fields = TYPES[String(a.name)]
      return fields ? object('__Type', { name: a.name, kind: 'OBJECT', fieldNames: Object.keys(fields) }) : null
    }
  },
  Mutation: {
    createIssue: (_s, a, c) => createIssue(c, (a.input ?? {}) as Record<string, unknown>),
    addComment: (_s, a, c) => addComment(c, (a.input ?? {}) as Record<string, unknown>)
  },
  __Type: {
    name: (s) => s.name,
    kind: (s) => s.kind,
    fields: (s) => (s.fieldNames as string[]).map((name) => object('__Field', { name }))
  },
  __Field: { name: (s) => s.name },
  Repository: REPOSITORY_FIELDS,
  Issue: ISSUE_FIELDS,
  PullRequest: PULL_REQUEST_FIELDS,
  User: ACTOR_FIELDS,
  Bot: ACTOR_FIELDS,
  Label: {
    id: (s) => nodeId('Label', (s.label as LabelRecord).id),
    name: (s) => (s.label as LabelRecord).name,
    color: (s) => (s.label as LabelRecord).color,
    description: (s) => (s.label as LabelRecord).description
  },
  IssueComment: {
    id: (s) => nodeId('IssueComment', commentOf(s).id),
    databaseId: (s) => commentOf(s).id,
    body: (s) => commentOf(s).body,
    author: (s, _a, c) => actor(c, commentOf(s).author),
    authorAssociation: (s, _a, c) =>
      authorAssociation(c.state, commentOf(s).author, commentOf(s).repository).toUpperCase(),
    createdAt: (s) => commentOf(s).createdAt,
    updatedAt: (s) => commentOf(s).updatedAt,
    url: (s, _a, c) =>
      `${c.urls.html}/${commentOf(s).repository}/issues/${commentOf(s).issueNumber}#issuecomment-${commentOf(s).id}`,
    includesCreatedEdit: (s) => commentOf(s).updatedAt !== commentOf(s).createdAt,
    isMinimized: () => false,
    minimizedReason: () => null,
    reactionGroups: () => [],
    viewerDidAuthor: (s, _a, c) => sameName(commentOf(s).author, c.caller.login)
  },
  Ref: { name: (s) => s.name },
  PullRequestCommit: { commit: (s) => object('Commit', { oid: s.oid }) },
  // No checks are simulated: a commit's status rollup is null, as on a commit no check or status ever reported on.
  Commit: { oid: (s) => s.oid, statusCheckRollup: () => null },
  Edge: { node: (s) => s.node, cursor: (s) => s.cursor },
  PageInfo: {
    hasNextPage: (s) => s.hasNextPage,
    hasPreviousPage: (s) => s.hasPreviousPage,
    startCursor: (s) => s.startCursor,
    endCursor: (s) => s.endCursor
  },
  CreateIssuePayload: { issue: (s) => s.issue },
  AddCommentPayload: { commentEdge: (s) => s.commentEdge, subject: (s) => s.subject }
}
for (const name of [
  'UserConnection',
  'LabelConnection',
  'IssueCommentConnection',
  'ProjectCardConnection',
  'ProjectV2ItemConnection',
  'IssueConnection',
  'PullRequestConnection',
  'ReviewRequestConnection',
  'PullRequestReviewConnection',
  'PullRequestChangedFileConnection',
  'PullRequestCommitConnection'
])
  TYPES[name] = CONNECTION_FIELDS

export const GITHUB_SCHEMA: Schema<Context> = {
  types: TYPES,
  interfaces: {
    Actor: ['User', 'Bot'],
    Node: ['Repository', 'Issue', 'PullRequest', 'User', 'Bot', 'Label', 'IssueComment'],
    Assignable: ['Issue', 'PullRequest'],
    Closable: ['Issue', 'PullRequest'],
    Comment: ['Issue', 'PullRequest', 'IssueComment'],
    Labelable: ['Issue', 'PullRequest'],
    IssueOrPullRequest: ['Issue', 'PullRequest'],
    RepositoryOwner: ['User'],
    Subscribable: ['Issue', 'PullRequest', 'Repository']
  }
}
