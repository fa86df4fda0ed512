import type { Loaded, SourceSpec } from '../model.js'
import type { Problem } from '../problem.js'
import { isResourceId, parseScope, SCOPE_FORMS, contains } from '../scope.js'
import { allSources, reportAt, reportValueAt, type RuleContext, type SemanticRule } from './context.js'

type SourceCheck = (team: Loaded<unknown>, index: number, source: SourceSpec, context: RuleContext) => Problem[]

const sourceKind: SourceCheck = (team, i, source) => {
  if (source.git && source.bucket) return [reportAt(team, ['sources', i, 'bucket'], 'source-kind', 'This source has both `git` and `bucket`; a source is exactly one of them. Split it into two sources.')]
  if (!source.git && !source.bucket) return [reportAt(team, ['sources', i], 'source-kind', `Source \`${source.name}\` has neither \`git\` nor \`bucket\`; add one of them.`)]
  return []
}

const REFS = ['branch', 'tag', 'semver', 'commit'] as const

const gitRefCount: SourceCheck = (team, i, { git }) => {
  if (!git) return []
  const given = REFS.filter((ref) => git[ref] !== undefined)
  if (given.length === 1) return []
  if (given.length === 0) return [reportAt(team, ['sources', i, 'git'], 'git-ref-count', 'This Git source names no ref; add exactly one of `branch`, `tag`, `semver` or `commit`.')]
  return [reportAt(team, ['sources', i, 'git', given[1]!], 'git-ref-count', `This Git source names ${given.map((g) => `\`${g}\``).join(' and ')}; keep exactly one.`)]
}

const gitAuth: SourceCheck = (team, i, { git }) => {
  if (!git) return []
  const kinds = (['ssh', 'https', 'localSecret'] as const).filter((k) => git[k] !== undefined)
  if (kinds.length > 1) return [reportAt(team, ['sources', i, 'git', kinds[1]!], 'auth-conflict', `This Git source uses ${kinds.map((k) => `\`${k}\``).join(' and ')}; keep one kind of authentication.`)]
  if (git.caCert !== undefined && kinds[0] && kinds[0] !== 'https') {
    return [reportAt(team, ['sources', i, 'git', 'caCert'], 'auth-conflict', `\`caCert\` goes with \`https\` or alone, not with \`${kinds[0]}\`; remove it.`)]
  }
  if (git.url.startsWith('ssh://') || git.url.startsWith('git@')) {
    if (!git.ssh && !git.localSecret) return [reportValueAt(team, ['sources', i, 'git', 'url'], 'auth-conflict', 'An SSH URL needs `ssh` (a key in Key Vault) or `localSecret`; add one, or use an https:// URL.')]
  } else if (git.ssh) {
    return [reportValueAt(team, ['sources', i, 'git', 'url'], 'url-scheme', 'SSH authentication needs an ssh:// or git@ URL.')]
  }
  return []
}

const bucketAuth: SourceCheck = (team, i, { bucket }) => {
  if (!bucket) return []
  const path = ['sources', i, 'bucket']
  if (bucket.localSecret !== undefined && (bucket.accessKey !== undefined || bucket.secretKey !== undefined)) {
    return [reportAt(team, [...path, 'localSecret'], 'auth-conflict', 'Use either `localSecret` or `accessKey` with `secretKey`, not both.')]
  }
  if (bucket.localSecret !== undefined) return []
  if (bucket.accessKey === undefined && bucket.secretKey === undefined) {
    return [reportAt(team, path, 'missing-field', 'A bucket needs credentials: `accessKey` with `secretKey` (Key Vault), or `localSecret`; add them.')]
  }
  const missing = bucket.accessKey === undefined ? 'accessKey' : bucket.secretKey === undefined ? 'secretKey' : undefined
  return missing ? [reportAt(team, path, 'missing-field', `\`bucket\` is missing \`${missing}\`; the access key id and the Key Vault secret key go together.`)] : []
}

const scopeSyntax: SourceCheck = (team, i, { scope }) =>
  parseScope(scope) ? [] : [reportValueAt(team, ['sources', i, 'scope'], 'scope-syntax', `\`${scope}\` is not a scope id; use one of ${SCOPE_FORMS.join(', ')}.`)]

const exclusions: SourceCheck = (team, i, { scope, exclude }, context) =>
  (exclude ?? []).flatMap((id, j) => {
    const path = ['sources', i, 'exclude', j]
    if (!isResourceId(id)) return [reportValueAt(team, path, 'scope-syntax', `\`${id}\` is not a resource id; exclusions are full ids such as /subscriptions/<id>/resourceGroups/<group>.`)]
    if (!parseScope(scope)) return []
    const inside = contains(scope, id, context.hierarchy)
    if (id.toLowerCase() === scope.toLowerCase()) return [reportValueAt(team, path, 'exclusion-outside-scope', `\`${id}\` is the scope itself, so the assignment would apply nowhere; remove the exclusion, or assign at a narrower scope.`)]
    if (inside === 'inside') return []
    if (inside === 'unknown') return [reportValueAt(team, path, 'hierarchy-unknown', `Whether \`${id}\` lies under \`${scope}\` is unknown; list it under \`managementGroups\` in flux-policy.yaml.`)]
    return [reportValueAt(team, path, 'exclusion-outside-scope', `\`${id}\` is not inside the scope \`${scope}\`; remove the exclusion or fix it.`)]
  })

const needsCustomDefinition: SourceCheck = (team, i, source) => {
  const problems: Problem[] = []
  const say = (path: Array<string | number>, what: string) =>
    problems.push(reportAt(team, ['sources', i, ...path], 'custom-definition-required', `${what} No built-in Flux definition can express it; remove it (custom definitions are not supported yet).`))
  if (source.kustomization && source.kustomizations) say(['kustomizations'], 'Use either `kustomization` or `kustomizations`, not both.')
  else if ((source.kustomizations?.length ?? 0) > 1) say(['kustomizations', 1], 'More than one kustomization.')
  const kustomizations = source.kustomizations ?? (source.kustomization ? [source.kustomization] : [])
  const key = source.kustomizations ? 'kustomizations' : 'kustomization'
  kustomizations.forEach((k, j) => {
    const at = (field: string) => (source.kustomizations ? [key, j, field] : [key, field])
    if (k.dependsOn) say(at('dependsOn'), '`dependsOn` between kustomizations.')
    if (k.validation && k.validation !== 'none') say(at('validation'), '`validation` of a kustomization.')
    if (k.retryInterval && (source.git?.ssh || source.git?.https)) say(at('retryInterval'), 'The SSH and HTTPS built-ins have no `retryInterval`.')
  })
  if (source.git?.timeout && source.git.https) say(['git', 'timeout'], 'The HTTPS built-in has no Git `timeout`.')
  return problems
}

const CHECKS: SourceCheck[] = [sourceKind, gitRefCount, gitAuth, bucketAuth, scopeSyntax, exclusions, needsCustomDefinition]

export const sourceRules: SemanticRule = (context) =>
  allSources(context).flatMap(({ file, index, source }) => CHECKS.flatMap((check) => check(file.loaded, index, source, context)))
