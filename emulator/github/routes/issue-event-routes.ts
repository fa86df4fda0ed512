import type { RouteContext, RouteDefinition } from '../http/route-types.js'
import { notFound } from '../http/github-errors.js'
import { simpleUser } from '../shapes/account-shape.js'
import { nodeId } from '../shapes/links.js'
import type { AccountRecord, IssueEventRecord } from '../state/records.js'
import { fullName, sameName } from '../state/lookups.js'
import { listPage, requireIssue, requireRepository } from './route-helpers.js'

const EVENTS_DOCS = 'https://docs.github.com/rest/issues/events'
const COLLABORATORS_DOCS = 'https://docs.github.com/rest/collaborators/collaborators'

/**
 * Who labelled an issue or pull request (its `labeled` / `unlabeled` events), and a person's permission on the
 * repository: what a tool needs to honour a label only when someone who may write added it.
 */
export const issueEventRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/events',
    name: 'issues.listEvents',
    docs: `${EVENTS_DOCS}#list-issue-events`,
    handle(context) {
      const { repository, issue } = requireIssue(context)
      const events = context.state.issueEvents
        .filter((e) => sameName(e.repository, issue.repository) && e.issueNumber === issue.number)
        .sort((a, b) => a.id - b.id)
      return listPage(context, repository, `issues/${issue.number}/events`, events, (e) => eventShape(context, e))
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    name: 'repos.getCollaboratorPermissionLevel',
    docs: `${COLLABORATORS_DOCS}#get-repository-permissions-for-a-user`,
    handle(context) {
      const repository = requireRepository(context)
      const account = findAccount(context, context.params.username ?? '')
      if (!account || account.type === 'Organization')
        throw notFound(context.docs, `${context.params.username} is not a user`)
      const role = context.state.collaborators.find(
        (c) => sameName(c.repository, fullName(repository)) && sameName(c.login, account.login)
      )?.role
      // "The `permission` attribute provides the legacy base roles of admin, write, read, and none, where the
      // maintain role is mapped to write and the triage role is mapped to read" (the endpoint's reference above).
      // A stranger has none on a private repository and read on a public one.
      const outside = repository.private ? 'none' : 'read'
      const permission = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : (role ?? outside)
      return {
        status: 200,
        body: {
          permission,
          role_name: role ?? outside,
          user: { ...simpleUser(account, context.urls), permissions: permissionsOf(role) }
        }
      }
    }
  }
]

function findAccount(context: RouteContext, login: string): AccountRecord | undefined {
  return context.state.accounts.find((a) => sameName(a.login, login))
}

function permissionsOf(role: string | undefined) {
  const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role ?? '')
  return { pull: rank >= 0, triage: rank >= 1, push: rank >= 2, maintain: rank >= 3, admin: rank >= 4 }
}

function eventShape(context: RouteContext, event: IssueEventRecord) {
  const actor = findAccount(context, event.actor)
  const label = context.state.labels.find(
    (l) => sameName(l.repository, event.repository) && sameName(l.name, event.label)
  )
  return {
    id: event.id,
    node_id: nodeId('LabeledEvent', event.id),
    url: `${context.urls.api}/repos/${event.repository}/issues/events/${event.id}`,
    actor: actor ? simpleUser(actor, context.urls) : null,
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.createdAt,
    performed_via_github_app: null,
    label: { name: event.label, color: label?.color ?? 'ededed' }
  }
}
