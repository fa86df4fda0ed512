import type { Plan, PlanError, PlanWarning } from './plan.js'

/** What one read of a scope (management group, subscription, resource group) found. */
export type ScopeExistence = 'exists' | 'missing' | 'unconfirmed'

/** A place in the files that names a scope the plan writes to. */
export interface ScopeUse {
  scope: string
  file: string
  line: number
  column: number
  /** The field that names it, for the message: `scope` or `customDefinitions.scope`. */
  field: string
}

/** The distinct scopes to read, first spelling kept (scope ids compare case-insensitively). */
export function distinctScopes(uses: readonly ScopeUse[]): string[] {
  const byKey = new Map<string, string>()
  for (const use of uses) if (!byKey.has(use.scope.toLowerCase())) byKey.set(use.scope.toLowerCase(), use.scope)
  return [...byKey.values()]
}

/**
 * A scope that does not exist is an error at the field that names it (apply would fail half-way through);
 * a scope the identity may not read is a warning, since its absence cannot be confirmed. Pure.
 */
export function scopeFindings(
  uses: readonly ScopeUse[],
  existence: ReadonlyMap<string, ScopeExistence>
): { errors: PlanError[]; warnings: PlanWarning[] } {
  const errors: PlanError[] = []
  const warnings = new Map<string, PlanWarning>()
  for (const use of uses) {
    const found = existence.get(use.scope.toLowerCase())
    if (found === 'missing') errors.push(missingScope(use))
    if (found === 'unconfirmed' && !warnings.has(use.scope.toLowerCase()))
      warnings.set(use.scope.toLowerCase(), {
        code: 'scope-unconfirmed',
        assignmentKey: '',
        message: `Cannot confirm that ${use.scope} exists: the identity may not read it (403). If it does not exist, apply fails there; grant Reader on it to check at plan time.`
      })
  }
  return { errors, warnings: [...warnings.values()] }
}

/** The plan with the scope findings first among its errors and warnings (the plan's hash is unchanged). */
export function withScopeFindings(plan: Plan, findings: { errors: PlanError[]; warnings: PlanWarning[] }): Plan {
  return {
    ...plan,
    errors: [...findings.errors, ...plan.errors],
    warnings: [...findings.warnings, ...plan.warnings]
  }
}

function missingScope(use: ScopeUse): PlanError {
  return {
    code: 'scope-not-found',
    file: use.file,
    line: use.line,
    column: use.column,
    message: `${use.field} ${use.scope} does not exist in Azure (or not in the tenant signed in to), so nothing can be assigned there. Create it first, or fix the ${use.field} (check the subscription id and the group's name).`
  }
}
