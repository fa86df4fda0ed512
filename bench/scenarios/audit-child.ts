// One audit, in its own process (the emulator's CA trusted the way a user trusts it: NODE_EXTRA_CA_CERTS).
import { resolveAzureSettings } from '../../src/azure/azure-settings.js'
import { createAzureClients } from '../../src/azure/clients.js'
import { chooseCredential } from '../../src/azure/credential.js'
import { azureReads } from '../../src/azure/azure-reads.js'
import { createResourceGraphRunner } from '../../src/azure/resource-graph.js'
import { createResourceGraphClient } from '../../src/azure/resource-graph-client.js'
import { driftedClusterCount } from '../../src/audit/drift-counts.js'
import { auditRoot } from '../../src/commands/audit.js'
import { peakRssMb } from '../measure.js'

const [root] = process.argv.slice(2)
const azure = resolveAzureSettings({}, process.env)
const clients = createAzureClients(azure.cloud, chooseCredential(azure.cloud, azure.signIn, false).credential)
await clients.credential.getToken(`${azure.cloud.armEndpoint}/.default`)
const started = performance.now()
const cpuBefore = process.cpuUsage()
const outcome = await auditRoot(root!, 'contoso/bench', {
  reads: azureReads(clients),
  resourceGraph: createResourceGraphRunner(createResourceGraphClient({ ...clients, cloud: azure.cloud }))
})
const wallMs = Math.round(performance.now() - started)
const cpu = process.cpuUsage(cpuBefore)
if (outcome.kind !== 'audited') throw new Error(JSON.stringify(outcome).slice(0, 500))
const { result } = outcome
console.log(
  JSON.stringify({
    wallMs,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb(),
    queries: result.queries,
    resourceGraphRequests: result.stats.requests,
    rowsTransferred: result.stats.rows,
    quotaWaits: result.stats.quotaWaits,
    driftFound: driftedClusterCount(result.reports),
    driftRows: Object.values(result.counts).reduce((a, b) => a + b, 0),
    changedAssignments: result.counts['changed-assignment'],
    sources: result.health.length
  })
)
