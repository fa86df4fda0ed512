import type { FaultStep } from '../../emulator/github/index.js'

/**
 * Credentials a GitHub error may echo that no runner masks (the action registers only its own token as a secret):
 * an opaque bearer token, an installation token, a JSON Web Token.
 */
export const ECHOED_SECRETS = [
  '7c1f0e9a4b2d8c6e5f3a1b0d9e8c7f6a',
  'ghs_LeakedInstallationTokenFromAProxy01',
  'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsZWFrZWQifQ.c2lnbmF0dXJlLW9mLWEtbGVha2VkLXRva2Vu'
] as const

/**
 * A GitHub error answer (`{ message, documentation_url }`, the `basic-error` schema of GitHub's REST API
 * description) whose message says what went wrong (`Resource not accessible by integration`) and echoes what the
 * request carried, as a proxy or an enterprise server in front of GitHub may.
 */
export function echoingCredentials(status = 403): FaultStep {
  const [bearer, installation, jwt] = ECHOED_SECRETS
  return {
    status,
    body: {
      message:
        `Resource not accessible by integration (authorization: Bearer ${bearer}; ` +
        `forwarded token ${installation}; x-ms-token ${jwt})`,
      documentation_url: 'https://docs.github.com/rest/issues/issues'
    }
  }
}

/** The secrets of ECHOED_SECRETS that `text` shows (none, when every one is hidden). */
export const echoedIn = (text: string): string[] => ECHOED_SECRETS.filter((secret) => text.includes(secret))
