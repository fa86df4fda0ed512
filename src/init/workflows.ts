/**
 * The three workflows `flux-policy init` writes, exactly as the README shows them (a test keeps both the same):
 * least permissions, one concurrency group each.
 */

/** Where the action is published; the workflows and the schema links name it. */
export const ACTION_REPOSITORY = 'OWNER/flux-policy'
export const ACTION_MAJOR = 'v1'

const uses = `${ACTION_REPOSITORY}@${ACTION_MAJOR}`

export const PLAN_WORKFLOW = `# .github/workflows/flux-policy.yml
name: flux-policy
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write   # the sticky plan comment
  id-token: write        # GitHub OIDC sign-in to Azure
concurrency:
  group: flux-policy-plan-\${{ github.event.pull_request.number }}
  cancel-in-progress: true
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          root: .
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_PLAN_CLIENT_ID }}
`

export const APPLY_WORKFLOW = `# .github/workflows/flux-policy-apply.yml
name: flux-policy apply
on:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write   # the result comment on the merged pull request
  issues: write          # records the configurations a deleted source leaves, for the audit
  id-token: write
concurrency:
  group: flux-policy-apply
  cancel-in-progress: false   # a queued run may replace a pending one: apply always converges on the commit it runs
jobs:
  apply:
    runs-on: ubuntu-latest
    environment: azure-apply  # optional: protection rules, and a federated subject per environment
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_APPLY_CLIENT_ID }}
`

export const AUDIT_WORKFLOW = `# .github/workflows/flux-policy-audit.yml
name: flux-policy audit
on:
  schedule:
    - cron: '17 3 * * *'   # nightly; \`auto\` mode audits on schedule and workflow_dispatch
  workflow_dispatch:
permissions:
  contents: read           # the policy files and CODEOWNERS
  issues: write            # one issue per drifted source
  id-token: write          # GitHub OIDC sign-in to Azure
concurrency:
  group: flux-policy-audit
  cancel-in-progress: false
jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_AUDIT_CLIENT_ID }}   # Reader at the scopes the files use is enough
`

/** Each workflow by its path in the repository (the first comment line of each names it). */
export const WORKFLOWS: ReadonlyArray<{ path: string; text: string }> = [
  PLAN_WORKFLOW,
  APPLY_WORKFLOW,
  AUDIT_WORKFLOW
].map((text) => ({ path: text.slice('# '.length, text.indexOf('\n')), text }))
