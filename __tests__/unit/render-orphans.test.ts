// The apply result's orphaned-configuration section: every value from Azure and the files is hostile.
import { orphanMarkdown, orphanText } from '../../src/render/orphan-lines.js'
import type { OrphanReport } from '../../src/apply/apply-result.js'

const hostile = '<img src=x onerror=alert(1)> | @everyone `x` [link](https://evil.example)'
const report: OrphanReport = {
  found: [
    {
      id: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Kubernetes/connectedClusters/c1/providers/x/y/a',
      clusterId: `/subscriptions/s/resourcegroups/g/providers/microsoft.kubernetes/connectedclusters/${hostile}`,
      subscriptionId: 's',
      name: hostile,
      url: hostile,
      assignmentKey: 'k',
      team: hostile,
      source: 'src'
    }
  ],
  removed: [],
  failed: [],
  kept: `not enabled ${hostile}`
}

describe('orphaned configurations in the apply result', () => {
  it('renders hostile values inert in Markdown: no HTML, no mention, no link, one table row', () => {
    const text = orphanMarkdown(report).join('\n')
    expect(text).not.toContain('<img')
    // Outside code spans (where GitHub links nothing), a mention is broken by a zero-width space.
    const outsideCode = text.replace(/``.*?``|`[^`]*`/g, '')
    expect(outsideCode).not.toContain('@everyone')
    expect(outsideCode).not.toMatch(/(^|[^\\])\]\(https:\/\/evil/)
    expect(text.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2)
  })

  it('says nothing when no source was deleted', () => {
    expect(orphanMarkdown(undefined)).toEqual([])
    expect(orphanText({ found: [], removed: [], failed: [] })).toEqual([])
  })
})
