import { parseArgs } from 'node:util'
import type { AzureInputs } from '../azure/azure-settings.js'
import { durationSeconds } from '../desired/duration.js'
import { PROBLEM_FORMATS, type ProblemFormat } from '../render/problems.js'

export const USAGE = `Usage: flux-policy <command> [options]

Commands:
  validate    Check the policy files (flux-policy.yaml and teams/**/*.yaml)
  plan        Validate, read the live assignments in Azure (read only) and show the changes
  apply       Plan, confirm, then make Azure match the files (assignments, roles, remediations, deletes, and the
              clusters' Flux configurations where the policy cannot see a change)
  audit       Ask Resource Graph which clusters and assignments drifted from the files; repair what remediation cannot
  init        Start a policy repository in --root: platform file, team files, CODEOWNERS, workflows

Options:
  --root DIR                 Policy repository root (default: .)
  --format FORMAT            validate: text|json|github (default text); plan, audit: text|markdown|json (default text)
  -h, --help                 Show this help
  -v, --version              Show the version

Plan and apply options (Azure settings fall back to the standard Azure SDK environment variables):
  --repository OWNER/NAME    Repository the assignments belong to (default: GITHUB_REPOSITORY)
  --out FILE                 Also write the JSON plan to FILE
  --environment NAME         AzureCloud, AzureUSGovernment or AzureChinaCloud (AZURE_ENVIRONMENT)
  --arm-endpoint URL         Custom Resource Manager endpoint (AZURE_RESOURCE_MANAGER_ENDPOINT)
  --tenant-id ID             Entra tenant (AZURE_TENANT_ID)
  --client-id ID             Client id (AZURE_CLIENT_ID; with AZURE_CLIENT_SECRET or AZURE_FEDERATED_TOKEN_FILE)
  --yes                      apply: do not ask for confirmation
  --allow-deletes            apply: allow more deletions than safety.maxDeletes
  --remove-orphaned-configurations
                             apply: remove the Flux configurations deleted sources leave on clusters (prune
                             turned off first), as safety.removeConfigurationsOnDelete does, for this apply
  --grace-period DURATION    audit: clusters and assignments younger than this do not count yet (default 2h)
  --no-self-heal             audit: only report; do not update Flux configurations that differ in what the
                             policy cannot see (kustomizations, timeouts), as it does by default

Init options (init writes no file that exists already):
  --team NAME                A team with its own folder under teams/ (repeat for each team; at least one)
  --scope ID                 A scope every team may assign at (repeatable; default: a placeholder subscription)

Exit codes: 0 success, 1 problems found (or the plan cannot be applied, or drift found), 2 usage error.`

export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const
export type PlanFormat = (typeof PLAN_FORMATS)[number]

export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'validate'; root: string; format: ProblemFormat }
  | {
      kind: 'plan' | 'apply'
      root: string
      format: PlanFormat
      repository?: string
      out?: string
      azure: AzureInputs
      yes: boolean
      allowDeletes: boolean
      /** `--remove-orphaned-configurations`: as safety.removeConfigurationsOnDelete, for this apply. */
      removeOrphans: boolean
    }
  | {
      kind: 'audit'
      root: string
      format: PlanFormat
      repository?: string
      azure: AzureInputs
      graceSeconds?: number
      /** `--no-self-heal`: report drift only, update no Flux configuration. */
      selfHeal: boolean
    }
  | { kind: 'init'; root: string; teams: string[]; scopes: string[] }
  | { kind: 'usage-error'; message: string }

const COMMANDS = ['validate', 'plan', 'apply', 'audit', 'init'] as const

const OPTIONS = {
  root: { type: 'string', default: '.' },
  format: { type: 'string', default: 'text' },
  repository: { type: 'string' },
  out: { type: 'string' },
  environment: { type: 'string' },
  'arm-endpoint': { type: 'string' },
  'tenant-id': { type: 'string' },
  'client-id': { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
  'allow-deletes': { type: 'boolean', default: false },
  'remove-orphaned-configurations': { type: 'boolean', default: false },
  'grace-period': { type: 'string' },
  'no-self-heal': { type: 'boolean', default: false },
  team: { type: 'string', multiple: true },
  scope: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

const PLAN_ONLY = ['repository', 'out', 'environment', 'arm-endpoint', 'tenant-id', 'client-id'] as const
const APPLY_ONLY = ['yes', 'allow-deletes', 'remove-orphaned-configurations'] as const

/** Turns argv (without node and script) into one request; never throws. */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS })
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const [command, ...rest] = positionals
  if (!command) return { kind: 'usage-error', message: 'No command given.' }
  if (!(COMMANDS as readonly string[]).includes(command))
    return { kind: 'usage-error', message: `Unknown command '${command}'. Commands: ${COMMANDS.join(', ')}.` }
  if (rest.length > 0) return { kind: 'usage-error', message: `Unexpected argument '${rest[0]}'.` }
  if (command === 'init') return initRequest(values)
  const initOnly = (['team', 'scope'] as const).find((o) => values[o] !== undefined)
  if (initOnly) return { kind: 'usage-error', message: `--${initOnly} applies to init, not ${command}.` }
  const formats: readonly string[] = command === 'validate' ? PROBLEM_FORMATS : PLAN_FORMATS
  if (!formats.includes(values.format))
    return {
      kind: 'usage-error',
      message: `--format must be one of ${formats.join(', ')} for ${command}, not '${values.format}'.`
    }
  if (command !== 'audit' && values['grace-period'] !== undefined)
    return { kind: 'usage-error', message: `--grace-period applies to audit, not ${command}.` }
  if (command !== 'audit' && values['no-self-heal'])
    return { kind: 'usage-error', message: `--no-self-heal applies to audit, not ${command}.` }
  if (command === 'validate') {
    const misplaced = [...PLAN_ONLY, ...APPLY_ONLY].find((o) => values[o] !== undefined && values[o] !== false)
    if (misplaced) return { kind: 'usage-error', message: `--${misplaced} applies to plan and apply, not validate.` }
    return { kind: 'validate', root: values.root, format: values.format as ProblemFormat }
  }
  if (command === 'audit') return auditRequest(values)
  if (command === 'plan') {
    const misplaced = APPLY_ONLY.find((o) => values[o])
    if (misplaced) return { kind: 'usage-error', message: `--${misplaced} applies to apply, not plan.` }
  }
  return {
    kind: command as 'plan' | 'apply',
    yes: values.yes,
    allowDeletes: values['allow-deletes'],
    removeOrphans: values['remove-orphaned-configurations'],
    root: values.root,
    format: values.format as PlanFormat,
    repository: values.repository,
    out: values.out,
    azure: {
      environment: values.environment,
      armEndpoint: values['arm-endpoint'],
      tenantId: values['tenant-id'],
      clientId: values['client-id']
    }
  }
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

function initRequest(values: ParsedValues): CliRequest {
  const misplaced = Object.keys(values).find(
    (o) => !['root', 'format', 'team', 'scope'].includes(o) && values[o as keyof ParsedValues] !== false
  )
  if (misplaced) return { kind: 'usage-error', message: `--${misplaced} does not apply to init.` }
  if (values.format !== 'text') return { kind: 'usage-error', message: '--format does not apply to init.' }
  if (!values.team) return { kind: 'usage-error', message: 'init needs at least one --team NAME.' }
  return { kind: 'init', root: values.root, teams: values.team, scopes: values.scope ?? [] }
}

function auditRequest(
  values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']
): CliRequest {
  const misplaced = (['out', ...APPLY_ONLY] as const).find((o) => values[o])
  if (misplaced) return { kind: 'usage-error', message: `--${misplaced} does not apply to audit.` }
  const grace = values['grace-period']
  if (grace !== undefined && !/^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/.test(grace))
    return {
      kind: 'usage-error',
      message: `--grace-period must be a duration such as 2h, 90m or 1h30m, not '${grace}'.`
    }
  return {
    kind: 'audit',
    selfHeal: !values['no-self-heal'],
    root: values.root,
    format: values.format as PlanFormat,
    repository: values.repository,
    azure: {
      environment: values.environment,
      armEndpoint: values['arm-endpoint'],
      tenantId: values['tenant-id'],
      clientId: values['client-id']
    },
    ...(grace !== undefined ? { graceSeconds: durationSeconds(grace) } : {})
  }
}
