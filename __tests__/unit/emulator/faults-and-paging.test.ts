import { FaultPlan } from '../../../emulator/http/faults.js'
import { pageOf } from '../../../emulator/arm/paging.js'
import { createSimulatedClock } from '../../../emulator/clock.js'

describe('fault plans', () => {
  it('play a sequence once, then pass everything', () => {
    const plan = new FaultPlan([{ route: 'r', sequence: ['pass', { kind: 'drop' }] }])
    expect([1, 2, 3].map(() => plan.faultFor('r', 'GET', '/x')?.kind)).toEqual([undefined, 'drop', undefined])
    expect(plan.faultFor('other', 'GET', '/x')).toBeUndefined()
  })

  it('inject at most `times` times', () => {
    const plan = new FaultPlan([{ method: 'PUT', fault: { kind: 'throttle' }, times: 2 }])
    expect([1, 2, 3].map(() => plan.faultFor('r', 'PUT', '/x')?.kind)).toEqual(['throttle', 'throttle', undefined])
    expect(plan.faultFor('r', 'GET', '/x')).toBeUndefined()
  })

  it('draw fractions from the seed', () => {
    const draws = (seed: number) => {
      const plan = new FaultPlan(
        [{ path: 'policyAssignments', fraction: 0.3, fault: { kind: 'error', status: 500 } }],
        seed
      )
      return Array.from({ length: 200 }, () => plan.faultFor('r', 'GET', '/a/policyAssignments') !== undefined)
    }
    const hits = draws(3).filter(Boolean).length
    expect(hits).toBeGreaterThan(30)
    expect(hits).toBeLessThan(90)
    expect(draws(3)).toEqual(draws(3))
  })
})

describe('list paging', () => {
  const request = (query: string) => ({
    path: '/subscriptions/s/providers/Microsoft.Authorization/policyAssignments',
    query: new URLSearchParams(query),
    origin: 'https://127.0.0.1:1'
  })

  it('pages by $top with an absolute nextLink that keeps the other query parameters', () => {
    const items = Array.from({ length: 5 }, (_, i) => i)
    const first = pageOf(items, request('api-version=2025-03-01&$filter=atScope()&$top=2'))
    expect(first.value).toEqual([0, 1])
    const next = new URL(first.nextLink ?? '')
    expect(next.origin + next.pathname).toBe(
      'https://127.0.0.1:1/subscriptions/s/providers/Microsoft.Authorization/policyAssignments'
    )
    expect(next.searchParams.get('$filter')).toBe('atScope()')
    const second = pageOf(items, request(next.search.slice(1)))
    expect(second.value).toEqual([2, 3])
    const last = pageOf(items, request(new URL(second.nextLink ?? '').search.slice(1)))
    expect(last).toEqual({ value: [4] })
  })

  it('rejects $top outside 1..1000 and a forged skip token', () => {
    expect(() => pageOf([], request('$top=1001'))).toThrow('$top')
    expect(() => pageOf([], request('$skiptoken=nonsense'))).toThrow('skip token')
  })
})

describe('the simulated clock', () => {
  it('stands still unless advanced, and tells listeners', () => {
    const clock = createSimulatedClock({ start: Date.parse('2026-01-01T00:00:00Z') })
    const seen: number[] = []
    clock.onAdvance((now) => seen.push(now))
    clock.advance(1500)
    expect(clock.iso()).toBe('2026-01-01T00:00:01.500Z')
    expect(seen).toEqual([Date.parse('2026-01-01T00:00:01.500Z')])
    expect(() => clock.advance(-1)).toThrow('only moves forward')
  })
})
