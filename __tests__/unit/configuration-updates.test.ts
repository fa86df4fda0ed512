// Apply's direct update of Flux configurations, for changes the policy cannot see: what each source's configuration
// should hold (from the desired state, as the audit computes it), the PATCH that brings a live one in line (only what
// differs), and the run over Resource Graph rows (the emulator's KQL engine answering the product's query), which
// touches only configurations of the source's name and URL and, run again, finds nothing left to do.
import { evaluateKql } from '../../emulator/resource-graph/index.js'
import { configurationExpectations, type ConfigurationExpectation } from '../../src/audit/configuration-expectation.js'
import { configurationPatch, patchedFields, type LiveConfiguration } from '../../src/apply/configuration-patch.js'
import type { AzureWrites } from '../../src/apply/azure-writes.js'
import { updateConfigurations } from '../../src/apply/update-configurations.js'
import { validatePolicyFiles, type PolicyFileText } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { InMemoryAzure, inMemoryResourceGraph } from '../helpers/in-memory-azure.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const RG = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-payments'

function expectationsOf(files: PolicyFileText[]): ConfigurationExpectation[] {
  const { model, problems } = validatePolicyFiles(files)
  if (!model) throw new Error(JSON.stringify(problems))
  return configurationExpectations(buildDesiredState(model, { repository: 'contoso/fleet-policies' }))
}

const withPath = (path: string) =>
  readPolicyRoot('examples').map((f) =>
    f.path === 'teams/payments/apps.yaml'
      ? { ...f, text: f.text.replace('path: ./clusters/prod,', `path: ${path},`) }
      : f
  )

const payments = (expectations: ConfigurationExpectation[]) =>
  expectations.find((e) => e.expectation.key === 'payments/payments-apps')!

describe('configurationExpectations', () => {
  it("gives a built-in source's kustomization in full, defaults filled in, in the audit's order", () => {
    const expectations = expectationsOf(readPolicyRoot('examples'))
    expect(payments(expectations)).toEqual(
      expect.objectContaining({
        kustomizations: {
          apps: {
            path: './clusters/prod',
            dependsOn: [],
            timeoutInSeconds: 600,
            syncIntervalInSeconds: 600,
            prune: true,
            force: false
          }
        },
        source: { kind: 'gitRepository' }
      })
    )
    expect(payments(expectations).expectation.configurationName).toBe('payments-apps')
  })

  it("gives a custom definition's kustomizations and hard-coded HTTPS timeout", () => {
    const [app] = expectationsOf(readPolicyRoot('__tests__/fixtures/valid/custom-definitions'))
    expect(Object.keys(app!.kustomizations)).toEqual(['infra', 'apps'])
    expect(app!.kustomizations.apps).toEqual(expect.objectContaining({ dependsOn: ['infra'], prune: true }))
    expect(app!.kustomizations.infra!.retryIntervalInSeconds).toBe(120)
    expect(app!.source).toEqual({ kind: 'gitRepository', timeoutInSeconds: 180 })
  })
})

const live = (overrides: Partial<LiveConfiguration> = {}): LiveConfiguration => ({
  id: `${RG}/providers/Microsoft.ContainerService/managedClusters/c1/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/payments-apps`,
  clusterId: `${RG}/providers/microsoft.containerservice/managedclusters/c1`.toLowerCase(),
  name: 'payments-apps',
  provisioningState: 'Succeeded',
  kustomizations: {
    apps: {
      path: './clusters/prod',
      dependsOn: [],
      timeoutInSeconds: 600,
      syncIntervalInSeconds: 600,
      retryIntervalInSeconds: null,
      prune: true,
      force: false,
      wait: true
    }
  },
  sourceTimeoutInSeconds: 600,
  ...overrides
})

describe('configurationPatch', () => {
  const desired = payments(expectationsOf(withPath('./clusters/prod-v2')))

  it('sends only the changed field of the changed kustomization', () => {
    const patch = configurationPatch(desired, live())
    expect(patch).toEqual({ kustomizations: { apps: { path: './clusters/prod-v2' } } })
    expect(patchedFields(patch!)).toEqual(['kustomizations.apps.path'])
  })

  it('finds nothing to do when the configuration already matches (paths compared as the audit does)', () => {
    const current = payments(expectationsOf(readPolicyRoot('examples')))
    expect(configurationPatch(current, live())).toBeUndefined()
    const apps = live().kustomizations.apps as Record<string, unknown>
    expect(configurationPatch(current, live({ kustomizations: { apps: { ...apps, path: 'clusters/prod/' } } }))).toBe(
      undefined
    )
  })

  it('adds a kustomization in full, removes one the file dropped, and sets the timeout', () => {
    const [app] = expectationsOf(readPolicyRoot('__tests__/fixtures/valid/custom-definitions'))
    const patch = configurationPatch(app!, live())
    expect(patch).toEqual({
      kustomizations: {
        infra: app!.kustomizations.infra,
        apps: { path: './apps', dependsOn: ['infra'], retryIntervalInSeconds: 600 }
      },
      gitRepository: { timeoutInSeconds: 180 }
    })
    const renamed = configurationPatch(desired, live({ kustomizations: { old: {} } }))
    expect(renamed?.kustomizations).toEqual({ apps: desired.kustomizations.apps, old: null })
  })
})

const TYPE = 'Microsoft.KubernetesConfiguration/fluxConfigurations'

/** Flux configurations on clusters of rg-payments (and the source's on `more` clusters), as Resource Graph rows. */
function fleet(more: string[] = []) {
  const row = (cluster: string, name: string, url: string) => {
    const clusterId = `${RG}/providers/Microsoft.ContainerService/managedClusters/${cluster}`
    return {
      id: `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${name}`,
      name,
      type: TYPE,
      subscriptionId: '11111111-1111-1111-1111-111111111111',
      resourceGroup: 'rg-payments',
      properties: {
        provisioningState: 'Succeeded',
        gitRepository: { url, timeoutInSeconds: 600 },
        kustomizations: live().kustomizations as Record<string, Record<string, unknown>>
      }
    }
  }
  const url = 'https://github.com/contoso/payments-gitops'
  const rows = [
    row('c1', 'payments-apps', url),
    row('c2', 'payments-apps', url),
    row('c3', 'payments-apps', 'https://github.com/someone/else'),
    row('c4', 'hand-made', url),
    row('canary', 'payments-apps', url),
    ...more.map((cluster) => row(cluster, 'payments-apps', url))
  ].map((r) => structuredClone(r))
  const azure = new InMemoryAzure()
  const graph = inMemoryResourceGraph((query) => ({
    rows: [
      ...evaluateKql(query.query, { resources: [], kubernetesconfigurationresources: rows, policyresources: [] }).rows
    ]
  }))
  const patchRows = () => {
    for (const { id, patch } of azure.configurationPatches.splice(0)) {
      const target = rows.find((r) => r.id === id)!
      const kustomizations = { ...target.properties.kustomizations }
      // JSON merge patch (RFC 7396), as ARM applies PATCH: fields merge, null removes.
      for (const [name, k] of Object.entries(patch.kustomizations ?? {})) {
        if (k === null) delete kustomizations[name]
        else kustomizations[name] = { ...kustomizations[name], ...k }
      }
      target.properties.kustomizations = kustomizations
    }
  }
  return { rows, azure, graph, patchRows }
}

describe('updateConfigurations', () => {
  it("PATCHes only the source's configurations in scope, reports per cluster, and a re-run finds nothing", async () => {
    const { rows, azure, graph, patchRows } = fleet()
    const expectations = expectationsOf(withPath('./clusters/prod-v2'))
    const first = await updateConfigurations(expectations, graph, azure.writes)
    expect(first.error).toBeUndefined()
    expect(first.outcomes.map((o) => [o.configurationId, o.status, o.fields])).toEqual([
      [rows[0]!.id, 'updated', ['kustomizations.apps.path']],
      [rows[1]!.id, 'updated', ['kustomizations.apps.path']]
    ])
    expect(first.outcomes[0]).toEqual(expect.objectContaining({ key: 'payments/payments-apps', team: 'payments' }))
    patchRows()
    const second = await updateConfigurations(expectations, graph, azure.writes)
    expect(second.outcomes).toEqual([])
    expect(azure.writeCalls()).toHaveLength(2)
  })

  it('reports a failed PATCH per cluster, and the re-run retries only that one', async () => {
    const { rows, azure, graph, patchRows } = fleet()
    azure.failingConfigurations.add(rows[1]!.id.toLowerCase())
    const expectations = expectationsOf(withPath('./clusters/prod-v2'))
    const first = await updateConfigurations(expectations, graph, azure.writes)
    expect(first.outcomes.map((o) => o.status)).toEqual(['updated', 'failed'])
    expect(first.outcomes[1]!.reason).toContain('Internal server error')
    patchRows()
    azure.failingConfigurations.clear()
    const second = await updateConfigurations(expectations, graph, azure.writes)
    expect(second.outcomes.map((o) => [o.configurationId, o.status])).toEqual([[rows[1]!.id, 'updated']])
  })

  it('confirms the operations side by side, no more status reads in flight than the lanes allow', async () => {
    const { graph } = fleet()
    let active = 0
    let most = 0
    const writes: Pick<AzureWrites, 'updateFluxConfiguration'> = {
      updateFluxConfiguration: async (_id, _patch, options) => ({
        done: options!.statusTurn!(async () => {
          most = Math.max(most, ++active)
          await new Promise((resolve) => setTimeout(resolve, 5))
          active--
        })
      })
    }
    const expectations = expectationsOf(withPath('./clusters/prod-v2'))
    const result = await updateConfigurations(expectations, graph, writes, {
      lanes: { perSubscription: 200, total: 1 }
    })
    expect(result.outcomes.map((o) => o.status)).toEqual(['updated', 'updated'])
    expect(most).toBe(1)
  })

  it('shares the places on the wire between PATCHes and status reads, a status read ahead of a waiting PATCH', async () => {
    const { rows, graph } = fleet(['c5'])
    const sent: string[] = []
    let active = 0
    let most = 0
    const onTheWire = (what: string) => async () => {
      most = Math.max(most, ++active)
      sent.push(what)
      await new Promise((resolve) => setTimeout(resolve, 5))
      active--
    }
    const writes: Pick<AzureWrites, 'updateFluxConfiguration'> = {
      updateFluxConfiguration: async (id, _patch, options) => {
        const name = rows.find((r) => r.id === id)!.id.split('/')[8]
        await options!.patchTurn!(onTheWire(`patch ${name}`))
        return { done: options!.statusTurn!(onTheWire(`status ${name}`)) }
      }
    }
    const expectations = expectationsOf(withPath('./clusters/prod-v2'))
    const result = await updateConfigurations(expectations, graph, writes, {
      lanes: { perSubscription: 200, total: 1 }
    })
    expect(result.outcomes.map((o) => o.status)).toEqual(['updated', 'updated', 'updated'])
    expect(most).toBe(1)
    // c1's status read is asked for while c2's PATCH is on the wire (c1's freed the place), then goes before c5's.
    expect(sent).toEqual(['patch c1', 'patch c2', 'status c1', 'status c2', 'patch c5', 'status c5'])
  })

  it('lets a fair share of twice the places on the wire into the pipeline, not every PATCH at once', async () => {
    const { graph } = fleet(Array.from({ length: 18 }, (_, i) => `extra-${i}`))
    let entered = 0
    let most = 0
    const writes: Pick<AzureWrites, 'updateFluxConfiguration'> = {
      updateFluxConfiguration: async (_id, _patch, options) => {
        most = Math.max(most, ++entered)
        await options!.patchTurn!(() => new Promise((resolve) => setTimeout(resolve, 1)))
        entered--
        return { done: Promise.resolve() }
      }
    }
    const expectations = expectationsOf(withPath('./clusters/prod-v2'))
    const one = await updateConfigurations(expectations, graph, writes, { lanes: { perSubscription: 200, total: 6 } })
    expect(one.outcomes).toHaveLength(20)
    // One subscription: all of twice the 6 places.
    expect(most).toBe(12)
    most = 0
    await updateConfigurations(expectations, graph, writes, { lanes: { perSubscription: 200, total: 2 } })
    // Never fewer than 8 for a subscription.
    expect(most).toBe(8)
  })

  it('writes nothing and says why when Resource Graph fails', async () => {
    const azure = new InMemoryAzure()
    const graph = inMemoryResourceGraph(() => ({
      error: { code: 'resource-graph-throttled', message: 'Resource Graph query failed (429)' }
    }))
    const result = await updateConfigurations(expectationsOf(withPath('./x')), graph, azure.writes)
    expect(result).toEqual({ outcomes: [], error: 'Resource Graph query failed (429)' })
    expect(azure.writeCalls()).toEqual([])
  })
})
