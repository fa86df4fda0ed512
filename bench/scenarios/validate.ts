// One run of the validate scenario: N generated team files on disk, read and validated as the CLI does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateRoot } from '../../src/commands/validate.js'
import { peakRssMb } from '../measure.js'

const files = Number(process.argv[2] ?? 1000)
const TEAMS = 20
const SUB = '33333333-3333-3333-3333-333333333333'

function writePolicyRoot(root: string): void {
  const teams = Array.from({ length: TEAMS }, (_, t) => `team-${t}`)
  const grants = teams.map((t) => `  ${t}:\n    scopes: [/subscriptions/${SUB}]`).join('\n')
  writeFileSync(join(root, 'flux-policy.yaml'), `version: 1\nlocation: westeurope\nteams:\n${grants}\n`)
  for (let i = 0; i < files; i++) {
    const team = teams[i % TEAMS]!
    mkdirSync(join(root, 'teams', team), { recursive: true })
    writeFileSync(join(root, 'teams', team, `source-${i}.yaml`), teamFile(team, i))
  }
}

function teamFile(team: string, i: number): string {
  return `team: ${team}
sources:
  - name: app-${i}
    scope: /subscriptions/${SUB}/resourceGroups/rg-${i}
    git:
      url: https://github.com/contoso/app-${i}
      branch: main
      syncInterval: 5m
      https:
        user: flux-bot
        keyVault: /subscriptions/${SUB}/resourceGroups/rg-kv/providers/Microsoft.KeyVault/vaults/kv-fleet
        secret: git-pat-${i}
    namespace: app-${i}
    kustomization: { name: apps, path: ./clusters/prod, prune: true }
  - name: infra-${i}
    scope: /subscriptions/${SUB}/resourceGroups/rg-${i}
    bucket:
      url: s3://manifests.example.com
      name: infra-${i}
      localSecret: bucket-creds
`
}

const root = mkdtempSync(join(tmpdir(), 'fp-bench-validate-'))
try {
  writePolicyRoot(root)
  const started = performance.now()
  const { problems, fileCount } = await validateRoot(root)
  const wallMs = Math.round(performance.now() - started)
  if (problems.length > 0) throw new Error(`generated files are invalid: ${JSON.stringify(problems.slice(0, 3))}`)
  console.log(JSON.stringify({ files: fileCount - 1, wallMs, peakRssMb: peakRssMb() }))
} finally {
  rmSync(root, { recursive: true, force: true })
}
