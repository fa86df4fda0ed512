import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { resolveAzureSettings } from '../azure/azure-settings.js'
import { createAzureClients } from '../azure/clients.js'
import { chooseCredential } from '../azure/credential.js'
import { planRoot } from '../commands/plan.js'
import { renderPlanComment } from '../render/plan/plan-markdown.js'
import { renderPlanJson } from '../render/plan/plan-json.js'
import { renderPlanText } from '../render/plan/plan-text.js'
import { renderProblemsText } from '../render/problems.js'
import type { CliRequest } from './parse-args.js'
import { EXIT, type CliIo } from './cli-io.js'

type PlanRequest = Extract<CliRequest, { kind: 'plan' }>

/** `flux-policy plan`: read-only against Azure; prints the plan and optionally writes the JSON plan. */
export async function planCommand(request: PlanRequest, root: string, io: CliIo): Promise<number> {
  const repository = request.repository ?? io.env.GITHUB_REPOSITORY
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.err('flux-policy: plan needs --repository OWNER/NAME (or GITHUB_REPOSITORY): assignments record which repository owns them.')
    return EXIT.usage
  }
  const azure = resolveAzureSettings(request.azure, io.env)
  const { credential } = chooseCredential(azure.cloud, azure.signIn, false)
  const outcome = await planRoot(root, repository, createAzureClients(azure.cloud, credential))
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
  if (request.format === 'json') io.out(renderPlanJson(plan))
  else if (request.format === 'markdown') io.out(renderPlanComment(plan, { commit: io.env.GITHUB_SHA ?? 'working tree', limit: 1_000_000 }))
  else io.out(renderPlanText(plan, { colour: io.isTty }))
  return plan.errors.length > 0 ? EXIT.problems : EXIT.ok
}
