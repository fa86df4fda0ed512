/** CODEOWNERS as GitHub reads it: later rules win; patterns follow .gitignore rules. Pure. */
export interface CodeOwnersRule {
  pattern: string
  owners: string[]
  matches(path: string): boolean
}

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export function parseCodeOwners(text: string): CodeOwnersRule[] {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line) return []
    const [pattern, ...owners] = line.split(/\s+/)
    return [{ pattern: pattern!, owners, matches: compilePattern(pattern!) }]
  })
}

/** The owners of a repository path: those of the last rule that matches it. */
export function ownersOf(rules: readonly CodeOwnersRule[], path: string): string[] {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.matches(path)) return rules[i]!.owners
  return []
}

function compilePattern(pattern: string): (path: string) => boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/')
  const directory = pattern.endsWith('/')
  const body = pattern.replace(/^\//, '').replace(/\/$/, '')
  const source = body
    .split('')
    .map((ch, i, all) => {
      if (ch === '*') {
        if (all[i + 1] === '*') return ''
        if (all[i - 1] === '*') return '.*'
        return '[^/]*'
      }
      if (ch === '?') return '[^/]'
      return ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  const prefix = anchored ? '^' : '^(?:.*/)?'
  const regex = new RegExp(`${prefix}${source}${directory ? '/.*' : '(?:/.*)?'}$`)
  return (path) => regex.test(path.replace(/^\//, ''))
}
