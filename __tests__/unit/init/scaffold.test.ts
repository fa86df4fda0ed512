import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { ownersOf, parseCodeOwners } from '../../../src/github/codeowners.js'
import {
  PLACEHOLDER_MARK,
  PLACEHOLDER_SCOPE,
  scaffoldPolicyRepository,
  type ScaffoldFile
} from '../../../src/init/scaffold.js'
import { WORKFLOWS } from '../../../src/init/workflows.js'

function filesOf(teams: string[], scopes: string[] = []): ScaffoldFile[] {
  const scaffold = scaffoldPolicyRepository({ teams, scopes })
  if (scaffold.kind !== 'files') throw new Error(scaffold.message)
  return scaffold.files
}

function fileText(files: ScaffoldFile[], path: string): string {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`)
  return file.text
}

describe('flux-policy init: the files it writes', () => {
  it.each([
    [['payments'], []],
    [['payments', 'data'], ['/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments']],
    [
      ['platform'],
      [
        '/providers/Microsoft.Management/managementGroups/contoso-prod',
        '/subscriptions/22222222-2222-2222-2222-222222222222'
      ]
    ]
  ])('validate as they are written: teams %j, scopes %j', (teams, scopes) => {
    const files = filesOf(teams, scopes)
    const result = validatePolicyFiles(files)
    expect(result.problems).toEqual([])
    expect(result.files.map((f) => f.path).sort()).toEqual(
      ['flux-policy.yaml', ...teams.map((t) => `teams/${t}/sources.yaml`)].sort()
    )
    expect(result.model).toBeDefined()
  })

  it('lists the platform file, one team file per team, CODEOWNERS and the three workflows', () => {
    expect(filesOf(['payments', 'data']).map((f) => f.path)).toEqual([
      'flux-policy.yaml',
      'teams/payments/sources.yaml',
      'teams/data/sources.yaml',
      'CODEOWNERS',
      '.github/workflows/flux-policy.yml',
      '.github/workflows/flux-policy-apply.yml',
      '.github/workflows/flux-policy-audit.yml'
    ])
  })

  it('grants each team the given scopes and puts its example source at the first one', () => {
    const scopes = [
      '/subscriptions/11111111-1111-1111-1111-111111111111',
      '/subscriptions/22222222-2222-2222-2222-222222222222'
    ]
    const files = filesOf(['payments', 'data'], scopes)
    const platform = parse(fileText(files, 'flux-policy.yaml')) as {
      teams: Record<string, { scopes: string[]; owners: string[] }>
    }
    expect(platform.teams).toEqual({
      payments: { scopes, owners: ['@OWNER/payments'] },
      data: { scopes, owners: ['@OWNER/data'] }
    })
    const team = parse(fileText(files, 'teams/data/sources.yaml')) as {
      team: string
      sources: Array<{ name: string; scope: string; git: { url: string } }>
    }
    expect(team.team).toBe('data')
    expect(team.sources).toEqual([
      expect.objectContaining({
        name: 'data-apps',
        scope: scopes[0],
        git: expect.objectContaining({ url: 'https://github.com/OWNER/data-gitops' })
      })
    ])
  })

  it('marks every placeholder value on its own line', () => {
    const files = filesOf(['payments'])
    const placeholders = files
      .filter((f) => f.path.endsWith('.yaml'))
      .flatMap((f) => f.text.split('\n'))
      .filter(
        (line) =>
          !line.startsWith('#') &&
          (line.includes('OWNER') || line.includes(PLACEHOLDER_SCOPE) || line.startsWith('location:'))
      )
    expect(placeholders.length).toBeGreaterThanOrEqual(5)
    for (const line of placeholders) expect(line).toContain(`# ${PLACEHOLDER_MARK}:`)
    expect(fileText(files, 'CODEOWNERS')).toContain(PLACEHOLDER_MARK)
  })

  it('does not mark a scope the user gave as a placeholder', () => {
    const scope = '/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-dev'
    const scopeLines = filesOf(['payments'], [scope])
      .flatMap((f) => f.text.split('\n'))
      .filter((l) => l.includes(scope))
    expect(scopeLines).toHaveLength(2)
    for (const line of scopeLines) expect(line).not.toContain(PLACEHOLDER_MARK)
  })

  it('starts the policy files with the schema header editors read', () => {
    const files = filesOf(['payments'])
    expect(fileText(files, 'flux-policy.yaml').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/\S+\/schemas\/flux-policy\.schema\.json$/
    )
    expect(fileText(files, 'teams/payments/sources.yaml').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=https:\/\/\S+\/schemas\/team\.schema\.json$/
    )
  })

  it('gives the platform file and workflows to the platform owner and each team folder to its team in CODEOWNERS', () => {
    const rules = parseCodeOwners(fileText(filesOf(['payments', 'data']), 'CODEOWNERS'))
    expect(ownersOf(rules, 'flux-policy.yaml')).toEqual(['@OWNER/platform-team'])
    expect(ownersOf(rules, '.github/workflows/flux-policy.yml')).toEqual(['@OWNER/platform-team'])
    expect(ownersOf(rules, 'teams/payments/sources.yaml')).toEqual(['@OWNER/payments'])
    expect(ownersOf(rules, 'teams/data/more/other.yaml')).toEqual(['@OWNER/data'])
  })

  it.each([
    [[], [], /at least one --team/],
    [['Payments'], [], /'Payments' is not a team name/],
    [['payments', 'payments'], [], /given twice/],
    [['payments'], ['subscriptions/1111'], /is not a scope id/],
    [['payments'], ["/subscriptions/x' # y"], /is not a scope id/]
  ])('refuses teams %j with scopes %j', (teams, scopes, message) => {
    const scaffold = scaffoldPolicyRepository({ teams, scopes })
    expect(scaffold.kind).toBe('error')
    expect(scaffold.kind === 'error' && scaffold.message).toMatch(message)
  })
})

describe('flux-policy init: the workflows', () => {
  const readme = readFileSync('README.md', 'utf8')

  it.each(WORKFLOWS.map((w) => [w.path, w.text]))('writes %s exactly as the README shows it', (path, text) => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)
    expect(blocks.filter((b) => b.startsWith(`# ${path}\n`))).toEqual([text])
  })

  // Plan: the sticky comment. Apply: the result comment, and the orphaned-configurations issues the audit follows.
  // Audit: drift issues.
  const WRITES: Record<string, string[]> = {
    '.github/workflows/flux-policy.yml': ['id-token', 'pull-requests'],
    '.github/workflows/flux-policy-apply.yml': ['id-token', 'issues', 'pull-requests'],
    '.github/workflows/flux-policy-audit.yml': ['id-token', 'issues']
  }

  it.each(WORKFLOWS.map((w) => [w.path, w.text]))('%s has least permissions and a concurrency group', (path, text) => {
    const workflow = parse(text) as { permissions: Record<string, string>; concurrency: { group: string } }
    expect(workflow.permissions.contents).toBe('read')
    const writes = Object.entries(workflow.permissions).filter(([, p]) => p === 'write')
    expect(writes.map(([name]) => name).sort()).toEqual(WRITES[path])
    expect(workflow.concurrency.group).toMatch(/^flux-policy-/)
  })
})
