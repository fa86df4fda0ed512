// One plan, in its own process (so the emulator's CA is trusted the way a user trusts it: NODE_EXTRA_CA_CERTS).
import { resolveAzureSettings } from '../../src/azure/azure-settings.js'
import { createAzureClients } from '../../src/azure/clients.js'
import { chooseCredential } from '../../src/azure/credential.js'
import { planRoot } from '../../src/commands/plan.js'
import { peakRssMb } from '../measure.js'

const [root] = process.argv.slice(2)
const azure = resolveAzureSettings({}, process.env)
const clients = createAzureClients(azure.cloud, chooseCredential(azure.cloud, azure.signIn, false).credential)
await clients.credential.getToken(`${azure.cloud.armEndpoint}/.default`)
const started = performance.now()
const outcome = await planRoot(root!, 'contoso/bench', clients)
const wallMs = Math.round(performance.now() - started)
if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems.slice(0, 3)))
console.log(JSON.stringify({ wallMs, peakRssMb: peakRssMb(), creates: outcome.plan.counts.create }))
