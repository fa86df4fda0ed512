import type { OwnershipMetadata } from './desired-assignment.js'

/** A kustomization as the Flux configuration API (2022-03-01) takes it, every value explicit. */
export interface KustomizationLiteral {
  path: string
  dependsOn: string[]
  timeoutInSeconds: number
  syncIntervalInSeconds: number
  retryIntervalInSeconds: number
  prune: boolean
  force: boolean
}

/** Built-in parameters a generated definition no longer has: their values are hard-coded in its template. */
export const isHardCodedParameter = (name: string): boolean => name.startsWith('kustomization')

/**
 * A custom policy definition the files need: a built-in's template with the values no parameter carries
 * hard-coded (Microsoft's documented answer to the 20-parameter limit). Its full body is made at plan time from
 * the built-in as Azure serves it.
 */
export interface DesiredDefinition {
  name: string
  /** The management group or subscription it lives at. */
  scope: string
  id: string
  /** GUID of the built-in it derives from. */
  basedOn: string
  displayName: string
  description: string
  kustomizations: Record<string, KustomizationLiteral>
  /** Hard-coded Git timeout, for the HTTPS built-in, which has no parameter for it. */
  gitTimeoutInSeconds?: number
  metadata: Omit<OwnershipMetadata, 'fluxPolicy'> & {
    fluxPolicy: Omit<OwnershipMetadata['fluxPolicy'], 'desiredStateHash'>
  }
  origin: { file: string; line: number }
}
