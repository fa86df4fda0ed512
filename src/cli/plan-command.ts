import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { azureReads } from '../azure/azure-reads.js'
import { azureWrites } from '../azure/azure-writes.js'
import { createResourceGraphRunner } from '../azure/resource-graph.js'
import { createResourceGraphClient } from '../azure/resource-graph-client.js'
import type { AzureClients } from '../azure/clients.js'
import { signInToAzure } from '../azure/sign-in.js'
import { applyRoot } from '../commands/apply.js'
import { planRoot } from '../commands/plan.js'
import type { Plan } from '../plan/plan.js'
import { applyOutcomeLine, renderApplyText, shownOutcome } from '../render/apply-text.js'
import { configurationUpdateLine } from '../render/configuration-updates.js'
import { renderPlanComment } from '../render/plan/plan-markdown.js'
import { renderPlanJson } from '../render/plan/plan-json.js'
import { hasChanges } from '../render/plan/plan-status.js'
import { renderPlanText } from '../render/plan/plan-text.js'
import { renderProblemsText } from '../render/problems.js'
import type { CliRequest } from './parse-args.js'
import { applyReporting, EXIT, type CliIo } from './cli-io.js'
import { isConfirmation, shouldColour } from './terminal.js'

type PlanRequest = Extract<CliRequest, { kind: 'plan' | 'apply' }>

/** `flux-policy plan` (read only) and `flux-policy apply` (plan, confirm, apply). */
export async function planCommand(request: PlanRequest, root: string, io: CliIo): Promise<number> {
  const repository = request.repository ?? io.env.GITHUB_REPOSITORY
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.err(
      `flux-policy: ${request.kind} needs --repository OWNER/NAME (or GITHUB_REPOSITORY): assignments record which repository owns them.`
    )
    return EXIT.usage
  }
  const { clients } = signInToAzure(request.azure, io.env, { inAction: false })
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients))
  const outcome = await planRoot(root, repository, azureReads(clients), {
    resourceGraph,
    removeOrphans: request.kind === 'apply' && request.removeOrphans
  })
  if (outcome.kind === 'invalid') {
    io.err(renderProblemsText(outcome.problems, outcome.fileCount))
    return EXIT.problems
  }
  const { plan } = outcome
  if (request.out) {
    const out = resolve(io.cwd, request.out)
    await mkdir(dirname(out), { recursive: true })
    await writeFile(out, renderPlanJson(plan))
  }
  printPlan(plan, outcome.teamOwners, request, io)
  if (plan.errors.length > 0) return EXIT.problems
  return request.kind === 'apply' ? applyCommand(plan, request, root, repository, clients, io) : EXIT.ok
}

function printPlan(plan: Plan, owners: Record<string, string[]>, request: PlanRequest, io: CliIo): void {
  if (request.format === 'json') io.out(renderPlanJson(plan))
  else if (request.format === 'markdown')
    io.out(renderPlanComment(plan, { commit: io.env.GITHUB_SHA ?? 'working tree', limit: 1_000_000, owners }))
  else io.out(renderPlanText(plan, { colour: shouldColour(io.isTty, io.env), owners }))
}

async function applyCommand(
  plan: Plan,
  request: PlanRequest,
  root: string,
  repository: string,
  clients: AzureClients,
  io: CliIo
): Promise<number> {
  // With no assignment to change, apply still brings the clusters' Flux configurations in line (what the policy
  // cannot see): nothing to confirm, as the files already say it and a re-run of an earlier apply finishes it.
  if (!hasChanges(plan)) {
    io.out('No assignment to change: checking the Flux configurations on the clusters.')
  } else if (!request.yes) {
    if (!io.ask) {
      io.err('flux-policy: apply needs confirmation; pass --yes when there is no terminal to ask on.')
      return EXIT.usage
    }
    const answer = await io.ask(`Apply these changes to Azure? (yes/no) `)
    if (!isConfirmation(answer)) {
      io.out('Not applied.')
      return EXIT.ok
    }
  }
  const reporting = applyReporting(io)
  const applied = await applyRoot(
    root,
    repository,
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients))
    },
    {
      allowManyDeletes: request.allowDeletes,
      removeOrphans: request.removeOrphans,
      requireHash: plan.hash,
      onProgress: (o) => {
        if (reporting.progress && shownOutcome(o)) io.err(applyOutcomeLine(o))
      },
      onConfigurationProgress: (o) => {
        if (reporting.progress) io.err(configurationUpdateLine(o))
      }
    }
  )
  if (applied.kind === 'invalid') return EXIT.problems
  io.out(renderApplyText(applied.result, { outcomes: reporting.listOutcomes }))
  return applied.result.succeeded ? EXIT.ok : EXIT.problems
}
