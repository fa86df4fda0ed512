import { evaluateDeep } from '../../emulator/dine/template-expression.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { BUILTIN_DEFINITIONS } from '../../src/desired/catalog.js'
import { customDefinitionBody, type PolicyDefinitionBody } from '../../src/desired/custom-definition-body.js'
import { desiredDefinition } from '../../src/desired/build-definitions.js'
import type { SourceSpec } from '../../src/config/model.js'
import { readPolicyRoot, realDefinitions } from '../helpers/policy-root.js'

const SOURCE: SourceSpec = {
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
    { name: 'apps', path: './apps', dependsOn: ['infra'], prune: true, syncInterval: '5m' }
  ]
}
const CONTEXT = {
  team: 'alpha',
  file: 'teams/alpha/app.yaml',
  line: 3,
  repository: 'contoso/fleet',
  scope: '/providers/Microsoft.Management/managementGroups/mg-prod'
}

/** The real definition as the arm-policy SDK hands it over: properties flattened. */
const asServed = (real: ReturnType<typeof realDefinitions>[number]): PolicyDefinitionBody =>
  real.properties as unknown as PolicyDefinitionBody
const withoutKustomizationParameters = (parameters: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(parameters).filter(([name]) => !name.startsWith('kustomization')))

/**
 * Every `parameters('x')` in the rule outside the template, and in the template, that its level does not declare
 * (names compare case-insensitively, as in Azure: the HTTPS built-ins write `repositoryhttpsCACert`).
 */
function undeclaredReferences(body: PolicyDefinitionBody): string[] {
  const rule = structuredClone(body.policyRule) as any
  const deployment = rule.then.details.deployment.properties
  const template = deployment.template
  delete deployment.template
  const referenced = (value: unknown) =>
    [...JSON.stringify(value).matchAll(/parameters\('([^']+)'\)/g)].map((m) => m[1]!.toLowerCase())
  const declared = (parameters: object) => Object.keys(parameters).map((name) => name.toLowerCase())
  return [
    ...referenced(rule).filter((name) => !declared(body.parameters!).includes(name)),
    ...referenced(template)
      .filter((name) => !declared(template.parameters).includes(name))
      .map((name) => `template: ${name}`)
  ]
}
const templateOf = (body: PolicyDefinitionBody) =>
  (body.policyRule as any).then.details.deployment.properties.template.resources[0]

describe('custom definitions from the real built-in templates', () => {
  it.each(
    realDefinitions()
      .filter((d) => d.name !== 'f9175d5f-abc8-1dc3-bd3c-5d7476ada3d1')
      .map((d) => [d.properties.displayName, d] as const)
  )('%s: only the kustomizations (and HTTPS timeout) change', (_, real) => {
    const builtin = BUILTIN_DEFINITIONS.find((b) => b.name === real.name)!
    const source =
      builtin.serves === 'git-https' ? SOURCE : { ...SOURCE, git: { url: SOURCE.git!.url, branch: 'main' } }
    const desired = desiredDefinition(source, builtin, CONTEXT)
    const body = customDefinitionBody(asServed(real), desired)
    const generated = templateOf(body)
    const original = templateOf(asServed(real))
    expect(generated.properties.kustomizations).toEqual({
      infra: {
        path: './infra',
        dependsOn: [],
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 600,
        retryIntervalInSeconds: 600,
        prune: false,
        force: false
      },
      apps: {
        path: './apps',
        dependsOn: ['infra'],
        timeoutInSeconds: 600,
        syncIntervalInSeconds: 300,
        retryIntervalInSeconds: 600,
        prune: true,
        force: false
      }
    })
    const { kustomizations: _k, ...rest } = generated.properties
    const { kustomizations: _o, ...originalRest } = original.properties
    if (builtin.serves === 'git-https') {
      expect(rest.gitRepository.timeoutInSeconds).toBe(180)
      rest.gitRepository = { ...rest.gitRepository, timeoutInSeconds: originalRest.gitRepository.timeoutInSeconds }
    }
    expect(rest).toEqual(originalRest)
    expect(body.parameters).toEqual(withoutKustomizationParameters(real.properties.parameters))
    expect(undeclaredReferences(body)).toEqual([])
    const condition = (real.properties.policyRule as any).then.details.existenceCondition
    // The hard-coded HTTPS timeout is compared too, so a changed timeout reaches clusters through remediation.
    expect((body.policyRule as any).then.details.existenceCondition).toEqual(
      builtin.serves === 'git-https'
        ? {
            allOf: [
              ...condition.allOf,
              {
                field: 'Microsoft.KubernetesConfiguration/fluxConfigurations/gitRepository.timeoutInSeconds',
                equals: 180
              }
            ]
          }
        : condition
    )
    expect(Object.keys(body.parameters!).length).toBeLessThanOrEqual(20)
    expect(body.metadata).toMatchObject({
      managedBy: 'flux-policy',
      fluxPolicy: { team: 'alpha', source: 'app', desiredStateHash: expect.stringMatching(/^[0-9a-f]{16}$/) }
    })
    expect(desired.name.length).toBeLessThanOrEqual(64)
  })

  it('hashes the same inputs the same way, and a changed built-in differently', () => {
    const real = realDefinitions().find((d) => d.name === '83ea2fd1-9eaf-2f6d-f672-cd7b2ac798f6')!
    const builtin = BUILTIN_DEFINITIONS.find((b) => b.name === real.name)!
    const desired = desiredDefinition({ ...SOURCE, git: { url: SOURCE.git!.url, branch: 'main' } }, builtin, CONTEXT)
    const hash = (body: PolicyDefinitionBody) =>
      (body.metadata!.fluxPolicy as { desiredStateHash: string }).desiredStateHash
    expect(hash(customDefinitionBody(asServed(real), desired))).toBe(
      hash(customDefinitionBody(asServed(real), desired))
    )
    expect(hash(customDefinitionBody({ ...asServed(real), mode: 'All' }, desired))).not.toBe(
      hash(customDefinitionBody(asServed(real), desired))
    )
  })
})

describe('desired state with a custom definition', () => {
  it('points the assignment at the generated definition and leaves the kustomization parameters out', () => {
    const { model, problems } = validatePolicyFiles(readPolicyRoot('__tests__/fixtures/valid/custom-definitions'))
    expect(problems).toEqual([])
    const desired = buildDesiredState(model!, { repository: 'contoso/fleet' })
    expect(desired.definitions).toHaveLength(1)
    const [definition] = desired.definitions
    const assignment = desired.assignments.find((a) => a.kind === 'configuration')!
    expect(assignment.policyDefinitionId).toBe(definition!.id)
    expect(definition!.id).toMatch(
      /^\/providers\/Microsoft\.Management\/managementGroups\/mg-prod\/providers\/Microsoft\.Authorization\/policyDefinitions\/fp-def-alpha-app-[0-9a-f]{8}$/
    )
    expect(assignment.basedOn).toBe('bf1a31be-3b79-5ba8-c9e0-9a8c9ad9f749')
    expect(Object.keys(assignment.parameters).filter((p) => p.startsWith('kustomization'))).toEqual([])
    expect(definition!.gitTimeoutInSeconds).toBe(180)
  })

  it('sends only parameters the generated definition declares (Azure refuses others: UndefinedPolicyParameter)', () => {
    const { model } = validatePolicyFiles(readPolicyRoot('__tests__/fixtures/valid/custom-definitions'))
    const desired = buildDesiredState(model!, { repository: 'contoso/fleet' })
    const [definition] = desired.definitions
    const real = realDefinitions().find((d) => d.name === definition!.basedOn)!
    const declared = Object.keys(customDefinitionBody(asServed(real), definition!).parameters!)
    const assignment = desired.assignments.find((a) => a.kind === 'configuration')!
    expect(Object.keys(assignment.parameters).filter((name) => !declared.includes(name))).toEqual([])
    expect(Object.keys(assignment.parameters)).toContain('repositoryUrl')
  })
})

describe('file values hard-coded into the template stay literals', () => {
  const real = realDefinitions().find((d) => d.name === 'bf1a31be-3b79-5ba8-c9e0-9a8c9ad9f749')!
  const builtin = BUILTIN_DEFINITIONS.find((b) => b.name === real.name)!
  const expression = "[concat('./', parameters('configurationName'))]"
  const source = {
    ...SOURCE,
    kustomizations: [
      { name: 'infra', path: expression },
      { name: 'apps', path: '[x' }
    ]
  }
  const kustomizations = templateOf(customDefinitionBody(asServed(real), desiredDefinition(source, builtin, CONTEXT)))
    .properties.kustomizations

  it('escapes a value that ARM would read as an expression with a leading [[', () => {
    expect(kustomizations.infra.path).toBe(`[${expression}`)
    expect(kustomizations.apps.path).toBe('[x')
  })

  it('which ARM (the emulator evaluator) reads back as the literal', () => {
    const scope = {
      parameter: () => {
        throw new Error('a literal reads no parameter')
      },
      field: () => undefined
    }
    expect(evaluateDeep(kustomizations, scope)).toMatchObject({ infra: { path: expression }, apps: { path: '[x' } })
  })
})
