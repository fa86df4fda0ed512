import { createHash } from 'node:crypto'

/** A stable 40-hex commit sha named by a phrase, so seeds and tests agree on shas without storing them. */
export function shaFor(phrase: string): string {
  return createHash('sha1').update(`flux-policy emulator commit: ${phrase}`).digest('hex')
}

/** The git blob sha of a file's content, as the contents API reports it. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
