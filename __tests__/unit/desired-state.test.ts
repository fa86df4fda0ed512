import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { readPolicyRoot, realDefinitions } from '../helpers/policy-root.js'

const JSON_TYPE: Record<string, string> = { string: 'string', integer: 'number', boolean: 'boolean' }

function desiredFromExamples() {
  const { model, problems } = validatePolicyFiles(readPolicyRoot('examples'))
  expect(problems).toEqual([])
  return buildDesiredState(model!, { repository: 'contoso/fleet-policy' })
}

describe('desired state of examples/ against the real definitions', () => {
  const desired = desiredFromExamples()
  const real = new Map(realDefinitions().map((d) => [d.name, d]))

  it('covers all seven source kinds and the extension prerequisite', () => {
    const used = new Set(desired.assignments.map((a) => a.policyDefinitionId.split('/').pop()))
    expect(used.size).toBe(8)
    expect(desired.assignments.filter((a) => a.kind === 'configuration')).toHaveLength(7)
  })

  it.each(desiredFromExamples().assignments.map((a) => [a.name, a] as const))(
    '%s sends parameters the real definition accepts',
    (_, assignment) => {
      const definition = real.get(assignment.policyDefinitionId.split('/').pop()!)!
      const declared = definition.properties.parameters
      expect(Object.keys(assignment.parameters).length).toBeLessThanOrEqual(20)
      for (const [name, value] of Object.entries(assignment.parameters)) {
        expect(declared).toHaveProperty([name])
        expect(typeof value).toBe(JSON_TYPE[declared[name]!.type.toLowerCase()])
        if (declared[name]!.type.toLowerCase() === 'integer') expect(Number.isInteger(value)).toBe(true)
        if (declared[name]!.allowedValues) expect(declared[name]!.allowedValues).toContain(value)
      }
      for (const [name, spec] of Object.entries(declared)) {
        if (!('defaultValue' in spec)) expect(assignment.parameters).toHaveProperty([name])
      }
    }
  )

  it('names assignments within Azure limits, deterministically', () => {
    for (const a of desired.assignments) {
      expect(a.name.length).toBeLessThanOrEqual(a.scopeKind === 'managementGroup' ? 24 : 64)
      expect(a.name).toMatch(/^[a-z0-9-]+$/)
    }
    expect(desiredFromExamples()).toEqual(desired)
    expect(new Set(desired.assignments.map((a) => `${a.scope}|${a.name}`)).size).toBe(desired.assignments.length)
  })

  it('converts durations to seconds and marks ownership', () => {
    const apps = desired.assignments.find((a) => a.metadata.fluxPolicy.source === 'payments-apps')!
    expect(apps.parameters).toMatchObject({
      repositorySyncInterval: 300,
      effect: 'DeployIfNotExists',
      configurationScope: 'namespace'
    })
    expect(apps.metadata).toMatchObject({
      managedBy: 'flux-policy',
      fluxPolicy: { repository: 'contoso/fleet-policy', team: 'payments', file: 'teams/payments/apps.yaml' }
    })
    expect(apps.roles.extraScopes).toEqual([expect.stringMatching(/\/vaults\/kv-payments$/)])
    expect(apps.notScopes).toHaveLength(1)
  })

  it('puts one extension prerequisite at each minimal covering scope: the management group covers the rest', () => {
    const configurationScopes = new Set(
      desired.assignments.filter((a) => a.kind === 'configuration').map((a) => a.scope.toLowerCase())
    )
    const extensions = desired.assignments.filter((a) => a.kind === 'extension')
    expect(configurationScopes.size).toBe(4)
    expect(extensions.map((a) => a.scope)).toEqual(['/providers/Microsoft.Management/managementGroups/contoso-prod'])
  })
})
