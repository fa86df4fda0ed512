import type { Problem } from '../config/problem.js'
import { fitMarkdown, GITHUB_BODY_LIMIT } from './markdown/fit-markdown.js'
import { mdCode } from './markdown/inert.js'
import { PLAN_MARKER } from './plan/plan-markdown.js'
import { problemRow } from './problems-summary.js'

const MAX_LISTED = 200

/** The sticky comment when the files are invalid: every problem with its place; nothing was planned. */
export function renderValidationComment(
  problems: readonly Problem[],
  commit: string,
  fileOf: (file: string) => string = (f) => f
): string {
  const listed = problems.slice(0, MAX_LISTED).map((p) => problemRow(p, fileOf))
  const more =
    problems.length > MAX_LISTED ? [`\n_…and ${problems.length - MAX_LISTED} more; see the job summary._`] : []
  const comment = [
    PLAN_MARKER,
    '## flux-policy plan',
    '',
    `**✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files** at commit ${mdCode(commit.slice(0, 12))}. Nothing was planned; fix these and push again.`,
    '',
    '| where | rule | problem |',
    '|---|---|---|',
    ...listed,
    ...more,
    ''
  ].join('\n')
  return fitMarkdown(
    comment,
    GITHUB_BODY_LIMIT,
    "This comment was shortened to fit GitHub's limit; every problem is in the job summary."
  )
}

/** The sticky comment for a pull request from a fork: validated, but the plan needs the repository's credentials. */
export function renderForkComment(fileCount: number, commit: string): string {
  return [
    PLAN_MARKER,
    '## flux-policy plan',
    '',
    `**✓ ${fileCount} policy files valid** at commit ${mdCode(commit.slice(0, 12))}.`,
    '',
    '> [!NOTE]',
    "> This pull request comes from a fork, so the workflow has no access to the repository's Azure credentials and",
    '> cannot read live state: **no plan was made**. A maintainer can push the branch to this repository (or re-run',
    '> after merging into a branch here) to see the plan.',
    ''
  ].join('\n')
}
