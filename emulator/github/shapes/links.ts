/** Where the emulator lives: `api` for REST URLs (followable), `html` for the web URLs GitHub puts in payloads. */
export interface SiteUrls {
  api: string
  html: string
}

/** Formats a time as GitHub does: ISO 8601 in UTC, whole seconds. */
export const githubTime = (milliseconds: number): string =>
  new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** GitHub's legacy global node id (`MDQ6VXNlcjE=` is `04:User1`), stable for a type and a database id. */
export function nodeId(type: string, id: number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64')
}
