import { BUILTIN_DEFINITIONS, definitionId, type BuiltinDefinition, type ParameterSpec } from '../../src/desired/catalog.js'
import type { ParameterDefinition, PolicyDefinitionRecord } from './policy-definition.js'
import { builtinDeployment } from './builtin-template.js'

const CLUSTER_TYPES = ['Microsoft.Kubernetes/connectedClusters', 'Microsoft.ContainerService/managedClusters']

/** Earlier versions each published definition keeps (the HTTPS CA one went 1.0.1 → 1.1.0). */
const PREVIOUS_VERSION: Readonly<Record<string, string>> = { '2630c91f-8a20-8f43-14a2-2485b648e2a9': '1.0.1' }

/** The eight Flux built-ins the emulator serves, built from the project's own catalog. */
export function builtinDefinitionRecords(): PolicyDefinitionRecord[] {
  return BUILTIN_DEFINITIONS.map(builtinRecord)
}

function builtinRecord(definition: BuiltinDefinition): PolicyDefinitionRecord {
  const extension = definition.serves === 'extension'
  const versions = extension ? ['1.0.0'] : [definition.version, PREVIOUS_VERSION[definition.name] ?? '1.0.0']
  return {
    id: definitionId(definition),
    name: definition.name,
    scope: '',
    policyType: 'BuiltIn',
    mode: 'Indexed',
    displayName: definition.displayName,
    description: extension
      ? "Install Flux extension on Kubernetes cluster to enable deployment of 'fluxconfigurations' in the cluster"
      : `${definition.displayName}. Learn more: https://aka.ms/GitOpsFlux2Policy.`,
    metadata: { version: definition.version, category: 'Kubernetes' },
    version: definition.version,
    versions,
    parameters: Object.fromEntries(Object.entries(definition.parameters).map(([name, spec]) => [name, parameterDefinition(name, spec)])),
    policyRule: {
      if: { field: 'type', in: CLUSTER_TYPES },
      then: {
        effect: "[parameters('effect')]",
        details: {
          type: extension ? 'Microsoft.KubernetesConfiguration/extensions' : 'Microsoft.KubernetesConfiguration/fluxConfigurations',
          roleDefinitionIds: [...definition.roleDefinitionIds],
          deployment: builtinDeployment(definition)
        }
      }
    },
    builtin: definition
  }
}

function parameterDefinition(name: string, spec: ParameterSpec): ParameterDefinition {
  const parameter: ParameterDefinition = {
    type: spec.type,
    metadata: { displayName: name.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()), description: `The ${name} parameter.` }
  }
  if (spec.defaultValue !== undefined) parameter.defaultValue = spec.defaultValue
  if (spec.allowedValues) parameter.allowedValues = [...spec.allowedValues]
  return parameter
}
