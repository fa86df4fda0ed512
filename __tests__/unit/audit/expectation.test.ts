import { validatePolicyFiles } from '../../../src/config/validate-files.js'
import { buildDesiredState } from '../../../src/desired/build-desired-state.js'
import { normalisedPath, refText, sourceExpectations } from '../../../src/audit/expectation.js'
import { readPolicyRoot } from '../../helpers/policy-root.js'

function expectationsOf(root: string) {
  const { model, problems } = validatePolicyFiles(readPolicyRoot(root))
  expect(problems).toEqual([])
  return sourceExpectations(buildDesiredState(model!, { repository: 'contoso/fleet-policies' }), (a) =>
    a.name.includes('pipelines') ? '2025-06-01T10:00:00Z' : undefined
  )
}

describe('what each source expects on its clusters', () => {
  it("takes the values Azure deploys from the examples: the file's, else the definition's defaults", () => {
    const shown = expectationsOf('examples').map((e) => [
      e.key,
      e.configurationName,
      e.namespace,
      e.url,
      refText(e.ref),
      e.kustomizationName,
      e.kustomizationPath,
      e.assignedAt ?? null
    ])
    expect(shown).toEqual([
      [
        'platform/baseline',
        'baseline',
        'flux-system',
        'https://github.com/contoso/platform-baseline',
        'branch:main',
        'baseline',
        './clusters/prod',
        null
      ],
      [
        'platform/security-tools',
        'security-tools',
        'security',
        'https://git.internal.contoso.com/platform/security-tools.git',
        'tag:v2.4.1',
        'kustomization-1',
        './deploy',
        null
      ],
      [
        'payments/payments-apps',
        'payments-apps',
        'payments',
        'https://github.com/contoso/payments-gitops',
        'branch:main',
        'apps',
        './clusters/prod',
        null
      ],
      [
        'payments/payments-jobs',
        'payments-jobs',
        'payments-jobs',
        'https://dev.azure.com/contoso/payments/_git/jobs',
        'commit:3f1c2e9a8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e',
        'kustomization-1',
        './',
        null
      ],
      [
        'data/data-pipelines',
        'data-pipelines',
        'data',
        'https://s3.eu-west-1.amazonaws.com',
        'bucket:contoso-data-manifests',
        'pipelines',
        './pipelines',
        '2025-06-01T10:00:00Z'
      ],
      [
        'data/data-models',
        'data-models',
        'ml',
        'http://minio.data.svc.cluster.local:9000',
        'bucket:models',
        'kustomization-1',
        './',
        null
      ]
    ])
  })

  it('leaves out sources that deploy nothing (enforcement DoNotEnforce): only their assignment is audited', () => {
    expect(expectationsOf('examples').map((e) => e.key)).not.toContain('payments/payments-infra')
  })

  it('reads the kustomization a generated custom definition hard-codes', () => {
    const [app] = expectationsOf('__tests__/fixtures/valid/custom-definitions')
    expect([app!.kustomizationName, app!.kustomizationPath, app!.namespace]).toEqual(['infra', './infra', 'default'])
  })

  it('compares kustomization paths without ./ or a trailing slash', () => {
    expect(['./', '', '.', './clusters/prod/', 'clusters/prod'].map(normalisedPath)).toEqual([
      '',
      '',
      '',
      'clusters/prod',
      'clusters/prod'
    ])
  })
})
