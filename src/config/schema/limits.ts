/**
 * How long each field may be. Where Azure or Flux documents a limit, that limit (cited); where neither does, a bound
 * far above any real value, so that a hostile file cannot push megabytes into an assignment, a log or a comment.
 */
export const LIMITS = {
  // Azure Policy assignment structure (learn.microsoft.com/azure/governance/policy/concepts/assignment-structure):
  // "displayName has a maximum length of 128 characters and description a maximum length of 512 characters."
  displayName: 128,
  description: 512,
  // Azure Policy limits (learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits,
  // "Azure Policy limits"): 400 excluded scopes (notScopes) per assignment.
  notScopes: 400,
  // ARM documents no overall length for a resource id; a resource group id is at most 157 characters (GUID, and a
  // group name of at most 90, per "Naming rules and restrictions for Azure resources"), a nested resource adds a few
  // names of at most 260. 1024 leaves room for any of them.
  resourceId: 1024,
  // git check-ref-format sets no length, but a ref is a file under .git/refs, whose name most file systems cap at
  // 255 bytes; Flux's GitRepositoryRef (source.toolkit.fluxcd.io/v1) has no limit of its own.
  gitRef: 255,
  semver: 255,
  // Flux's GitRepository and Bucket CRDs check only the URL's scheme (pattern ^(http|https|ssh)://.*$); 2048 is the
  // longest URL that browsers and Git hosts commonly accept.
  url: 2048,
  // AWS IAM: an access key id is at most 128 characters (AccessKeyId, IAM API reference).
  accessKey: 128,
  // HTTP basic-auth user names have no protocol limit; Git hosts use at most 39 (GitHub) to 255 characters.
  httpsUser: 255,
  // Base64 known_hosts lines or a CA bundle of a few certificates are a few KiB; 64 KiB is far above any real one.
  base64Blob: 65536,
  // A path inside the source repository (Flux Kustomization spec.path); Linux's PATH_MAX is 4096 bytes.
  path: 4096,
  // Go-style durations here are digits and h/m/s; the longest that fits the limit below is well under 32 characters.
  duration: 32,
  // A CODEOWNERS owner: @user (39), @org/team-slug, or an email address (at most 254 characters, RFC 5321).
  owner: 254,
  // Flux extension versions look like 1.15.1; 64 is far above any real one.
  extensionVersion: 64
} as const

/**
 * Durations become integer seconds: Integer parameters of the assignment, then the `*InSeconds` fields of the
 * fluxConfigurations resource. Not every consumer documents its integer width, so, as strict as Azure could be, a
 * duration must fit a signed 32-bit integer: at most 2^31 - 1 seconds (about 68 years).
 */
export const MAX_DURATION_SECONDS = 2_147_483_647
