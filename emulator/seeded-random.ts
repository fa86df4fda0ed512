/** A small deterministic random source (mulberry32): the same seed gives the same fleet and the same faults. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, bound). */
  below(bound: number): number
  pick<T>(items: readonly T[]): T
}

export function seededRandom(seed: number | string): SeededRandom {
  let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed)
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (bound: number): number => Math.floor(next() * bound)
  return {
    next,
    below,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('cannot pick from an empty list')
      return items[below(items.length)] as T
    }
  }
}

function hashSeed(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}

/** A deterministic GUID-shaped string from a random source (not RFC 4122 random bits, but the same shape). */
export function seededGuid(random: SeededRandom): string {
  const hex = (n: number): string => Array.from({ length: n }, () => random.below(16).toString(16)).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[random.below(4)]}${hex(3)}-${hex(12)}`
}
