import type { Problem } from '../config/problem.js'

/** The job-summary Markdown for a validation: the full list, since the runner shows only 10 annotations a step. */
export function renderProblemsSummary(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return `### flux-policy: ✓ ${fileCount} policy files valid\n`
  const rows = problems.map((p) => `| \`${p.file}:${p.line}:${p.column}\` | \`${p.rule}\` | ${cell(p.message)} |`)
  return [
    `### flux-policy: ✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files`,
    '',
    'Nothing was planned or written. Fix these and push again:',
    '',
    '| where | rule | problem |',
    '|---|---|---|',
    ...rows,
    ''
  ].join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
