import * as core from '@actions/core'
import type { GitHubClient } from '../github/octokit.js'
import type { StickyCommentTarget } from '../github/sticky-comment.js'
import { terminalText } from '../render/terminal-text.js'
import { errorText } from '../util/error-text.js'

/** A line in the step log, or an annotation (on a file's line when `properties` say where). */
export interface StepMessage {
  level: 'info' | 'notice' | 'warning' | 'error'
  text: string
  properties?: core.AnnotationProperties
}

/** The tool's sticky comment a step wants posted once its record is safe. */
export interface StepComment {
  target: StickyCommentTarget
  body: string
  /** A pull request from a fork: its read-only token may not comment, and that is no failure (the summary has it). */
  forkMayNotComment?: boolean
}

/**
 * Everything a step reports, as a value: the outputs, the job summary, the messages, the comment, and why the
 * step failed (if it did). Steps compute it; `writeStepResult` is the one place it reaches the runner and GitHub.
 */
export interface StepResult {
  outputs: Record<string, string>
  summary?: string
  messages: StepMessage[]
  comment?: StepComment
  failure?: string
}

export const emptyStepResult = (): StepResult => ({ outputs: {}, messages: [] })

/**
 * Writes a step's result: messages, outputs and the job summary first — they are the record of what the step did,
 * so no GitHub failure can lose them — then the comment. A comment that cannot be posted fails the step, saying
 * that the record is in the outputs and the summary.
 */
export async function writeStepResult(result: StepResult, github?: GitHubClient): Promise<void> {
  for (const m of result.messages) {
    // @actions/core escapes %, CR and LF in annotations; other controls (escape sequences) are made visible here,
    // and a log line gets both, so no file value can start a workflow command at column 0.
    const text = terminalText(m.text)
    const properties = m.properties?.file ? { ...m.properties, file: terminalText(m.properties.file) } : m.properties
    if (m.level === 'info') core.info(text)
    else if (m.level === 'notice') core.notice(text, properties)
    else if (m.level === 'warning') core.warning(text, properties)
    else core.error(text, properties)
  }
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value)
  if (result.summary) await core.summary.addRaw(result.summary).write()
  const failures = result.failure ? [result.failure] : []
  if (result.comment && github) {
    const problem = await postComment(result.comment, github)
    if (problem) failures.push(problem)
  }
  if (failures.length > 0) core.setFailed(failures.map((f) => f.split('\n').map(terminalText).join('\n')).join('\n'))
}

async function postComment(comment: StepComment, github: GitHubClient): Promise<string | undefined> {
  const { upsertStickyComment } = await import('../github/sticky-comment.js')
  try {
    const posted = await upsertStickyComment(github, comment.target, comment.body)
    core.info(`Comment ${posted.action}: ${posted.url}`)
    return undefined
  } catch (error) {
    const status = (error as { status?: number }).status
    if (comment.forkMayNotComment && status === 403) {
      core.notice('The token of a pull request from a fork cannot comment; the result is in the job summary.')
      return undefined
    }
    const reason = errorText(error)
    return (
      `The comment on #${comment.target.issueNumber} could not be posted (${status ?? 'no status'}: ${reason}); ` +
      'what the step did is in its outputs and job summary.'
    )
  }
}
