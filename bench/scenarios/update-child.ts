// One apply with Resource Graph (so it updates Flux configurations directly), in its own process.
import { azureReads } from '../../src/azure/azure-reads.js'
import { azureWrites } from '../../src/azure/azure-writes.js'
import { createResourceGraphRunner } from '../../src/azure/resource-graph.js'
import { createResourceGraphClient } from '../../src/azure/resource-graph-client.js'
import { signInToAzure } from '../../src/azure/sign-in.js'
import { applyRoot } from '../../src/commands/apply.js'
import { peakRssMb } from '../measure.js'

const [root] = process.argv.slice(2)
const { clients } = signInToAzure({}, process.env, { inAction: false })
await clients.credential.getToken(`${clients.cloud.armEndpoint}/.default`)
const started = performance.now()
const outcome = await applyRoot(
  root!,
  'contoso/bench',
  {
    reads: azureReads(clients),
    writes: azureWrites(clients),
    resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients.cloud, clients.credential))
  },
  { allowManyDeletes: false }
)
const wallMs = Math.round(performance.now() - started)
if (outcome.kind !== 'applied') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
if (outcome.result.refused) throw new Error(outcome.result.refused)
const updates = outcome.result.configurationUpdates
if (updates?.error) throw new Error(updates.error)
const failed = (updates?.outcomes ?? []).filter((o) => o.status === 'failed')
for (const f of failed.slice(0, 3)) console.error(`failed: ${f.configurationId}: ${f.reason}`)
console.log(
  JSON.stringify({
    wallMs,
    peakRssMb: peakRssMb(),
    updated: (updates?.outcomes ?? []).length - failed.length,
    failedClusters: failed.length
  })
)
