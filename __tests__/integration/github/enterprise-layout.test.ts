// GitHub Enterprise Server's layout, which `gh` uses for any host but github.com (HTTPS, REST under /api/v3, GraphQL
// at /api/graphql, scopes in X-OAuth-Scopes), served by the GitHub emulator to the real Octokit. The GraphQL
// documents are the ones gh 2.23 sends for `gh issue list/view/create/comment` and `gh pr view` (recorded from
// gh against the emulator; cli/cli pkg/cmd/issue and api/queries_issue.go build them).
import { request as httpsRequest } from 'node:https'
import { Octokit } from '@octokit/rest'
import { startGitHubEmulator, type GitHubEmulator } from '../../../emulator/github/index.js'
import { createSimulatedClock, startAzureEmulator } from '../../../emulator/index.js'
import { emulatorAnnouncement } from '../../../emulator/cli.js'
import {
  createTestCertificateAuthority,
  type TestCertificateAuthority
} from '../../../emulator/tls/test-certificate-authority.js'

/** `fetch` over node:https trusting the emulator's CA (Octokit takes a `request.fetch`; global fetch has no `ca`). */
function fetchTrusting(ca: string): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const headers = Object.fromEntries(new Headers(init.headers).entries())
    return new Promise<Response>((resolve, reject) => {
      const req = httpsRequest(url, { method: init.method ?? 'GET', headers, ca }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const responseHeaders = new Headers()
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') responseHeaders.set(k, v)
          const status = res.statusCode ?? 0
          const body = status === 204 || status === 304 ? null : Buffer.concat(chunks)
          resolve(new Response(body, { status, headers: responseHeaders }))
        })
      })
      req.on('error', reject)
      req.end(typeof init.body === 'string' ? init.body : undefined)
    })
  }) as typeof fetch
}

const ISSUE_LIST = `fragment issue on Issue {number,title,url,state,updatedAt,labels(first:100){nodes{id,name,description,color},totalCount},stateReason}
query IssueList($owner: String!, $repo: String!, $limit: Int, $endCursor: String, $states: [IssueState!] = OPEN, $assignee: String, $author: String, $mention: String) {
  repository(owner: $owner, name: $repo) {
    hasIssuesEnabled
    issues(first: $limit, after: $endCursor, orderBy: {field: CREATED_AT, direction: DESC}, states: $states, filterBy: {assignee: $assignee, createdBy: $author, mentioned: $mention}) {
      totalCount
      nodes { ...issue }
      pageInfo { hasNextPage endCursor }
    }
  }
}`

const REPOSITORY_INFO = `fragment repo on Repository { id name owner { login } hasIssuesEnabled description hasWikiEnabled viewerPermission defaultBranchRef { name } }
query RepositoryInfo($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) { ...repo parent { ...repo } mergeCommitAllowed rebaseMergeAllowed squashMergeAllowed }
}`

const ISSUE_CREATE = `mutation IssueCreate($input: CreateIssueInput!) { createIssue(input: $input) { issue { id url } } }`
const COMMENT_CREATE = `mutation CommentCreate($input:AddCommentInput!){addComment(input: $input){commentEdge{node{url}}}}`

const ISSUE_BY_NUMBER = `query IssueByNumber($owner: String!, $repo: String!, $number: Int!) {
  repository(owner: $owner, name: $repo) {
    hasIssuesEnabled
    issue: issueOrPullRequest(number: $number) {
      __typename
      ...on Issue{number,url,state,createdAt,title,body,author{login,...on User{id,name}},milestone{number,title,description,dueOn},assignees(first:100){nodes{id,login,name},totalCount},labels(first:100){nodes{id,name,description,color},totalCount},projectCards(first:100){nodes{project{name}column{name}},totalCount},reactionGroups{content,users{totalCount}},stateReason,comments(first: 100) {nodes {id,author{login,...on User{id,name}},authorAssociation,body,createdAt,includesCreatedEdit,isMinimized,minimizedReason,reactionGroups{content,users{totalCount}},url,viewerDidAuthor},pageInfo{hasNextPage,endCursor},totalCount},id}
      ...on PullRequest{number,url,state,title,id}
    }
  }
}`

const PULL_REQUEST_BY_NUMBER = `query PullRequestByNumber($owner: String!, $repo: String!, $pr_number: Int!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $pr_number) {url,number,title,state,body,author{login,...on User{id,name}},isDraft,maintainerCanModify,mergeable,additions,deletions,commits{totalCount},baseRefName,headRefName,headRepositoryOwner{id,login,...on User{name}},headRepository{id,name},isCrossRepository,reviewRequests(first: 100) {nodes {requestedReviewer {__typename,...on User{login},...on Team{organization{login}name,slug}}}},assignees(first:100){nodes{id,login,name},totalCount},labels(first:100){nodes{id,name,description,color},totalCount},createdAt,statusCheckRollup: commits(last: 1) {nodes {commit {statusCheckRollup {contexts(first:100) {nodes {__typename}}}}}},id}
  }
}`

describe('the GitHub emulator in GitHub Enterprise Server layout, over HTTPS', () => {
  let ca: TestCertificateAuthority
  let github: GitHubEmulator
  let octokit: Octokit
  beforeAll(async () => {
    ca = await createTestCertificateAuthority()
    github = await startGitHubEmulator({ tls: { keyPem: ca.serverKeyPem, certPem: ca.serverCertPem } })
    octokit = new Octokit({
      auth: github.tokens.human,
      baseUrl: github.enterprise.apiUrl,
      request: { fetch: fetchTrusting(ca.caPem) }
    })
  })
  afterAll(async () => {
    await github.stop()
    await ca.dispose()
  })

  const graphql = <T>(query: string, variables: Record<string, unknown>) =>
    octokit.graphql<T>(query, { ...variables, baseUrl: github.enterprise.apiUrl.replace(/\/api\/v3$/, '/api') })

  it('serves REST under /api/v3 over HTTPS, with URLs that keep the prefix', async () => {
    expect(github.enterprise.apiUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    const { data } = await octokit.rest.repos.get({ owner: 'contoso', repo: 'fleet-policies' })
    expect(data.full_name).toBe('contoso/fleet-policies')
    expect(data.url).toBe(`${github.enterprise.apiUrl}/repos/contoso/fleet-policies`)
    expect(data.html_url).toBe(`${github.apiUrl}/contoso/fleet-policies`)
    expect(github.requests.forRoute('repos.get').at(-1)?.path).toBe('/api/v3/repos/contoso/fleet-policies')
  })

  it('answers GET /api/v3/ with the API root and the token scopes in X-OAuth-Scopes (what gh auth status reads)', async () => {
    const root = await octokit.request('GET /')
    expect(root.status).toBe(200)
    expect(root.data).toMatchObject({ current_user_url: `${github.enterprise.apiUrl}/user` })
    expect(root.headers['x-oauth-scopes']).toBe('gist, read:org, repo, workflow')
    const bot = new Octokit({
      auth: github.tokens.bot,
      baseUrl: github.enterprise.apiUrl,
      request: { fetch: fetchTrusting(ca.caPem) }
    })
    expect((await bot.request('GET /')).headers['x-oauth-scopes']).toBeUndefined()
  })

  it('keeps the github.com-style layout on the same origin', async () => {
    const plain = new Octokit({
      auth: github.tokens.human,
      baseUrl: github.apiUrl,
      request: { fetch: fetchTrusting(ca.caPem) }
    })
    const { data } = await plain.rest.issues.listForRepo({ owner: 'contoso', repo: 'fleet-policies', state: 'all' })
    expect(data.map((i) => i.number)).toEqual([2, 1])
    expect(data[0]?.url).toBe(`${github.apiUrl}/repos/contoso/fleet-policies/issues/2`)
  })

  it('answers gh feature detection (__type introspection) at /api/graphql', async () => {
    const result = await graphql<{ Issue: { fields: Array<{ name: string }> } }>(
      'query Issue_fields{Issue: __type(name: "Issue"){fields(includeDeprecated: true){name}}}',
      {}
    )
    expect(result.Issue.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['stateReason', 'number', 'title']))
    expect(github.requests.forRoute('graphql').at(-1)?.path).toBe('/api/graphql')
  })

  it('creates an issue, comments on it, lists and views it with gh 2.23 documents', async () => {
    const info = await graphql<{ repository: { id: string; viewerPermission: string; parent: null } }>(
      REPOSITORY_INFO,
      {
        owner: 'contoso',
        name: 'fleet-policies'
      }
    )
    expect(info.repository).toMatchObject({ viewerPermission: 'WRITE', parent: null })
    const created = await graphql<{ createIssue: { issue: { id: string; url: string } } }>(ISSUE_CREATE, {
      input: { repositoryId: info.repository.id, title: 'Drift on prod', body: 'hello' }
    })
    expect(created.createIssue.issue.url).toBe(`${github.apiUrl}/contoso/fleet-policies/issues/3`)
    const commented = await graphql<{ addComment: { commentEdge: { node: { url: string } } } }>(COMMENT_CREATE, {
      input: { subjectId: created.createIssue.issue.id, body: 'a comment' }
    })
    expect(commented.addComment.commentEdge.node.url).toMatch(/\/issues\/3#issuecomment-\d+$/)

    const list = await graphql<{
      repository: { issues: { totalCount: number; nodes: Array<{ number: number; state: string; title: string }> } }
    }>(ISSUE_LIST, { owner: 'contoso', repo: 'fleet-policies', limit: 30, states: ['OPEN'] })
    expect(list.repository.issues).toMatchObject({
      totalCount: 1,
      nodes: [{ number: 3, state: 'OPEN', title: 'Drift on prod' }]
    })

    const view = await graphql<{
      repository: { issue: { __typename: string; body: string; comments: { totalCount: number; nodes: unknown[] } } }
    }>(ISSUE_BY_NUMBER, { owner: 'contoso', repo: 'fleet-policies', number: 3 })
    expect(view.repository.issue).toMatchObject({
      __typename: 'Issue',
      body: 'hello',
      author: { login: 'mona' },
      comments: {
        totalCount: 1,
        nodes: [{ body: 'a comment', author: { login: 'mona' }, authorAssociation: 'MEMBER' }]
      }
    })
    // The REST side sees the same issue.
    const rest = await octokit.rest.issues.listComments({ owner: 'contoso', repo: 'fleet-policies', issue_number: 3 })
    expect(rest.data.map((c) => c.body)).toEqual(['a comment'])
  })

  it('views a pull request from a fork with the gh 2.23 document', async () => {
    const view = await graphql<{ repository: { pullRequest: Record<string, unknown> } }>(PULL_REQUEST_BY_NUMBER, {
      owner: 'contoso',
      repo: 'fleet-policies',
      pr_number: 2
    })
    expect(view.repository.pullRequest).toMatchObject({
      number: 2,
      state: 'OPEN',
      author: { login: 'fork-contributor' },
      isCrossRepository: true,
      headRepositoryOwner: { login: 'fork-contributor' },
      baseRefName: 'main',
      statusCheckRollup: { nodes: [{ commit: { statusCheckRollup: null } }] }
    })
  })

  it('fails an unknown field as GitHub does, and a missing issue with NOT_FOUND', async () => {
    await expect(
      graphql('query { repository(owner: "contoso", name: "fleet-policies") { nope } }', {})
    ).rejects.toMatchObject({
      errors: [
        {
          message: "Field 'nope' doesn't exist on type 'Repository'",
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'nope' }
        }
      ]
    })
    await expect(
      graphql(ISSUE_BY_NUMBER, { owner: 'contoso', repo: 'fleet-policies', number: 99 })
    ).rejects.toMatchObject({
      errors: [
        {
          message: 'Could not resolve to an issue or pull request with the number of 99.',
          path: ['repository', 'issue']
        }
      ]
    })
  })

  it('runs beside the Azure emulator on its CA (--github-enterprise) and names GH_HOST and GH_ENTERPRISE_TOKEN', async () => {
    const azure = await startAzureEmulator({ clock: createSimulatedClock() })
    const beside = await startGitHubEmulator({ tls: azure.serverTls })
    try {
      const env = emulatorAnnouncement(azure, beside).env as Record<string, string>
      expect(env).toMatchObject({ GH_HOST: beside.enterprise.host, GH_ENTERPRISE_TOKEN: beside.tokens.human })
      const client = new Octokit({
        auth: env.GH_ENTERPRISE_TOKEN,
        baseUrl: `https://${env.GH_HOST}/api/v3`,
        request: { fetch: fetchTrusting(azure.caPem) }
      })
      expect((await client.rest.users.getAuthenticated()).data.login).toBe('mona')
      expect(emulatorAnnouncement(azure, github).env).toMatchObject({ GH_HOST: github.enterprise.host })
    } finally {
      await beside.stop()
      await azure.stop()
    }
  })
})
