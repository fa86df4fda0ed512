import { ownersOf, parseCodeOwners } from '../../src/github/codeowners.js'

const CODEOWNERS = `
# Platform owns everything by default
*                       @contoso/platform
/teams/payments/        @contoso/payments @alice   # payments files
teams/data/**           @contoso/data
*.md                    @contoso/docs
/flux-policy.yaml       @contoso/platform @bob
`

describe('CODEOWNERS', () => {
  const rules = parseCodeOwners(CODEOWNERS)

  it.each([
    ['teams/payments/apps.yaml', ['@contoso/payments', '@alice']],
    ['teams/data/nested/pipelines.yaml', ['@contoso/data']],
    ['teams/platform/baseline.yaml', ['@contoso/platform']],
    ['flux-policy.yaml', ['@contoso/platform', '@bob']],
    ['docs/readme.md', ['@contoso/docs']],
    ['other/teams/payments/x.yaml', ['@contoso/platform']]
  ])('%s is owned by %j (the last matching rule wins)', (path, owners) => {
    expect(ownersOf(rules, path)).toEqual(owners)
  })

  it('ignores comments and blank lines', () => {
    expect(rules).toHaveLength(5)
    expect(ownersOf(parseCodeOwners('# nothing\n\n'), 'a')).toEqual([])
  })
})
