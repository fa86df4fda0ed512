import type { AccountRecord, GitHubState, RepositoryRecord } from './state/records.js'
import { accountNamed } from './shapes/shape-context.js'
import type { SiteUrls } from './shapes/links.js'
import { nodeId } from './shapes/links.js'
import { simpleUser } from './shapes/account-shape.js'

/**
 * Turns a repository object of an example payload into the seeded one, keeping the example's shape (push
 * payloads carry `created_at` as a Unix time, pull request payloads as a string): every URL and name of the
 * example repository is rewritten, then identity fields are set from the record.
 */
export function adaptRepository<T extends object>(
  example: T,
  record: RepositoryRecord,
  state: GitHubState,
  urls: SiteUrls
): T {
  const exampleRepository = example as unknown as { full_name: string; default_branch: string }
  const fullName = `${record.owner}/${record.name}`
  const adapted = JSON.parse(
    rewriteUrls(JSON.stringify(example), urls).split(exampleRepository.full_name).join(fullName)
  ) as Record<string, unknown>
  const owner = accountNamed(state, record.owner)
  Object.assign(adapted, {
    id: record.id,
    node_id: nodeId('Repository', record.id),
    name: record.name,
    full_name: fullName,
    private: record.private,
    owner: simpleUser(owner, urls),
    fork: record.forkOf !== undefined,
    default_branch: record.defaultBranch,
    ...('master_branch' in adapted ? { master_branch: record.defaultBranch } : {}),
    ...('visibility' in adapted ? { visibility: record.private ? 'private' : 'public' } : {})
  })
  return adapted as T
}

/** The organization object of a payload, for an owner that is an organization. */
export function adaptOrganization<T extends object>(example: T, owner: AccountRecord, urls: SiteUrls): T {
  const exampleLogin = (example as unknown as { login: string }).login
  const adapted = JSON.parse(
    rewriteUrls(JSON.stringify(example), urls).split(exampleLogin).join(owner.login)
  ) as Record<string, unknown>
  return {
    ...adapted,
    id: owner.id,
    node_id: nodeId(owner.type, owner.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${owner.id}?v=4`
  } as T
}

/** Example payloads name api.github.com and github.com; the adapted ones name the emulator. */
export function rewriteUrls(json: string, urls: SiteUrls): string {
  return json.split('https://api.github.com').join(urls.api).split('https://github.com').join(urls.html)
}
