import { dineDefinitionOf } from '../../emulator/dine/dine-definition.js'
import { isCompliant } from '../../emulator/dine/existence-condition.js'
import { applyDeployment, deployedResources } from '../../emulator/dine/deployment-template.js'
import { resolveParameters } from '../../emulator/dine/flux-parameters.js'
import { fluxExtension, newCluster } from '../../emulator/fleet/cluster-factory.js'
import type { PolicyDefinitionRecord } from '../../emulator/policy/policy-definition.js'
import { desiredDefinition } from '../../src/desired/build-definitions.js'
import { BUILTIN_DEFINITIONS } from '../../src/desired/catalog.js'
import { customDefinitionBody, type PolicyDefinitionBody } from '../../src/desired/custom-definition-body.js'
import type { SourceSpec } from '../../src/config/model.js'
import {
  changedDeployedProperties,
  classifyParameterChanges,
  classifyPropertyChanges
} from '../../src/plan/update-reach.js'
import { realDefinitions, type RealDefinition } from '../helpers/policy-root.js'
import { recordedAliases } from '../../emulator/kubernetesconfiguration/provider-routes.js'

type Declared = RealDefinition['properties']['parameters'][string]

/** A value for each parameter (its default, or a sample of its type), and a different one of the same type. */
function baseValue(name: string, declared: Declared): unknown {
  if (declared.defaultValue !== undefined) return declared.defaultValue
  if (/keyvaultname$/i.test(name)) return '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv'
  if (/url$/i.test(name)) return 'https://example.com/repo'
  return declared.type === 'Integer' ? 60 : declared.type === 'Boolean' ? false : `${name.toLowerCase()}-value`
}
function changedValue(value: unknown, declared: Declared): unknown {
  if (declared.allowedValues) return declared.allowedValues.find((v) => v !== value)
  if (typeof value === 'number') return value + 1
  if (typeof value === 'boolean') return !value
  return `${String(value)}-changed`.replace(/^-/, 'x-')
}

/** The emulator's answer for one changed parameter: deploy with the old values, evaluate with the new ones. */
function simulated(body: PolicyDefinitionBody, name: string, declared: Record<string, Declared>) {
  const dine = dineDefinitionOf({ name: 'x', version: '1', ...body } as unknown as PolicyDefinitionRecord)!
  const values = Object.fromEntries(Object.entries(declared).map(([n, d]) => [n, { value: baseValue(n, d) }]))
  if ('repositoryRefBranch' in values) values.repositoryRefBranch = { value: 'main' }
  const before = resolveParameters(dine, values)
  const after = resolveParameters(dine, {
    ...values,
    [name]: { value: changedValue(values[name]!.value, declared[name]!) }
  })
  const cluster = newCluster({
    kind: 'managedCluster',
    subscriptionId: 's',
    resourceGroup: 'rg',
    name: 'c',
    location: 'westeurope',
    extensions: dine.resourceType.toLowerCase().endsWith('/extensions') ? [] : [fluxExtension()]
  })
  applyDeployment(cluster, dine, before, '2026-01-01T00:00:00Z')
  const deploys = (p: typeof before) => JSON.stringify(deployedResources(cluster, dine, p))
  return { compliant: isCompliant(cluster, dine, after), deployedChanges: deploys(before) !== deploys(after) }
}

const asServed = (real: RealDefinition) => real.properties as unknown as PolicyDefinitionBody

describe('classifyParameterChanges, checked against the emulator for every parameter of the eight Flux built-ins', () => {
  it.each(realDefinitions().map((d) => [d.properties.displayName, d] as const))('%s', (_, real) => {
    const declared = real.properties.parameters
    const classified = classifyParameterChanges(asServed(real), Object.keys(declared))
    expect(classified.map((c) => c.parameter)).toEqual(Object.keys(declared))
    for (const c of classified) {
      const oracle = simulated(asServed(real), c.parameter, declared)
      const context = `${c.parameter}: ${c.reach} (${c.properties.join(', ')}); emulator ${JSON.stringify(oracle)}`
      // Never claim that a remediation reaches clusters when the policy would still find them compliant.
      if (c.reach === 'remediation') expect([context, oracle.compliant]).toEqual([context, false])
      // A deployed change the policy cannot see is always reported as such.
      if (oracle.compliant && oracle.deployedChanges) expect([context, c.reach]).toEqual([context, 'invisible'])
      if (c.reach === 'not-deployed')
        expect([context, oracle]).toEqual([context, { compliant: true, deployedChanges: false }])
    }
    // Not vacuous: each built-in has fields of both kinds.
    expect(classified.some((c) => c.reach === 'remediation')).toBe(true)
    expect(classified.some((c) => c.reach === 'invisible')).toBe(true)
  })

  it('follows a parameter through the deployment parameters, whatever they are named', () => {
    const real = realDefinitions().find((d) => d.name === '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')!
    const [url, path] = classifyParameterChanges(asServed(real), ['REPOSITORYURL', 'kustomizationPath'])
    expect(url).toEqual({ parameter: 'REPOSITORYURL', reach: 'remediation', properties: ['gitRepository.url'] })
    expect(path).toEqual({ parameter: 'kustomizationPath', reach: 'invisible', properties: ['kustomizations.*.path'] })
  })

  it('a parameter compared only inside anyOf is not seen (another branch may hold), nor a rule without deployment', () => {
    const body = (existenceCondition: unknown): PolicyDefinitionBody => ({
      policyRule: {
        then: {
          details: {
            type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
            existenceCondition,
            deployment: {
              properties: {
                parameters: { u: { value: "[parameters('url')]" } },
                template: {
                  resources: [
                    {
                      type: 'Microsoft.KubernetesConfiguration/fluxConfigurations',
                      properties: { gitRepository: { url: "[parameters('u')]" } }
                    }
                  ]
                }
              }
            }
          }
        }
      }
    })
    const compare = {
      field: 'Microsoft.KubernetesConfiguration/fluxConfigurations/gitRepository.url',
      equals: "[parameters('url')]"
    }
    expect(classifyParameterChanges(body({ allOf: [{ allOf: [compare] }] }), ['url'])[0]!.reach).toBe('remediation')
    expect(classifyParameterChanges(body({ anyOf: [compare] }), ['url'])[0]!.reach).toBe('invisible')
    expect(classifyParameterChanges(body({ not: compare }), ['url'])[0]!.reach).toBe('invisible')
    expect(classifyParameterChanges({ policyRule: { then: { effect: 'audit' } } }, ['url'])[0]).toEqual({
      parameter: 'url',
      reach: 'not-deployed',
      properties: []
    })
  })
})

const HTTPS_SOURCE: SourceSpec = {
  name: 'app',
  scope: '/subscriptions/11111111-1111-1111-1111-111111111111',
  git: {
    url: 'https://github.com/contoso/app',
    branch: 'main',
    timeout: '3m',
    https: {
      user: 'bot',
      keyVault:
        '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv',
      secret: 'pat'
    }
  },
  kustomizations: [
    { name: 'infra', path: './infra' },
    { name: 'apps', path: './apps', dependsOn: ['infra'] }
  ]
}
const CONTEXT = {
  team: 'alpha',
  file: 'teams/alpha/app.yaml',
  line: 3,
  repository: 'o/r',
  scope: '/providers/Microsoft.Management/managementGroups/mg'
}

describe('a generated custom definition', () => {
  const real = realDefinitions().find(
    (d) => BUILTIN_DEFINITIONS.find((b) => b.name === d.name)?.serves === 'git-https'
  )!
  const builtin = BUILTIN_DEFINITIONS.find((b) => b.name === real.name)!
  const generate = (spec: SourceSpec) => customDefinitionBody(asServed(real), desiredDefinition(spec, builtin, CONTEXT))

  it('classifies its parameters like any definition: the kustomization parameters are gone', () => {
    const body = generate(HTTPS_SOURCE)
    const names = Object.keys(body.parameters!)
    expect(names.some((n) => n.startsWith('kustomization'))).toBe(false)
    const classified = classifyParameterChanges(body, names)
    expect(classified.find((c) => c.parameter === 'repositoryUrl')!.reach).toBe('remediation')
    expect(classified.find((c) => c.parameter === 'configurationName')!.reach).toBe('invisible')
  })

  it('the hard-coded Git timeout is compared by the existence condition, the kustomizations are not', () => {
    const before = generate(HTTPS_SOURCE)
    const after = generate({
      ...HTTPS_SOURCE,
      git: { ...HTTPS_SOURCE.git!, timeout: '4m' },
      kustomizations: [{ name: 'infra', path: './infra-v2' }, HTTPS_SOURCE.kustomizations![1]!]
    })
    const changed = changedDeployedProperties(before, after)
    expect(changed).toEqual(['gitRepository.timeoutInSeconds', 'kustomizations.infra.path'])
    expect(classifyPropertyChanges(after, changed)).toEqual([
      { property: 'gitRepository.timeoutInSeconds', reach: 'remediation' },
      { property: 'kustomizations.infra.path', reach: 'invisible' }
    ])
  })

  it("the emulator finds a cluster deployed from the old definition non-compliant with the new one's timeout", () => {
    const record = (body: PolicyDefinitionBody) =>
      dineDefinitionOf({ name: 'x', version: '1', ...body } as unknown as PolicyDefinitionRecord)!
    const [before, after] = [
      record(generate(HTTPS_SOURCE)),
      record(generate({ ...HTTPS_SOURCE, git: { ...HTTPS_SOURCE.git!, timeout: '4m' } }))
    ]
    const given = {
      configurationName: { value: 'app' },
      repositoryUrl: { value: HTTPS_SOURCE.git!.url },
      repositoryRefBranch: { value: 'main' },
      repositoryHttpsUser: { value: 'bot' },
      keyVaultName: { value: HTTPS_SOURCE.git!.https!.keyVault },
      httpsKeyKeyVaultSecretName: { value: 'pat' }
    }
    const cluster = newCluster({
      kind: 'managedCluster',
      subscriptionId: 's',
      resourceGroup: 'rg',
      name: 'c',
      location: 'westeurope',
      extensions: [fluxExtension()]
    })
    applyDeployment(cluster, before, resolveParameters(before, given), '2026-01-01T00:00:00Z')
    expect(isCompliant(cluster, before, resolveParameters(before, given))).toBe(true)
    expect(isCompliant(cluster, after, resolveParameters(after, given))).toBe(false)
    applyDeployment(cluster, after, resolveParameters(after, given), '2026-01-01T00:01:00Z')
    expect(cluster.fluxConfigurations[0]!.gitRepository!.timeoutInSeconds).toBe(240)
    expect(isCompliant(cluster, after, resolveParameters(after, given))).toBe(true)
  })

  it('adds no comparison where the built-in already compares the timeout, or nothing is hard-coded', () => {
    const publicGit = realDefinitions().find((d) => d.name === '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')!
    const spec = { ...HTTPS_SOURCE, git: { url: HTTPS_SOURCE.git!.url, branch: 'main' } }
    const body = customDefinitionBody(
      asServed(publicGit),
      desiredDefinition(
        spec,
        BUILTIN_DEFINITIONS.find((b) => b.name === publicGit.name)!,
        CONTEXT
      )
    )
    expect((body.policyRule as any).then.details.existenceCondition).toEqual(
      (publicGit.properties.policyRule as any).then.details.existenceCondition
    )
  })

  it("compares only fields the provider's recorded alias list has, and it has none inside a kustomization", () => {
    const aliases = new Set(
      recordedAliases()
        .get('fluxConfigurations')!
        .map((a) => a.name.toLowerCase())
    )
    const fields = (condition: unknown): string[] => JSON.stringify(condition).match(/"field":"[^"]+"/g) ?? []
    for (const real of realDefinitions().filter((d) => d.name !== 'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1')) {
      const builtin = BUILTIN_DEFINITIONS.find((b) => b.name === real.name)!
      const spec =
        builtin.serves === 'git-https' ? HTTPS_SOURCE : { ...HTTPS_SOURCE, git: { url: 'https://a/b', branch: 'main' } }
      const body = customDefinitionBody(asServed(real), desiredDefinition(spec, builtin, CONTEXT))
      const generated = fields((body.policyRule as any).then.details.existenceCondition)
      const added = generated.filter(
        (f) => !fields((real.properties.policyRule as any).then.details.existenceCondition).includes(f)
      )
      expect(added).toEqual(
        builtin.serves === 'git-https'
          ? ['"field":"Microsoft.KubernetesConfiguration/fluxConfigurations/gitRepository.timeoutInSeconds"']
          : []
      )
      for (const f of added) expect(aliases).toContain(f.slice('"field":"'.length, -1).toLowerCase())
    }
    // The kustomizations are one map-valued alias: no entry or entry field can be compared (docs/plan-json.md).
    expect([...aliases].filter((a) => a.includes('kustomization'))).toEqual([
      'microsoft.kubernetesconfiguration/fluxconfigurations/kustomizations'
    ])
  })
})
