import { readFileSync } from 'node:fs'
import { parseEmulatorArgs } from '../../../emulator/cli-options.js'
import {
  actionInputDefaults,
  masksIn,
  parseRunnerArgs,
  RUNNER_USAGE,
  runnerLog,
  stepEnv
} from '../../../emulator/runner/runner-options.js'

describe('npm run action: its options', () => {
  it('takes the event name from the file and inputs as NAME=VALUE', () => {
    expect(
      parseRunnerArgs([
        '--event',
        'events/pull_request.json',
        '--workspace',
        'policies',
        '--input',
        'mode=plan',
        '--input',
        'plan-file=a=b.json'
      ])
    ).toEqual({
      kind: 'run',
      eventFile: 'events/pull_request.json',
      eventName: 'pull_request',
      workspace: 'policies',
      inputs: { mode: 'plan', 'plan-file': 'a=b.json' }
    })
    expect(parseRunnerArgs(['--event', 'x.json', '--event-name', 'workflow_dispatch'])).toMatchObject({
      eventName: 'workflow_dispatch',
      workspace: '.'
    })
  })

  it.each([
    [[], /--event FILE is required/],
    [['--event', 'a.json', '--input', 'novalue'], /--input takes NAME=VALUE/],
    [['--event', 'a.json', '--bogus'], /Unknown option '--bogus'/]
  ])('refuses %j', (args, message) => {
    const command = parseRunnerArgs(args)
    expect(command.kind === 'usage-error' && command.message).toMatch(message)
  })

  it('answers --help with every option', () => {
    expect(parseRunnerArgs(['-h'])).toEqual({ kind: 'help' })
    for (const option of ['--event ', '--event-name ', '--workspace ', '--input ', '--help'])
      expect(RUNNER_USAGE).toContain(option)
  })

  it('lets the emulator write event files only beside its GitHub', () => {
    expect(parseEmulatorArgs(['--github', '--events', 'ev'])).toMatchObject({ kind: 'start', eventsDir: 'ev' })
    expect(parseEmulatorArgs(['--events', 'ev'])).toEqual({
      kind: 'usage-error',
      message: expect.stringMatching(/--events needs --github/)
    })
  })
})

describe('npm run action: what the runner does around the step', () => {
  it('fills every input of action.yml with its default, github.token from GITHUB_TOKEN', () => {
    const action = readFileSync('action.yml', 'utf8')
    const inputs = actionInputDefaults(action, { GITHUB_TOKEN: 'ghs_token' })
    expect(inputs).toMatchObject({
      mode: 'auto',
      root: '.',
      'github-token': 'ghs_token',
      'grace-period': '2h',
      'require-reviewed-plan': 'true',
      'tenant-id': ''
    })
  })

  it('masks values the step masked, everywhere, and hides mask and debug commands', () => {
    const log = '::add-mask::s3cret-token\n::debug::token url\nSigning in with s3cret-token\nplain line\n'
    const masks = masksIn(log)
    expect(masks).toEqual(['s3cret-token'])
    expect(runnerLog(`${log}summary: s3cret-token`, masks)).toBe('Signing in with ***\nplain line\nsummary: ***')
  })

  it("passes the emulators' environment and nothing else of the shell; the commit only where the payload has none", () => {
    const env = {
      AZURE_TENANT_ID: 't',
      GITHUB_TOKEN: 'g',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'abc',
      NODE_EXTRA_CA_CERTS: '/ca',
      SECRET_OF_SHELL: 'x',
      GITHUB_EVENT_PATH: '/e'
    }
    expect(stepEnv(env, 'schedule')).toEqual({
      AZURE_TENANT_ID: 't',
      GITHUB_TOKEN: 'g',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'abc',
      NODE_EXTRA_CA_CERTS: '/ca'
    })
    expect(stepEnv(env, 'pull_request')).toEqual({
      AZURE_TENANT_ID: 't',
      GITHUB_TOKEN: 'g',
      NODE_EXTRA_CA_CERTS: '/ca'
    })
  })
})
