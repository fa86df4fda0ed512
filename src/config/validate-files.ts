import type { Loaded, PlatformFile, PolicyModel, SourceSpec, TeamFile } from './model.js'
import { START_OF_FILE, problemAt, sortProblems, type Problem } from './problem.js'
import type { CheckedTeamFile, RuleContext, SemanticRule } from './rules/context.js'
import { duplicateConfigurationRule, duplicateSourceRule, duplicateTargetRule } from './rules/overlap-rules.js'
import { scanDocumentForSecrets, scanTextForSecrets } from './rules/secret-scan.js'
import { sourceRules } from './rules/source-rules.js'
import { platformRules, scopeGrantedRule, teamDeclaredRule, teamFolderRule } from './rules/team-rules.js'
import { checkSchema, type FileKind } from './schema-check.js'
import { hierarchyFrom } from './scope.js'
import { redactSecrets } from './secrets.js'
import { parseYamlFile, type SourceDocument } from './yaml-document.js'

/** A file of the policy repository: its path relative to the root (forward slashes) and its text. */
export interface PolicyFileText {
  path: string
  text: string
}

export interface ValidationResult {
  /** Present only when there are no problems at all. */
  model?: PolicyModel
  problems: Problem[]
  /** Files looked at, by kind. */
  files: Array<{ path: string; kind: FileKind }>
}

export const PLATFORM_FILE_NAMES = ['flux-policy.yaml', 'flux-policy.yml']

const SEMANTIC_RULES: SemanticRule[] = [
  platformRules, teamFolderRule, teamDeclaredRule, sourceRules, scopeGrantedRule,
  duplicateSourceRule, duplicateTargetRule, duplicateConfigurationRule
]

export function fileKind(path: string): FileKind | undefined {
  if (PLATFORM_FILE_NAMES.includes(path)) return 'platform'
  if (/^teams\/.+\.ya?ml$/.test(path)) return 'team'
  return undefined
}

/** Validates a whole policy repository, pure: every problem in one pass, and the model only if there are none. */
export function validatePolicyFiles(inputs: readonly PolicyFileText[]): ValidationResult {
  const problems: Problem[] = []
  // Sorted, so which of two clashing files is reported never depends on the order files were read in.
  const files = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((f) => { const kind = fileKind(f.path); return kind ? [{ ...f, kind }] : [] })
  const context: Omit<RuleContext, 'hierarchy'> = { teamFiles: [] }
  let allValid = true
  // Secrets found (as written and as decoded): no message may repeat them, whichever rule quotes them.
  const secrets: string[] = []
  for (const { path, text, kind } of files) {
    const rawScan = scanTextForSecrets(path, text)
    problems.push(...rawScan.problems)
    secrets.push(...rawScan.secrets)
    const parsed = parseYamlFile(path, text)
    problems.push(...parsed.problems)
    if (!parsed.document) { allValid = false; continue }
    const decodedScan = scanDocumentForSecrets(parsed.document, new Set(rawScan.problems.map((p) => p.line)))
    problems.push(...decodedScan.problems)
    secrets.push(...decodedScan.secrets)
    const schema = checkSchema(kind, parsed.document)
    problems.push(...schema.problems)
    if (schema.problems.length > 0) allValid = false
    const loaded = { file: path, document: parsed.document, content: parsed.document.value }
    if (kind === 'platform' && schema.problems.length === 0) context.platform = loaded as Loaded<PlatformFile>
    if (kind === 'team') context.teamFiles.push(checkedTeamFile(loaded as Loaded<Partial<TeamFile>>, schema.failedPointers))
  }
  const platformFiles = files.filter((f) => f.kind === 'platform')
  if (platformFiles.length > 1) {
    problems.push(problemAt(platformFiles[1]!.path, START_OF_FILE, 'platform-file-duplicate', `Both ${platformFiles.map((f) => f.path).join(' and ')} exist; keep one platform file and delete the other.`))
  }
  if (platformFiles.length === 0) {
    problems.push(problemAt(PLATFORM_FILE_NAMES[0]!, START_OF_FILE, 'platform-file-missing', 'The policy root has no flux-policy.yaml; create one that declares `version: 1`, `location` and `teams` (see examples/flux-policy.yaml).'))
  }
  const ruleContext: RuleContext = { ...context, hierarchy: hierarchyFrom(context.platform?.content.managementGroups) }
  for (const rule of SEMANTIC_RULES) problems.push(...rule(ruleContext))
  // Messages quote what users wrote; a secret in the wrong place must not reach logs through them.
  const known = [...new Set(secrets)].sort((a, b) => b.length - a.length)
  const sorted = sortProblems(problems.map((p) => ({ ...p, message: redactSecrets(p.message, known) })))
  const model = sorted.length === 0 && allValid && context.platform ? { platform: context.platform, teams: context.teamFiles.map((f) => f.loaded as Loaded<TeamFile>) } : undefined
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
    failedUnder(`/sources/${index}`) || typeof source !== 'object' || source === null ? [] : [{ file, index, source: source as SourceSpec }])
  return file
}

export type { SourceDocument }
