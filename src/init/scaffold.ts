import { NAME_PATTERN } from '../config/schema/patterns.js'
import { ACTION_MAJOR, ACTION_REPOSITORY, WORKFLOWS } from './workflows.js'

/** What `flux-policy init` was asked for. */
export interface ScaffoldOptions {
  teams: readonly string[]
  /** Scopes every team is granted; a clearly marked placeholder subscription when none is given. */
  scopes: readonly string[]
}

export interface ScaffoldFile {
  /** Relative to the policy root, forward slashes. */
  path: string
  text: string
}

export type Scaffold = { kind: 'files'; files: ScaffoldFile[] } | { kind: 'error'; message: string }

/** Every value the user must replace carries this marker, in a comment on its line or just above it. */
export const PLACEHOLDER_MARK = 'CHANGE-ME'
export const PLACEHOLDER_SCOPE = '/subscriptions/00000000-0000-0000-0000-000000000000'
/** The GitHub organisation in CODEOWNERS, owners and example URLs, to replace with the user's own. */
export const PLACEHOLDER_ORG = 'OWNER'
export const PLATFORM_OWNER_TEAM = 'platform-team'

const SCHEMA_BASE = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/schemas`
const NAME = new RegExp(NAME_PATTERN)

/**
 * The files of a new policy repository — platform file, one team file per team with one public Git source,
 * CODEOWNERS, and the plan, apply and audit workflows — from init's options. Pure: the CLI writes them.
 */
export function scaffoldPolicyRepository(options: ScaffoldOptions): Scaffold {
  const error = optionError(options)
  if (error) return { kind: 'error', message: error }
  const teams = options.teams
  const scopes = options.scopes.length > 0 ? options.scopes : [PLACEHOLDER_SCOPE]
  const files: ScaffoldFile[] = [
    { path: 'flux-policy.yaml', text: platformFile(teams, scopes, options.scopes.length === 0) },
    ...teams.map((team) => ({
      path: `teams/${team}/sources.yaml`,
      text: teamFile(team, scopes[0]!, options.scopes.length === 0)
    })),
    { path: 'CODEOWNERS', text: codeOwners(teams) },
    ...WORKFLOWS
  ]
  return { kind: 'files', files }
}

function optionError(options: ScaffoldOptions): string | undefined {
  if (options.teams.length === 0) return 'init needs at least one --team NAME (the teams that keep sources here).'
  const badName = options.teams.find((team) => !NAME.test(team))
  if (badName !== undefined) {
    return (
      `--team '${badName}' is not a team name: use at most 30 lowercase letters, digits or hyphens, ` +
      'starting and ending with a letter or digit.'
    )
  }
  const twice = options.teams.find((team, i) => options.teams.indexOf(team) !== i)
  if (twice !== undefined) return `--team '${twice}' is given twice.`
  const badScope = options.scopes.find((scope) => /[\s'"#]/.test(scope) || !scope.startsWith('/'))
  if (badScope !== undefined)
    return `--scope '${badScope}' is not a scope id such as /subscriptions/<id> or …/resourceGroups/<name>.`
  return undefined
}

function platformFile(teams: readonly string[], scopes: readonly string[], placeholderScope: boolean): string {
  const scopeMark = placeholderScope
    ? `   # ${PLACEHOLDER_MARK}: a subscription, resource group or management group id`
    : ''
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/flux-policy.schema.json`,
    '# The platform file: which teams exist and where each may assign. Owned by the platform team (CODEOWNERS).',
    `# Written by \`flux-policy init\`: replace every value marked ${PLACEHOLDER_MARK}, then run flux-policy validate.`,
    'version: 1',
    `location: westeurope   # ${PLACEHOLDER_MARK}: the region where the assignments keep their managed identity`,
    'teams:',
    ...teams.flatMap((team) => [
      `  ${team}:`,
      '    scopes:',
      ...scopes.map((scope) => `      - ${scope}${scopeMark}`),
      `    owners: ['@${PLACEHOLDER_ORG}/${team}']   # ${PLACEHOLDER_MARK}: the GitHub team to mention in drift issues`
    ]),
    '# When a team may assign at a management group and its sources use scopes below it, list the children here:',
    '# managementGroups:',
    '#   contoso-prod: [/subscriptions/11111111-1111-1111-1111-111111111111]',
    'fluxExtension:',
    '  assign: true   # assign "Configure installation of Flux extension" at every scope a source uses',
    'safety:',
    '  maxDeletes: 5   # an apply that would delete more assignments stops',
    ''
  ]
  return lines.join('\n')
}

function teamFile(team: string, scope: string, placeholderScope: boolean): string {
  const scopeMark = placeholderScope ? `   # ${PLACEHOLDER_MARK}: a scope granted to ${team} in flux-policy.yaml` : ''
  return [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/team.schema.json`,
    `# The ${team} team's sources: each source becomes one Azure Policy assignment that puts a Flux configuration`,
    `# on every cluster under its scope. Written by flux-policy init: replace every value marked ${PLACEHOLDER_MARK}.`,
    `team: ${team}`,
    'sources:',
    `  # An example public Git source (no credentials). ${PLACEHOLDER_MARK}: point it at your team's repository.`,
    `  - name: ${team}-apps`,
    `    scope: ${scope}${scopeMark}`,
    '    git:',
    `      url: https://github.com/${PLACEHOLDER_ORG}/${team}-gitops   # ${PLACEHOLDER_MARK}: your repository`,
    '      branch: main',
    '      syncInterval: 5m',
    `    namespace: ${team}`,
    '    configurationScope: namespace',
    `    kustomization: { name: apps, path: ./clusters/prod, prune: true }   # ${PLACEHOLDER_MARK}: the path to apply`,
    ''
  ].join('\n')
}

function codeOwners(teams: readonly string[]): string {
  const platform = `@${PLACEHOLDER_ORG}/${PLATFORM_OWNER_TEAM}`
  const rows = [
    ['*', platform],
    ['/flux-policy.yaml', platform],
    ['/CODEOWNERS', platform],
    ['/.github/', platform],
    ...teams.map((team) => [`/teams/${team}/`, `@${PLACEHOLDER_ORG}/${team}`])
  ]
  const width = Math.max(...rows.map(([pattern]) => pattern!.length)) + 2
  return [
    '# Who reviews what: the platform team owns the platform file and the workflows; each team owns its folder.',
    `# Written by flux-policy init. ${PLACEHOLDER_MARK}: replace ${PLACEHOLDER_ORG} with your GitHub organisation`,
    '# and the team names with real GitHub teams. The plan comment and drift issues mention these owners.',
    ...rows.map(([pattern, owner]) => `${pattern!.padEnd(width)}${owner}`),
    ''
  ].join('\n')
}
