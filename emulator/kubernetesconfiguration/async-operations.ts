import { randomUUID } from 'node:crypto'

/** One asynchronous operation of the Microsoft.KubernetesConfiguration resource provider. */
export interface AsyncOperation {
  /** The operation id (a GUID), the last segment of its status URL. */
  name: string
  /** The resource it works on (the status URL is `{resourceId}/operations/{name}`). */
  resourceId: string
  status: 'Running' | 'Succeeded' | 'Failed'
  /** Simulated time at which it finishes. */
  dueAt: number
  /** What finishing does to the fleet (provisioning state to Succeeded, or the resource removed). */
  finish(finishedAt: number): void
}

/**
 * The provider's operations, finished over simulated time. The status body is OperationStatusResult
 * (specification/kubernetesconfiguration/…/fluxConfigurations/stable/2025-04-01/fluxconfiguration.json, example
 * GetFluxConfigurationAsyncOperationStatus.json: `{id, name, status, properties: {}, error: null}`).
 */
export class AsyncOperationStore {
  private readonly operations = new Map<string, AsyncOperation>()

  start(resourceId: string, dueAt: number, finish: AsyncOperation['finish']): AsyncOperation {
    const operation: AsyncOperation = { name: randomUUID(), resourceId, status: 'Running', dueAt, finish }
    this.operations.set(operation.name.toLowerCase(), operation)
    return operation
  }

  /** Finishes every running operation due by `now`, oldest first; true when one finished. */
  settle(now: number): boolean {
    const due = [...this.operations.values()]
      .filter((o) => o.status === 'Running' && o.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt)
    for (const operation of due) {
      operation.finish(operation.dueAt)
      operation.status = 'Succeeded'
    }
    return due.length > 0
  }

  /** The operation of that resource with that id (ids of another resource's operations are not found). */
  get(resourceId: string, name: string): AsyncOperation | undefined {
    const operation = this.operations.get(name.toLowerCase())
    return operation && operation.resourceId.toLowerCase() === resourceId.toLowerCase() ? operation : undefined
  }

  /** True while an operation on the resource is running (a second write then conflicts). */
  running(resourceId: string): AsyncOperation | undefined {
    const key = resourceId.toLowerCase()
    return [...this.operations.values()].find((o) => o.status === 'Running' && o.resourceId.toLowerCase() === key)
  }
}

/**
 * The `Retry-After` (whole seconds) sent with a long-running write: the operation's simulated duration, rounded up,
 * so a client that honours it confirms the operation with one status read (0 when operations finish at once).
 * Azure's own value is not documented, and not recorded for fluxConfigurations: on the same provider's extensions, a
 * recorded PUT answered 201 with `Azure-AsyncOperation` and `Location` and no `Retry-After`
 * (Azure/azure-cli-extensions, src/k8s-extension/azext_k8s_extension/tests/latest/recordings/test_k8s_extension.yaml,
 * 2022-03-08); ARM's async guidance makes it optional (a client without one polls at its own interval). Sending the
 * true duration is the most a client can learn from the header; clients must also cope without it (the product
 * does, polling at the SDK's default 2 s).
 */
export function operationRetryAfterSeconds(operationMs: number): number {
  return Math.ceil(Math.max(0, operationMs) / 1000)
}

export function operationStatusBody(operation: AsyncOperation): Record<string, unknown> {
  return {
    id: `${operation.resourceId}/operations/${operation.name}`,
    name: operation.name,
    status: operation.status,
    properties: {},
    error: null
  }
}
