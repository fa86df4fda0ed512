import { keyVaultIdField, scopeField } from './common.js'
import { flag, listOf, object, oneOfValues, ruled, text, type SchemaNode } from './nodes.js'
import { LIMITS } from './limits.js'
import { LOCATION_PATTERN, MANAGEMENT_GROUP_NAME_PATTERN, NAME_PATTERN } from './patterns.js'

const team = object(
  'A team and where it may assign.',
  {
    scopes: listOf(
      'Scopes this team may assign at or below.',
      scopeField('A management group, subscription or resource group id.'),
      { minItems: 1 }
    ),
    owners: listOf(
      'Owners to mention, for example @contoso/payments.',
      text('A GitHub user or team.', { minLength: 1, maxLength: LIMITS.owner })
    ),
    keyVaults: listOf(
      "Key Vaults outside the scopes above whose secrets this team's sources may use (vaults inside them need no entry).",
      keyVaultIdField()
    )
  },
  ['scopes']
)

const fluxExtension = object('The per-scope prerequisite assignment that installs the Flux extension.', {
  assign: flag('Assign "Configure installation of Flux extension" at every scope a source uses (default true).'),
  releaseTrain: oneOfValues('Release train of the extension.', ['Stable']),
  autoUpgradeMinorVersion: flag('Let the extension upgrade minor versions (default true).'),
  version: text('Pinned extension version; only with autoUpgradeMinorVersion: false.', {
    minLength: 1,
    maxLength: LIMITS.extensionVersion
  }),
  helmController: flag('Enable the Helm controller (default true).'),
  notificationController: flag('Enable the notification controller (default true).'),
  imageAutomationController: flag('Enable the image automation controller (default false).'),
  imageReflectorController: flag('Enable the image reflector controller (default false).')
})

/** JSON Schema of the platform file (flux-policy.yaml). */
export const platformSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:flux-policy:platform-file',
  title: 'flux-policy platform file',
  ...object(
    "The platform team's file: teams, their scopes, and fleet-wide settings.",
    {
      version: ruled('unsupported-version', 'must be 1', { const: 1, description: 'Format version (1).' }),
      location: ruled(
        'invalid-value',
        'must be an Azure region name such as westeurope',
        text('Region where DeployIfNotExists assignments keep their managed identity.', { pattern: LOCATION_PATTERN })
      ),
      teams: {
        type: 'object',
        description: 'Teams by name.',
        propertyNames: ruled('name-format', 'team names must be at most 30 lowercase letters, digits or hyphens', {
          pattern: NAME_PATTERN
        }),
        additionalProperties: team,
        minProperties: 1
      },
      managementGroups: {
        type: 'object',
        description:
          'The management-group tree the tool cannot see offline: each group with the subscriptions and groups directly under it.',
        propertyNames: ruled(
          'scope-syntax',
          'management group names are 1 to 90 letters, digits, hyphens, underscores, periods or parentheses',
          { pattern: MANAGEMENT_GROUP_NAME_PATTERN }
        ),
        additionalProperties: listOf('Child scope ids.', scopeField('A subscription or management group id.'))
      },
      fluxExtension,
      customDefinitions: object(
        'Where flux-policy keeps the custom policy definitions it generates for sources no built-in can express.',
        {
          scope: scopeField(
            'A management group or subscription id; sources using a generated definition must lie at or below it.'
          )
        },
        ['scope']
      ),
      safety: object('Guards on apply.', {
        maxDeletes: {
          type: 'integer',
          minimum: 0,
          description: 'An apply that would delete more assignments stops (default 5).'
        },
        removeConfigurationsOnDelete: {
          type: 'boolean',
          description:
            'When a source is deleted, apply also removes the Flux configurations its assignment left on the clusters ' +
            '(default false: they are listed as orphaned). Removals count against maxDeletes.'
        }
      })
    },
    ['version', 'location', 'teams']
  )
}
