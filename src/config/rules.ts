/**
 * Every rule the validator can report. The ids are the error codes users see and the docs list
 * (docs/errors.md is checked against this table by a test).
 */
export const RULES = {
  'yaml-syntax': 'The file is not valid YAML. Fix the syntax at the position shown.',
  'duplicate-key': 'A key appears twice in the same mapping. Keep one of them.',
  'unknown-key': 'A key the format does not know. Check its spelling (a suggestion is given when one is close).',
  'wrong-type': 'A value has the wrong type (for example a list where a string is expected). Use the type named.',
  'missing-field': 'A required field is missing. Add it.',
  'invalid-value': 'A value is not one of those allowed. Use one of the values listed.',
  'unsupported-version': 'The file declares a format version this tool does not know. Use `version: 1`.',
  'source-kind': 'A source is exactly one of `git` or `bucket`. Keep one.',
  'auth-conflict':
    'A source uses one kind of authentication: ssh, https (optionally with caCert), caCert alone, or localSecret for Git; accessKey with secretKey, or localSecret, for a bucket.',
  'git-ref-count': 'A Git source needs exactly one of branch, tag, semver or commit. Keep exactly one.',
  'url-scheme': 'The URL scheme is not one the source kind supports (git: http, https, ssh; bucket: http, https, s3).',
  'name-format':
    'Names are at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit.',
  'namespace-format':
    'Namespaces are at most 63 lowercase letters, digits or hyphens, starting and ending with a letter or digit.',
  'value-too-long':
    'A value is longer (or a list has more items) than Azure or Flux accepts for that field. Shorten it to the limit given.',
  'control-character':
    'A value contains a control character (a line break, tab, NUL or invisible direction mark). Remove it; only description, knownHosts and caCert may span lines.',
  'duration-format':
    'Durations are Go-style, like 30s, 10m or 1h30m, at least one second and at most 2147483647 seconds (about 68 years).',
  'scope-syntax': 'A scope must be a management group, subscription or resource group id in its exact form.',
  'exclusion-outside-scope': 'An exclusion must lie inside the scope it excludes from. Remove it or fix the scope.',
  'keyvault-id':
    'A Key Vault must be named by its full resource id: /subscriptions/…/resourceGroups/…/providers/Microsoft.KeyVault/vaults/NAME.',
  'key-vault-not-granted':
    "A source's Key Vault must lie inside one of its team's granted scopes, or be listed under `teams.<team>.keyVaults` in flux-policy.yaml. Use the team's own vault, or ask the platform team to grant this one.",
  'unknown-team': 'The team is not declared in flux-policy.yaml. Declare it there or fix the name.',
  'scope-not-granted':
    'The scope is not at or below any scope the platform file grants this team. Ask the platform team to grant it, or pick a granted scope.',
  'team-folder-mismatch': 'A team file under teams/NAME/ must declare `team: NAME`.',
  'duplicate-source': 'Two sources of one team share a name. Rename one of them.',
  'duplicate-source-target':
    'Two sources point at the same repository and ref on overlapping scopes; one assignment per source. Merge them or separate their scopes.',
  'duplicate-configuration-name':
    'Two sources use the same Flux configuration name on overlapping scopes; Azure would not tell them apart. Rename one configuration.',
  'secret-in-file':
    'Something that looks like a secret is in the file. Remove it, rotate it, and reference a Key Vault secret or a Kubernetes secret instead.',
  'custom-definition-required':
    'No built-in definition can express this. Declare `customDefinitions: { scope: … }` in flux-policy.yaml so flux-policy generates a custom definition, or remove the setting.',
  'definition-scope':
    'A source that needs a generated custom definition must lie at or below `customDefinitions.scope`. Move that scope up, or the source.',
  'team-file-location':
    "A team file lives in its team's folder, teams/<team>/ (the folder names the team, and CODEOWNERS reviews per folder). Move the file into its team's folder; the platform file belongs at the root.",
  'file-extension':
    'A file that looks like a policy file but would be ignored: only flux-policy.yaml (or .yml) at the root and .yaml or .yml files (lower case) under teams/<team>/ are read. Rename it, or move it out of teams/.',
  'file-too-large':
    'A policy file is larger than 1 MiB, or all policy files together are larger than 16 MiB; they are not read. Split the file, or remove what does not belong in it.',
  'file-encoding':
    'A policy file is not valid UTF-8. Save it as UTF-8; the position shown is the first byte that is not.',
  'file-symlink':
    'A policy file or a folder under teams/ is a symbolic link, which could point outside the repository; links are not followed. Replace it with the file or folder itself.',
  'platform-file-duplicate': 'Both flux-policy.yaml and flux-policy.yml exist. Keep one of them.',
  'platform-file-missing': 'The policy root has no flux-policy.yaml. Create one (see examples/flux-policy.yaml).',
  'hierarchy-unknown':
    'Whether this subscription or management group lies under the management group cannot be known. Declare it under `managementGroups` in flux-policy.yaml.'
} as const satisfies Record<string, string>

export type RuleId = keyof typeof RULES

export const RULE_IDS = Object.keys(RULES) as RuleId[]
