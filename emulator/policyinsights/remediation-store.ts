import { normaliseScope, scopeKey } from '../fleet/scope.js'
import type { RemediationRecord } from './remediation-record.js'

/** Remediation tasks by id; the RP lower-cases the provider part of the id it returns. */
export class RemediationStore {
  private readonly remediations = new Map<string, RemediationRecord>()

  static idFor(scope: string, name: string): string {
    return `${normaliseScope(scope)}/providers/microsoft.policyinsights/remediations/${name}`
  }

  get(scope: string, name: string): RemediationRecord | undefined {
    return this.remediations.get(scopeKey(RemediationStore.idFor(scope, name)))
  }

  set(record: RemediationRecord): void {
    this.remediations.set(scopeKey(record.id), record)
  }

  delete(scope: string, name: string): RemediationRecord | undefined {
    const key = scopeKey(RemediationStore.idFor(scope, name))
    const existing = this.remediations.get(key)
    this.remediations.delete(key)
    return existing
  }

  all(): RemediationRecord[] {
    return [...this.remediations.values()]
  }
}
