import type { RuleId } from './rules.js'

export type FileKind = 'platform' | 'team'

export const PLATFORM_FILE_NAMES = ['flux-policy.yaml', 'flux-policy.yml']

/** Where a file sits in the policy root: the kind it would be, and why it is refused, if it is. */
export interface PathClass {
  kind: FileKind
  refused?: Refusal
}

/** Why a file is not read as a policy file; at its first line unless a position is given. */
export interface Refusal {
  rule: RuleId
  message: string
  line?: number
  column?: number
}

const POLICY_LIKE_EXTENSION = /\.(ya?ml|json)$/i

const refusedTeamFile = (rule: RuleId, message: string): PathClass => ({ kind: 'team', refused: { rule, message } })

/**
 * Classifies a root-relative path (forward slashes). Files that are not policy files at all give `undefined`.
 * Team files live in `teams/<team>/` (any depth below), where the folder names the team and CODEOWNERS reviews per
 * folder, so a file directly under `teams/` is refused. A file that looks like a policy file but would not be read
 * (`App.YAML`, `app.json`, `flux-policy.Yml`, `Teams/a/app.yaml`) is refused too, rather than silently left out.
 */
export function classifyPath(path: string): PathClass | undefined {
  if (PLATFORM_FILE_NAMES.includes(path)) return { kind: 'platform' }
  if (!path.includes('/') && /^flux-policy\.(ya?ml|json)$/i.test(path)) {
    const message =
      `flux-policy reads the platform file only as \`flux-policy.yaml\` (or \`.yml\`), so \`${path}\` ` +
      'would be ignored; rename it to flux-policy.yaml.'
    return { kind: 'platform', refused: { rule: 'file-extension', message } }
  }
  const policyLike = POLICY_LIKE_EXTENSION.test(path)
  if (/^teams\//i.test(path) && !path.startsWith('teams/') && policyLike) {
    return refusedTeamFile(
      'team-file-location',
      'flux-policy reads team files only under `teams/` (lower case), so ' +
        `this file would be ignored; rename the folder \`${path.split('/')[0]}\` to teams.`
    )
  }
  if (!path.startsWith('teams/') || !policyLike) return undefined
  if (!/\.ya?ml$/.test(path)) {
    return refusedTeamFile(
      'file-extension',
      'flux-policy reads team files only with the extension `.yaml` or `.yml` ' +
        '(lower case), so this file would be ignored; rename it to end in .yaml, or move it out of teams/.'
    )
  }
  if (/^teams\/flux-policy\.ya?ml$/.test(path)) {
    return refusedTeamFile(
      'team-file-location',
      'This looks like the platform file, but the platform file belongs ' +
        'at the root of the policy root (flux-policy.yaml); move it there. Team files live in teams/<team>/.'
    )
  }
  if (!/^teams\/[^/]+\/./.test(path)) {
    return refusedTeamFile(
      'team-file-location',
      "A team file lives in its team's folder, teams/<team>/, where the " +
        'folder names the team and CODEOWNERS reviews it; move this file into teams/<team>/.'
    )
  }
  return { kind: 'team' }
}

/** The kind of a file the validator reads as a policy file, if it is one. */
export function fileKind(path: string): FileKind | undefined {
  const found = classifyPath(path)
  return found && !found.refused ? found.kind : undefined
}
