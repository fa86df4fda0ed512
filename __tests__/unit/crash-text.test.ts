// The last-resort handlers (the CLI's top-level catch, the action's setFailed, uncaught exceptions and unhandled
// rejections) print what crashText makes of an error nothing else handled: Azure's errors can echo the request
// (Key Vault values resolved into `httpsKey`, tokens in URLs, an Authorization header), so no secret, no line
// break and no escape sequence may come through, and what the errors say (causes too) must still be there.
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline'
import { crashText } from '../../src/render/crash-text.js'
import { errorText } from '../../src/util/error-text.js'

const KEY = 'Z2hwX0FCQ0RFRmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=='
const PAT = 'ghp_0123456789abcdefABCDEF0123456789abcd'
// An opaque bearer token (no JWT shape, nothing a secret scanner knows).
const BEARER = 'q7Zt0pXe4LmN2bVc9RsK1wYh6JdFgA3u'
const SHORT = 's3cr3t'

function restErrorEchoingTheRequest(): RestError {
  const request = createPipelineRequest({
    url: `https://management.azure.com/subscriptions/1/providers/x?api-version=1&sig=${KEY}`,
    method: 'PUT',
    headers: createHttpHeaders({ authorization: `Bearer ${BEARER}` }),
    body: JSON.stringify({ configurationProtectedSettings: { httpsKey: KEY } })
  })
  return new RestError(`Request rejected. Authorization: Bearer ${BEARER}; body {"httpsKey":"${SHORT}"}`, {
    code: 'InvalidRequestContent',
    statusCode: 400,
    request,
    response: { headers: createHttpHeaders(), request, status: 400, bodyAsText: `{"httpsKey":"${KEY}"}` }
  })
}

function expectSafe(text: string): void {
  for (const secret of [KEY, PAT, BEARER, SHORT]) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/)
}

describe('crashText (what a last-resort handler prints)', () => {
  it('hides a secret setting an error message echoes', () => {
    const text = crashText(new Error(`Deployment failed: httpsKey: ${SHORT}, sshPrivateKey=${KEY}`))
    expectSafe(text)
    expect(text).toBe('Deployment failed: httpsKey: [secret hidden], sshPrivateKey=[secret hidden]')
  })

  it('shows a RestError by its message, code and status, never its request, headers or response', () => {
    const text = crashText(restErrorEchoingTheRequest())
    expectSafe(text)
    expect(text).toContain('Request rejected. Authorization: Bearer [secret hidden]; body {"httpsKey":[secret hidden]}')
    expect(text).toContain('(InvalidRequestContent, HTTP 400)')
  })

  it('follows causes, each with its secrets hidden', () => {
    const root = new Error(`clone of https://flux:${PAT}@github.com/contoso/apps failed`)
    const middle = new Error(`bucketSecretKey: ${SHORT}`, { cause: root })
    const text = crashText(new Error('apply stopped', { cause: middle }))
    expectSafe(text)
    expect(text).toBe(
      'apply stopped — cause: bucketSecretKey: [secret hidden] — cause: clone of [secret hidden] failed'
    )
  })

  it('follows the errors of an AggregateError and stops at a cycle', () => {
    const looping = new Error(`token=${PAT}`)
    ;(looping as { cause?: unknown }).cause = looping
    const text = crashText(new AggregateError([looping, new Error('second')], 'two failed'))
    expectSafe(text)
    expect(text).toBe('two failed — error: token=[secret hidden] — error: second')
  })

  it.each([
    ['a string', `Authorization: Basic ${KEY}`, 'Authorization: Basic [secret hidden]'],
    ['an object with a message', { message: `clientSecret: ${SHORT}`, code: 'Boom' }, 'clientSecret: [secret hidden]'],
    ['an object without one', { httpsKey: SHORT, password: KEY }, 'a non-error object was thrown'],
    ['undefined', undefined, 'undefined was thrown'],
    ['a number', 42, '42']
  ])('shows a thrown %s that is no Error safely', (_, value, shown) => {
    const text = crashText(value)
    expectSafe(text)
    expect(text).toContain(shown)
  })

  it('keeps line breaks and escape sequences out of the terminal (no workflow command at column 0)', () => {
    const text = crashText(new Error('bad\n::error::spoofed\u001b]8;;https://evil\u0007link\u001b[2J\u202egnp.exe'))
    expectSafe(text)
    expect(text).toBe('bad\\n::error::spoofed\\x1b]8;;https://evil\\x07link\\x1b[2J\\u202egnp.exe')
  })

  it('cuts a message that quotes a whole request body', () => {
    const text = crashText(new Error('x'.repeat(10_000)))
    expect(text.length).toBeLessThanOrEqual(4001)
    expect(text.endsWith('…')).toBe(true)
  })
})

describe('errorText and Authorization headers', () => {
  it.each([
    [`Authorization: Bearer ${BEARER}`, 'Authorization: Bearer [secret hidden]'],
    [`"Authorization":"SharedKey acct:${KEY}"`, '"Authorization":"SharedKey [secret hidden]"'],
    [`sent with bearer ${BEARER}.`, 'sent with bearer [secret hidden]'],
    ['The bearer token was rejected.', 'The bearer token was rejected.'],
    ["The 'Authorization' header is missing.", "The 'Authorization' header is missing."]
  ])('%s', (message, shown) => {
    expect(errorText(message)).toBe(shown)
  })
})
