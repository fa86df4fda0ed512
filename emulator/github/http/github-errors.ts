/** A response a handler gives up with; the pipeline sends it as it is. Thrown only inside the emulator. */
export class GitHubFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`GitHub emulator answered ${status}`)
  }
}

export const REST_DOCS = 'https://docs.github.com/rest'
export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
export const SECONDARY_RATE_LIMIT_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

/** GitHub's error body: a message, the endpoint's documentation and (since 2024) the status as a string. */
export const errorBody = (status: number, message: string, documentationUrl: string, extra: object = {}) => ({
  message,
  ...extra,
  documentation_url: documentationUrl,
  status: String(status)
})

/** A 404: GitHub's "Not Found", or the message an endpoint gives for what it did not find. */
export const notFound = (docs: string, message = 'Not Found') => new GitHubFailure(404, errorBody(404, message, docs))
export const badCredentials = () => new GitHubFailure(401, errorBody(401, 'Bad credentials', REST_DOCS))
export const requiresAuthentication = (docs: string) =>
  new GitHubFailure(401, errorBody(401, 'Requires authentication', docs))
export const notAccessibleByIntegration = (docs: string) =>
  new GitHubFailure(403, errorBody(403, 'Resource not accessible by integration', docs))

/** One entry of a 422 `errors` list, e.g. `{ resource: 'Label', code: 'already_exists', field: 'name' }`. */
export interface ValidationProblem {
  resource: string
  code: string
  field?: string
  message?: string
  value?: unknown
}

export const validationFailed = (docs: string, ...errors: ValidationProblem[]) =>
  new GitHubFailure(422, errorBody(422, 'Validation Failed', docs, { errors }))

/** The schema check GitHub runs before anything else: `Invalid request.\n\n"title" wasn't supplied.` */
export const invalidRequest = (docs: string, reason: string) =>
  new GitHubFailure(422, errorBody(422, `Invalid request.\n\n${reason}`, docs))

export const problemsParsingJson = (docs: string) =>
  new GitHubFailure(400, errorBody(400, 'Problems parsing JSON', docs))

/**
 * A secondary rate limit. "You will receive a 403 or 429 response ... If the `retry-after` response header is
 * present, you should not retry your request until after that many seconds has elapsed. If the
 * `x-ratelimit-remaining` header is `0`, you should not retry your request until after the time ... specified by the
 * `x-ratelimit-reset` header. Otherwise, wait for at least one minute before retrying." (Rate limits for the REST API,
 * "Exceeding the secondary rate limit", https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api)
 * So `retry-after` may be absent, with or without `x-ratelimit-reset`.
 */
export function secondaryRateLimited(
  requestId: string,
  retryAfterSeconds: number | undefined,
  options: { status?: 403 | 429; resetAt?: number } = {}
): GitHubFailure {
  const message =
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
    `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
  const status = options.status ?? 403
  return new GitHubFailure(status, errorBody(status, message, SECONDARY_RATE_LIMIT_DOCS), {
    ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
    ...(options.resetAt === undefined
      ? {}
      : { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(options.resetAt / 1000)) })
  })
}

/** Over the primary budget: 403 or 429 (GitHub documents both); the caller adds `x-ratelimit-remaining: 0`. */
export function primaryRateLimited(subject: string, requestId: string, status: 403 | 429 = 403): GitHubFailure {
  const message =
    `API rate limit exceeded for ${subject}. ` +
    `If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${new Date().toISOString()}.`
  return new GitHubFailure(status, errorBody(status, message, RATE_LIMIT_DOCS))
}

const SERVER_ERROR_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

export const serverError = (status: number) =>
  new GitHubFailure(status, {
    message: SERVER_ERROR_MESSAGES[status] ?? 'Server Error',
    documentation_url: REST_DOCS,
    status: String(status)
  })
