import type { RouteContext, RouteDefinition } from '../http/route-types.js'
import { notFound, validationFailed } from '../http/github-errors.js'
import { labelShape } from '../shapes/label-shape.js'
import type { IssueRecord, LabelRecord } from '../state/records.js'
import { fullName, sameName } from '../state/lookups.js'
import { ensureLabel } from '../state/seed.js'
import { recordLabelChange } from '../state/issue-events.js'
import {
  bodyObject,
  listPage,
  optionalNames,
  optionalString,
  requiredString,
  requireIssue,
  requireRepository
} from './route-helpers.js'

const DOCS = 'https://docs.github.com/rest/issues/labels'

export const labelRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/labels',
    name: 'issues.listLabelsForRepo',
    docs: `${DOCS}#list-labels-for-a-repository`,
    handle(context) {
      const repository = requireRepository(context)
      const labels = context.state.labels
        .filter((l) => sameName(l.repository, fullName(repository)))
        .sort((a, b) => a.id - b.id)
      return listPage(context, repository, 'labels', labels, (l) => labelShape(l, context.urls))
    }
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/labels/{name}',
    name: 'issues.getLabel',
    docs: `${DOCS}#get-a-label`,
    handle(context) {
      const label = findLabel(context, fullName(requireRepository(context)), context.params.name ?? '')
      if (!label) throw notFound(context.docs)
      return { status: 200, body: labelShape(label, context.urls) }
    }
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/labels',
    name: 'issues.createLabel',
    docs: `${DOCS}#create-a-label`,
    handle(context) {
      const repository = fullName(requireRepository(context, 'write'))
      const body = bodyObject(context)
      const name = requiredString(context, body, 'name')
      const color = (optionalString(context, body, 'color') ?? 'ededed').replace(/^#/, '')
      const description = optionalString(context, body, 'description') ?? null
      if (!/^[0-9a-fA-F]{6}$/.test(color))
        throw validationFailed(context.docs, { resource: 'Label', code: 'invalid', field: 'color' })
      if (description !== null && description.length > 100) {
        throw validationFailed(context.docs, { resource: 'Label', code: 'invalid', field: 'description' })
      }
      if (findLabel(context, repository, name))
        throw validationFailed(context.docs, { resource: 'Label', code: 'already_exists', field: 'name' })
      const label = ensureLabel(context.state, repository, name, color.toLowerCase(), description)
      const shape = labelShape(label, context.urls)
      return { status: 201, body: shape, headers: { location: shape.url } }
    }
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    name: 'issues.addLabels',
    docs: `${DOCS}#add-labels-to-an-issue`,
    handle(context) {
      const { issue } = requireIssue(context, 'write')
      const names = Array.isArray(context.request.body)
        ? (optionalNames(context, { labels: context.request.body }, 'labels') ?? [])
        : (optionalNames(context, bodyObject(context), 'labels') ?? [])
      const before = [...issue.labels]
      for (const name of names) {
        const label = ensureLabel(context.state, issue.repository, name)
        if (!issue.labels.some((existing) => sameName(existing, label.name))) issue.labels.push(label.name)
      }
      issue.updatedAt = context.now()
      recordLabelChange(context.state, issue, before, context.caller.login, issue.updatedAt)
      return { status: 200, body: issueLabels(context, issue).map((l) => labelShape(l, context.urls)) }
    }
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
    name: 'issues.removeLabel',
    docs: `${DOCS}#remove-a-label-from-an-issue`,
    handle(context) {
      const { issue } = requireIssue(context, 'write')
      const index = issue.labels.findIndex((name) => sameName(name, context.params.name ?? ''))
      if (index === -1) throw notFound(context.docs, 'Label does not exist')
      const before = [...issue.labels]
      issue.labels.splice(index, 1)
      issue.updatedAt = context.now()
      recordLabelChange(context.state, issue, before, context.caller.login, issue.updatedAt)
      return { status: 200, body: issueLabels(context, issue).map((l) => labelShape(l, context.urls)) }
    }
  }
]

function findLabel(context: RouteContext, repository: string, name: string): LabelRecord | undefined {
  return context.state.labels.find((l) => sameName(l.repository, repository) && sameName(l.name, name))
}

function issueLabels(context: RouteContext, issue: IssueRecord): LabelRecord[] {
  return issue.labels.flatMap((name) => findLabel(context, issue.repository, name) ?? [])
}
