import { redactSecrets } from '../config/secrets.js'

/**
 * A secret setting named in an Azure message, and the value after it: the Flux templates' protected settings
 * (`httpsKey`, `sshPrivateKey`, `bucketSecretKey`; resolved from Key Vault by ARM, so a deployment or resource
 * provider error that echoes the request holds the secret itself) and any camelCase `…Key`, `…Secret`, `…Password`
 * or `…Token`, quoted or not, also inside JSON that a message quotes (`\"httpsKey\":\"…\"`).
 */
const SECRET_SETTING =
  /(\b(?:[a-z][A-Za-z]*(?:Key|Secret|Password|Token)|password|secret|token)\\?["']?[ \t]{0,8}[:=][ \t]{0,8})[^\s,;})\]]{1,4096}/g

/**
 * A credential an error echoes from a request: an `Authorization` header's value (with its scheme: `Bearer …`,
 * `Basic …`, `SharedKey …`), and a bearer token named as one.
 */
const HEADER_VALUE = `[^\\s,;})\\]"'\\\\]`
const AUTHORIZATION = new RegExp(
  `(\\bauthorization\\\\?["']?[ \\t]{0,8}[:=][ \\t]{0,8}\\\\?["']?(?:[A-Za-z-]{2,40}[ \\t]{1,8}(?=${HEADER_VALUE}))?)` +
    `${HEADER_VALUE}{1,8192}`,
  'gi'
)
const BEARER = /(\bbearer[ \t]{1,8})[A-Za-z0-9._~+/-]{16,8192}=*/gi

/**
 * What an error from Azure says, for logs, comments, summaries and outputs: its message with every secret hidden —
 * the values of secret settings a message echoes, and anything that looks like a secret (a password in a URL, a
 * token, a key). Azure's messages are shown to people; they must never carry what the request carried.
 */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const named = message
    .replace(AUTHORIZATION, `$1${HIDDEN}`)
    .replace(BEARER, `$1${HIDDEN}`)
    .replace(SECRET_SETTING, `$1${HIDDEN}`)
  return redactSecrets(named).replaceAll(HIDDEN, '[secret hidden]')
}

// Marks what is hidden until the scan for secret-looking words is done (which would take `token=[secret` for one).
const HIDDEN = '\ue000'
