import { spawnSync } from 'node:child_process'
import { parseEnv } from 'node:util'
import {
  describeFleet,
  EMULATOR_USAGE,
  exportLines,
  parseEmulatorArgs,
  shellQuote
} from '../../../emulator/cli-options.js'
import { demoFleet } from '../../../emulator/fleet/demo-fleet.js'
import { generateFleet } from '../../../emulator/fleet/generate-fleet.js'

/** What a POSIX shell makes of the lines: sources them, then prints each variable. */
function sourceInShell(lines: string, names: string[]): string[] {
  const script = `${lines}\n${names.map((n) => `printf '%s\\0' "$${n}"`).join('\n')}`
  const result = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: {} })
  expect(result.stderr).toBe('')
  return result.stdout.split('\0').slice(0, -1)
}

describe('the emulator CLI options', () => {
  it('defaults to the demo fleet and the one JSON line', () => {
    expect(parseEmulatorArgs([])).toEqual({
      kind: 'start',
      fleet: 'demo',
      port: 0,
      clockRate: 1,
      github: false,
      format: 'json',
      describe: false
    })
  })

  it('reads every option', () => {
    const args = [
      '--fleet-size',
      '250',
      '--seed',
      '9',
      '--port',
      '8443',
      '--clock-rate',
      '60',
      '--github',
      '--format',
      'export',
      '--save-env',
      'e.env',
      '--describe'
    ]
    expect(parseEmulatorArgs(args)).toEqual({
      kind: 'start',
      fleet: { clusters: 250, seed: '9' },
      port: 8443,
      clockRate: 60,
      github: true,
      format: 'export',
      envFile: 'e.env',
      describe: true
    })
  })

  it('--github-enterprise starts the local GitHub too, over HTTPS for gh, and allows --events', () => {
    expect(parseEmulatorArgs(['--github-enterprise', '--events', 'ev'])).toMatchObject({
      kind: 'start',
      github: true,
      githubEnterprise: true,
      eventsDir: 'ev'
    })
    expect(parseEmulatorArgs(['--github'])).not.toHaveProperty('githubEnterprise')
  })

  it.each([['--help'], ['-h']])('answers %s with the usage', (flag) => {
    expect(parseEmulatorArgs([flag])).toEqual({ kind: 'help' })
  })

  it('lists every option in the usage', () => {
    for (const option of [
      '--fleet',
      '--github-enterprise',
      '--fleet-size',
      '--seed',
      '--port',
      '--clock-rate',
      '--github',
      '--format',
      '--save-env',
      '--describe',
      '--help'
    ]) {
      expect(EMULATOR_USAGE).toContain(`${option} `)
    }
  })

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['extra'], /positional/],
    [['--format', 'yaml'], /--format must be one of json, export/],
    [['--port', 'x'], /--port must be a port number/],
    [['--clock-rate', '0'], /--clock-rate must be a positive number/],
    [['--fleet', 'big'], /Unknown fleet 'big'/],
    [['--fleet-size', '2'], /--fleet-size must be a whole number from 3/],
    [['--fleet', 'demo', '--fleet-size', '10'], /exclude each other/],
    [['--seed', '3'], /--seed applies to a generated fleet/]
  ])('refuses %j', (args, message) => {
    const command = parseEmulatorArgs(args)
    expect(command.kind).toBe('usage-error')
    expect(command.kind === 'usage-error' && command.message).toMatch(message)
  })
})

describe('export lines', () => {
  it('quote any value so a shell gives it back unchanged', () => {
    const env = {
      PLAIN: 'https://127.0.0.1:8443',
      QUOTES: `it's "quoted"`,
      SHELLY: '$(rm -rf /) `x` $HOME; a\\b',
      SPACES: ' two  words\nnext line '
    }
    const lines = exportLines(env)
    expect(lines.split('\n').filter((l) => l.startsWith('export ')).length).toBe(4)
    expect(sourceInShell(lines, Object.keys(env))).toEqual(Object.values(env))
  })

  it('leave plain values readable', () => {
    expect(exportLines({ AZURE_TENANT_ID: 'aaaa-bbbb' })).toBe("export AZURE_TENANT_ID='aaaa-bbbb'\n")
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`)
  })

  it('read the same through node --env-file for the values the emulator prints', () => {
    const env = { AZURE_RESOURCE_MANAGER_ENDPOINT: 'https://127.0.0.1:8443', NODE_EXTRA_CA_CERTS: '/tmp/a b/ca.pem' }
    expect(parseEnv(exportLines(env))).toEqual(env)
  })
})

describe('the fleet description', () => {
  it('names every management group, subscription, resource group and cluster of the demo fleet as scope ids', () => {
    const fleet = demoFleet()
    const text = describeFleet(fleet)
    for (const group of fleet.managementGroups)
      expect(text).toContain(`/providers/Microsoft.Management/managementGroups/${group.name} — ${group.displayName}`)
    for (const sub of fleet.subscriptions)
      expect(text).toContain(`/subscriptions/${sub.subscriptionId} — ${sub.displayName}, in ${sub.managementGroup}`)
    for (const rg of fleet.resourceGroups)
      expect(text).toContain(`/subscriptions/${rg.subscriptionId}/resourceGroups/${rg.name} — ${rg.location}:`)
    expect(text).toContain('aks-payments-weu-01 (AKS)')
    expect(text).toContain('arc-lab-0301 (Arc)')
    expect(text).toMatch(/^Fleet in tenant \S+: 30 clusters \(\d+ AKS, \d+ Arc\)\./)
  })

  it('stays short for a large generated fleet', () => {
    const fleet = generateFleet({ clusters: 5000, seed: 3 })
    const text = describeFleet(fleet)
    expect(text).toContain('more resource groups')
    expect(text.split('\n').length).toBeLessThan(fleet.subscriptions.length + fleet.managementGroups.length + 50)
  })
})
