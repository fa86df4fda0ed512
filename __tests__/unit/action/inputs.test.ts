import { InputError, readSettings } from '../../../src/action/inputs.js'

const INPUT = 'INPUT_REQUIRE-REVIEWED-PLAN'

afterEach(() => {
  delete process.env[INPUT]
})

describe('require-reviewed-plan', () => {
  it('is on unless set to false', () => {
    expect(readSettings({}).requireReviewedPlan).toBe(true)
    process.env[INPUT] = 'false'
    expect(readSettings({}).requireReviewedPlan).toBe(false)
    process.env[INPUT] = 'true'
    expect(readSettings({}).requireReviewedPlan).toBe(true)
  })

  it('takes only true or false', () => {
    process.env[INPUT] = 'yes'
    expect(() => readSettings({})).toThrow(InputError)
    expect(() => readSettings({})).toThrow("Input 'require-reviewed-plan' must be true or false, not 'yes'.")
  })
})

describe('self-heal', () => {
  afterEach(() => {
    delete process.env['INPUT_SELF-HEAL']
  })

  it('is on unless set to false, and takes only true or false', () => {
    expect(readSettings({}).audit.selfHeal).toBe(true)
    process.env['INPUT_SELF-HEAL'] = 'false'
    expect(readSettings({}).audit.selfHeal).toBe(false)
    process.env['INPUT_SELF-HEAL'] = 'no'
    expect(() => readSettings({})).toThrow("Input 'self-heal' must be true or false, not 'no'.")
  })
})
