// The audit state issue (#13): first sightings of drifted clusters of unknown age, kept on GitHub between nights.
import { sightingKey } from '../../../src/audit/first-sighting.js'
import { planAuditStateWrite } from '../../../src/issues/audit-state-plan.js'
import {
  AUDIT_STATE_LABEL,
  MAX_SIGHTINGS,
  readAuditState,
  renderAuditStateBody
} from '../../../src/render/drift/audit-state-issue.js'

const key = sightingKey('payments/payments-apps', '/subscriptions/s/resourceGroups/rg/providers/x/aks-1')
const sightings = new Map([[key, '2026-11-28T03:17:00.000Z']])

describe('the audit state issue', () => {
  it('reads back the sightings it wrote, and says how many drifts wait', () => {
    const body = renderAuditStateBody(sightings, 1, 7200)
    expect(readAuditState(body)).toEqual(sightings)
    expect(body).toContain('1 drift waits for confirmation')
    expect(body).toContain('at least 2 h apart')
  })

  it('stores hashed keys only: no source or cluster text', () => {
    expect(key).toMatch(/^[0-9a-f]{20}$/)
    expect(renderAuditStateBody(sightings, 0, 7200)).not.toMatch(/payments|aks-1/)
  })

  it('reads nothing from a body without its marker line, or with the state anywhere but the last line', () => {
    const body = renderAuditStateBody(sightings, 1, 7200)
    expect(readAuditState(`someone's text\n${body}`)).toBeUndefined()
    expect(readAuditState(`${body}\nmore text`)).toBeUndefined()
    expect(readAuditState(undefined)).toBeUndefined()
  })

  it('drops entries not in its shape (keys, times)', () => {
    const body = renderAuditStateBody(sightings, 1, 7200).replace(
      '{"firstSightings":{',
      '{"firstSightings":{"--> <b>":"2026-11-28T03:17:00.000Z","0123456789abcdef0123":"yesterday",'
    )
    expect(readAuditState(body)).toEqual(sightings)
  })

  it('keeps the oldest sightings when there are too many', () => {
    const many = new Map(
      Array.from({ length: MAX_SIGHTINGS + 5 }, (_, i) => [
        sightingKey('s', `c${i}`),
        new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
      ])
    )
    const read = readAuditState(renderAuditStateBody(many, 0, 7200))!
    expect(read.size).toBe(MAX_SIGHTINGS)
    expect(read.has(sightingKey('s', 'c0'))).toBe(true)
    expect(read.has(sightingKey('s', `c${MAX_SIGHTINGS + 4}`))).toBe(false)
  })
})

describe('planAuditStateWrite', () => {
  const input = { sightings, unconfirmed: 1, graceSeconds: 7200 }

  it('opens the state issue when there is something to remember, and nothing otherwise', () => {
    expect(planAuditStateWrite({ ...input, existing: [] })).toMatchObject({
      kind: 'open',
      title: 'flux-policy audit state',
      labels: [AUDIT_STATE_LABEL]
    })
    expect(planAuditStateWrite({ ...input, sightings: new Map(), existing: [] })).toBeUndefined()
  })

  it('writes nothing when the body would not change, and updates the oldest state issue when it would', () => {
    const body = renderAuditStateBody(sightings, 1, 7200)
    const issue = (number: number, text: string, state: 'open' | 'closed' = 'open') => ({
      number,
      state,
      title: 'flux-policy audit state',
      body: text
    })
    expect(planAuditStateWrite({ ...input, existing: [issue(3, body)] })).toBeUndefined()
    const changed = planAuditStateWrite({ ...input, unconfirmed: 0, existing: [issue(9, body), issue(3, body)] })
    expect(changed).toMatchObject({ kind: 'update', number: 3, reopen: false })
    expect(planAuditStateWrite({ ...input, existing: [issue(3, body, 'closed')] })).toMatchObject({
      kind: 'update',
      reopen: true
    })
  })
})
