import type { RouteContext, RouteDefinition } from '../http/route-types.js'
import { invalidRequest, validationFailed } from '../http/github-errors.js'
import { issueShape } from '../shapes/issue-shape.js'
import type { IssueRecord } from '../state/records.js'
import { fullName, nextId, sameName } from '../state/lookups.js'
import { openIssue } from '../state/new-records.js'
import { ensureLabel } from '../state/seed.js'
import { recordLabelChange } from '../state/issue-events.js'
import { selectIssues } from './issue-filters.js'
import {
  bodyObject,
  checkBodyLength,
  listPage,
  optionalNames,
  optionalString,
  requireIssue,
  requireRepository
} from './route-helpers.js'

const DOCS = 'https://docs.github.com/rest/issues/issues'
const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const

/** Issues; pull requests are issues too and show up in the list with a `pull_request` key, as on GitHub. */
export const issueRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues',
    name: 'issues.listForRepo',
    docs: `${DOCS}#list-repository-issues`,
    handle(context) {
      const repository = requireRepository(context)
      const issues = selectIssues(context.state, fullName(repository), context.request.query)
      return listPage(context, repository, 'issues', issues, (i) => issueShape(i, context))
    }
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues',
    name: 'issues.create',
    docs: `${DOCS}#create-an-issue`,
    handle(context) {
      const repository = requireRepository(context, 'write')
      const body = bodyObject(context)
      const title = body.title
      if (title === undefined) throw invalidRequest(context.docs, '"title" wasn\'t supplied.')
      if (typeof title !== 'string' && typeof title !== 'number') {
        throw invalidRequest(
          context.docs,
          `For 'properties/title', ${JSON.stringify(title)} is not a string or integer.`
        )
      }
      const text = optionalString(context, body, 'body') ?? null
      checkBodyLength(context, text, 'Issue')
      const name = fullName(repository)
      const now = context.now()
      const fields = {
        id: nextId(context.state),
        repository: name,
        title: String(title),
        body: text,
        labels: labelNames(context, name, optionalNames(context, body, 'labels') ?? []),
        assignees: assignees(context, [
          ...(optionalNames(context, body, 'assignees') ?? []),
          ...singleAssignee(context, body)
        ]),
        author: context.caller.login
      }
      const issue = openIssue(context.state, fields, now)
      recordLabelChange(context.state, issue, [], context.caller.login, now)
      const shape = issueShape(issue, context)
      return { status: 201, body: shape, headers: { location: shape.url } }
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}',
    name: 'issues.get',
    docs: `${DOCS}#get-an-issue`,
    handle: (context) => ({ status: 200, body: issueShape(requireIssue(context).issue, context) })
  },
  {
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}',
    name: 'issues.update',
    docs: `${DOCS}#update-an-issue`,
    handle(context) {
      const { issue } = requireIssue(context, 'write')
      const body = bodyObject(context)
      const before = JSON.stringify(issue)
      const title = optionalString(context, body, 'title')
      if (title !== undefined) issue.title = title
      if (body.body !== undefined) {
        const text = body.body === null ? null : (optionalString(context, body, 'body') ?? null)
        checkBodyLength(context, text, 'Issue')
        issue.body = text
      }
      applyState(context, issue, body)
      const labels = optionalNames(context, body, 'labels')
      const labelsBefore = [...issue.labels]
      if (labels !== undefined) issue.labels = labelNames(context, issue.repository, labels)
      const newAssignees = optionalNames(context, body, 'assignees')
      if (newAssignees !== undefined) issue.assignees = assignees(context, newAssignees)
      if (JSON.stringify(issue) !== before) issue.updatedAt = context.now()
      recordLabelChange(context.state, issue, labelsBefore, context.caller.login, issue.updatedAt)
      return { status: 200, body: issueShape(issue, context) }
    }
  }
]

function applyState(context: RouteContext, issue: IssueRecord, body: Record<string, unknown>): void {
  const state = optionalString(context, body, 'state')
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw invalidRequest(context.docs, `For 'properties/state', "${state}" is not one of ["open", "closed"].`)
  }
  const reason = body.state_reason
  if (reason !== undefined && reason !== null && !STATE_REASONS.includes(reason as (typeof STATE_REASONS)[number])) {
    throw invalidRequest(
      context.docs,
      `For 'properties/state_reason', ${JSON.stringify(reason)} is not one of ${JSON.stringify(STATE_REASONS)}.`
    )
  }
  const stateReason = reason as IssueRecord['stateReason'] | undefined
  if (state === 'closed' && issue.state === 'open') {
    Object.assign(issue, {
      state,
      stateReason: stateReason ?? 'completed',
      closedAt: context.now(),
      closedBy: context.caller.login
    })
  } else if (state === 'open' && issue.state === 'closed') {
    Object.assign(issue, { state, stateReason: stateReason ?? 'reopened', closedAt: null, closedBy: null })
  } else if (stateReason !== undefined) {
    issue.stateReason = stateReason
  }
}

/** Names of labels, created in the repository when missing (GitHub does this when a writer labels an issue). */
function labelNames(context: RouteContext, repository: string, names: string[]): string[] {
  const unique = names.filter((name, index) => names.findIndex((other) => sameName(other, name)) === index)
  return unique.map((name) => ensureLabel(context.state, repository, name).name)
}

/** Assignees must be people GitHub knows; a team (`@contoso/platform`), a bot or a stranger is a 422. */
function assignees(context: RouteContext, logins: string[]): string[] {
  const invalid = logins.filter(
    (login) => !context.state.accounts.some((a) => a.type === 'User' && sameName(a.login, login))
  )
  if (invalid.length > 0) {
    throw validationFailed(
      context.docs,
      ...invalid.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' }))
    )
  }
  return [
    ...new Set(logins.map((login) => context.state.accounts.find((a) => sameName(a.login, login))?.login ?? login))
  ]
}

function singleAssignee(context: RouteContext, body: Record<string, unknown>): string[] {
  const assignee = body.assignee === null ? undefined : optionalString(context, body, 'assignee')
  return assignee === undefined ? [] : [assignee]
}
