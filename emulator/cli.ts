import { parseArgs } from 'node:util'
import { createSimulatedClock } from './clock.js'
import type { FleetSource } from './fleet/fleet-source.js'
import type { ResourceGraphQuotaOptions } from './resource-graph/index.js'
import { startAzureEmulator, type AzureEmulator } from './start-azure-emulator.js'
import { productEnv } from './product-env.js'
import { startGitHubEmulator, type GitHubEmulator } from './github/start-github-emulator.js'

/**
 * `emulator/cli.ts [--port 8443] [--fleet demo | --fleet-size N --seed S] [--clock-rate R] [--graph-quota 15/5s | off]
 * [--github]` (also
 * `npm run emulator -- …`): starts the local Azure (and with --github the local GitHub beside it)
 * and prints one JSON line — where it is, a bearer token valid for an hour, and the environment variables that
 * point flux-policy (or any Azure SDK tool) at it the way a user points them at a sovereign cloud — then serves
 * until interrupted.
 */
export function emulatorAnnouncement(azure: AzureEmulator, github?: GitHubEmulator): Record<string, unknown> {
  return {
    ...(github ? { githubApiUrl: github.apiUrl } : {}),
    armEndpoint: azure.armEndpoint,
    authorityHost: azure.authorityHost,
    tenantId: azure.tenantId,
    caFile: azure.caFile,
    token: azure.token,
    env: {
      ...productEnv(azure),
      // The GitHub API, a token, and the Actions OIDC endpoint the action signs in to Azure with.
      ...(github ? github.env() : {})
    }
  }
}

function fleetFrom(values: { fleet?: string; 'fleet-size'?: string; seed?: string }): FleetSource {
  if (values['fleet-size'] !== undefined) return { clusters: Number(values['fleet-size']), seed: values.seed ?? 1 }
  if (values.fleet === undefined || values.fleet === 'demo') return 'demo'
  throw new Error(`unknown fleet '${values.fleet}': use --fleet demo or --fleet-size N [--seed S]`)
}

/**
 * Resource Graph's per-user quota as `<requests>/<seconds>s` (Azure's documented default `15/5s`) or `off`. The
 * default applies when absent; a tenant can get another quota from Microsoft, so it is a setting.
 */
export function graphQuotaFrom(value: string | undefined): ResourceGraphQuotaOptions | false | undefined {
  if (value === undefined) return undefined
  if (value === 'off') return false
  const parsed = /^(\d+)\/(\d+(?:\.\d+)?)s$/.exec(value)
  if (!parsed) throw new Error(`--graph-quota ${value}: use <requests>/<seconds>s (e.g. 15/5s) or off`)
  return { limit: Number(parsed[1]), windowMs: Number(parsed[2]) * 1000 }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' }, fleet: { type: 'string' }, 'fleet-size': { type: 'string' },
      seed: { type: 'string' }, 'clock-rate': { type: 'string', default: '1' }, github: { type: 'boolean', default: false },
      'graph-quota': { type: 'string' }
    }
  })
  const quota = graphQuotaFrom(values['graph-quota'])
  const azure = await startAzureEmulator({
    port: Number(values.port), fleet: fleetFrom(values), clock: createSimulatedClock({ rate: Number(values['clock-rate']) }),
    ...(quota === undefined ? {} : { resourceGraph: { quota } })
  })
  const github = values.github ? await startGitHubEmulator() : undefined
  process.stdout.write(`${JSON.stringify(emulatorAnnouncement(azure, github))}\n`)
  const stop = (): void => {
    Promise.all([azure.stop(), github?.stop()]).then(() => process.exit(0), () => process.exit(1))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
