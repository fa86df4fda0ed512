import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { ParameterDefinition, PolicyDefinitionRecord, RecordedDefinition } from './policy-definition.js'

/**
 * The built-in definitions as Azure publishes them, recorded byte for byte from Azure/azure-policy in the
 * repository (fixtures/azure/README.md says from where and how to refresh them). The emulator serves the eight
 * Flux v2 ones (`flux-*.json`); the retired Flux v1 ones (`legacy-*.json`) are there for reference only.
 */
export const RECORDED_DEFINITIONS_FOLDER = fileURLToPath(
  new URL('../../fixtures/azure/policy-definitions/', import.meta.url)
)

export function builtinDefinitionRecords(folder = RECORDED_DEFINITIONS_FOLDER): PolicyDefinitionRecord[] {
  const files = readdirSync(folder)
    .filter((f) => f.startsWith('flux-') && f.endsWith('.json'))
    .sort()
  if (files.length === 0) throw new Error(`No recorded built-in policy definitions (flux-*.json) in ${folder}.`)
  return files.map((file) =>
    builtinRecord(JSON.parse(readFileSync(join(folder, file), 'utf8')) as RecordedDefinition, file)
  )
}

function builtinRecord(recorded: RecordedDefinition, file: string): PolicyDefinitionRecord {
  const p = recorded.properties
  if (
    typeof recorded.id !== 'string' ||
    typeof recorded.name !== 'string' ||
    p?.policyType !== 'BuiltIn' ||
    !p.policyRule
  ) {
    throw new Error(
      `${file} is not a recorded built-in policy definition (id, name, properties.policyType BuiltIn, policyRule).`
    )
  }
  return {
    id: recorded.id,
    name: recorded.name,
    scope: '',
    policyType: 'BuiltIn',
    mode: p.mode,
    displayName: p.displayName,
    description: p.description,
    metadata: p.metadata,
    version: p.version,
    versions: p.versions,
    parameters: p.parameters as Record<string, ParameterDefinition>,
    policyRule: p.policyRule,
    recorded
  }
}
