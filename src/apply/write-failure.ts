import { errorText } from '../util/error-text.js'

/** Whether a write failed with ARM's 403 (the identity lacks the action at that scope). */
export function isPermissionFailure(error: unknown): boolean {
  const { statusCode, code } = (error ?? {}) as { statusCode?: unknown; code?: unknown }
  return statusCode === 403 && typeof code === 'string'
}

/**
 * Why a write failed, in words. ARM's 403 names the action and the scope ("The client '…' with object id '…' does
 * not have authorization to perform action '…' over scope '…'"); it is said to be one, so a reader knows a role is
 * missing, not a bug. Secrets are hidden: an error may echo the request.
 */
export function writeFailureReason(error: unknown): string {
  const message = errorText(error)
  if (!isPermissionFailure(error)) return message
  return `403 ${(error as { code: string }).code}: ${message}`
}

/**
 * The action and scope of ARM's 403, short enough to show whole: `403 AuthorizationFailed: may not perform
 * <action> over <scope>`; Azure's full message when it does not have that shape.
 */
export function permissionFailureSummary(error: unknown): string {
  const reason = writeFailureReason(error)
  const named = /perform action '([^']+)' over scope '([^']+)'/.exec(reason)
  if (!isPermissionFailure(error) || !named) return reason
  return `403 ${(error as { code: string }).code}: may not perform ${named[1]} over ${named[2]}`
}
