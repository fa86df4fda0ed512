import { randomUUID } from 'node:crypto'
import type { GitHubState } from '../state/records.js'
import type { IdTokenClaims, IdTokenSigner, VerifyOptions } from './id-token.js'
import { createIdTokenSigner, verifyIdToken } from './id-token.js'
import type { OidcRunContext } from './run-context.js'
import { completeRunContext, idTokenClaims } from './run-context.js'

let processSigner: IdTokenSigner | undefined

/**
 * The Actions ID-token service: a workflow run presents its request token (`ACTIONS_ID_TOKEN_REQUEST_TOKEN`) and
 * receives a JWT for the run that token was minted for. Each request token stands for one run context.
 */
export class ActionsOidc {
  /** One key per process: RSA key generation costs tens of milliseconds, and every test starts an emulator. */
  readonly signer: IdTokenSigner = (processSigner ??= createIdTokenSigner())
  private readonly runs = new Map<string, Partial<OidcRunContext>>()

  constructor(
    private readonly state: GitHubState,
    private readonly lifetimeSeconds: number
  ) {}

  /** A new request token for a run (a push to the default branch unless told otherwise). */
  mintRequestToken(run: Partial<OidcRunContext> = {}): string {
    const token = `emulated-oidc-request-${randomUUID()}`
    this.runs.set(token, run)
    return token
  }

  /** The signed ID token for the run behind `requestToken`, or undefined for a token never minted here. */
  issue(requestToken: string, audience: string | undefined): string | undefined {
    const run = this.runs.get(requestToken)
    if (run === undefined) return undefined
    return this.signer.sign(this.claims(run, audience))
  }

  claims(run: Partial<OidcRunContext>, audience?: string): IdTokenClaims {
    return idTokenClaims(this.state, completeRunContext(this.state, run), audience, this.lifetimeSeconds)
  }

  verify(jwt: string, options?: VerifyOptions): IdTokenClaims {
    return verifyIdToken(jwt, this.signer.publicKeyPem, options)
  }
}
