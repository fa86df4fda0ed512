/** Kusto `timespan` values at run time (milliseconds; fractions keep ticks). `datetime` values are JS `Date`s. */
export class Timespan {
  constructor(readonly ms: number) {}
  toString(): string {
    return formatTimespan(this.ms)
  }
  toJSON(): string {
    return formatTimespan(this.ms)
  }
}

export const MS = {
  tick: 0.0001,
  microsecond: 0.001,
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000
} as const

const UNIT_MS: Record<string, number> = {
  d: MS.day,
  day: MS.day,
  days: MS.day,
  h: MS.hour,
  hr: MS.hour,
  hrs: MS.hour,
  hour: MS.hour,
  hours: MS.hour,
  m: MS.minute,
  min: MS.minute,
  minute: MS.minute,
  minutes: MS.minute,
  s: MS.second,
  sec: MS.second,
  second: MS.second,
  seconds: MS.second,
  ms: 1,
  milli: 1,
  millis: 1,
  millisecond: 1,
  milliseconds: 1,
  microsecond: MS.microsecond,
  microseconds: MS.microsecond,
  tick: MS.tick,
  ticks: MS.tick
}

/** `2h`, `1.5d`, `30s`, `100ms`, `1.02:03:04.5`, `02:00`... → milliseconds, or undefined. */
export function parseTimespan(text: string): number | undefined {
  const trimmed = text.trim()
  const unit = /^(-?\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(trimmed)
  if (unit?.[1] && unit[2]) {
    const factor = UNIT_MS[unit[2].toLowerCase()]
    return factor === undefined ? undefined : Number(unit[1]) * factor
  }
  const clock = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(trimmed)
  if (!clock) return undefined
  const [, minus, days, hours, minutes, seconds, fraction] = clock
  const ms =
    Number(days ?? 0) * MS.day +
    Number(hours) * MS.hour +
    Number(minutes) * MS.minute +
    Number(seconds ?? 0) * MS.second +
    (fraction ? Number(`0.${fraction}`) * MS.second : 0)
  return minus ? -ms : ms
}

/** Kusto's `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimespan(ms: number): string {
  const sign = ms < 0 ? '-' : ''
  let ticks = Math.round(Math.abs(ms) * 10_000)
  const days = Math.floor(ticks / 864_000_000_000)
  ticks -= days * 864_000_000_000
  const hours = Math.floor(ticks / 36_000_000_000)
  ticks -= hours * 36_000_000_000
  const minutes = Math.floor(ticks / 600_000_000)
  ticks -= minutes * 600_000_000
  const seconds = Math.floor(ticks / 10_000_000)
  ticks -= seconds * 10_000_000
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${ticks ? `.${String(ticks).padStart(7, '0')}` : ''}`
  return `${sign}${days ? `${days}.` : ''}${clock}`
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/** Kusto accepts ISO 8601 (a missing offset means UTC) and RFC 822/1123-style dates. Returns epoch ms or undefined. */
export function parseDateTime(text: string): number | undefined {
  const trimmed = text.trim()
  const iso = ISO.exec(trimmed)
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso
    let ms =
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) +
      (fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0)
    if (zone && zone.toUpperCase() !== 'Z') {
      const offset = /([+-])(\d{2}):?(\d{2})/.exec(zone)
      if (offset) ms -= (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * MS.hour + Number(offset[3]) * MS.minute)
    }
    return Number.isNaN(ms) ? undefined : ms
  }
  if (!/[a-z]/i.test(trimmed) || !/\d{4}/.test(trimmed)) return undefined
  const parsed = Date.parse(/gmt|utc|z$|[+-]\d{4}$/i.test(trimmed) ? trimmed : `${trimmed} GMT`)
  return Number.isNaN(parsed) ? undefined : parsed
}

/** `2024-01-02T03:04:05Z`, with seven fraction digits when there is a fraction (as Kusto prints datetimes). */
export function formatDateTime(date: Date): string {
  const ms = date.getTime()
  if (Number.isNaN(ms)) return ''
  const iso = date.toISOString()
  const fraction = ms % 1000 === 0 ? '' : `.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}0000`
  return `${iso.slice(0, 19)}${fraction}Z`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
