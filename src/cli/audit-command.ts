import { azureReads } from '../azure/azure-reads.js'
import { azureWrites } from '../azure/azure-writes.js'
import { createResourceGraphRunner } from '../azure/resource-graph.js'
import { createResourceGraphClient } from '../azure/resource-graph-client.js'
import { signInToAzure } from '../azure/sign-in.js'
import { auditRoot } from '../commands/audit.js'
import { renderAuditJson } from '../render/drift/audit-json.js'
import { renderAuditSummary } from '../render/drift/audit-summary.js'
import { renderAuditText } from '../render/drift/audit-text.js'
import { renderProblemsText } from '../render/problems.js'
import { EXIT, type CliIo } from './cli-io.js'
import type { CliRequest } from './parse-args.js'
import { terminalText } from '../render/terminal-text.js'

type AuditRequest = Extract<CliRequest, { kind: 'audit' }>

/**
 * `flux-policy audit`: the nightly drift report in the terminal; with self-heal (default) it also updates the Flux
 * configurations that differ in what the policy cannot see, as apply does. Exit 1 when anything drifted.
 */
export async function auditCommand(request: AuditRequest, root: string, io: CliIo): Promise<number> {
  const repository = request.repository ?? io.env.GITHUB_REPOSITORY
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.err(
      'flux-policy: audit needs --repository OWNER/NAME (or GITHUB_REPOSITORY): it audits the assignments that repository owns.'
    )
    return EXIT.usage
  }
  const { clients } = signInToAzure(request.azure, io.env, { inAction: false })
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients))
  const outcome = await auditRoot(
    root,
    repository,
    { reads: azureReads(clients), resourceGraph, writes: azureWrites(clients) },
    {
      timing: request.graceSeconds === undefined ? {} : { graceSeconds: request.graceSeconds },
      selfHeal: request.selfHeal
    }
  )
  if (outcome.kind === 'invalid') {
    io.err(renderProblemsText(outcome.problems, outcome.fileCount))
    return EXIT.problems
  }
  if (outcome.kind === 'failed') {
    io.err(terminalText(`flux-policy: the audit could not finish (${outcome.error.code}): ${outcome.error.message}`))
    return EXIT.problems
  }
  const { result } = outcome
  if (request.format === 'json') io.out(renderAuditJson(result))
  else if (request.format === 'markdown') io.out(renderAuditSummary(result))
  else io.out(renderAuditText(result))
  return result.reports.length === 0 ? EXIT.ok : EXIT.problems
}
