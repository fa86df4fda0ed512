import type { DesiredState } from '../desired/desired-assignment.js'
import { deployedValues, deployingAssignments, sourceExpectations, type SourceExpectation } from './expectation.js'

/** A kustomization as Azure deploys it for a source (the Flux configuration API's field names). */
export interface DesiredKustomization {
  path: string
  dependsOn: string[]
  timeoutInSeconds: number
  syncIntervalInSeconds: number
  /** Absent where the deploying definition sets none (the built-ins without a retry-interval parameter). */
  retryIntervalInSeconds?: number
  prune: boolean
  force: boolean
}

/**
 * What a source's Flux configuration should hold beyond what the audit compares: every kustomization in full and
 * the source's timeout — the fields the Flux built-ins' existence conditions do not compare, so a remediation never
 * brings an existing configuration in line with them.
 */
export interface ConfigurationExpectation {
  /** The source as the audit expects it (name, URL, scope, exclusions). */
  expectation: SourceExpectation
  kustomizations: Record<string, DesiredKustomization>
  /** Where the source lives in the configuration, and its timeout when the deploying definition sets one. */
  source: { kind: 'gitRepository' | 'bucket'; timeoutInSeconds?: number }
}

/** Pure: one per source whose assignment deploys, in the order (and with the values) of `sourceExpectations`. */
export function configurationExpectations(desired: DesiredState): ConfigurationExpectation[] {
  const expectations = sourceExpectations(desired)
  return deployingAssignments(desired).map((a, i) => {
    const { custom, builtin, parameter } = deployedValues(desired, a)
    const number = (name: string) => Number(parameter(name))
    const declared = (name: string) => builtin?.parameters[name] !== undefined
    const kustomizations: Record<string, DesiredKustomization> = custom
      ? Object.fromEntries(Object.entries(custom.kustomizations).map(([name, k]) => [name, { ...k }]))
      : {
          [parameter('kustomizationName')]: {
            path: parameter('kustomizationPath'),
            dependsOn: [],
            timeoutInSeconds: number('kustomizationTimeout'),
            syncIntervalInSeconds: number('kustomizationSyncInterval'),
            ...(declared('kustomizationRetryInterval')
              ? { retryIntervalInSeconds: number('kustomizationRetryInterval') }
              : {}),
            prune: parameter('kustomizationPrune') === 'true',
            force: parameter('kustomizationForce') === 'true'
          }
        }
    const bucket = parameter('bucketName') !== ''
    const timeoutParameter = bucket ? 'bucketTimeout' : 'repositoryTimeout'
    const timeoutInSeconds =
      custom?.gitTimeoutInSeconds ?? (declared(timeoutParameter) ? number(timeoutParameter) : undefined)
    return {
      expectation: expectations[i]!,
      kustomizations,
      source: {
        kind: bucket ? 'bucket' : 'gitRepository',
        ...(timeoutInSeconds !== undefined ? { timeoutInSeconds } : {})
      }
    }
  })
}
