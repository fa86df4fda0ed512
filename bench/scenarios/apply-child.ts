// One apply, in its own process (the emulator's CA trusted as a user trusts it: NODE_EXTRA_CA_CERTS).
import { azureReads } from '../../src/azure/azure-reads.js'
import { azureWrites } from '../../src/azure/azure-writes.js'
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
  { reads: azureReads(clients), writes: azureWrites(clients) },
  { allowManyDeletes: false }
)
const wallMs = Math.round(performance.now() - started)
if (outcome.kind !== 'applied') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
if (outcome.result.refused) throw new Error(outcome.result.refused)
const failed = outcome.result.outcomes.filter((o) => o.status === 'failed')
for (const f of failed.slice(0, 3)) console.error(`failed: ${f.name}: ${f.reason}`)
console.log(
  JSON.stringify({
    wallMs,
    peakRssMb: peakRssMb(),
    assignments: outcome.result.outcomes.length,
    failedSources: failed.length
  })
)
