import type { Loaded, PlatformFile, PolicyModel, SourceSpec, TeamFile } from './model.js'
import { START_OF_FILE, problemAt, sortProblems, type Problem } from './problem.js'
import type { CheckedTeamFile, RuleContext, SemanticRule } from './rules/context.js'
import { duplicateConfigurationRule, duplicateSourceRule, duplicateTargetRule } from './rules/overlap-rules.js'
import { scanDocumentForSecrets, scanTextForSecrets } from './rules/secret-scan.js'
import { checkControlCharacters } from './rules/control-characters.js'
import { keyVaultGrantedRule } from './rules/key-vault-rules.js'
import { sourceRules } from './rules/source-rules.js'
import { platformRules, scopeGrantedRule, teamDeclaredRule, teamFolderRule } from './rules/team-rules.js'
import { classifyPath, PLATFORM_FILE_NAMES, type FileKind, type Refusal } from './policy-paths.js'
import { checkSchema } from './schema-check.js'
import { hierarchyFrom } from './scope.js'
import { redactSecrets } from './secrets.js'
import { parseYamlFile, type SourceDocument } from './yaml-document.js'

export { fileKind, PLATFORM_FILE_NAMES } from './policy-paths.js'

/** A file of the policy repository: its path relative to the root (forward slashes) and its text. */
export interface PolicyFileText {
  path: string
  text: string
  /** Set by the reader when it would not read the file (too large, a symlink, not UTF-8): reported instead. */
  refused?: Refusal
}

export interface ValidationResult {
  /** Present only when there are no problems at all. */
  model?: PolicyModel
  problems: Problem[]
  /** Files looked at, by kind. */
  files: Array<{ path: string; kind: FileKind }>
}

/** Rules that hold whatever the platform file says (source rules skip their platform-dependent parts without it). */
const SELF_CONTAINED_RULES: SemanticRule[] = [teamFolderRule, sourceRules, duplicateSourceRule]
/** Rules that read the platform file's grants or management-group tree: run only when it has no problem at all. */
const PLATFORM_DEPENDENT_RULES: SemanticRule[] = [
  teamDeclaredRule,
  scopeGrantedRule,
  keyVaultGrantedRule,
  duplicateTargetRule,
  duplicateConfigurationRule
]

/** Validates a whole policy repository, pure: every problem in one pass, and the model only if there are none. */
export function validatePolicyFiles(inputs: readonly PolicyFileText[]): ValidationResult {
  const problems: Problem[] = []
  // Sorted, so which of two clashing files is reported never depends on the order files were read in.
  const files = [...inputs]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((f) => {
      // A file the reader refused (a linked folder under teams/) is reported even where no policy file would be.
      const found = classifyPath(f.path) ?? (f.refused ? { kind: 'team' as const } : undefined)
      return found ? [{ ...f, ...found, refused: found.refused ?? f.refused }] : []
    })
  const context: Omit<RuleContext, 'hierarchy'> = { teamFiles: [] }
  let allValid = true
  // Secrets found (as written and as decoded): no message may repeat them, whichever rule quotes them.
  const secrets: string[] = []
  for (const { path, text: raw, kind, refused } of files) {
    if (refused) {
      const at = { line: refused.line ?? 1, column: refused.column ?? 1 }
      problems.push(problemAt(path, at, refused.rule, refused.message))
      allValid = false
      continue
    }
    // Old Mac (CR-only) line endings would make the whole file one line; read every line ending as a newline.
    const text = raw.replace(/\r\n?/g, '\n')
    const rawScan = scanTextForSecrets(path, text)
    problems.push(...rawScan.problems)
    secrets.push(...rawScan.secrets)
    const parsed = parseYamlFile(path, text)
    problems.push(...parsed.problems)
    if (!parsed.document) {
      allValid = false
      continue
    }
    const decodedScan = scanDocumentForSecrets(parsed.document, new Set(rawScan.problems.map((p) => p.line)))
    problems.push(...decodedScan.problems)
    secrets.push(...decodedScan.secrets)
    const schema = checkSchema(kind, parsed.document)
    const control = checkControlCharacters(parsed.document, schema.failedPointers)
    problems.push(...schema.problems, ...control.problems)
    const clean = schema.problems.length === 0 && control.problems.length === 0
    if (!clean) allValid = false
    const loaded = { file: path, document: parsed.document, content: parsed.document.value }
    if (kind === 'platform' && clean) context.platform = loaded as Loaded<PlatformFile>
    const failed = [...schema.failedPointers, ...control.pointers]
    if (kind === 'team') context.teamFiles.push(checkedTeamFile(loaded as Loaded<Partial<TeamFile>>, failed))
  }
  const platformFiles = files.filter((f) => f.kind === 'platform' && PLATFORM_FILE_NAMES.includes(f.path))
  if (platformFiles.length > 1) {
    problems.push(
      problemAt(
        platformFiles[1]!.path,
        START_OF_FILE,
        'platform-file-duplicate',
        `Both ${platformFiles.map((f) => f.path).join(' and ')} exist; keep one platform file and delete the other.`
      )
    )
  }
  if (platformFiles.length === 0) {
    problems.push(
      problemAt(
        PLATFORM_FILE_NAMES[0]!,
        START_OF_FILE,
        'platform-file-missing',
        'The policy root has no flux-policy.yaml; create one that declares `version: 1`, `location` and `teams` (see examples/flux-policy.yaml).'
      )
    )
  }
  const platformProblems = context.platform ? platformRules({ ...context, hierarchy: hierarchyFrom(undefined) }) : []
  problems.push(...platformProblems)
  // A platform file with problems would make grants and the management-group tree look wrong: its own problems
  // are reported, and the rules that depend on it wait until it is fixed (no cascade of spurious problems).
  if (platformProblems.length > 0) {
    context.platform = undefined
    allValid = false
  }
  const ruleContext: RuleContext = { ...context, hierarchy: hierarchyFrom(context.platform?.content.managementGroups) }
  for (const rule of SELF_CONTAINED_RULES) problems.push(...rule(ruleContext))
  if (ruleContext.platform) for (const rule of PLATFORM_DEPENDENT_RULES) problems.push(...rule(ruleContext))
  // Messages quote what users wrote; a secret in the wrong place must not reach logs through them.
  const known = [...new Set(secrets)].sort((a, b) => b.length - a.length)
  const sorted = sortProblems(problems.map((p) => ({ ...p, message: redactSecrets(p.message, known) })))
  const model =
    sorted.length === 0 && allValid && context.platform
      ? { platform: context.platform, teams: context.teamFiles.map((f) => f.loaded as Loaded<TeamFile>) }
      : undefined
  return { model, problems: sorted, files: files.map(({ path, kind }) => ({ path, kind })) }
}

/** Keeps the parts of a team file the schema accepted, so semantic rules can still check them. */
function checkedTeamFile(loaded: Loaded<Partial<TeamFile>>, failed: string[]): CheckedTeamFile {
  const failedUnder = (pointer: string) => failed.some((f) => f === pointer || f.startsWith(`${pointer}/`))
  const value = loaded.content as Record<string, unknown> | null
  const team = typeof value?.team === 'string' && !failedUnder('/team') ? value.team : undefined
  const sources = Array.isArray(value?.sources) ? (value.sources as unknown[]) : []
  const file: CheckedTeamFile = { loaded, team, sources: [] }
  file.sources = sources.flatMap((source, index) =>
    failedUnder(`/sources/${index}`) || typeof source !== 'object' || source === null
      ? []
      : [{ file, index, source: source as SourceSpec }]
  )
  return file
}

export type { SourceDocument }
