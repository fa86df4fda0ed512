import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from 'selfsigned'

/**
 * A throw-away certificate authority made at start, and a server certificate it signs for 127.0.0.1, localhost
 * and PROXIED_EMULATOR_HOST.
 * Clients trust the emulator by trusting `caPem` (client option `tlsOptions: { ca }`) or the file `caFile`
 * (NODE_EXTRA_CA_CERTS for a new process) — the same two ways a user trusts a private CA in front of Azure Stack.
 */
/** The emulators' host name behind a test proxy (`.test` is reserved: RFC 2606, never resolves). */
export const PROXIED_EMULATOR_HOST = 'emulator.flux-policy.test'

export interface TestCertificateAuthority {
  caPem: string
  caFile: string
  serverKeyPem: string
  serverCertPem: string
  /** Removes the temporary folder holding caFile. */
  dispose(): Promise<void>
}

export async function createTestCertificateAuthority(): Promise<TestCertificateAuthority> {
  const notBeforeDate = new Date(Date.now() - 60 * 60 * 1000)
  const notAfterDate = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000)
  const ca = await generate([{ name: 'commonName', value: 'flux-policy emulator test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true }
    ]
  })
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
          // A name no resolver knows: only a test proxy that maps it to 127.0.0.1 reaches the emulators by it (proxy
          // clients such as `@actions/http-client` never send a loopback host through the proxy).
          { type: 2, value: PROXIED_EMULATOR_HOST }
        ]
      }
    ]
  })
  const folder = await mkdtemp(join(tmpdir(), 'flux-policy-emulator-'))
  const caFile = join(folder, 'emulator-ca.pem')
  await writeFile(caFile, ca.cert)
  return {
    caPem: ca.cert,
    caFile,
    serverKeyPem: server.private,
    serverCertPem: server.cert,
    dispose: () => rm(folder, { recursive: true, force: true })
  }
}
