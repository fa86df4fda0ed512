// Jest's global setup for the e2e project: the e2e tests run dist/ in a child process, so dist/ must be what the
// sources build to. check-dist compares without touching the tree (so concurrent runs with a fresh dist/ never
// write to it); only a stale dist/ is rebuilt. `npm run verify` has just run check-dist itself, so it skips this.
import { execFileSync } from 'node:child_process'

export default function ensureDist() {
  if (process.env.npm_lifecycle_event === 'verify') return
  try {
    execFileSync(process.execPath, ['scripts/check-dist.mjs'], { stdio: 'pipe' })
  } catch {
    process.stderr.write('\ndist/ differs from the sources: building it for the e2e tests (npm run build)\n')
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
  }
}
