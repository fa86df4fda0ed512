import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml'
import { START_OF_FILE, problemAt, type Position, type Problem } from './problem.js'

export type PathSegment = string | number
export type Path = readonly PathSegment[]

/** A parsed YAML file that can say where any value or key in it starts. */
export interface SourceDocument {
  file: string
  value: unknown
  /** Position of the value at `path`, or of the deepest existing ancestor. */
  positionOf(path: Path): Position
  /** Position of the key of the entry at `path` (falls back to the value). */
  keyPositionOf(path: Path): Position
  /** Every scalar string in the document (values and keys, decoded) with its path and source text, for scanners. */
  strings(): DocumentString[]
}

export interface DocumentString {
  /** The value's path; for a key, the path of the entry it names. */
  path: Path
  /** Decoded (escapes resolved). */
  value: string
  isKey: boolean
  /** As written in the file (quotes and escapes included). */
  source: string
}

export interface ParsedFile {
  document?: SourceDocument
  problems: Problem[]
}

/** Parses YAML text; syntax problems come back as problems, never as exceptions. */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  // Errors at the end of the input (an unclosed bracket) point at the last character, never past the last line.
  const last = Math.max(text.trimEnd().length - 1, 0)
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.min(offset, last))
    return { line, column: col }
  }
  const problems = doc.errors.map((error) =>
    problemAt(
      file,
      at(error.pos[0]),
      error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      error.code === 'DUPLICATE_KEY'
        ? 'This key appears twice in the same mapping; keep one.'
        : error.code === 'MULTIPLE_DOCS'
          ? 'A policy file holds one YAML document; remove this `---` and what follows, or move it to a file of its own.'
          : firstLine(error.message)
    )
  )
  if (problems.length > 0) return { problems }
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? null
  } catch (error) {
    // Aliases are resolved only here: an alias to no anchor, or an alias bomb.
    const alias = badAlias(doc)
    const position = alias?.range ? at(alias.range[0]) : START_OF_FILE
    return {
      problems: [
        problemAt(
          file,
          position,
          'yaml-syntax',
          `${error instanceof Error ? error.message : String(error)}. Define the anchor before the alias, or write the value out.`
        )
      ]
    }
  }
  const root = doc.contents as Node | null
  const locate = (path: Path, wantKey: boolean): Position => {
    let node: unknown = root
    let last: Position = root?.range ? at(root.range[0]) : START_OF_FILE
    for (const segment of path) {
      const found = child(node, segment)
      if (!found) return last
      const keyNode = found.key as Node | undefined
      node = found.value
      const valueNode = node as Node | undefined
      const keyAt = keyNode?.range ? at(keyNode.range[0]) : undefined
      const valueAt = valueNode?.range ? at(valueNode.range[0]) : undefined
      last = (wantKey ? (keyAt ?? valueAt) : (valueAt ?? keyAt)) ?? last
    }
    return last
  }
  const document: SourceDocument = {
    file,
    value,
    positionOf: (path) => locate(path, false),
    keyPositionOf: (path) => locate(path, true),
    strings: () => collectStrings(root, [], text)
  }
  return { document, problems }
}

/** The first alias that resolves to nothing, else the first alias. */
function badAlias(doc: Document): Node | undefined {
  let first: Node | undefined
  let unresolved: Node | undefined
  visit(doc, {
    Alias(_, node) {
      first ??= node
      if (!node.resolve(doc)) {
        unresolved = node
        return visit.BREAK
      }
      return undefined
    }
  })
  return unresolved ?? first
}

function child(node: unknown, segment: PathSegment): { key?: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
    )
    return pair ? { key: pair.key, value: pair.value } : undefined
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)]
    return item === undefined ? undefined : { value: item }
  }
  return undefined
}

function collectStrings(node: unknown, path: PathSegment[], text: string, isKey = false): DocumentString[] {
  if (isScalar(node)) {
    const source = node.range ? text.slice(node.range[0], node.range[1]) : ''
    return typeof node.value === 'string' ? [{ path, value: node.value, isKey, source }] : []
  }
  if (isMap(node)) {
    return node.items.flatMap((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      return [
        ...collectStrings(pair.key, [...path, key], text, true),
        ...collectStrings(pair.value, [...path, key], text)
      ]
    })
  }
  if (isSeq(node)) return node.items.flatMap((item, index) => collectStrings(item, [...path, index], text))
  return []
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message
  return `${line.replace(/ at line \d+, column \d+:?$/, '')}. Fix the YAML syntax here.`
}
