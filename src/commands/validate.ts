import type { Problem } from '../config/problem.js'
import type { PolicyModel } from '../config/model.js'
import { validatePolicyFiles } from '../config/validate-files.js'
import { readPolicyRoot } from '../files/read-policy-root.js'

export interface ValidateOutcome {
  problems: Problem[]
  fileCount: number
  model?: PolicyModel
}

/** Reads and validates a policy root. Reading errors (a missing folder) surface as exceptions for the caller. */
export async function validateRoot(root: string): Promise<ValidateOutcome> {
  const files = await readPolicyRoot(root)
  const { problems, model, files: seen } = validatePolicyFiles(files)
  return { problems, model, fileCount: seen.length }
}
