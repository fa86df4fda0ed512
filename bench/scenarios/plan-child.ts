// One plan, in its own process (so the emulator's CA is trusted the way a user trusts it: NODE_EXTRA_CA_CERTS).
import { azureReads } from '../../src/azure/azure-reads.js'
import { signInToAzure } from '../../src/azure/sign-in.js'
import { planRoot } from '../../src/commands/plan.js'
import { peakRssMb } from '../measure.js'

const [root] = process.argv.slice(2)
const { clients } = signInToAzure({}, process.env, { inAction: false })
await clients.credential.getToken(`${clients.cloud.armEndpoint}/.default`)
const started = performance.now()
const outcome = await planRoot(root!, 'contoso/bench', azureReads(clients))
const wallMs = Math.round(performance.now() - started)
if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
console.log(JSON.stringify({ wallMs, peakRssMb: peakRssMb(), creates: outcome.plan.counts.create }))
