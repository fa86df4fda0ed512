/**
 * Where `actual` lacks a field of `example`, or has it with another JSON type. Arrays compare their first
 * elements; null on either side matches anything (absent optional values); paths in `maps` (matched at the end
 * of a path, so `properties.parameters` also covers `value[].properties.parameters`) are dictionaries whose keys
 * vary (parameters, metadata, tags) and only need to be objects.
 */
export function shapeMismatches(example: unknown, actual: unknown, maps: readonly string[] = [], path = ''): string[] {
  if (example === null || actual === null || example === undefined) return []
  if (actual === undefined) return [`${path || '(root)'}: missing`]
  const kind = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v)
  if (kind(example) !== kind(actual)) return [`${path}: expected ${kind(example)}, got ${kind(actual)}`]
  if (maps.some((m) => path === m || path.endsWith(`.${m}`))) return []
  if (Array.isArray(example) && Array.isArray(actual)) {
    return example.length > 0 && actual.length > 0 ? shapeMismatches(example[0], actual[0], maps, `${path}[]`) : []
  }
  if (typeof example === 'object') {
    const actualObject = actual as Record<string, unknown>
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
      shapeMismatches(value, actualObject[key], maps, path ? `${path}.${key}` : key)
    )
  }
  return []
}

/** Lower-cases every key (to compare PascalCase Resource Graph rows with camelCase ARM bodies). */
export function lowerCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerCaseKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lowerCaseKeys(v)]))
  }
  return value
}
