/** A collapsible part of a comment: opening lines, body lines (cut first), closing lines. */
export interface Section {
  open: string[]
  body: string[]
  close: string[]
}

/**
 * Joins header, sections and tail within `limit` characters. When they do not fit, sections are cut on line
 * boundaries (closing their fences so the Markdown stays well-formed), later ones are counted, not shown, and
 * `pointer` says where the rest is. The header (summary) is always kept.
 */
export function fitSections(header: string, sections: Section[], tail: string, pointer: string, limit: number): string {
  const whole = header + sections.map(render).join('') + tail
  if (whole.length <= limit) return whole
  const budget = limit - header.length - pointer.length - 200
  let out = ''
  let shown = 0
  for (const section of sections) {
    const full = render(section)
    if (out.length + full.length <= budget) {
      out += full
      shown++
      continue
    }
    const frame = section.open.join('\n') + '\n' + section.close.join('\n') + '\n'
    const room = budget - out.length - frame.length - 60
    if (room > 0) out += cutSection(section, room)
    break
  }
  const hidden = sections.length - shown
  return `${header}${out}\n_${hidden} more change${hidden === 1 ? '' : 's'} not shown in full here._\n${pointer}`
}

function render(section: Section): string {
  return [...section.open, ...section.body, ...section.close].join('\n') + '\n'
}

function cutSection(section: Section, room: number): string {
  const kept: string[] = []
  let used = 0
  for (const line of section.body) {
    if (used + line.length + 1 > room) break
    kept.push(line)
    used += line.length + 1
  }
  const dropped = section.body.length - kept.length
  return (
    [...section.open, ...kept, `… ${dropped} more line${dropped === 1 ? '' : 's'}`, ...section.close].join('\n') + '\n'
  )
}
