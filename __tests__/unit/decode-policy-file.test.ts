import { decodePolicyFile, firstInvalidUtf8 } from '../../src/files/decode-policy-file.js'

const bytes = (...list: number[]) => Uint8Array.from(list)

describe('decodePolicyFile', () => {
  it('reads UTF-8, multi-byte characters and a byte order mark included', () => {
    expect(decodePolicyFile(new TextEncoder().encode('\uFEFFteam: café 🚀\n'))).toEqual({ text: 'team: café 🚀\n' })
  })

  it('refuses invalid UTF-8 at the line and column of the first bad byte', () => {
    const text = new TextEncoder().encode('a: 1\nb: é\nc: x')
    const bad = Uint8Array.from([...text.subarray(0, 14), 0xff, ...text.subarray(14)])
    const refused = expect.objectContaining({ rule: 'file-encoding', line: 3, column: 4 })
    expect(decodePolicyFile(bad)).toEqual({ refused })
  })

  it.each([
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong encoding of /', bytes(0xc0, 0xaf), 0],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
    ['a UTF-16 surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['a code point past U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['a sequence cut short by the end of the file', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['a sequence cut short by an ASCII byte', bytes(0xe2, 0x41, 0x41), 0]
  ])('finds %s where the strict decoder fails', (_what, input, offset) => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input)).toThrow()
    expect(firstInvalidUtf8(input)).toBe(offset)
  })

  it('finds nothing in valid UTF-8 of every length', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é € 𝄞 \u{10FFFF}'))).toBeUndefined()
  })
})
