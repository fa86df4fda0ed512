// Pure parts of the Microsoft.KubernetesConfiguration routes: PUT defaults and PATCH merge (REST spec
// fluxconfiguration.json 2025-04-01), the async-operation path split, and Resource Graph's lag behind ARM writes.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { demoFleet, SimulatedFleet } from '../../../emulator/index.js'
import { splitProviderPath } from '../../../emulator/arm/arm-router.js'
import {
  checkPatchBody,
  checkPutBody,
  configurationAfterPatch,
  configurationFromPut,
  type WriteContext
} from '../../../emulator/kubernetesconfiguration/flux-configuration-request.js'
import { recordedAliases } from '../../../emulator/kubernetesconfiguration/provider-routes.js'

const fleet = new SimulatedFleet(demoFleet())
const cluster = fleet.clusters.find((c) => c.name === 'aks-payments-weu-01')!
const context: WriteContext = { cluster, nowIso: '2026-01-01T00:00:00.000Z', callerId: 'caller' }
const put = (properties: Record<string, unknown>) =>
  configurationFromPut('shop', checkPutBody({ properties }), context, undefined)
const SHOP = {
  gitRepository: { url: 'https://github.com/contoso/shop', repositoryRef: { branch: 'main' } },
  kustomizations: { apps: { path: './apps', prune: true }, infra: { path: './infra' } }
}

describe('Flux configuration requests', () => {
  it('fills the spec defaults on a PUT', () => {
    const created = put(SHOP)
    expect(created).toMatchObject({
      scope: 'cluster',
      namespace: 'default',
      sourceKind: 'GitRepository',
      suspend: false,
      gitRepository: { timeoutInSeconds: 600, syncIntervalInSeconds: 600, repositoryRef: { tag: null } },
      kustomizations: {
        apps: { prune: true, force: false, wait: true, dependsOn: [], retryIntervalInSeconds: null },
        infra: { prune: false, timeoutInSeconds: 600 }
      },
      createdBy: 'user'
    })
  })

  it('patches only the given properties: null removes a kustomization, repositoryRef merges', () => {
    const before = put(SHOP)
    const after = configurationAfterPatch(
      before,
      checkPatchBody({
        properties: {
          gitRepository: { repositoryRef: { tag: 'v2' } },
          kustomizations: { infra: null, apps: { path: './apps-v2' }, extra: { path: './extra' } }
        }
      }),
      context
    )
    expect(after?.gitRepository?.repositoryRef).toEqual({ branch: 'main', tag: 'v2', semver: null, commit: null })
    expect(after?.gitRepository?.url).toBe('https://github.com/contoso/shop')
    expect(Object.keys(after?.kustomizations ?? {}).sort()).toEqual(['apps', 'extra'])
    expect(after?.kustomizations.apps).toMatchObject({ path: './apps-v2', prune: true })
    expect(after?.kustomizations.extra).toMatchObject({ path: './extra', prune: false, syncIntervalInSeconds: 600 })
  })

  it('says a PATCH that changes nothing changes nothing', () => {
    const before = put(SHOP)
    expect(configurationAfterPatch(before, checkPatchBody({ properties: { suspend: false } }), context)).toBeUndefined()
  })
})

describe('the async-operation status path', () => {
  it('splits {resource}/operations/{id} into the resource, the action and its target', () => {
    const segments = [
      ...'subscriptions/s/resourceGroups/g/providers/Microsoft.Kubernetes/connectedClusters/c'.split('/'),
      ...'providers/Microsoft.KubernetesConfiguration/fluxConfigurations/f/operations/op-1'.split('/')
    ]
    expect(splitProviderPath(segments)).toEqual({
      scope: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Kubernetes/connectedClusters/c',
      resourceType: 'microsoft.kubernetesconfiguration/fluxconfigurations',
      name: 'f',
      action: 'operations',
      actionTarget: 'op-1'
    })
    expect(splitProviderPath([...segments.slice(0, -2), 'cancel', 'x'])).toBeUndefined()
  })
})

describe("Resource Graph's lag behind ARM writes", () => {
  it('shows the state before a write until the write is visible, then the live state', () => {
    let now = 1_000
    const lagged = new SimulatedFleet(demoFleet())
    lagged.attachSimulation({ policyStateRows: () => [], catchUp: () => undefined, now: () => now })
    const target = lagged.clusters.find((c) => c.name === 'aks-payments-weu-01')!
    const rows = () => lagged.tables().kubernetesconfigurationresources.filter((r) => r.name === 'lag-test').length
    expect(rows()).toBe(0)
    lagged.graphLag.record(target, now + 5_000, () => {
      target.fluxConfigurations.push({ ...put(SHOP), name: 'lag-test' })
    })
    lagged.changed()
    expect(rows()).toBe(0)
    now += 4_999
    expect(rows()).toBe(0)
    now += 1
    expect(rows()).toBe(1)
  })
})

describe('the recorded alias list', () => {
  it('has the aliases the built-in definitions test, with their default paths', () => {
    const aliases = recordedAliases()
    const names = new Map((aliases.get('fluxConfigurations') ?? []).map((a) => [a.name, a.defaultPath]))
    expect(names.get('Microsoft.KubernetesConfiguration/fluxConfigurations/gitRepository.url')).toBe(
      'properties.gitRepository.url'
    )
    expect(names.has('Microsoft.KubernetesConfiguration/fluxConfigurations/kustomizations')).toBe(true)
    expect(aliases.get('extensions')?.map((a) => a.name)).toContain(
      'Microsoft.KubernetesConfiguration/extensions/extensionType'
    )
  })

  it('has every field the recorded Flux v2 built-ins test in their existence condition', () => {
    const known = new Set([...recordedAliases().values()].flat().map((a) => a.name))
    const folder = 'fixtures/azure/policy-definitions'
    const fields = readdirSync(folder)
      .filter((f) => f.startsWith('flux-'))
      .flatMap((f) => [
        ...readFileSync(join(folder, f), 'utf8').matchAll(/"field": "(Microsoft\.KubernetesConfiguration\/[^"]+)"/g)
      ])
      .map((m) => m[1] ?? '')
    expect(fields.length).toBeGreaterThan(20)
    expect(fields.filter((f) => !known.has(f))).toEqual([])
  })
})
