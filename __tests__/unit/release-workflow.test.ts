import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

interface Step {
  run?: string
  uses?: string
}

describe('the release workflow (untested against GitHub: github.com is out of reach here)', () => {
  const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } }
    permissions: Record<string, string>
    jobs: { release: { steps: Step[] } }
  }
  const runs = workflow.jobs.release.steps.map((s) => s.run ?? '').join('\n')

  it('runs on version tags only, with write access to contents alone', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    expect(workflow.permissions).toEqual({ contents: 'write' })
  })

  it('verifies, then packs, then releases the tarball, then moves the major tag', () => {
    const order = ['.ci/run', 'npm pack', 'gh release create', 'git push --force origin'].map((step) =>
      runs.indexOf(step)
    )
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(runs).toContain('flux-policy-*.tgz')
  })
})
