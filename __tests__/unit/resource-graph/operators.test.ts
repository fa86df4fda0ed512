import { evaluateKql } from '../../../emulator/resource-graph/evaluate.js'
import type { Row } from '../../../emulator/resource-graph/table.js'
import { cluster, fluxConfiguration, fluxExtension, SUB_A, SUB_B, tables } from './fleet-rows.js'

const arc1 = cluster('arc-1', SUB_A, 'arc', { team: 'payments' })
const arc2 = cluster('arc-2', SUB_B, 'arc', { team: 'data' })
const aks1 = cluster('aks-1', SUB_A, 'aks', { team: 'payments', ring: 'canary' })
const fleet = tables(
  [arc1, arc2, aks1],
  [
    fluxExtension(arc1, 'pascal'),
    fluxConfiguration(arc1, 'apps', {
      url: 'https://github.com/contoso/apps',
      branch: 'main',
      statuses: [
        { kind: 'GitRepository', complianceState: 'Compliant' },
        { kind: 'Kustomization', complianceState: 'Non-Compliant', statusConditions: [{ message: 'build failed' }] }
      ]
    })
  ]
)

const run = (query: string, data: Parameters<typeof evaluateKql>[1] = fleet): Row[] => [
  ...evaluateKql(query, data).rows
]
const names = (rows: Row[]): unknown[] => rows.map((r) => r.name)

describe('row operators', () => {
  test('where keeps rows whose condition is true, in input order', () => {
    expect(names(run("resources | where type == 'microsoft.kubernetes/connectedclusters'"))).toEqual(['arc-1', 'arc-2'])
    expect(names(run("resources | where tags.team == 'payments' and tags.ring == 'canary'"))).toEqual(['aks-1'])
  })

  test('extend adds and replaces columns; each item reads the input row', () => {
    const result = evaluateKql(
      "resources | where name == 'arc-1' | extend name = toupper(name), original = name | extend n = strlen(name) * 2",
      fleet
    )
    expect(result.columns.map((c) => c.name).slice(-2)).toEqual(['original', 'n'])
    expect(result.rows[0]).toMatchObject({ name: 'ARC-1', original: 'arc-1', n: 10, subscriptionId: SUB_A })
  })

  test('project, project-away, project-keep, project-rename and project-reorder shape the columns', () => {
    expect(
      run(
        "resources | where name == 'arc-1' | project name, sub = subscriptionId, tolower(name), properties.kubernetesVersion"
      )
    ).toEqual([{ name: 'arc-1', sub: SUB_A, Column1: 'arc-1', properties_kubernetesVersion: '1.30.4' }])
    const away = evaluateKql(
      "resources | project-away properties, tags, sku, plan, identity, zones, extendedLocation, tenantId, ['kind'], managedBy, systemData",
      fleet
    )
    expect(away.columns.map((c) => c.name)).toEqual([
      'id',
      'name',
      'type',
      'location',
      'resourceGroup',
      'subscriptionId'
    ])
    expect(
      run(
        "resources | where name == 'aks-1' | project-keep name, location | project-rename region = location | project-reorder region"
      )
    ).toEqual([{ region: 'westeurope', name: 'aks-1' }])
  })
})

describe('summarize', () => {
  test('count, make_set, make_list, dcount, countif by a key', () => {
    const rows = run(
      'resources | summarize count(), make_set(type), make_list(name), dcount(location), canaries = countif(tags.ring == "canary") by subscriptionId | order by subscriptionId asc'
    )
    expect(rows).toEqual([
      {
        subscriptionId: SUB_A,
        count_: 2,
        set_type: ['microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters'],
        list_name: ['arc-1', 'aks-1'],
        dcount_location: 1,
        canaries: 1
      },
      {
        subscriptionId: SUB_B,
        count_: 1,
        set_type: ['microsoft.kubernetes/connectedclusters'],
        list_name: ['arc-2'],
        dcount_location: 1,
        canaries: 0
      }
    ])
  })

  test('min, max, any, take_any, arg_max and arg_min (explicit columns and *)', () => {
    expect(run('resources | summarize min(name), max(name), any(location), take_any(kind)')).toEqual([
      { min_name: 'aks-1', max_name: 'arc-2', any_location: 'westeurope', kind: '' }
    ])
    expect(
      run('resources | summarize arg_max(name, subscriptionId), arg_min(name, *) by location').map((r) => [
        r.name,
        r.subscriptionId,
        r.name1,
        r.id,
        r.subscriptionId1
      ])
    ).toEqual([['arc-2', SUB_B, 'aks-1', aks1.id, SUB_A]])
  })

  test('without by: one row even over no rows; with by: no rows', () => {
    expect(run("resources | where name == 'none' | summarize count(), max(name)")).toEqual([
      { count_: 0, max_name: '' }
    ])
    expect(run("resources | where name == 'none' | summarize count() by type")).toEqual([])
  })
})

describe('parse and mv-expand', () => {
  test('parse extracts typed columns; a row that does not match gets empty values', () => {
    const rows = run(
      "datatable(s:string)['cluster=a;nodes=3;', 'garbage'] | parse s with 'cluster=' name ';nodes=' nodes:long ';' *"
    )
    expect(rows).toEqual([
      { s: 'cluster=a;nodes=3;', name: 'a', nodes: 3 },
      { s: 'garbage', name: '', nodes: null }
    ])
  })

  test('parse recovers the cluster id from a child resource id (Microsoft sample pattern); parse-where drops misses', () => {
    const rows = run(
      "kubernetesconfigurationresources | parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/fluxconfigurations/' config | project clusterId, config"
    )
    expect(rows).toEqual([
      { clusterId: '', config: '' },
      { clusterId: String(arc1.id).toLowerCase(), config: 'apps' }
    ])
    expect(
      run("kubernetesconfigurationresources | parse-where id with * '/fluxConfigurations/' config | project config")
    ).toEqual([{ config: 'apps' }])
  })

  test('mv-expand: one row per element, null gives one row, empty gives none; with_itemindex and to typeof', () => {
    const rows = run(`kubernetesconfigurationresources
      | mv-expand with_itemindex=i status = properties.statuses
      | project name, i, statusKind = tostring(status.kind), state = tostring(status['complianceState'])`)
    expect(rows).toEqual([
      { name: 'flux', i: 0, statusKind: '', state: '' },
      { name: 'apps', i: 0, statusKind: 'GitRepository', state: 'Compliant' },
      { name: 'apps', i: 1, statusKind: 'Kustomization', state: 'Non-Compliant' }
    ])
    expect(
      run("datatable(a:dynamic)[dynamic([]), dynamic(['x', 2])] | mv-expand v = a to typeof(string) | project v")
    ).toEqual([{ v: 'x' }, { v: '' }])
    expect(run("datatable(b:dynamic)[dynamic({'k1': 1, 'k2': 2})] | mv-expand b | project b")).toEqual([
      { b: { k1: 1 } },
      { b: { k2: 2 } }
    ])
  })
})

describe('ordering and limiting', () => {
  test('order by is descending by default; asc; nulls first/last; top; take; distinct; count', () => {
    expect(names(run('resources | order by name'))).toEqual(['arc-2', 'arc-1', 'aks-1'])
    expect(names(run('resources | sort by subscriptionId asc, name desc'))).toEqual(['arc-1', 'aks-1', 'arc-2'])
    expect(run('datatable(n:long)[2, long(null), 1] | order by n asc')).toEqual([{ n: null }, { n: 1 }, { n: 2 }])
    expect(run('datatable(n:long)[2, long(null), 1] | order by n desc')).toEqual([{ n: 2 }, { n: 1 }, { n: null }])
    expect(names(run('resources | top 2 by name asc'))).toEqual(['aks-1', 'arc-1'])
    expect(run('resources | take 2')).toHaveLength(2)
    expect(run('resources | limit 1')).toHaveLength(1)
    expect(run('resources | distinct subscriptionId, location | order by subscriptionId asc')).toEqual([
      { subscriptionId: SUB_A, location: 'westeurope' },
      { subscriptionId: SUB_B, location: 'westeurope' }
    ])
    expect(run('resources | count')).toEqual([{ Count: 3 }])
  })

  test('union appends the legs by column name', () => {
    expect(
      run(
        "union (resources | where name == 'arc-1' | project name), (kubernetesconfigurationresources | project name, type)"
      )
    ).toEqual([
      { name: 'arc-1', type: '' },
      { name: 'flux', type: 'microsoft.kubernetesconfiguration/extensions' },
      { name: 'apps', type: 'microsoft.kubernetesconfiguration/fluxconfigurations' }
    ])
  })
})

describe('datatable and let', () => {
  test('a datatable carries typed rows; let binds tabular and scalar values used further down', () => {
    const rows =
      run(`let expected = datatable(team:string, url:string, branch:string, since:datetime, clusters:dynamic)[
        'payments', 'https://github.com/contoso/apps', 'main', datetime(2025-01-01), dynamic(['arc-1']),
        'data', 'https://github.com/contoso/data', 'release', datetime(null), dynamic(null)
      ];
      let wanted = 'payments';
      let owned = resources | where tags.team == wanted | project name;
      expected
      | where team == wanted
      | extend owns = toscalar(owned | count), firstCluster = tostring(clusters[0]), year = datetime_diff('year', since, datetime(2000-01-01))`)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ team: 'payments', owns: 2, firstCluster: 'arc-1', year: 25 })
    expect(rows[0]?.since).toEqual(new Date('2025-01-01T00:00:00Z'))
  })

  test('in against a tabular let and a literal list', () => {
    expect(
      names(
        run(
          "let withFlux = kubernetesconfigurationresources | parse id with cid '/providers/Microsoft.KubernetesConfiguration/' * | project cid; resources | where id !in (withFlux) and name !in ('arc-2')"
        )
      )
    ).toEqual(['aks-1'])
  })
})

// Left keys a, a, b, c; right keys a, b, b, d — so every kind has matches, duplicates and misses on both sides.
const LEFT = "datatable(k:string, l:long)['a', 1, 'a', 2, 'b', 3, 'c', 4]"
const RIGHT = "datatable(k:string, r:long)['a', 10, 'b', 20, 'b', 21, 'd', 40]"
const join = (kind: string): Row[] => [...evaluateKql(`${LEFT} | join ${kind} (${RIGHT}) on k`, {}).rows]

describe('join kinds (hash join on the key)', () => {
  test('innerunique (the default) keeps one left row per key, then matches all right rows', () => {
    expect(join('')).toEqual([
      { k: 'a', l: 1, k1: 'a', r: 10 },
      { k: 'b', l: 3, k1: 'b', r: 20 },
      { k: 'b', l: 3, k1: 'b', r: 21 }
    ])
  })

  test('inner matches every pair', () => {
    expect(join('kind=inner').map((row) => [row.l, row.r])).toEqual([
      [1, 10],
      [2, 10],
      [3, 20],
      [3, 21]
    ])
  })

  test('leftouter keeps unmatched left rows with empty right columns', () => {
    expect(join('kind=leftouter').map((row) => [row.l, row.k1, row.r])).toEqual([
      [1, 'a', 10],
      [2, 'a', 10],
      [3, 'b', 20],
      [3, 'b', 21],
      [4, '', null]
    ])
  })

  test('rightouter and fullouter keep unmatched right rows', () => {
    expect(join('kind=rightouter').map((row) => [row.l, row.r])).toEqual([
      [1, 10],
      [2, 10],
      [3, 20],
      [3, 21],
      [null, 40]
    ])
    expect(join('kind=fullouter').map((row) => [row.l, row.r])).toEqual([
      [1, 10],
      [2, 10],
      [3, 20],
      [3, 21],
      [4, null],
      [null, 40]
    ])
  })

  test('leftanti, leftsemi, rightanti and rightsemi keep one side only', () => {
    expect(join('kind=leftanti')).toEqual([{ k: 'c', l: 4 }])
    expect(join('kind=leftsemi')).toEqual([
      { k: 'a', l: 1 },
      { k: 'a', l: 2 },
      { k: 'b', l: 3 }
    ])
    expect(join('kind=rightanti')).toEqual([{ k: 'd', r: 40 }])
    expect(join('kind=rightsemi')).toEqual([
      { k: 'a', r: 10 },
      { k: 'b', r: 20 },
      { k: 'b', r: 21 }
    ])
  })

  test('$left/$right keys of different names, and several keys that must all match', () => {
    const rows = evaluateKql(
      `datatable(id:string, sub:string)['x', 's1', 'y', 's2']
      | join kind=inner (datatable(clusterId:string, sub:string, v:long)['x', 's1', 1, 'y', 's9', 2]) on $left.id == $right.clusterId, sub`,
      {}
    ).rows
    expect(rows).toEqual([{ id: 'x', sub: 's1', clusterId: 'x', sub1: 's1', v: 1 }])
  })

  test('string keys match case-sensitively (normalize with tolower as Microsoft samples do)', () => {
    const rows = evaluateKql(
      "datatable(k:string)['ID'] | join kind=leftouter (datatable(k:string)['id']) on k | project k, k1",
      {}
    ).rows
    expect(rows).toEqual([{ k: 'ID', k1: '' }])
  })
})
