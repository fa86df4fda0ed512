import type { Loaded, PlatformFile, SourceSpec, TeamFile } from '../model.js'
import { problemAt, type Problem } from '../problem.js'
import type { RuleId } from '../rules.js'
import type { Hierarchy } from '../scope.js'
import type { Path } from '../yaml-document.js'

/** A team file as the semantic rules see it: `team` only when it is valid, and only its schema-valid sources. */
export interface CheckedTeamFile {
  loaded: Loaded<Partial<TeamFile>>
  team?: string
  sources: SourceEntry[]
}

export interface SourceEntry {
  file: CheckedTeamFile
  /** Index in the file's `sources` list. */
  index: number
  source: SourceSpec
}

/**
 * What the semantic rules see: whatever parts of the files passed the schema, so one run reports every
 * problem it can; the platform file only when it is valid as a whole.
 */
export interface RuleContext {
  platform?: Loaded<PlatformFile>
  teamFiles: CheckedTeamFile[]
  hierarchy: Hierarchy
}

export type SemanticRule = (context: RuleContext) => Problem[]

/** A problem at the key of `path` in a loaded file. */
export function reportAt(loaded: Loaded<unknown>, path: Path, rule: RuleId, message: string): Problem {
  return problemAt(loaded.file, loaded.document.keyPositionOf(path), rule, message)
}

/** A problem at the value of `path` in a loaded file. */
export function reportValueAt(loaded: Loaded<unknown>, path: Path, rule: RuleId, message: string): Problem {
  return problemAt(loaded.file, loaded.document.positionOf(path), rule, message)
}

export function allSources(context: RuleContext): SourceEntry[] {
  return context.teamFiles.flatMap((f) => f.sources)
}
