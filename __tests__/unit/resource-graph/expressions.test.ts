import { KqlError } from '../../../emulator/resource-graph/errors.js'
import { evaluateKql } from '../../../emulator/resource-graph/evaluate.js'
import type { Row } from '../../../emulator/resource-graph/table.js'
import { cluster, fluxExtension, otherExtension, SUB_A, SUB_B, tables } from './fleet-rows.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const one = (expressions: string, data = tables([])): Row => {
  const rows = evaluateKql(`datatable(x:long)[1] | extend ${expressions}`, data, { now: NOW }).rows
  return rows[0] as Row
}

describe('scalar functions', () => {
  test('strings', () => {
    expect(
      one(`a = tolower('AbC'), b = toupper('AbC'), c = strcat('x', 1, true), d = strcat_delim('/', 'a', 'b'), e = split('a/b/c', '/'),
      f = split('a/b/c', '/', 1), g = substring('kubernetes', 4, 3), h = strlen('flux'), i = extract('v(\\\\d+)', 1, 'agent v42'),
      j = extract('nope(\\\\d)', 1, 'x'), k = indexof('abcabc', 'c'), l = replace_string('a-b-c', '-', '+')`)
    ).toEqual({
      x: 1,
      a: 'abc',
      b: 'ABC',
      c: 'x1true',
      d: 'a/b',
      e: ['a', 'b', 'c'],
      f: ['b'],
      g: 'rne',
      h: 4,
      i: '42',
      j: '',
      k: 2,
      l: 'a+b+c'
    })
  })

  test('conversions', () => {
    expect(
      one(`a = tostring(42), b = tostring(dynamic({'k': [1]})), c = toint('42'), d = tolong('x'), e = toreal('1.5'),
      f = tobool('TRUE'), g = todatetime('2025-01-02T03:04:05Z'), h = parse_json('{"a":{"b":2}}').a.b, i = todynamic('[1,2]')[1],
      j = tostring(datetime(2025-01-02)), k = totimespan('01:30:00') / 1m`)
    ).toEqual({
      x: 1,
      a: '42',
      b: '{"k":[1]}',
      c: 42,
      d: null,
      e: 1.5,
      f: true,
      g: new Date('2025-01-02T03:04:05Z'),
      h: 2,
      i: 2,
      j: '2025-01-02T00:00:00Z',
      k: 90
    })
  })

  test('conditionals and emptiness', () => {
    expect(
      one(`a = iff(x > 0, 'pos', 'neg'), b = iif(x < 0, 'neg', 'pos'), c = case(x == 0, 'zero', x == 1, 'one', 'many'),
      d = isempty(''), e = isempty(dynamic(null)), f = isnotempty('a'), g = isnull(''), h = isnull(dynamic({'a': 1}).b), i = isnotnull(x),
      j = coalesce('', tostring(dynamic(null)), 'third'), k = coalesce(long(null), 7), l = not(x == 1)`)
    ).toEqual({
      x: 1,
      a: 'pos',
      b: 'pos',
      c: 'one',
      d: true,
      e: true,
      f: true,
      g: false,
      h: true,
      i: true,
      j: 'third',
      k: 7,
      l: false
    })
  })

  test('dynamic values: paths, brackets, indexes (negative from the end), bags and arrays', () => {
    const data = tables([
      { ...cluster('arc-1', SUB_A, 'arc'), properties: { a: { b: 'deep' }, 'odd-key': 1, list: ['p', 'q', 'r'] } }
    ])
    const row = evaluateKql(
      `resources | project a = properties.a.b, b = properties['odd-key'], c = properties.list[0], d = properties.list[-1],
      e = properties.absent.deeper, f = array_length(properties.list), g = array_length(properties.a), h = bag_keys(properties.a),
      i = pack('k', name), j = bag_pack('n', 1), k = pack_array(1, 'two'), l = set_has_element(properties.list, 'q')`,
      data
    ).rows[0]
    expect(row).toEqual({
      a: 'deep',
      b: 1,
      c: 'p',
      d: 'r',
      e: null,
      f: 3,
      g: null,
      h: ['b'],
      i: { k: 'arc-1' },
      j: { n: 1 },
      k: [1, 'two'],
      l: true
    })
  })

  test('datetimes: now() and ago() from the injected clock, boundaries crossed by datetime_diff, arithmetic, bin', () => {
    expect(
      one(`a = now(), b = ago(2h), c = datetime_diff('hour', datetime(2017-10-31 01:00:00), datetime(2017-10-30 23:59:59)),
      d = datetime_diff('day', now(), datetime(2025-05-30T23:00:00Z)), e = (now() - ago(1d)) / 1h, f = ago(1h) > ago(2h),
      g = bin(datetime(2025-06-01T12:34:56Z), 1h), h = datetime_add('month', 1, datetime(2025-01-31))`)
    ).toEqual({
      x: 1,
      a: new Date(NOW),
      b: new Date(NOW - 7_200_000),
      c: 2,
      d: 2,
      e: 24,
      f: true,
      g: new Date('2025-06-01T12:00:00Z'),
      h: new Date('2025-02-28T00:00:00Z')
    })
  })
})

describe('operators', () => {
  test('equality, ordering and arithmetic (integer division follows the long type)', () => {
    expect(
      one(`a = 'A' == 'a', b = 'A' =~ 'a', c = 'A' != 'a', d = 'A' !~ 'a', e = 7 / 2, f = 7.0 / 2, g = 7 % 3, h = 2 * 3 - 1,
      i = x >= 1, j = 3 <= 2, k = -x, l = 5 between (1 .. 5)`)
    ).toEqual({
      x: 1,
      a: false,
      b: true,
      c: true,
      d: false,
      e: 3,
      f: 3.5,
      g: 1,
      h: 5,
      i: true,
      j: false,
      k: -1,
      l: true
    })
  })

  test('string operators: has (whole terms), contains, startswith, endswith, their negations and _cs forms', () => {
    const t = "'microsoft.kubernetes/connectedClusters'"
    expect(
      one(`a = ${t} has 'KUBERNETES', b = ${t} has 'kube', c = ${t} !has 'connected', d = ${t} has_cs 'connectedclusters',
      e = ${t} contains 'KUBE', f = ${t} !contains 'aks', g = ${t} contains_cs 'Clusters', h = ${t} startswith 'MICROSOFT.',
      i = ${t} endswith 'clusters', j = ${t} !startswith 'microsoft', k = ${t} has_any ('aks', 'kubernetes'), l = ${t} matches regex 'k[a-z]+s/'`)
    ).toEqual({
      x: 1,
      a: true,
      b: false,
      c: true,
      d: false,
      e: true,
      f: true,
      g: true,
      h: true,
      i: true,
      j: false,
      k: true,
      l: true
    })
  })

  test('in, !in, in~, !in~ over literal lists and dynamic arrays', () => {
    expect(
      one(`a = 'b' in ('a', 'b'), b = 'B' in ('a', 'b'), c = 'B' in~ ('a', 'b'), d = 'c' !in ('a', 'b'), e = 'A' !in~ ('a'),
      f = 2 in (dynamic([1, 2])), g = x in (1, 3)`)
    ).toEqual({ x: 1, a: true, b: false, c: true, d: true, e: false, f: true, g: true })
  })

  test('null rules: == with null is false, != with null is true, comparisons with null are null, and/or are three-valued', () => {
    expect(
      one(`n = dynamic(null), a = dynamic(null) == 'x', b = dynamic(null) != 'x', c = isnull(long(null) > 1), d = isnull(long(null) == long(null)),
      e = long(null) > 1 or true, f = isnull(long(null) > 1 and true), g = long(null) > 1 and false, h = tostring(dynamic(null)) == ''`)
    ).toEqual({
      x: 1,
      n: null,
      a: false,
      b: true,
      c: true,
      d: true,
      e: true,
      f: true,
      g: false,
      h: true
    })
    expect(evaluateKql('datatable(v:long)[5, long(null)] | where v != 5', {}).rows).toEqual([{ v: null }])
    expect(evaluateKql('datatable(v:long)[5, long(null)] | where v > 3', {}).rows).toEqual([{ v: 5 }])
  })
})

describe('property casing', () => {
  const arc1 = cluster('arc-1', SUB_A, 'arc')
  const aks2 = cluster('aks-2', SUB_B, 'aks')
  const data = tables([arc1, aks2], [fluxExtension(arc1, 'pascal'), fluxExtension(aks2, 'camel'), otherExtension(arc1)])

  test('dynamic property access is case-sensitive, as in Kusto', () => {
    const query =
      "kubernetesconfigurationresources | where properties.extensionType == 'microsoft.flux' | project name, subscriptionId"
    expect(evaluateKql(query, data).rows).toEqual([{ name: 'flux', subscriptionId: SUB_B }])
  })

  test('coalescing both casings finds every Flux extension', () => {
    const query = `kubernetesconfigurationresources
      | extend extensionType = coalesce(tostring(properties.ExtensionType), tostring(properties.extensionType)),
               state = coalesce(tostring(properties.ProvisioningState), tostring(properties.provisioningState))
      | where extensionType =~ 'microsoft.flux'
      | project subscriptionId, state`
    expect(evaluateKql(query, data).rows).toEqual([
      { subscriptionId: SUB_A, state: 'Succeeded' },
      { subscriptionId: SUB_B, state: 'Succeeded' }
    ])
  })
})

describe('queries the emulator cannot run fail loudly, with a typed error', () => {
  const failure = (query: string): KqlError => {
    try {
      evaluateKql(query, tables([]))
    } catch (error) {
      if (error instanceof KqlError) return error
      throw error
    }
    throw new Error(`expected ${query} to fail`)
  }

  test.each([
    ['resources | lookup (resources | project id, x = 1) on id', "'lookup' operator"],
    ['resources | make-series count() on todatetime(properties.t) step 1h', "'make-series' operator"],
    ['resources | evaluate bag_unpack(properties)', "'evaluate' operator"],
    ["resources | parse kind=regex name with x '[0-9]+' y", 'parse kind=regex'],
    ['resources | project h = hash_sha256(name)', "function 'hash_sha256()'"],
    ['resources | summarize percentile(strlen(name), 50)', "aggregate function 'percentile()'"],
    ['let f = (v:long) { v + 1 }; resources | extend y = f(1)', "user-defined function 'f'"],
    ['resources | join kind=inner (resources) where $left.id == $right.id', "'join ... where'"],
    ['resources | union withsource=T (resources)', "union parameter 'withsource=T'"],
    ['resources | sample 3', "'sample' operator"],
    ['resources | join kind=inner hint.strategy=broadcast (resources) on id', 'join hint.strategy=broadcast']
  ])('%s names the construct', (query, construct) => {
    const error = failure(query)
    expect(error.code).toBe('UnsupportedConstruct')
    expect(error.message).toContain(construct)
  })

  test('language-service diagnostics: parser failures, unknown names, unknown functions', () => {
    expect(failure('resources | where').code).toBe('ParserFailure')
    expect(failure('resources | where').position).toEqual({ line: 1, characterPositionInLine: 17, token: '<EOF>' })
    expect(failure('resources | where nosuchcolumn == 1').code).toBe('SemanticError')
    expect(failure('nosuchtable | take 1').code).toBe('SemanticError')
    expect(failure('resources | extend y = nosuchfunction(1)').code).toBe('UnknownFunction')
  })
})
