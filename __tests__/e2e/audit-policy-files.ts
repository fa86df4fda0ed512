// A small policy repository for the audit's end-to-end test: two teams on the demo fleet, one source each, so every
// kind of drift lands on few issues (GitHub's throttling spaces issue writes seconds apart).
export const PROD_APPS = '11111111-1111-1111-1111-111111111111'
export const PROD_DATA = '22222222-2222-2222-2222-222222222222'
export const PAYMENTS_RG = { subscription: PROD_APPS, scope: `/subscriptions/${PROD_APPS}/resourceGroups/rg-payments` }

export const POLICY_FILES: Record<string, string> = {
  'flux-policy.yaml': `version: 1
location: westeurope
teams:
  payments:
    scopes: [${PAYMENTS_RG.scope}]
    owners: ['@contoso/payments']
  data:
    scopes: [/subscriptions/${PROD_DATA}]
    owners: ['@contoso/data']
fluxExtension: { assign: true }
`,
  'teams/payments/apps.yaml': `team: payments
sources:
  - name: payments-apps
    scope: ${PAYMENTS_RG.scope}
    exclude: [${PAYMENTS_RG.scope}/providers/Microsoft.ContainerService/managedClusters/canary]
    git: { url: https://github.com/contoso/payments-gitops, branch: main }
    namespace: payments
    configurationScope: namespace
    kustomization: { name: apps, path: ./clusters/prod, prune: true }
`,
  'teams/data/pipelines.yaml': `team: data
sources:
  - name: data-pipelines
    scope: /subscriptions/${PROD_DATA}
    git: { url: https://github.com/contoso/data-pipelines, branch: main }
    namespace: data
`
}
