// column_ifexists(): reads a column the declared schema may or may not have (the audit reads cluster creation times
// through it, since whether Resource Graph returns `systemData` for clusters is unconfirmed).
import { diagnoseKql } from '../../../emulator/resource-graph/analyze.js'
import { evaluateKql } from '../../../emulator/resource-graph/evaluate.js'
import { cluster, fluxExtension, SUB_A, tables } from './fleet-rows.js'

const NOW = Date.parse('2025-06-01T12:00:00Z')
const created = { ...cluster('arc-new', SUB_A, 'arc'), systemData: { createdAt: '2025-06-01T11:00:00Z' } }
const old = cluster('aks-old', SUB_A, 'aks')

describe('column_ifexists()', () => {
  test('binds with zero diagnostics whether or not the table declares the column', () => {
    expect(
      diagnoseKql("resources | extend c = todatetime(column_ifexists('systemData', dynamic(null)).createdAt)")
    ).toEqual([])
    expect(
      diagnoseKql("kubernetesconfigurationresources | extend c = column_ifexists('systemData', dynamic(null))")
    ).toEqual([])
  })

  test('gives the column where the row has it, else the default', () => {
    const rows = evaluateKql(
      `resources | project name, createdAt = todatetime(column_ifexists('systemData', dynamic(null)).createdAt),
      fallback = column_ifexists('noSuchColumn', 'none')`,
      tables([created, old]),
      { now: NOW }
    ).rows
    expect(rows).toEqual([
      { name: 'arc-new', createdAt: new Date('2025-06-01T11:00:00Z'), fallback: 'none' },
      { name: 'aks-old', createdAt: null, fallback: 'none' }
    ])
  })

  test('rows of a table without the column take the default', () => {
    const rows = evaluateKql(
      "kubernetesconfigurationresources | project name, s = column_ifexists('systemData', dynamic({'createdAt': 'unknown'})).createdAt",
      tables([old], [fluxExtension(old, 'camel')]),
      { now: NOW }
    ).rows
    expect(rows).toEqual([{ name: 'flux', s: 'unknown' }])
  })
})
