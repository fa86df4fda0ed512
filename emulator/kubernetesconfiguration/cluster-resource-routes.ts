import { ArmFailure, badRequest, notFound, parseJsonBody } from '../arm/arm-error.js'
import type { ArmRequest, ArmRoute } from '../arm/arm-request.js'
import { pageOf } from '../arm/paging.js'
import type { EmulatorContext } from '../emulator-context.js'
import {
  CLUSTER_RESOURCE_TYPES,
  FLUX_EXTENSION_TYPE,
  type Cluster,
  type ClusterExtension,
  type FluxConfiguration
} from '../fleet/fleet-model.js'
import { EXTENSION_API_VERSIONS, FLUX_CONFIGURATION_API_VERSIONS } from './api-versions.js'
import { operationRetryAfterSeconds, operationStatusBody, type AsyncOperation } from './async-operations.js'
import { checkExtensionPatch, checkExtensionPut, extensionAfterPatch, extensionFromPut } from './extension-request.js'
import {
  checkPatchBody,
  checkPutBody,
  configurationAfterPatch,
  configurationFromPut,
  type WriteContext
} from './flux-configuration-request.js'
import { extensionBody, extensionId, fluxConfigurationBody, fluxConfigurationId } from './resource-bodies.js'

type Item = FluxConfiguration | ClusterExtension

/** What differs between the two resource types; the routes below are the same for both. */
interface ResourceKind<T extends Item> {
  /** `fluxConfigurations` or `extensions`, as in the path. */
  type: string
  apiVersions: readonly string[]
  items(cluster: Cluster): T[]
  setItems(cluster: Cluster, items: T[]): void
  id(cluster: Cluster, name: string): string
  body(cluster: Cluster, item: T): Record<string, unknown>
  notFoundMessage(name: string): string
  fromPut(name: string, body: Record<string, unknown>, context: WriteContext, existing: T | undefined): T
  afterPatch(existing: T, body: Record<string, unknown>, context: WriteContext): T | undefined
  /** Throws when the cluster cannot take a new one (a Flux configuration needs the Flux extension). */
  checkCreate?(cluster: Cluster): void
  /** Throws when this one cannot be deleted now. */
  checkDelete?(cluster: Cluster, item: T): void
}

const FLUX_CONFIGURATIONS: ResourceKind<FluxConfiguration> = {
  type: 'fluxConfigurations',
  apiVersions: FLUX_CONFIGURATION_API_VERSIONS,
  items: (cluster) => cluster.fluxConfigurations,
  setItems: (cluster, items) => (cluster.fluxConfigurations = items),
  id: fluxConfigurationId,
  body: fluxConfigurationBody,
  // Modelled on the extensions' message (below); the exact text for Flux configurations is unconfirmed.
  notFoundMessage: (name) => `Flux configuration with name '${name}' not found.`,
  fromPut: (name, body, context, existing) => configurationFromPut(name, checkPutBody(body), context, existing),
  afterPatch: (existing, body, context) => configurationAfterPatch(existing, checkPatchBody(body), context),
  checkCreate(cluster) {
    // Flux configurations are reconciled by the Flux extension (learn.microsoft.com, "Tutorial: Deploy applications
    // using GitOps with Flux v2": the `microsoft.flux` extension is a prerequisite; `az k8s-configuration flux
    // create` installs it first). The RP's exact answer without it is unconfirmed: refused here, as strictly as it
    // could be.
    const flux = cluster.extensions.find((e) => e.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE)
    if (!flux || flux.provisioningState !== 'Succeeded')
      throw badRequest(
        'ValidationFailed',
        `The Flux extension (${FLUX_EXTENSION_TYPE}) is not installed on the cluster '${cluster.name}'. ` +
          'Install it before creating Flux configurations.'
      )
  }
}

const EXTENSIONS: ResourceKind<ClusterExtension> = {
  type: 'extensions',
  apiVersions: EXTENSION_API_VERSIONS,
  items: (cluster) => cluster.extensions,
  setItems: (cluster, items) => (cluster.extensions = items),
  id: extensionId,
  body: extensionBody,
  // 404 ResourceNotFound "Extension instance with name 'flux' not found." (a deployment error quoted in
  // Azure/AKS-Construction#291).
  notFoundMessage: (name) => `Extension instance with name '${name}' not found.`,
  fromPut: (name, body, context, existing) => extensionFromPut(name, checkExtensionPut(body), context, existing),
  afterPatch: (existing, body, context) => extensionAfterPatch(existing, checkExtensionPatch(body), context),
  checkDelete(cluster, extension) {
    // Unconfirmed, as strict as Azure could be: Flux configurations need the Flux extension to be removed.
    if (extension.extensionType.toLowerCase() === FLUX_EXTENSION_TYPE && cluster.fluxConfigurations.length > 0)
      throw badRequest(
        'ValidationFailed',
        `The Flux extension '${extension.name}' cannot be deleted while the cluster has Flux configurations ` +
          `(${cluster.fluxConfigurations.length}). Delete them first.`
      )
  }
}

const CLUSTER_SCOPE = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)$/i

/**
 * Extensions and Flux configurations of a connected (Arc) or managed (AKS) cluster over ARM, at
 * `{clusterId}/providers/Microsoft.KubernetesConfiguration/{extensions|fluxConfigurations}[/{name}]`:
 * get, list (paged), put (201 create / 200 replace), patch (202, or 200 when nothing changes), delete (202, or 204
 * when there is none), each long-running write with `Azure-AsyncOperation` and `Retry-After` and its status at
 * `{id}/operations/{operationId}` (the REST specs cited in api-versions.ts; `@azure/arm-kubernetesconfiguration`
 * polls the `azure-async-operation` header). Writes change the fleet at once (ARM GET shows them) and reach Resource
 * Graph after `resourceGraphLagMs`; an operation finishes after `kubernetesConfigurationOperationMs`.
 */
export function clusterResourceRoutes(context: EmulatorContext): ArmRoute[] {
  return [...routesFor(context, FLUX_CONFIGURATIONS), ...routesFor(context, EXTENSIONS)]
}

function routesFor<T extends Item>(context: EmulatorContext, kind: ResourceKind<T>): ArmRoute[] {
  const { fleet, clock, settings } = context
  const operations = context.kubernetesConfigurationOperations
  const resourceType = `microsoft.kubernetesconfiguration/${kind.type.toLowerCase()}`
  const route = (
    name: string,
    method: ArmRoute['method'],
    shape: ArmRoute['shape'],
    handle: ArmRoute['handle']
  ): ArmRoute => ({
    name: `${kind.type}.${name}`,
    method,
    resourceType,
    shape,
    apiVersions: kind.apiVersions,
    handle,
    ...(shape === 'action' ? { action: 'operations' } : {})
  })
  const find = (cluster: Cluster, name: string): T | undefined =>
    kind.items(cluster).find((i) => i.name.toLowerCase() === name.toLowerCase())
  const findOr404 = (cluster: Cluster, name: string): T => {
    const item = find(cluster, name)
    if (!item) throw notFound('ResourceNotFound', kind.notFoundMessage(name))
    return item
  }
  const writeContext = (cluster: Cluster, request: ArmRequest): WriteContext => ({
    cluster,
    nowIso: clock.iso(),
    callerId: request.caller.oid
  })
  /** Changes the cluster now; Resource Graph sees it `resourceGraphLagMs` after `at`. */
  const write = (cluster: Cluster, at: number, change: () => void): void => {
    fleet.graphLag.record(cluster, at + settings.resourceGraphLagMs, change)
    fleet.changed()
  }
  const replace = (cluster: Cluster, item: T): void =>
    kind.setItems(cluster, [
      ...kind.items(cluster).filter((i) => i.name.toLowerCase() !== item.name.toLowerCase()),
      item
    ])
  const startOperation = (
    cluster: Cluster,
    name: string,
    request: ArmRequest,
    finish: (current: T) => void
  ): { operation: AsyncOperation; headers: Record<string, string> } => {
    const id = kind.id(cluster, name)
    const dueAt = clock.now() + settings.kubernetesConfigurationOperationMs
    const operation = operations.start(id, dueAt, (finishedAt) => {
      const current = find(cluster, name)
      if (current) write(cluster, finishedAt, () => finish(current))
    })
    const apiVersion = request.target.query.get('api-version') ?? kind.apiVersions[kind.apiVersions.length - 1]
    return {
      operation,
      headers: {
        'azure-asyncoperation': `${context.origin()}${id}/operations/${operation.name}?api-version=${apiVersion}`,
        'retry-after': String(operationRetryAfterSeconds(settings.kubernetesConfigurationOperationMs))
      }
    }
  }
  const refuseWhileRunning = (cluster: Cluster, name: string): void => {
    const running = operations.running(kind.id(cluster, name))
    if (running)
      // Unconfirmed code: ARM's usual answer to a write on a resource that is still provisioning.
      throw new ArmFailure(
        409,
        'Conflict',
        `An operation (${running.name}) on '${name}' is still in progress; retry when it has finished.`
      )
  }
  return [
    route('list', 'GET', 'collection', (request) => {
      const cluster = clusterOf(context, request.scope)
      const items = [...kind.items(cluster)].sort((a, b) => a.name.localeCompare(b.name))
      const page = pageOf(
        items.map((i) => kind.body(cluster, i)),
        { path: request.target.path, query: request.target.query, origin: context.origin() },
        settings.defaultPageSize
      )
      return { status: 200, body: { value: page.value, ...(page.nextLink ? { nextLink: page.nextLink } : {}) } }
    }),
    route('get', 'GET', 'item', (request) => {
      const cluster = clusterOf(context, request.scope)
      return { status: 200, body: kind.body(cluster, findOr404(cluster, request.name ?? '')) }
    }),
    route('createOrUpdate', 'PUT', 'item', (request) => {
      const cluster = clusterOf(context, request.scope)
      const name = request.name ?? ''
      refuseWhileRunning(cluster, name)
      const existing = find(cluster, name)
      const item = kind.fromPut(
        existing?.name ?? name,
        parseJsonBody(request.body),
        writeContext(cluster, request),
        existing
      )
      if (!existing) kind.checkCreate?.(cluster)
      const settled = item.provisioningState
      item.provisioningState = existing ? 'Updating' : 'Creating'
      write(cluster, clock.now(), () => replace(cluster, item))
      const { headers } = startOperation(cluster, item.name, request, (current) => {
        current.provisioningState = settled
      })
      return { status: existing ? 200 : 201, headers, body: kind.body(cluster, item) }
    }),
    route('update', 'PATCH', 'item', (request) => {
      const cluster = clusterOf(context, request.scope)
      const existing = findOr404(cluster, request.name ?? '')
      refuseWhileRunning(cluster, existing.name)
      const next = kind.afterPatch(existing, parseJsonBody(request.body), writeContext(cluster, request))
      if (!next) return { status: 200, body: kind.body(cluster, existing) }
      const settled = next.provisioningState
      next.provisioningState = 'Updating'
      write(cluster, clock.now(), () => replace(cluster, next))
      const { headers } = startOperation(cluster, next.name, request, (current) => {
        current.provisioningState = settled
      })
      return { status: 202, headers, body: kind.body(cluster, next) }
    }),
    route('delete', 'DELETE', 'item', (request) => {
      const cluster = clusterOf(context, request.scope)
      const existing = find(cluster, request.name ?? '')
      if (!existing) return { status: 204 }
      refuseWhileRunning(cluster, existing.name)
      kind.checkDelete?.(cluster, existing)
      write(cluster, clock.now(), () => {
        existing.provisioningState = 'Deleting'
      })
      const { headers } = startOperation(cluster, existing.name, request, (current) => {
        kind.setItems(
          cluster,
          kind.items(cluster).filter((i) => i !== current)
        )
      })
      return { status: 202, headers }
    }),
    route('operationStatus', 'GET', 'action', (request) => {
      const cluster = clusterOf(context, request.scope)
      const operation = operations.get(kind.id(cluster, request.name ?? ''), request.actionTarget ?? '')
      if (!operation)
        throw notFound('ResourceNotFound', `The operation '${request.actionTarget ?? ''}' could not be found.`)
      return { status: 200, body: operationStatusBody(operation) }
    })
  ]
}

/**
 * The cluster a `{clusterId}/providers/Microsoft.KubernetesConfiguration/…` path names. An unknown one is 404
 * `ResourceNotFound` "The Resource 'Microsoft.Kubernetes/connectedClusters/{name}' under resource group '{rg}' was
 * not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix" (Azure's answer to
 * `az k8s-extension create` on a missing cluster, Azure/azure-cli-extensions#9457); an unknown subscription is
 * SubscriptionNotFound, as for every ARM path (scope-routes.ts).
 */
function clusterOf(context: EmulatorContext, scope: string): Cluster {
  const match = CLUSTER_SCOPE.exec(scope)
  if (!match) throw notFound('NotFound', `No Microsoft.KubernetesConfiguration resources at '${scope}'.`)
  const [, subscriptionId = '', resourceGroup = '', namespace = '', type = '', name = ''] = match
  if (!context.fleet.findSubscription(subscriptionId))
    throw notFound('SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`)
  const cluster = context.fleet.findCluster(scope)
  const knownType = Object.values(CLUSTER_RESOURCE_TYPES).some(
    (t) => t.toLowerCase() === `${namespace}/${type}`.toLowerCase()
  )
  if (!cluster || !knownType)
    throw notFound(
      'ResourceNotFound',
      `The Resource '${namespace}/${type}/${name}' under resource group '${resourceGroup}' was not found. ` +
        'For more details please go to https://aka.ms/ARMResourceNotFoundFix'
    )
  return cluster
}
