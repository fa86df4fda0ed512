import type { components } from '@octokit/openapi-types'
import type { RepositoryRecord } from '../state/records.js'
import { gitBlobSha } from '../state/shas.js'
import type { SiteUrls } from './links.js'

export type ContentFile = components['schemas']['content-file']

/** `GET /repos/{owner}/{repo}/contents/{path}` for a file: base64 wrapped at 60 characters, as GitHub sends it. */
export function contentFileShape(
  repository: RepositoryRecord,
  path: string,
  content: string,
  ref: string,
  urls: SiteUrls
): ContentFile {
  const fullName = `${repository.owner}/${repository.name}`
  const sha = gitBlobSha(content)
  const encodedPath = path.split('/').map(encodeURIComponent).join('/')
  const url = `${urls.api}/repos/${fullName}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${urls.api}/repos/${fullName}/git/blobs/${sha}`
  const htmlUrl = `${urls.html}/${fullName}/blob/${ref}/${encodedPath}`
  const base64 = Buffer.from(content, 'utf8').toString('base64')
  return {
    name: path.split('/').pop() ?? path,
    path,
    sha,
    size: Buffer.byteLength(content, 'utf8'),
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: `https://raw.githubusercontent.com/${fullName}/${ref}/${encodedPath}`,
    type: 'file',
    content: `${(base64.match(/.{1,60}/g) ?? []).join('\n')}\n`,
    encoding: 'base64',
    _links: { self: url, git: gitUrl, html: htmlUrl }
  }
}
