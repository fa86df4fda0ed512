import {
  evaluateDeep,
  evaluateString,
  TemplateExpressionError,
  type ExpressionScope
} from '../../../emulator/dine/template-expression.js'

const scope = (parameters: Record<string, unknown>, fields: Record<string, unknown> = {}): ExpressionScope => ({
  parameter: (name) => {
    const key = Object.keys(parameters).find((k) => k.toLowerCase() === name.toLowerCase())
    if (key === undefined) throw new Error(`no parameter ${name}`)
    return parameters[key]
  },
  field: (name) => fields[name]
})

describe('ARM template expressions as the Flux built-ins write them', () => {
  it("null-guards a value: if(not(empty(x)), x, json('null'))", () => {
    const guard = "[if(not(empty(parameters('repositoryRefBranch'))), parameters('repositoryRefBranch'), json('null'))]"
    expect(evaluateString(guard, scope({ repositoryRefBranch: 'main' }))).toBe('main')
    expect(evaluateString(guard, scope({ repositoryRefBranch: '' }))).toBeNull()
  })

  it('picks the cluster resource type: concat, contains, toLower and field()', () => {
    const scopeExpression =
      "[concat(if(contains(toLower(parameters('clusterResourceType')), toLower('connectedclusters')),'Microsoft.Kubernetes/connectedClusters/','Microsoft.ContainerService/managedClusters/'),parameters('clusterName'))]"
    expect(
      evaluateString(
        scopeExpression,
        scope({ clusterResourceType: 'Microsoft.ContainerService/managedClusters', clusterName: 'aks-1' })
      )
    ).toBe('Microsoft.ContainerService/managedClusters/aks-1')
    expect(evaluateString("[field('type')]", scope({}, { type: 'Microsoft.Kubernetes/connectedClusters' }))).toBe(
      'Microsoft.Kubernetes/connectedClusters'
    )
  })

  it('keeps types, resolves parameter names case-insensitively, and evaluates keys as well as values', () => {
    const template = {
      "[parameters('kustomizationName')]": {
        timeoutInSeconds: "[parameters('kustomizationTimeout')]",
        prune: "[parameters('PRUNE')]"
      }
    }
    expect(
      evaluateDeep(template, scope({ kustomizationName: 'apps', kustomizationTimeout: 600, prune: false }))
    ).toEqual({ apps: { timeoutInSeconds: 600, prune: false } })
  })

  it('and(), string literals with quotes, [[ escapes, and plain strings', () => {
    const version =
      "[if(and(not(empty( parameters('version'))), not(parameters('autoUpgradeMinorVersion'))), parameters('version'), json('null'))]"
    expect(evaluateString(version, scope({ version: '1.9.0', autoUpgradeMinorVersion: false }))).toBe('1.9.0')
    expect(evaluateString(version, scope({ version: '1.9.0', autoUpgradeMinorVersion: true }))).toBeNull()
    expect(evaluateString("[concat('it''s ', 'fine')]", scope({}))).toBe("it's fine")
    expect(evaluateString('[[not an expression]', scope({}))).toBe('[not an expression]')
    expect(evaluateString('microsoft.flux', scope({}))).toBe('microsoft.flux')
  })

  it('rejects what it cannot evaluate rather than guessing', () => {
    expect(() => evaluateString("[reference('x')]", scope({}))).toThrow(TemplateExpressionError)
    expect(() => evaluateString("[parameters('a') x]", scope({ a: 1 }))).toThrow(TemplateExpressionError)
    expect(evaluateString("[parameters('a')", scope({ a: 1 }))).toBe("[parameters('a')")
    expect(() => evaluateString("[not('yes')]", scope({}))).toThrow(TemplateExpressionError)
  })
})
