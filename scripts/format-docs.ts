// Renders the file-format reference (docs/file-format.md) from the JSON Schemas the validator uses, so the
// docs cannot drift from what is enforced; __tests__/unit/format-docs.test.ts compares it with the committed file.
import { platformSchema } from '../src/config/schema/platform-schema.js'
import { teamSchema } from '../src/config/schema/team-schema.js'

type Node = Record<string, any>

export function renderFormatDocs(): string {
  return [
    '# File format reference',
    '',
    'Generated from the JSON Schemas in `src/config/schema/` (also published as `schemas/*.schema.json`); a test',
    'fails when this page and the schemas disagree. Regenerate with `UPDATE_GOLDEN=1 npm test -- format-docs`.',
    '',
    '## flux-policy.yaml (platform file)',
    '',
    ...table(platformSchema, ''),
    '',
    '## teams/<team>/*.yaml (team files)',
    '',
    ...table(teamSchema, ''),
    ''
  ].join('\n')
}

function table(schema: Node, prefix: string): string[] {
  return ['| key | type | required | meaning |', '|---|---|---|---|', ...rows(schema, prefix)]
}

function rows(node: Node, prefix: string): string[] {
  const required: string[] = node.required ?? []
  const own = Object.entries<Node>(node.properties ?? {}).flatMap(([key, child]) => {
    const path = `${prefix}${key}`
    return [
      `| \`${path}\` | ${typeOf(child)} | ${required.includes(key) ? 'yes' : ''} | ${describe(child)} |`,
      ...nested(child, path)
    ]
  })
  const map =
    node.additionalProperties && typeof node.additionalProperties === 'object'
      ? (node.additionalProperties as Node)
      : undefined
  return map
    ? [...own, `| \`${prefix}<name>\` | ${typeOf(map)} | | ${describe(map)} |`, ...nested(map, `${prefix}<name>`)]
    : own
}

function nested(child: Node, path: string): string[] {
  if (child.type === 'object') return rows(child, `${path}.`)
  if (child.type === 'array' && child.items?.type === 'object') return rows(child.items, `${path}[].`)
  return []
}

function typeOf(node: Node): string {
  if (node.enum) return node.enum.map((v: string) => `\`${v}\``).join(' \\| ')
  if (node.const !== undefined) return `\`${node.const}\``
  if (node.type === 'array')
    return `list of ${node.items?.type === 'object' ? 'mappings' : `${node.items?.type ?? 'values'}s`}`
  if (node.type === 'object') return 'mapping'
  return node.type ?? 'any'
}

function describe(node: Node): string {
  const text = String(node.description ?? '').replace(/\|/g, '\\|')
  const rule = node['x-fix'] ? ` Must ${String(node['x-fix']).replace(/^must /, '')}.` : ''
  return `${text}${rule}`.trim()
}
