// The audit benchmark's fleet and policy files: 50,000 clusters in 2,000 subscriptions, 200 sources (one per
// management group, the rest one per subscription), every cluster carrying exactly what DeployIfNotExists deploys
// for the sources over it — then 1 % of the clusters drifted by hand, in four ways.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyDeployment } from '../../emulator/dine/deployment-template.js'
import { builtinDineDefinition } from '../../emulator/dine/dine-definition.js'
import { resolveParameters } from '../../emulator/dine/flux-parameters.js'
import { fluxExtension } from '../../emulator/fleet/cluster-factory.js'
import type { Cluster, FleetData } from '../../emulator/fleet/fleet-model.js'
import { generateFleet } from '../../emulator/fleet/generate-fleet.js'
import { SimulatedFleet } from '../../emulator/fleet/simulated-fleet.js'
import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { readPolicyRoot } from '../../src/files/read-policy-root.js'

const MG = (name: string) => `/providers/Microsoft.Management/managementGroups/${name}`

/** Writes the policy files: platform sources at contoso-prod and contoso-nonprod, the others one per subscription. */
export function writeAuditRoot(root: string, fleet: FleetData, sources: number): void {
  const subscriptions = fleet.subscriptions.map((s) => s.subscriptionId).slice(0, sources - 2)
  const teams = Array.from({ length: 10 }, (_, i) => `team-${i}`)
  const grants = teams.map(
    (t, i) =>
      `  ${t}:\n    scopes: [${subscriptions
        .filter((_, j) => j % teams.length === i)
        .map((s) => `/subscriptions/${s}`)
        .join(', ')}]`
  )
  writeFileSync(
    join(root, 'flux-policy.yaml'),
    `version: 1\nlocation: westeurope\nteams:\n  platform:\n    scopes: [${MG('contoso-prod')}, ${MG('contoso-nonprod')}]\n${grants.join('\n')}\n`
  )
  mkdirSync(join(root, 'teams', 'platform'), { recursive: true })
  writeFileSync(
    join(root, 'teams', 'platform', 'baseline.yaml'),
    `team: platform\nsources:\n${['prod', 'nonprod']
      .map(
        (env) => `  - name: baseline-${env}
    scope: ${MG(`contoso-${env}`)}
    git: { url: 'https://github.com/contoso/baseline-${env}', branch: main }
    namespace: flux-system
    kustomization: { name: baseline, path: ./clusters/${env} }
`
      )
      .join('')}`
  )
  subscriptions.forEach((subscription, i) => {
    const team = teams[i % teams.length]!
    mkdirSync(join(root, 'teams', team), { recursive: true })
    writeFileSync(
      join(root, 'teams', team, `app-${i}.yaml`),
      `team: ${team}
sources:
  - name: app-${i}
    scope: /subscriptions/${subscription}
    git: { url: 'https://github.com/contoso/app-${i}', tag: v1.${i}.0 }
    namespace: app-${i}
    kustomization: { path: ./deploy }
`
    )
  })
}

/** A fleet of `clusters` in subscriptions of 25, each with a healthy Flux extension and no configuration yet. */
export function healthyFleet(clusters: number): FleetData {
  const data = generateFleet({ clusters, seed: 11, clustersPerSubscription: 25, clustersPerResourceGroup: 25 })
  for (const cluster of data.clusters) {
    cluster.connectivityStatus = 'Connected'
    cluster.extensions = [fluxExtension({ createdAt: cluster.createdAt })]
    cluster.fluxConfigurations = []
  }
  return data
}

/**
 * Puts on every cluster what the files' assignments deploy there, as remediation would (the built-in's recorded
 * template). The template sees a cluster's name, type and location and its connectivity; evaluating it for each of
 * 500,000 clusters takes minutes, so it runs once per (type, location, connectivity) and the result is copied, and
 * every 1,000th cluster is deployed for real and compared, so a template that uses the name fails loudly.
 */
export async function deployDesiredState(root: string, data: FleetData): Promise<void> {
  const { model, problems } = validatePolicyFiles(await readPolicyRoot(root))
  if (!model) throw new Error(`bench policy files invalid: ${JSON.stringify(problems.slice(0, 3))}`)
  const fleet = new SimulatedFleet(data)
  for (const assignment of buildDesiredState(model, { repository: 'contoso/bench' }).assignments) {
    if (assignment.kind !== 'configuration') continue
    const definition = builtinDineDefinition(assignment.policyDefinitionId)!
    const parameters = resolveParameters(
      definition,
      Object.fromEntries(Object.entries(assignment.parameters).map(([k, value]) => [k, { value }]))
    )
    const deployed = new Map<string, Deployed>()
    fleet.clustersIn(assignment.scope).forEach((cluster, i) => {
      const key = `${cluster.kind}|${cluster.location}|${cluster.connectivityStatus}`
      let made = deployed.get(key)
      if (!made || i % 1000 === 0) {
        const probe: Cluster = { ...cluster, extensions: [], fluxConfigurations: [] }
        applyDeployment(probe, definition, parameters, DEPLOYED_AT)
        const fresh = { extensions: probe.extensions, fluxConfigurations: probe.fluxConfigurations }
        if (made && JSON.stringify(made) !== JSON.stringify(fresh))
          throw new Error(`the deployment on ${cluster.name} differs from its copy: the template reads the name`)
        made = fresh
        deployed.set(key, made)
      }
      cluster.extensions = replacingByName(cluster.extensions, made.extensions)
      cluster.fluxConfigurations = replacingByName(cluster.fluxConfigurations, made.fluxConfigurations)
    })
  }
}

const DEPLOYED_AT = '2025-05-01T00:00:00.000Z'

type Deployed = Pick<Cluster, 'extensions' | 'fluxConfigurations'>

/** An incremental PUT of each deployed resource, as `applyDeployment` does: same name (any case) replaced. */
function replacingByName<T extends { name: string }>(current: T[], deployed: readonly T[]): T[] {
  if (deployed.length === 0) return current
  const names = new Set(deployed.map((d) => d.name.toLowerCase()))
  return [...current.filter((c) => !names.has(c.name.toLowerCase())), ...deployed.map((d) => structuredClone(d))]
}

/**
 * Drifts every 101st cluster (1 %, across subscriptions): no extension, a configuration deleted, pointed at a fork, or
 * failing.
 */
export function seedDrift(fleet: SimulatedFleet): Set<string> {
  const seeded = new Set<string>()
  fleet.clusters.forEach((cluster, i) => {
    if (i % 101 !== 0) return
    seeded.add(cluster.name)
    const baseline = cluster.fluxConfigurations.find((f) => f.name.startsWith('baseline-'))!
    switch ((i / 101) % 4) {
      case 0:
        cluster.extensions = []
        break
      case 1:
        cluster.fluxConfigurations = cluster.fluxConfigurations.filter((f) => f !== baseline)
        break
      case 2:
        baseline.gitRepository!.url = 'https://github.com/someone/baseline-fork'
        break
      case 3:
        Object.assign(baseline, {
          provisioningState: 'Failed',
          complianceState: 'Non-Compliant',
          errorMessage: 'authentication required'
        })
    }
  })
  fleet.changed()
  return seeded
}
