import type { Problem } from '../config/problem.js'
import { fitMarkdown, JOB_SUMMARY_LIMIT } from './markdown/fit-markdown.js'
import { mdCode, mdMessage } from './markdown/inert.js'

/** The job-summary Markdown for a validation: the full list, since the runner shows only 10 annotations a step. */
export function renderProblemsSummary(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return `### flux-policy: ✓ ${fileCount} policy files valid\n`
  const rows = problems.map((p) => problemRow(p))
  const summary = [
    `### flux-policy: ✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files`,
    '',
    'Nothing was planned or written. Fix these and push again:',
    '',
    '| where | rule | problem |',
    '|---|---|---|',
    ...rows,
    ''
  ].join('\n')
  // A step summary takes at most 1 MiB; the annotations and the step's log still name every problem.
  return fitMarkdown(summary, JOB_SUMMARY_LIMIT, 'This summary was shortened; the step log lists every problem.')
}

/** One table row: where (file names are file values too), the rule, and the message with its quoted values inert. */
export function problemRow(p: Problem, fileOf: (file: string) => string = (f) => f): string {
  return `| ${mdCode(`${fileOf(p.file)}:${p.line}:${p.column}`)} | ${mdCode(p.rule)} | ${mdMessage(p.message)} |`
}
