import type { Loaded, SourceSpec } from '../model.js'
import type { Problem } from '../problem.js'
import { customFeaturesOf, kustomizationsOf } from '../custom-features.js'
import { durationSeconds } from '../duration.js'
import { MAX_DURATION_SECONDS } from '../schema/limits.js'
import { isResourceId, parseScope, SCOPE_FORMS, contains } from '../scope.js'
import { dependsOnCycles } from './depends-on-cycles.js'
import { allSources, reportAt, reportValueAt, type RuleContext, type SemanticRule } from './context.js'

type SourceCheck = (team: Loaded<unknown>, index: number, source: SourceSpec, context: RuleContext) => Problem[]

const sourceKind: SourceCheck = (team, i, source) => {
  if (source.git && source.bucket)
    return [
      reportAt(
        team,
        ['sources', i, 'bucket'],
        'source-kind',
        'This source has both `git` and `bucket`; a source is exactly one of them. Split it into two sources.'
      )
    ]
  if (!source.git && !source.bucket)
    return [
      reportAt(
        team,
        ['sources', i],
        'source-kind',
        `Source \`${source.name}\` has neither \`git\` nor \`bucket\`; add one of them.`
      )
    ]
  return []
}

const REFS = ['branch', 'tag', 'semver', 'commit'] as const

const gitRefCount: SourceCheck = (team, i, { git }) => {
  if (!git) return []
  const given = REFS.filter((ref) => git[ref] !== undefined)
  if (given.length === 1) return []
  if (given.length === 0)
    return [
      reportAt(
        team,
        ['sources', i, 'git'],
        'git-ref-count',
        'This Git source names no ref; add exactly one of `branch`, `tag`, `semver` or `commit`.'
      )
    ]
  return [
    reportAt(
      team,
      ['sources', i, 'git', given[1]!],
      'git-ref-count',
      `This Git source names ${given.map((g) => `\`${g}\``).join(' and ')}; keep exactly one.`
    )
  ]
}

const gitAuth: SourceCheck = (team, i, { git }) => {
  if (!git) return []
  const kinds = (['ssh', 'https', 'localSecret'] as const).filter((k) => git[k] !== undefined)
  if (kinds.length > 1)
    return [
      reportAt(
        team,
        ['sources', i, 'git', kinds[1]!],
        'auth-conflict',
        `This Git source uses ${kinds.map((k) => `\`${k}\``).join(' and ')}; keep one kind of authentication.`
      )
    ]
  if (git.caCert !== undefined && kinds[0] && kinds[0] !== 'https') {
    return [
      reportAt(
        team,
        ['sources', i, 'git', 'caCert'],
        'auth-conflict',
        `\`caCert\` goes with \`https\` or alone, not with \`${kinds[0]}\`; remove it.`
      )
    ]
  }
  if (git.url.startsWith('ssh://') || git.url.startsWith('git@')) {
    if (!git.ssh && !git.localSecret)
      return [
        reportValueAt(
          team,
          ['sources', i, 'git', 'url'],
          'auth-conflict',
          'An SSH URL needs `ssh` (a key in Key Vault) or `localSecret`; add one, or use an https:// URL.'
        )
      ]
  } else if (git.ssh) {
    return [
      reportValueAt(team, ['sources', i, 'git', 'url'], 'url-scheme', 'SSH authentication needs an ssh:// or git@ URL.')
    ]
  }
  return []
}

const bucketAuth: SourceCheck = (team, i, { bucket }) => {
  if (!bucket) return []
  const path = ['sources', i, 'bucket']
  if (bucket.localSecret !== undefined && (bucket.accessKey !== undefined || bucket.secretKey !== undefined)) {
    return [
      reportAt(
        team,
        [...path, 'localSecret'],
        'auth-conflict',
        'Use either `localSecret` or `accessKey` with `secretKey`, not both.'
      )
    ]
  }
  if (bucket.localSecret !== undefined) return []
  if (bucket.accessKey === undefined && bucket.secretKey === undefined) {
    return [
      reportAt(
        team,
        path,
        'missing-field',
        'A bucket needs credentials: `accessKey` with `secretKey` (Key Vault), or `localSecret`; add them.'
      )
    ]
  }
  const missing =
    bucket.accessKey === undefined ? 'accessKey' : bucket.secretKey === undefined ? 'secretKey' : undefined
  return missing
    ? [
        reportAt(
          team,
          path,
          'missing-field',
          `\`bucket\` is missing \`${missing}\`; the access key id and the Key Vault secret key go together.`
        )
      ]
    : []
}

const scopeSyntax: SourceCheck = (team, i, { scope }) =>
  parseScope(scope)
    ? []
    : [
        reportValueAt(
          team,
          ['sources', i, 'scope'],
          'scope-syntax',
          `\`${scope}\` is not a scope id; use one of ${SCOPE_FORMS.join(', ')}.`
        )
      ]

const exclusions: SourceCheck = (team, i, { scope, exclude }, context) =>
  (exclude ?? []).flatMap((id, j) => {
    const path = ['sources', i, 'exclude', j]
    if (!isResourceId(id))
      return [
        reportValueAt(
          team,
          path,
          'scope-syntax',
          `\`${id}\` is not a resource id; exclusions are full ids such as /subscriptions/<id>/resourceGroups/<group>.`
        )
      ]
    if (!parseScope(scope)) return []
    const inside = contains(scope, id, context.hierarchy)
    // Without a usable platform file the management-group tree is not known; its own problems say why.
    if (inside === 'unknown' && !context.platform) return []
    if (id.toLowerCase() === scope.toLowerCase())
      return [
        reportValueAt(
          team,
          path,
          'exclusion-outside-scope',
          `\`${id}\` is the scope itself, so the assignment would apply nowhere; remove the exclusion, or assign at a narrower scope.`
        )
      ]
    if (inside === 'inside') return []
    if (inside === 'unknown')
      return [
        reportValueAt(
          team,
          path,
          'hierarchy-unknown',
          `Whether \`${id}\` lies under \`${scope}\` is unknown; list it under \`managementGroups\` in flux-policy.yaml.`
        )
      ]
    return [
      reportValueAt(
        team,
        path,
        'exclusion-outside-scope',
        `\`${id}\` is not inside the scope \`${scope}\`; remove the exclusion or fix it.`
      )
    ]
  })

const needsCustomDefinition: SourceCheck = (team, i, source, context) => {
  if (source.kustomization && source.kustomizations) {
    return [
      reportAt(
        team,
        ['sources', i, 'kustomizations'],
        'invalid-value',
        'Use either `kustomization` or `kustomizations`, not both.'
      )
    ]
  }
  const features = customFeaturesOf(source)
  const definitions = context.platform?.content.customDefinitions
  if (features.length === 0 || !context.platform) return []
  if (!definitions) {
    return features.map((f) =>
      reportAt(
        team,
        ['sources', i, ...f.path],
        'custom-definition-required',
        `${f.what} No built-in Flux definition can express it: declare \`customDefinitions: { scope: … }\` in flux-policy.yaml so flux-policy generates a custom definition there, or remove it.`
      )
    )
  }
  const inside = parseScope(source.scope) ? contains(definitions.scope, source.scope, context.hierarchy) : 'inside'
  if (inside === 'inside') return []
  return [
    reportValueAt(
      team,
      ['sources', i, 'scope'],
      inside === 'unknown' ? 'hierarchy-unknown' : 'definition-scope',
      `This source needs a generated custom definition, which lives at \`${definitions.scope}\` and can be assigned only at or below it; \`${source.scope}\` is ${inside === 'unknown' ? 'not known to be' : 'not'} below it.${inside === 'unknown' ? ' List it under `managementGroups` in flux-policy.yaml.' : ' Move customDefinitions.scope up, or the source.'}`
    )
  ]
}

const kustomizationNames: SourceCheck = (team, i, source) => {
  const list = kustomizationsOf(source)
  const names = list.map((k, j) => k.name ?? (j === 0 ? 'kustomization-1' : ''))
  const at = (j: number, field: string) =>
    source.kustomizations ? ['sources', i, 'kustomizations', j, field] : ['sources', i, 'kustomization', field]
  return list.flatMap((k, j) => [
    ...(names.indexOf(names[j]!) !== j
      ? [
          reportValueAt(
            team,
            at(j, 'name'),
            'invalid-value',
            `Kustomization \`${names[j]}\` appears twice in this source; names must be unique.`
          )
        ]
      : []),
    ...(k.dependsOn ?? []).flatMap((d, n) =>
      names.includes(d) && d !== names[j]
        ? []
        : [
            reportValueAt(
              team,
              [...at(j, 'dependsOn'), n],
              'invalid-value',
              `\`${d}\` is ${d === names[j] ? 'this kustomization itself' : 'not a kustomization of this source'}; \`dependsOn\` names other kustomizations of the same source (${names.filter((x) => x !== names[j]).join(', ') || 'none'}).`
            )
          ]
    )
  ])
}

/** Every duration a source sets, with its path. */
function durationsOf(source: SourceSpec, i: number): Array<{ path: Array<string | number>; value: string }> {
  const fields = ['syncInterval', 'timeout', 'retryInterval'] as const
  const holders: Array<[Array<string | number>, Partial<Record<(typeof fields)[number], unknown>> | undefined]> = [
    [['git'], source.git],
    [['bucket'], source.bucket],
    [['kustomization'], source.kustomization],
    ...(source.kustomizations ?? []).map((k, j): [Array<string | number>, typeof k] => [['kustomizations', j], k])
  ]
  return holders.flatMap(([at, holder]) =>
    fields.flatMap((field) => {
      const value = holder?.[field]
      return typeof value === 'string' ? [{ path: ['sources', i, ...at, field], value }] : []
    })
  )
}

const durationRange: SourceCheck = (team, i, source) =>
  durationsOf(source, i).flatMap(({ path, value }) => {
    if (durationSeconds(value) <= MAX_DURATION_SECONDS) return []
    const message =
      `\`${value}\` is more than ${MAX_DURATION_SECONDS} seconds (about 68 years), which does not fit ` +
      "the assignment's integer parameter; use a shorter duration."
    return [reportValueAt(team, path, 'duration-format', message)]
  })

const CHECKS: SourceCheck[] = [
  durationRange,
  sourceKind,
  gitRefCount,
  gitAuth,
  bucketAuth,
  scopeSyntax,
  exclusions,
  needsCustomDefinition,
  kustomizationNames,
  dependsOnCycles
]

export const sourceRules: SemanticRule = (context) =>
  allSources(context).flatMap(({ file, index, source }) =>
    CHECKS.flatMap((check) => check(file.loaded, index, source, context))
  )
