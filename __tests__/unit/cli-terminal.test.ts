import { isConfirmation, shouldColour } from '../../src/cli/terminal.js'

describe('colour in the terminal', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [false, { FORCE_COLOR: '3', NO_COLOR: '1' }, true]
  ])('a TTY %s with %j colours: %s', (isTty, env, expected) => {
    expect(shouldColour(isTty, env)).toBe(expected)
  })
})

describe("apply's confirmation", () => {
  it.each(['yes', 'y', 'Y', 'YES', ' Yes\n'])('accepts %j', (answer) => {
    expect(isConfirmation(answer)).toBe(true)
  })

  it.each(['', 'no', 'n', 'yess', 'ye', 'y e s', 'sure', 'yes please'])('refuses %j', (answer) => {
    expect(isConfirmation(answer)).toBe(false)
  })
})
