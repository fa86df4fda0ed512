import { parseArgs } from 'node:util'
import type { FleetSource } from './fleet/fleet-source.js'
import type { FleetData } from './fleet/fleet-model.js'
import type { ResourceGraphQuotaOptions } from './resource-graph/index.js'
import { MAX_GENERATED_CLUSTERS } from './fleet/generate-fleet.js'
import { parsePrincipalRole, type PrincipalRole } from './authorization/principal-roles.js'

/** The emulator CLI's arguments, usage, and what it prints: pure, so tests need no server. */

export const EMULATOR_USAGE = `Usage: npm run emulator -- [options]      (or: npx tsx emulator/cli.ts [options])

Starts the local Azure (Resource Manager, Entra sign-in, Resource Graph, a simulated fleet of clusters) over HTTPS
with a test CA and, with --github, the local GitHub (plain HTTP; HTTPS with --github-enterprise) on 127.0.0.1;
prints the environment that points flux-policy (or any Azure SDK tool) at them; then serves until interrupted
(Ctrl-C).

Options:
  --fleet demo           The demo fleet (default): 30 Arc and AKS clusters in the subscriptions examples/ uses
  --fleet-size N         A generated fleet of N clusters (3 to 1000000) instead of the demo fleet
  --seed S               Seed of the generated fleet: the same seed gives the same fleet (default 1)
  --port N               Port of the Azure emulator (default: any free port)
  --clock-rate R         Simulated seconds per real second, e.g. 60 to let remediation finish fast (default 1)
  --graph-quota Q        Resource Graph's per-user quota as <requests>/<seconds>s (Azure's default 15/5s) or off
  --principal-role R@S   Give the signed-in principal only built-in role R at scope S instead of Owner at the top
                         management group (repeatable), to try a too-weak identity, e.g.
                         --principal-role 'Reader@/providers/Microsoft.Management/managementGroups/contoso'
  --github               Also start the local GitHub (API, token, Actions OIDC endpoint)
  --github-enterprise    Like --github, but over HTTPS with the Azure emulator's test CA, so \`gh\` can use it as a
                         GitHub Enterprise Server (adds GH_HOST and GH_ENTERPRISE_TOKEN; see emulator/README.md)
  --format FORMAT        How stdout shows the environment: json (default; one JSON line with the endpoints, a
                         bearer token and an "env" map) or export (one \`export NAME='value'\` line per variable)
  --save-env PATH        Also write the environment to PATH as \`export NAME='value'\` lines: \`. PATH\` in a shell,
                         or \`node --env-file=PATH\`
  --events DIR           With --github: write event payloads (pull_request.json, push.json, schedule.json,
                         workflow_dispatch.json) to DIR for \`npm run action\`, and add GITHUB_REF and GITHUB_SHA
                         (the default branch) to the environment
  --describe             Print the fleet to stderr: management groups, subscriptions, resource groups, clusters
  -h, --help             Show this help

Example:
  npm run emulator -- --fleet demo --describe --save-env emulator.env
  # in another shell:  . ./emulator.env && npx flux-policy plan --root . --repository me/policies`

export const OUTPUT_FORMATS = ['json', 'export'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export interface EmulatorRequest {
  kind: 'start'
  fleet: FleetSource
  port: number
  clockRate: number
  github: boolean
  /** The local GitHub over HTTPS with the Azure emulator's CA, in GitHub Enterprise Server's layout for `gh`. */
  githubEnterprise?: boolean
  format: OutputFormat
  envFile?: string
  eventsDir?: string
  describe: boolean
  /** Resource Graph's quota: absent for the default, false for none. */
  graphQuota?: ResourceGraphQuotaOptions | false
  /** The signed-in principal's roles instead of the default (Owner at the top management group). */
  principalRoles?: PrincipalRole[]
}

export type EmulatorCommand = EmulatorRequest | { kind: 'help' } | { kind: 'usage-error'; message: string }

/** Turns argv (without node and script) into what to do; never throws. */
export function parseEmulatorArgs(argv: readonly string[]): EmulatorCommand {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '0' },
        fleet: { type: 'string' },
        'fleet-size': { type: 'string' },
        seed: { type: 'string' },
        'clock-rate': { type: 'string', default: '1' },
        'graph-quota': { type: 'string' },
        'principal-role': { type: 'string', multiple: true },
        github: { type: 'boolean', default: false },
        'github-enterprise': { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        'save-env': { type: 'string' },
        events: { type: 'string' },
        describe: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    }).values
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message }
  }
  if (values.help) return { kind: 'help' }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return usageError(`--port must be a port number, not '${values.port}'.`)
  const clockRate = Number(values['clock-rate'])
  if (!(clockRate > 0)) return usageError(`--clock-rate must be a positive number, not '${values['clock-rate']}'.`)
  if (!(OUTPUT_FORMATS as readonly string[]).includes(values.format)) {
    return usageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not '${values.format}'.`)
  }
  if (values.events !== undefined && !values.github && !values['github-enterprise'])
    return usageError('--events needs --github: the payloads name its repository.')
  const fleet = fleetFrom(values)
  if (typeof fleet === 'string' && fleet !== 'demo') return usageError(fleet)
  let graphQuota: ResourceGraphQuotaOptions | false | undefined
  try {
    graphQuota = graphQuotaFrom(values['graph-quota'])
  } catch (error) {
    return usageError((error as Error).message)
  }
  const principalRoles: PrincipalRole[] = []
  for (const text of values['principal-role'] ?? []) {
    const role = parsePrincipalRole(text)
    if (typeof role === 'string') return usageError(role)
    principalRoles.push(role)
  }
  return {
    kind: 'start',
    fleet,
    ...(principalRoles.length > 0 ? { principalRoles } : {}),
    port,
    clockRate,
    github: values.github || values['github-enterprise'],
    ...(values['github-enterprise'] ? { githubEnterprise: true } : {}),
    format: values.format as OutputFormat,
    describe: values.describe,
    ...(graphQuota !== undefined ? { graphQuota } : {}),
    ...(values['save-env'] !== undefined ? { envFile: values['save-env'] } : {}),
    ...(values.events !== undefined ? { eventsDir: values.events } : {})
  }
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

function usageError(message: string): EmulatorCommand {
  return { kind: 'usage-error', message }
}

/** The fleet to serve, or a message saying why the options name none. */
function fleetFrom(values: { fleet?: string; 'fleet-size'?: string; seed?: string }): FleetSource | string {
  if (values['fleet-size'] !== undefined) {
    if (values.fleet !== undefined)
      return '--fleet and --fleet-size exclude each other: pick the demo fleet or a generated one.'
    const clusters = Number(values['fleet-size'])
    if (!Number.isInteger(clusters) || clusters < 3 || clusters > MAX_GENERATED_CLUSTERS)
      return `--fleet-size must be a whole number from 3 to ${MAX_GENERATED_CLUSTERS}, not '${values['fleet-size']}'.`
    return { clusters, seed: values.seed ?? 1 }
  }
  if (values.seed !== undefined) return '--seed applies to a generated fleet: add --fleet-size N.'
  if (values.fleet === undefined || values.fleet === 'demo') return 'demo'
  return `Unknown fleet '${values.fleet}': use --fleet demo or --fleet-size N [--seed S].`
}

/** A value in single quotes, safe for any POSIX shell whatever it holds. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** `export NAME='value'` lines, one per variable, with a trailing newline. */
export function exportLines(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([name, value]) => `export ${name}=${shellQuote(value)}\n`)
    .join('')
}

const CLUSTERS_SHOWN_PER_GROUP = 6
const GROUPS_SHOWN = 40

/** What the fleet holds, as ids ready to paste into --scope and a platform file. */
export function describeFleet(
  fleet: Pick<FleetData, 'tenantId' | 'managementGroups' | 'subscriptions' | 'resourceGroups' | 'clusters'>
): string {
  const arc = fleet.clusters.filter((c) => c.kind === 'connectedCluster').length
  const lines = [
    `Fleet in tenant ${fleet.tenantId}: ${fleet.clusters.length} clusters ` +
      `(${fleet.clusters.length - arc} AKS, ${arc} Arc).`,
    'Management groups (scope id — display name, parent):',
    ...fleet.managementGroups.map(
      (g) =>
        `  /providers/Microsoft.Management/managementGroups/${g.name} — ${g.displayName}` +
        (g.parent ? `, under ${g.parent}` : ' (tenant root)')
    ),
    'Subscriptions (scope id — display name, management group):',
    ...fleet.subscriptions.map(
      (s) => `  /subscriptions/${s.subscriptionId} — ${s.displayName}, in ${s.managementGroup}`
    ),
    'Resource groups (scope id — location: clusters):'
  ]
  const shownGroups = fleet.resourceGroups.slice(0, GROUPS_SHOWN)
  for (const group of shownGroups) {
    const clusters = fleet.clusters.filter(
      (c) => c.subscriptionId === group.subscriptionId && c.resourceGroup === group.name
    )
    const names = clusters
      .slice(0, CLUSTERS_SHOWN_PER_GROUP)
      .map((c) => `${c.name} (${c.kind === 'connectedCluster' ? 'Arc' : 'AKS'})`)
    const more = clusters.length > names.length ? `, … ${clusters.length - names.length} more` : ''
    lines.push(
      `  /subscriptions/${group.subscriptionId}/resourceGroups/${group.name} — ${group.location}: ` +
        `${names.join(', ') || 'no clusters'}${more}`
    )
  }
  if (fleet.resourceGroups.length > shownGroups.length)
    lines.push(`  … ${fleet.resourceGroups.length - shownGroups.length} more resource groups`)
  return lines.join('\n')
}
