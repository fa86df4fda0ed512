import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describeFleet, EMULATOR_USAGE, exportLines, parseEmulatorArgs } from './cli-options.js'
export { graphQuotaFrom } from './cli-options.js'
import { createSimulatedClock } from './clock.js'
import { startAzureEmulator, type AzureEmulator } from './start-azure-emulator.js'
import { productEnv } from './product-env.js'
import { defaultBranchEnv, eventFiles } from './runner/event-files.js'
import { startGitHubEmulator, type GitHubEmulator } from './github/start-github-emulator.js'

/**
 * `emulator/cli.ts [--port 8443] [--fleet demo | --fleet-size N --seed S] [--clock-rate R] [--graph-quota 15/5s | off]
 * [--github]
 * [--format json|export] [--save-env PATH] [--describe]` (also `npm run emulator -- …`; `--help` lists them):
 * starts the local Azure (and with --github the local GitHub beside it) and prints one JSON line (or `export`
 * lines) — where it is, a bearer token valid for an hour, and the environment variables that point flux-policy
 * (or any Azure SDK tool) at it the way a user points them at a sovereign cloud — then serves until interrupted.
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
      ...(github ? github.env() : {}),
      // gh treats any host but github.com as GitHub Enterprise Server: https://GH_HOST/api/v3 and /api/graphql.
      ...(github?.apiUrl.startsWith('https:')
        ? { GH_HOST: github.enterprise.host, GH_ENTERPRISE_TOKEN: github.tokens.human }
        : {})
    }
  }
}

async function main(): Promise<void> {
  const command = parseEmulatorArgs(process.argv.slice(2))
  if (command.kind === 'help') {
    process.stdout.write(`${EMULATOR_USAGE}\n`)
    return
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`emulator: ${command.message}\n\n${EMULATOR_USAGE}\n`)
    process.exitCode = 2
    return
  }
  const azure = await startAzureEmulator({
    port: command.port,
    fleet: command.fleet,
    clock: createSimulatedClock({ rate: command.clockRate }),
    ...(command.principalRoles ? { principalRoles: command.principalRoles } : {}),
    ...(command.graphQuota === undefined ? {} : { resourceGraph: { quota: command.graphQuota } })
  })
  const github = command.github
    ? await startGitHubEmulator(command.githubEnterprise ? { tls: azure.serverTls } : {})
    : undefined
  const stop = (): void => {
    Promise.all([azure.stop(), github?.stop()]).then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  const announcement = emulatorAnnouncement(azure, github)
  const env = announcement.env as Record<string, string>
  // `npm run` starts scripts in the package folder; paths the user typed are relative to where they typed them.
  const userPath = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path)
  if (command.eventsDir !== undefined && github) {
    const dir = userPath(command.eventsDir)
    mkdirSync(dir, { recursive: true })
    for (const event of eventFiles(github)) {
      writeFileSync(join(dir, `${event.name}.json`), `${JSON.stringify(event.payload, null, 2)}\n`)
    }
    Object.assign(env, defaultBranchEnv(github))
  }
  if (command.envFile !== undefined) writeFileSync(userPath(command.envFile), exportLines(env), { mode: 0o600 })
  if (command.describe) process.stderr.write(`${describeFleet(azure.fleet)}\n`)
  process.stdout.write(command.format === 'export' ? exportLines(env) : `${JSON.stringify(announcement)}\n`)
  const where = `Azure emulator at ${azure.armEndpoint}${github ? `, GitHub at ${github.apiUrl}` : ''}`
  process.stderr.write(`${where}; Ctrl-C stops it.\n`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
