// One apply with Resource Graph (so it updates Flux configurations directly), in its own process; or, with
// `--calibrate ids.json 16,32,... <warm>`, the update's own requests (a PATCH and a status read per configuration,
// through the product's clients and `updateFluxConfiguration`) sent as fast as they go, for each number of
// configurations at once in turn: signed in and with `warm` connections open first (as many as the apply had open
// and used for its update, from its reads before), no plan, no pacing wait (ARM's buckets off), no Retry-After
// (operations done at once). What this machine's client costs; the parent measures each round at the emulator, as it
// measures the apply's.
import { readFileSync } from 'node:fs'
import { azureReads } from '../../src/azure/azure-reads.js'
import { azureWrites } from '../../src/azure/azure-writes.js'
import { configurationIdParts, updateFluxConfiguration } from '../../src/azure/flux-configurations.js'
import { createResourceGraphRunner } from '../../src/azure/resource-graph.js'
import { createResourceGraphClient } from '../../src/azure/resource-graph-client.js'
import { signInToAzure } from '../../src/azure/sign-in.js'
import { mapBounded } from '../../src/apply/concurrency.js'
import { applyRoot } from '../../src/commands/apply.js'
import { peakRssMb } from '../measure.js'

const [first, second, third, fourth] = process.argv.slice(2)
const loadedAt = Date.now()
const { clients } = signInToAzure({}, process.env, { inAction: false })
await clients.credential.getToken(`${clients.cloud.armEndpoint}/.default`)
const signedInAt = Date.now()
const started = performance.now()
const cpuBefore = process.cpuUsage()
// The process's CPU over time ([epoch ms, CPU ms] every 25 ms), so the parent can tell what a span cost the client.
const cpuTrace: Array<[number, number]> = []
const sampleCpu = () => {
  const cpu = process.cpuUsage(cpuBefore)
  cpuTrace.push([Date.now(), Math.round((cpu.user + cpu.system) / 1000)])
}
setInterval(sampleCpu, 25).unref()
const timing = () => {
  const cpu = process.cpuUsage(cpuBefore)
  sampleCpu()
  return {
    cpuTrace,
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
  const rounds: Array<{ inFlight: number; from: number; to: number }> = []
  const warm = Number(fourth ?? 0)
  for (const inFlight of third!.split(',').map(Number)) {
    // Warm, outside the round: the pipeline run once, and `warm` connections open (at least that one).
    await mapBounded(ids.slice(0, Math.max(warm, 1)), Math.max(warm, 1), async (id) => {
      const p = configurationIdParts(id)
      await clients
        .kubernetesConfiguration(p.subscriptionId)
        .fluxConfigurations.get(p.resourceGroup, p.clusterRp, p.clusterResourceName, p.clusterName, p.name)
    })
    // A path of its own per round, so each round's PATCHes change something (202 and a status read each).
    const patch = { kustomizations: { apps: { path: `./clusters/calibrate-${inFlight}` } } }
    const from = Date.now()
    const settled = await mapBounded(ids, inFlight, async (id) => {
      const { done } = await updateFluxConfiguration(clients, id, patch)
      await done
    })
    const failed = settled.filter((s) => s.status === 'rejected').length
    if (failed > 0) throw new Error(`${failed} calibration updates failed (${inFlight} at once)`)
    rounds.push({ inFlight, from, to: Date.now() })
  }
  console.log(JSON.stringify({ ...timing(), rounds }))
} else {
  const outcome = await applyRoot(
    first!,
    'contoso/bench',
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients))
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
