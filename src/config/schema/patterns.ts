/** Patterns shared by the JSON Schemas and the semantic rules. */
export const NAME_PATTERN = '^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$'
export const NAMESPACE_PATTERN = '^(?=.{1,63}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$'
export const DURATION_PATTERN = '^(?=\\d)(?=.*[1-9])(\\d+h)?(\\d+m)?(\\d+s)?$'
export const GIT_URL_PATTERN = '^((https?|ssh)://[^\\s]+|git@[^\\s:]+:[^\\s]+)$'
export const BUCKET_URL_PATTERN = '^(https?|s3)://[^\\s]+$'
export const KEYVAULT_ID_PATTERN =
  '^/subscriptions/[0-9a-fA-F-]{36}/resourceGroups/[-\\w._()]{1,90}/providers/Microsoft\\.KeyVault/vaults/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$'
export const SECRET_NAME_PATTERN = '^[0-9a-zA-Z-]{1,127}$'
export const K8S_SECRET_NAME_PATTERN = '^(?=.{1,253}$)[a-z0-9]([a-z0-9.-]*[a-z0-9])?$'
export const COMMIT_PATTERN = '^[0-9a-f]{40}$'
// Management group names: up to 90 characters, letters, digits, hyphens, underscores, periods and parentheses.
export const MANAGEMENT_GROUP_NAME_PATTERN = '^[-\\w.()]{1,90}$'
export const LOCATION_PATTERN = '^[a-z][a-z0-9]{2,39}$'
/**
 * A branch or tag name as `git check-ref-format` accepts it (git-scm.com/docs/git-check-ref-format): no control
 * characters, space, ~ ^ : ? * [ or backslash; no `..`, `@{` or `//`; no component starting with `.` or ending with
 * `.lock`; not starting with `-` or `/`, not ending with `/` or `.`; not `@` alone. Its length is in limits.ts.
 */
export const GIT_REF_PATTERN =
  '^(?!-)(?!/)(?!@$)(?!.*\\.\\.)(?!.*@\\{)(?!.*//)(?!(?:.*/)?\\.)(?!.*\\.lock(?:/|$))(?!.*[/.]$)[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]+$'
