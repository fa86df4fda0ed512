/** Text from Azure or files made safe for Markdown: one line, no table breaks, no HTML, no accidental @mentions. */
export function cellText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@(?=\w)/g, '@\u200b')
    .trim()
}

/** An inline code span (backticks inside become quotes, pipes are escaped for tables). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\``
}

/** `2025-06-01 03:00 UTC` */
export function utcMinute(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
