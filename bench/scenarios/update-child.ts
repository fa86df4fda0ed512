// One apply with Resource Graph (so it updates Flux configurations directly), in its own process; or, with
// `--calibrate ids.json inFlight`, the same number of requests the update needs (two per configuration) sent through
// the product's clients as fast as they go, `inFlight` at once: no plan, no pacing wait, no Retry-After (what this
// machine's client costs).
import { readFileSync } from 'node:fs'
import { azureReads } from '../../src/azure/azure-reads.js'
import { azureWrites } from '../../src/azure/azure-writes.js'
import { configurationIdParts } from '../../src/azure/flux-configurations.js'
import { createResourceGraphRunner } from '../../src/azure/resource-graph.js'
import { createResourceGraphClient } from '../../src/azure/resource-graph-client.js'
import { signInToAzure } from '../../src/azure/sign-in.js'
import { DEFAULT_UPDATE_LANES } from '../../src/apply/update-configurations.js'
import { mapBounded } from '../../src/apply/concurrency.js'
import { applyRoot } from '../../src/commands/apply.js'
import { peakRssMb } from '../measure.js'

const [first, second, third] = process.argv.slice(2)
const loadedAt = Date.now()
const { clients } = signInToAzure({}, process.env, { inAction: false })
await clients.credential.getToken(`${clients.cloud.armEndpoint}/.default`)
const signedInAt = Date.now()
const started = performance.now()
const cpuBefore = process.cpuUsage()
const timing = () => {
  const cpu = process.cpuUsage(cpuBefore)
  return {
    loadedAt,
    signedInAt,
    endedAt: Date.now(),
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb()
  }
}

if (first === '--calibrate') {
  const ids = JSON.parse(readFileSync(second!, 'utf8')) as string[]
  const requests = ids.flatMap((id) => [id, id])
  const settled = await mapBounded(requests, Number(third ?? DEFAULT_UPDATE_LANES.total), async (id) => {
    const p = configurationIdParts(id)
    await clients
      .kubernetesConfiguration(p.subscriptionId)
      .fluxConfigurations.get(p.resourceGroup, p.clusterRp, p.clusterResourceName, p.clusterName, p.name)
  })
  const failed = settled.filter((s) => s.status === 'rejected').length
  if (failed > 0) throw new Error(`${failed} calibration requests failed`)
  console.log(JSON.stringify({ ...timing(), requests: requests.length }))
} else {
  const outcome = await applyRoot(
    first!,
    'contoso/bench',
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients.cloud, clients.credential))
    },
    { allowManyDeletes: false }
  )
  const measured = timing()
  if (outcome.kind !== 'applied') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
  if (outcome.result.refused) throw new Error(outcome.result.refused)
  const updates = outcome.result.configurationUpdates
  if (updates?.error) throw new Error(updates.error)
  const failed = (updates?.outcomes ?? []).filter((o) => o.status === 'failed')
  for (const f of failed.slice(0, 3)) console.error(`failed: ${f.configurationId}: ${f.reason}`)
  console.log(
    JSON.stringify({
      ...measured,
      updated: (updates?.outcomes ?? []).length - failed.length,
      failedClusters: failed.length
    })
  )
}
