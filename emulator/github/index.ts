/** The local GitHub: REST endpoints the product uses, the Actions OIDC token service, state as data. */
export type { GitHubEmulator, GitHubEmulatorOptions } from './start-github-emulator.js'
export { startGitHubEmulator } from './start-github-emulator.js'
export type { GitHubSeed, IssueSeed, PullRequestSeed } from './state/seed.js'
export type * from './state/records.js'
export {
  BOT_TOKEN,
  DEFAULT_CODEOWNERS,
  DEFAULT_REPOSITORY,
  FORK_REPOSITORY,
  GITHUB_ACTIONS_BOT,
  HUMAN_TOKEN,
  READ_ONLY_BOT_TOKEN
} from './state/default-seed.js'
export { shaFor } from './state/shas.js'
export type { FaultStep } from './http/faults.js'
export type { GitHubRequestRecord } from './http/request-log.js'
export type { RateLimitOptions } from './http/rate-limits.js'
export { MAX_BODY_CHARACTERS } from './routes/route-helpers.js'
export type { IdTokenClaims, VerifyOptions } from './oidc/id-token.js'
export { ACTIONS_ISSUER, verifyIdToken } from './oidc/id-token.js'
export type { OidcRunContext } from './oidc/run-context.js'
export type { PullRequestEvent, WebhookSource } from './events.js'
export { pullRequestEvent, pushEvent } from './events.js'
