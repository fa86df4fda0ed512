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
