import type { Refusal } from '../config/policy-paths.js'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** A policy file's bytes as text, or why not: invalid UTF-8 is refused at the line and column of its first bad byte. */
export function decodePolicyFile(bytes: Uint8Array): { text: string } | { refused: Refusal } {
  try {
    return { text: strictUtf8.decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8(bytes) ?? 0
    const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split(/\r\n?|\n/)
    const line = lines.length
    const column = [...lines[line - 1]!].length + 1
    const byte = `0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'}`
    return {
      refused: {
        rule: 'file-encoding',
        message:
          `The file is not valid UTF-8: the byte ${byte} here does not belong to a UTF-8 character. ` +
          'Save the file as UTF-8.',
        line,
        column
      }
    }
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (the WHATWG decoder's rules), if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    if (lead < 0x80) {
      i += 1
      continue
    }
    const [count, low, high] =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80, 0xbf]
        : lead === 0xe0
          ? [2, 0xa0, 0xbf]
          : lead === 0xed
            ? [2, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [2, 0x80, 0xbf]
              : lead === 0xf0
                ? [3, 0x90, 0xbf]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [3, 0x80, 0xbf]
                  : lead === 0xf4
                    ? [3, 0x80, 0x8f]
                    : [0, 0, 0]
    if (count === 0) return i
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k]
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      if (next === undefined || next < min || next > max) return i
    }
    i += count + 1
  }
  return undefined
}
