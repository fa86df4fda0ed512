// planRoot over an in-memory Azure: what each update's changed fields do to clusters that carry the configuration.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { planRoot } from '../../../src/commands/plan.js'
import type { PolicyDefinitionBody } from '../../../src/desired/custom-definition-body.js'
import { renderPlanJson } from '../../../src/render/plan/plan-json.js'
import { renderPlanComment } from '../../../src/render/plan/plan-markdown.js'
import { renderPlanText } from '../../../src/render/plan/plan-text.js'
import { InMemoryAzure } from '../../helpers/in-memory-azure.js'
import { realDefinitions } from '../../helpers/policy-root.js'
import { copyOfExamples, REPOSITORY } from './policy-copy.js'

/** Azure holding the real built-ins and what applying the examples creates. */
async function appliedExamples() {
  const copy = copyOfExamples()
  const azure = new InMemoryAzure()
  azure.builtins = new Map(
    realDefinitions().map((d) => [d.name.toLowerCase(), d.properties as unknown as PolicyDefinitionBody])
  )
  const outcome = await planRoot(copy.root, REPOSITORY, azure.reads)
  if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
  for (const c of outcome.plan.changes) if (c.action === 'create') await azure.writes.putAssignment(c.desired)
  azure.calls.length = 0
  return { copy, azure }
}

async function replan(root: string, azure: InMemoryAzure) {
  const outcome = await planRoot(root, REPOSITORY, azure.reads)
  if (outcome.kind !== 'planned') throw new Error(JSON.stringify(outcome.problems))
  return outcome.plan
}

describe('the plan knows what the policy can see', () => {
  it('a kustomization path is invisible to the policy, a sync interval reaches clusters through remediation', async () => {
    const { copy, azure } = await appliedExamples()
    copy.edit('teams/payments/apps.yaml', (t) =>
      t.replace('path: ./clusters/prod,', 'path: ./clusters/prod-v2,').replace('syncInterval: 5m', 'syncInterval: 7m')
    )
    const plan = await replan(copy.root, azure)
    const update = plan.changes.find((c) => c.action === 'update')!
    expect(plan.counts.update).toBe(1)
    expect(update.action === 'update' && update.reach).toEqual([
      { field: 'parameters.kustomizationPath', reach: 'invisible', properties: ['kustomizations.*.path'] },
      {
        field: 'parameters.repositorySyncInterval',
        reach: 'remediation',
        properties: ['gitRepository.syncIntervalInSeconds']
      }
    ])
    // The built-in is read for the update, once.
    expect(azure.calls.filter((c) => c.startsWith('builtinDefinitions'))).toEqual([
      'builtinDefinitions ',
      `builtinDefinitions ${update.desired.basedOn}`
    ])

    const line =
      '# existing clusters: remediation redeploys repositorySyncInterval; invisible to the policy, apply updates clusters directly kustomizationPath'
    expect(renderPlanText(plan, { colour: false }).split('\n')).toContain(`    ${line}`)
    expect(renderPlanComment(plan, { commit: 'abc' }).split('\n')).toContain(line)
    const json = JSON.parse(renderPlanJson(plan)) as { changes: Array<{ action: string; reach?: unknown }> }
    expect(json.changes.find((c) => c.action === 'update')!.reach).toEqual(update.action === 'update' && update.reach)
  })

  it('reads no built-in when no parameter changes', async () => {
    const { copy, azure } = await appliedExamples()
    copy.edit('teams/payments/apps.yaml', (t) => t.replace('enforcement: DoNotEnforce', 'enforcement: Default'))
    const plan = await replan(copy.root, azure)
    expect(plan.counts.update).toBe(1)
    expect(plan.changes.find((c) => c.action === 'update')).not.toHaveProperty('reach')
    expect(azure.calls.filter((c) => c.startsWith('builtinDefinitions'))).toEqual(['builtinDefinitions '])
  })

  it('refuses a configuration rename at the configurationName, with the safe steps', async () => {
    const { copy, azure } = await appliedExamples()
    copy.edit('teams/payments/apps.yaml', (t) =>
      t.replace('  - name: payments-apps\n', '  - name: payments-apps\n    configurationName: payments-v2\n')
    )
    const plan = await replan(copy.root, azure)
    expect(plan.errors).toEqual([
      {
        code: 'configuration-rename',
        file: 'teams/payments/apps.yaml',
        line: 6,
        column: 24,
        message: expect.stringContaining(
          "renames its Flux configuration from 'payments-apps' to 'payments-v2'. The policy does not compare"
        )
      }
    ])
    expect(plan.errors[0]!.message).toMatch(/1\) set prune: false .* 4\) add the source back/)
  })
})

describe('a custom definition update says what reaches existing clusters', () => {
  async function appliedCustom() {
    const root = mkdtempSync(join(tmpdir(), 'fp-reach-'))
    cpSync('__tests__/fixtures/valid/custom-definitions', root, { recursive: true })
    const azure = new InMemoryAzure()
    azure.builtins = new Map(
      realDefinitions().map((d) => [d.name.toLowerCase(), d.properties as unknown as PolicyDefinitionBody])
    )
    const plan = await replan(root, azure)
    for (const c of plan.definitionChanges)
      if (c.action === 'create') await azure.writes.putDefinition(c.scope, c.name, c.body)
    for (const c of plan.changes) if (c.action === 'create') await azure.writes.putAssignment(c.desired)
    const edit = (change: (text: string) => string) => {
      const file = join(root, 'teams/alpha/app.yaml')
      writeFileSync(file, change(readFileSync(file, 'utf8')))
    }
    return { root, azure, edit }
  }

  it('a kustomization is invisible, the hard-coded HTTPS timeout reaches clusters through remediation', async () => {
    const { root, azure, edit } = await appliedCustom()
    edit((t) => t.replace('path: ./apps,', 'path: ./apps-v2,').replace('timeout: 3m', 'timeout: 4m'))
    const plan = await replan(root, azure)
    const update = plan.definitionChanges.find((c) => c.action === 'update')!
    expect(plan.definitionCounts.update).toBe(1)
    expect(update.action === 'update' && update.reach).toEqual([
      {
        field: 'gitRepository.timeoutInSeconds',
        reach: 'remediation',
        properties: ['gitRepository.timeoutInSeconds']
      },
      { field: 'kustomizations.apps.path', reach: 'invisible', properties: ['kustomizations.apps.path'] }
    ])
    // The assignment does not change, yet its clusters need a remediation task to redeploy.
    expect(plan.counts.update).toBe(0)
    expect(plan.remediations.map((r) => r.assignmentName)).toEqual([
      plan.changes.find((c) => c.kind === 'configuration')!.name
    ])
    const line =
      '# existing clusters: remediation redeploys gitRepository.timeoutInSeconds; invisible to the policy, apply updates clusters directly kustomizations.apps.path'
    expect(renderPlanText(plan, { colour: false }).split('\n')).toContain(`    ${line}`)
    expect(renderPlanComment(plan, { commit: 'abc' }).split('\n')).toContain(line)
    const json = JSON.parse(renderPlanJson(plan)) as { definitions: Array<{ action: string; reach?: unknown }> }
    expect(json.definitions.find((c) => c.action === 'update')!.reach).toEqual(
      update.action === 'update' && update.reach
    )
  })

  it("an assignment update on a custom definition is classified against that definition's rule", async () => {
    const { root, azure, edit } = await appliedCustom()
    edit((t) => t.replace('user: bot', 'user: bot2').replace('  - name: app\n', '  - name: app\n    namespace: apps\n'))
    const plan = await replan(root, azure)
    const update = plan.changes.find((c) => c.action === 'update')!
    expect(update.action === 'update' && update.reach).toEqual([
      { field: 'parameters.configurationNamespace', reach: 'remediation', properties: ['namespace'] },
      { field: 'parameters.repositoryHttpsUser', reach: 'remediation', properties: ['gitRepository.httpsUser'] }
    ])
  })
})
