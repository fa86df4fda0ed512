import * as core from '@actions/core'
import { relative, resolve } from 'node:path'
import type { Problem } from '../config/problem.js'

/** The repository path of a policy-root file, as annotations and comments need it. */
export function repositoryPath(workspace: string, root: string, file: string): string {
  return relative(workspace, resolve(workspace, root, file)).split('\\').join('/')
}

/** One annotation per problem, on its line. */
export function annotateProblems(problems: readonly Problem[], workspace: string, root: string): void {
  for (const p of problems) {
    core.error(p.message, { title: `flux-policy ${p.rule}`, file: repositoryPath(workspace, root, p.file), startLine: p.line, startColumn: p.column })
  }
}
