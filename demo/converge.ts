// Watches the remediations that apply started until they finish, and tells how the fleet's compliance moved.
import { remediationBody } from '../emulator/policyinsights/remediation-record.js'
import type { DemoWorld } from './demo-world.js'

interface PolicyStateRow {
  properties?: { complianceState?: string; policyAssignmentName?: string }
}

function compliance(world: DemoWorld): { compliant: number; nonCompliant: number } {
  const rows = world.azure.fleet.tables().policyresources as PolicyStateRow[]
  const compliant = rows.filter((r) => r.properties?.complianceState === 'Compliant').length
  return { compliant, nonCompliant: rows.length - compliant }
}

interface RemediationStatus {
  provisioningState: string
  deploymentStatus: { totalDeployments: number; successfulDeployments: number; failedDeployments: number }
}

const finished = (state: string) => ['Succeeded', 'Failed', 'Canceled', 'Complete'].includes(state)

export async function convergeReport(world: DemoWorld, quick: boolean): Promise<string> {
  const before = compliance(world)
  const lines = [`Policy states after apply: ${before.compliant} compliant, ${before.nonCompliant} non-compliant.`]
  if (quick) return [...lines, '(quick mode: not waiting for remediations)'].join('\n')
  const remediations = () => {
    world.azure.fleet.tables()
    return world.azure.context.remediations
      .all()
      .map((r) => ({ name: r.name, ...(remediationBody(r, world.azure.clock.now()).properties as RemediationStatus) }))
  }
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline && !remediations().every((r) => finished(r.provisioningState))) {
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  for (const r of remediations()) {
    const s = r.deploymentStatus
    lines.push(
      `- ${r.name}: ${r.provisioningState} — ${s.successfulDeployments} of ${s.totalDeployments} clusters deployed${s.failedDeployments ? `, ${s.failedDeployments} failed` : ''}`
    )
  }
  const after = compliance(world)
  lines.push(`Policy states now: ${after.compliant} compliant, ${after.nonCompliant} non-compliant.`)
  return lines.join('\n')
}
