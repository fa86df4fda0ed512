import type { components } from '@octokit/openapi-types'
import type { AccountRecord } from '../state/records.js'
import type { SiteUrls } from './links.js'
import { nodeId } from './links.js'

export type SimpleUser = components['schemas']['simple-user']
export type PrivateUser = components['schemas']['private-user']

/** The `simple-user` object GitHub embeds wherever a person, bot or organization is named. */
export function simpleUser(account: AccountRecord, urls: SiteUrls): SimpleUser {
  const url = `${urls.api}/users/${encodeURIComponent(account.login)}`
  const isBot = account.type === 'Bot'
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(account.type, account.id),
    avatar_url: isBot
      ? 'https://avatars.githubusercontent.com/in/15368?v=4'
      : `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: isBot ? `${urls.html}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${urls.html}/${account.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false
  }
}

/** `GET /user` for a personal access token: the simple user plus the private profile fields. */
export function privateUser(account: AccountRecord, urls: SiteUrls, createdAt: string): PrivateUser {
  return {
    ...simpleUser(account, urls),
    name: account.name,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: createdAt,
    updated_at: createdAt,
    private_gists: 0,
    total_private_repos: 1,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 }
  }
}
