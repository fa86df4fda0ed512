// Azure's error messages are shown to people (logs, comments, summaries, the step's `result` output): whatever the
// request carried and the message echoes, no secret is shown.
import { errorText } from '../../src/util/error-text.js'

const KEY = 'Z2hwX0FCQ0RFRmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=='
const PAT = 'ghp_0123456789abcdefABCDEF0123456789abcd'

describe('errorText', () => {
  it.each([
    ['a deployment error quoting the protected settings', `Invalid value: {"httpsKey": "${KEY}", "x": 1}`],
    ['JSON quoted inside the message', `The request {\\"sshPrivateKey\\":\\"${KEY}\\"} is invalid`],
    ['a bucket secret key', `bucketSecretKey=${KEY}; bucketAccessKey=AKIA`],
    ['a password in a source URL', `unable to clone 'https://deploy:${PAT}@github.com/contoso/apps'`],
    ['a token on its own', `token rejected: ${PAT}`]
  ])('hides %s', (_, message) => {
    const text = errorText(new Error(message))
    expect(text).not.toContain(KEY)
    expect(text).not.toContain(PAT)
    expect(text).toContain('[secret hidden]')
  })

  it('keeps what a message says that is no secret', () => {
    const message = "The kustomization path './apps' of configuration 'payments-apps' does not exist (code 400)."
    expect(errorText(new Error(message))).toBe(message)
    expect(errorText('Conflict: operation in progress')).toBe('Conflict: operation in progress')
  })
})
