/**
 * Scopes as the SDKs want them: without the leading slash, which arm-policy 7 and arm-authorization 9 would
 * double (`//subscriptions/…`).
 */
export function sdkScope(scope: string): string {
  return scope.replace(/^\/+/, '')
}

export function subscriptionOf(scope: string): string | undefined {
  return /^\/?subscriptions\/([^/]+)/i.exec(scope)?.[1]
}
