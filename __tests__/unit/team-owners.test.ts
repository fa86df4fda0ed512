import { validatePolicyFiles } from '../../src/config/validate-files.js'
import { mergeOwners, platformOwners, unionOwners } from '../../src/config/team-owners.js'
import { buildDesiredState } from '../../src/desired/build-desired-state.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { renderPlanComment } from '../../src/render/plan/plan-markdown.js'
import { renderPlanText } from '../../src/render/plan/plan-text.js'
import { readPolicyRoot } from '../helpers/policy-root.js'

const { model } = validatePolicyFiles(readPolicyRoot('examples'))
const plan = buildPlan(buildDesiredState(model!, { repository: 'contoso/fleet-policies' }), [])

describe("the platform file's team owners reach a reviewer (issue #15)", () => {
  const owners = platformOwners(model!.platform.content)

  it('reads each team’s owners from the platform file', () => {
    expect(owners).toMatchObject({ payments: ['@contoso/payments'], data: ['@contoso/data'] })
  })

  it('names the owners of each changing team under the text plan, inert', () => {
    const text = renderPlanText(plan, { colour: false, owners: { ...owners, data: ['Data\u001b[31m team'] } })
    expect(text).toMatch(/^owners of payments: @contoso\/payments$/m)
    expect(text).toMatch(/^owners of data: Data\\x1b\[31m team$/m)
  })

  it('mentions handles in the plan comment’s team table and keeps other owners inert', () => {
    const comment = renderPlanComment(plan, {
      commit: 'abc',
      owners: mergeOwners(owners, { data: ['@contoso/data-reviewers'] }, { payments: ['Payments <b>leads</b>'] })
    })
    expect(comment).toMatch(/^\| data \(@contoso\/data @contoso\/data-reviewers\) \|/m)
    expect(comment).toContain('@contoso/payments Payments')
    expect(comment).not.toContain('<b>leads</b>')
  })

  it('lists each owner once across the platform file and CODEOWNERS', () => {
    expect(unionOwners(['@contoso/Payments'], ['@contoso/payments', '@alice'])).toEqual(['@contoso/Payments', '@alice'])
  })
})
