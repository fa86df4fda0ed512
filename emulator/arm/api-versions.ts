import { ArmFailure } from './arm-error.js'

/**
 * The api-versions the emulator accepts, ONE table per resource type it serves: every stable version published in
 * Azure/azure-rest-api-specs for that type (the spec's `readme.md` lists each version's input files), plus the
 * preview versions a client really sends. A route looks its versions up here by its resource type; a route whose type
 * is not here keeps its own `apiVersions` (or accepts any).
 *
 * Bodies: the emulator answers every version with the newest shape. What older versions lack, per the specs'
 * definitions: policy assignments gained `identity`/`location` in 2018-05-01, `enforcementMode` in 2019-06-01,
 * `nonComplianceMessages` in 2020-09-01, `overrides`/`resourceSelectors` in 2022-06-01, `definitionVersion` in
 * 2023-04-01, `assignmentType` in 2024-04-01; policy definitions gained `version`/`versions` in 2023-04-01;
 * remediations gained `resourceCount`/`parallelDeployments`/`failureThreshold` in 2021-10-01; role assignments
 * gained `condition`/`conditionVersion` after 2015-07-01 (stable in 2022-04-01). No client this emulator serves
 * depends on an older shape.
 */
export interface ApiVersionTable {
  /** `{namespace}/{type}` as ARM spells it (the refusal messages quote it). */
  resourceType: string
  /** Oldest first. */
  versions: readonly string[]
  /** How ARM refuses another version for this type (see `refuseApiVersion`). */
  refusal: 'InvalidResourceType' | 'InvalidApiVersionParameter' | 'NoRegisteredProviderFound'
  /** Where the versions come from. */
  source: string
}

const POLICY = 'specification/resources/resource-manager/Microsoft.Authorization/policy/readme.md'

/** Subscriptions - Get/List and Tenants - List: stable/{…}/subscriptions.json in
 * specification/resources/resource-manager/Microsoft.Resources/subscriptions/readme.md. */
const SUBSCRIPTIONS_JSON = [
  '2015-11-01',
  '2016-06-01',
  '2018-06-01',
  '2019-06-01',
  '2019-11-01',
  '2020-01-01',
  '2021-01-01',
  '2022-12-01'
]

/**
 * Resource Groups: stable/{…}/resources.json in
 * specification/resources/resource-manager/Microsoft.Resources/resources/readme.md.
 */
const RESOURCES_JSON = [
  '2015-11-01',
  '2016-02-01',
  '2016-07-01',
  '2016-09-01',
  '2017-05-10',
  '2018-02-01',
  '2018-05-01',
  '2019-03-01',
  '2019-05-01',
  '2019-05-10',
  '2019-07-01',
  '2019-08-01',
  '2019-10-01',
  '2020-06-01',
  '2020-08-01',
  '2020-10-01',
  '2021-01-01',
  '2021-04-01',
  '2022-09-01',
  '2023-07-01',
  '2024-03-01',
  '2024-07-01',
  '2024-11-01',
  '2025-03-01',
  '2025-04-01'
]

/**
 * ARM serves subscriptions, tenants and resource groups itself and accepts one list of versions for all of them: its
 * InvalidApiVersionParameter message for any of them lists the resources.json versions (2021-04-01, 2022-09-01) and
 * the subscriptions.json ones (2022-12-01) together (Azure/azure-cli#28038, ansible-collections/azure#1739). So
 * `GET /subscriptions/{s}?api-version=2021-04-01` works, as `az` relies on.
 */
const ARM_OWN_VERSIONS = [...new Set([...SUBSCRIPTIONS_JSON, ...RESOURCES_JSON])].sort()

export const API_VERSION_TABLES: readonly ApiVersionTable[] = [
  {
    resourceType: 'Microsoft.Authorization/policyAssignments',
    // Tags package-policy-2016-04 (stable/2016-04-01/policy.json) … package-policy-2025-11-stable
    // (stable/2025-11-01/openapi.json); the 2022-06-01 and 2024-04-01 folders hold assignments only.
    versions: [
      '2016-04-01',
      '2016-12-01',
      '2018-03-01',
      '2018-05-01',
      '2019-01-01',
      '2019-06-01',
      '2019-09-01',
      '2020-03-01',
      '2020-09-01',
      '2021-06-01',
      '2022-06-01',
      '2023-04-01',
      '2024-04-01',
      '2024-05-01',
      '2025-01-01',
      '2025-03-01',
      '2025-11-01'
    ],
    refusal: 'InvalidResourceType',
    source: POLICY
  },
  {
    resourceType: 'Microsoft.Authorization/policyDefinitions',
    // Same readme: every stable folder but 2022-06-01 and 2024-04-01 holds policyDefinitions.json (or openapi.json).
    versions: [
      '2016-04-01',
      '2016-12-01',
      '2018-03-01',
      '2018-05-01',
      '2019-01-01',
      '2019-06-01',
      '2019-09-01',
      '2020-03-01',
      '2020-09-01',
      '2021-06-01',
      '2023-04-01',
      '2024-05-01',
      '2025-01-01',
      '2025-03-01',
      '2025-11-01'
    ],
    refusal: 'InvalidResourceType',
    source: POLICY
  },
  {
    resourceType: 'Microsoft.Authorization/roleAssignments',
    // specification/authorization/resource-manager/readme.md: stable/2015-07-01 and stable/2022-04-01
    // authorization-RoleAssignmentsCalls.json. Previews the readme lists and a client sends: 2020-04-01-preview (tag
    // package-2020-04-01-preview; Debian's azure-cli 2.45 `az role assignment list` sends it) and 2020-10-01-preview
    // (tag package-2020-10-01-preview; the version of the recorded example
    // fixtures/azure/authorization-RoleAssignments_Get.json).
    versions: ['2015-07-01', '2020-04-01-preview', '2020-10-01-preview', '2022-04-01'],
    refusal: 'InvalidResourceType',
    source: 'specification/authorization/resource-manager/readme.md'
  },
  {
    resourceType: 'Microsoft.PolicyInsights/remediations',
    // specification/policyinsights/resource-manager/readme.md: stable/2019-07-01/remediations.json, then the
    // 2021-10-01 and 2024-10-01 stable versions (Microsoft.PolicyInsights/PolicyInsights TypeSpec,
    // examples/2024-10-01).
    versions: ['2019-07-01', '2021-10-01', '2024-10-01'],
    refusal: 'NoRegisteredProviderFound',
    source: 'specification/policyinsights/resource-manager/readme.md'
  },
  {
    resourceType: 'Microsoft.ResourceGraph/resources',
    // specification/resourcegraph/resource-manager/Microsoft.ResourceGraph/stable/{2019-04-01,2021-03-01,2022-10-01,
    // 2024-04-01}/resourcegraph.json.
    versions: ['2019-04-01', '2021-03-01', '2022-10-01', '2024-04-01'],
    refusal: 'NoRegisteredProviderFound',
    source: 'specification/resourcegraph/resource-manager/readme.md'
  },
  ...['subscriptions', 'tenants', 'resourceGroups'].map((type): ApiVersionTable => ({
    resourceType: `Microsoft.Resources/${type}`,
    versions: ARM_OWN_VERSIONS,
    refusal: 'InvalidApiVersionParameter',
    source: 'specification/resources/resource-manager/Microsoft.Resources/{subscriptions,resources}/readme.md'
  })),
  {
    resourceType: 'Microsoft.Management/managementGroups',
    // specification/managementgroups/resource-manager/readme.md: Microsoft.Management/stable/{…}/management.json
    versions: ['2019-11-01', '2020-02-01', '2020-05-01', '2020-10-01', '2021-04-01', '2023-04-01'],
    refusal: 'NoRegisteredProviderFound',
    source: 'specification/managementgroups/resource-manager/readme.md'
  }
]

const byType = new Map(API_VERSION_TABLES.map((table) => [table.resourceType.toLowerCase(), table]))

/** The table for a route's lower-cased `{namespace}/{type}`, if the emulator keeps one. */
export function apiVersionTable(resourceType: string): ApiVersionTable | undefined {
  return byType.get(resourceType.toLowerCase())
}

/** The region ARM's front door names in NoRegisteredProviderFound; the one this emulator's routing ids name. */
const FRONT_DOOR_LOCATION = 'westeurope'

/**
 * ARM's answer to an api-version a type does not have, in the three shapes Azure uses (all 400):
 * - types ARM serves itself in Microsoft.Authorization: `InvalidResourceType`, "The resource type 'policyAssignments'
 *   could not be found in the namespace 'Microsoft.Authorization' for api version '2025-03-01'. The supported
 *   api-versions are '2015-10-01-preview,2016-04-01,…'." (oldest first, no spaces; quoted in Azure/bicep#17089 and
 *   Azure/azure-powershell#25483);
 * - subscriptions, tenants, resource groups: `InvalidApiVersionParameter`, "The api-version '2023-02-01' is invalid.
 *   The supported versions are '2023-07-01,2023-07-01-preview,…'." (newest first; Azure/azure-cli#28038,
 *   Azure/azure-sdk-for-net#3160);
 * - types of a registered resource provider: `NoRegisteredProviderFound`, "No registered resource provider found for
 *   location 'eastus' and API version '2021-01-25' for type 'guestConfigurationAssignments'. The supported
 *   api-versions are '2018-01-20-preview, 2018-06-30-preview, 2018-11-20, 2020-06-25'. The supported locations are
 *   ''." (oldest first, comma and space; turbot/steampipe-plugin-azure#379, Azure/azure-cli#28496).
 */
export function refuseApiVersion(table: ApiVersionTable, apiVersion: string): ArmFailure {
  const [namespace = '', type = ''] = table.resourceType.split('/')
  switch (table.refusal) {
    case 'InvalidResourceType':
      return new ArmFailure(
        400,
        'InvalidResourceType',
        `The resource type '${type}' could not be found in the namespace '${namespace}' for api version ` +
          `'${apiVersion}'. The supported api-versions are '${table.versions.join(',')}'.`
      )
    case 'InvalidApiVersionParameter':
      return new ArmFailure(
        400,
        'InvalidApiVersionParameter',
        `The api-version '${apiVersion}' is invalid. The supported versions are '${[...table.versions]
          .reverse()
          .join(',')}'.`
      )
    case 'NoRegisteredProviderFound':
      return new ArmFailure(
        400,
        'NoRegisteredProviderFound',
        `No registered resource provider found for location '${FRONT_DOOR_LOCATION}' and API version '${apiVersion}' ` +
          `for type '${type}'. The supported api-versions are '${table.versions.join(', ')}'. ` +
          `The supported locations are ''.`
      )
  }
}
