// One plan, in its own process (so the emulator's CA is trusted the way a user trusts it: NODE_EXTRA_CA_CERTS);
// with `impact`, the plan reads Resource Graph as the CLI does.
import { azureReads } from '../../src/azure/azure-reads.js'
import { createResourceGraphRunner } from '../../src/azure/resource-graph.js'
import { createResourceGraphClient } from '../../src/azure/resource-graph-client.js'
import { signInToAzure } from '../../src/azure/sign-in.js'
import { planRoot } from '../../src/commands/plan.js'
import { peakRssMb } from '../measure.js'

const [root, mode] = process.argv.slice(2)
const { clients } = signInToAzure({}, process.env, { inAction: false })
await clients.credential.getToken(`${clients.cloud.armEndpoint}/.default`)
const resourceGraph = mode === 'impact' ? createResourceGraphRunner(createResourceGraphClient(clients)) : undefined
const started = performance.now()
const outcome = await planRoot(root!, 'contoso/bench', azureReads(clients), { resourceGraph })
const wallMs = Math.round(performance.now() - started)
if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
const clustersReached = outcome.plan.changes.reduce(
  (sum, c) => sum + (c.impact && c.impact.status !== 'unknown' ? c.impact.clusters : 0),
  0
)
if (resourceGraph && outcome.plan.changes.some((c) => c.impact?.status !== 'exact'))
  throw new Error(`impact not counted: ${JSON.stringify(outcome.plan.warnings.slice(0, 2))}`)
console.log(JSON.stringify({ wallMs, peakRssMb: peakRssMb(), creates: outcome.plan.counts.create, clustersReached }))
