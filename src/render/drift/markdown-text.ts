import { mdCode, mdText } from '../markdown/inert.js'

/** Text from Azure or files made safe for a table cell or sentence (see ../markdown/inert.ts). */
export const cellText = (text: string): string => mdText(text)

/** An inline code span, table-safe (see ../markdown/inert.ts). */
export const code = (text: string): string => mdCode(text)

/** `2025-06-01 03:00 UTC` */
export function utcMinute(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? mdText(iso) : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
