import { FaultPlan } from '../../../emulator/http/faults.js'

describe('fault plans with latency', () => {
  it('delay a request and let the rules after them decide whether it fails', () => {
    const plan = new FaultPlan([
      { fault: { kind: 'latency', milliseconds: 50 } },
      { method: 'PUT', sequence: [{ kind: 'error', status: 500 }, 'pass'] }
    ])
    expect(plan.decide('r', 'PUT', '/x')).toEqual({ latencyMs: 50, failure: { kind: 'error', status: 500 } })
    expect(plan.decide('r', 'PUT', '/x')).toEqual({ latencyMs: 50 })
    expect(plan.decide('r', 'GET', '/x')).toEqual({ latencyMs: 50 })
  })

  it('still let the first deciding rule win over later ones', () => {
    const plan = new FaultPlan([
      { method: 'PUT', fault: { kind: 'drop' } },
      { fault: { kind: 'latency', milliseconds: 50 } }
    ])
    expect(plan.decide('r', 'PUT', '/x')).toEqual({ failure: { kind: 'drop' } })
    expect(plan.faultFor('r', 'GET', '/x')).toEqual({ kind: 'latency', milliseconds: 50 })
  })
})
