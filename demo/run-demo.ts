// `npm run demo`: flux-policy's three workflows on a local Azure and GitHub, with nothing to set up.
// `npm run demo -- --quick` skips waiting for the remediations to converge (for CI).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pullRequestEvent, pushEvent } from '../emulator/github/events.js'
import { NIGHTLY_SCHEDULE } from '../emulator/runner/runner-environment.js'
import { validateRoot } from '../src/commands/validate.js'
import { renderProblemsText } from '../src/render/problems.js'
import { startDemoWorld } from './demo-world.js'
import { convergeReport } from './converge.js'
import { driftByHand } from './hand-edits.js'
import { DEMO_PLAN_COMMENT_GOLDEN } from '../scripts/readme-excerpts.js'

const quick = process.argv.includes('--quick')
const outDir = resolve(process.env.DEMO_OUTPUT ?? 'demo-output')
mkdirSync(outDir, { recursive: true })
const say = (text: string) => process.stdout.write(`${text}\n`)
const heading = (text: string) => say(`\n\x1b[1m━━ ${text}\x1b[0m`)
const started = Date.now()

const world = await startDemoWorld()
try {
  heading('1. validate — the policy files in examples/')
  const { problems, fileCount } = await validateRoot(world.workspace)
  say(renderProblemsText(problems, fileCount))

  heading('2. plan — pull request #1 opens; the action comments the plan')
  const plan = await world.runAction('pull_request', pullRequestEvent(world.github, { action: 'opened', number: 1 }))
  if (plan.status !== 0) throw new Error(`plan failed:\n${plan.stdout}${plan.stderr}`)
  const comment = world.github.state.comments.filter((c) => c.issueNumber === 1).pop()!
  writeFileSync(join(outDir, 'plan-comment.md'), comment.body)
  checkPlanCommentGolden(comment.body)
  say(comment.body)
  say(
    `\n(Azure writes during the plan: ${world.azure.requests.filter((r) => r.method !== 'GET' && !r.path.includes('oauth2') && r.route !== 'resourceGraph.resources').length})`
  )

  heading('3. apply — the pull request merges; the action applies on the push to main')
  world.github.mergePullRequest(1)
  const apply = await world.runAction('push', pushEvent(world.github))
  for (const line of apply.stdout.split('\n').filter((l) => /^[✓✗] /.test(l))) say(line)
  const result = world.github.state.comments.filter((c) => c.issueNumber === 1).pop()!
  writeFileSync(join(outDir, 'apply-comment.md'), result.body)
  say(result.body)
  if (apply.status !== 0) throw new Error(`apply failed:\n${apply.stdout}${apply.stderr}`)

  heading('4. remediation — existing clusters converge (simulated time runs fast)')
  const report = await convergeReport(world, quick)
  say(report)
  let convergence = report
  if (!quick) {
    heading('4b. re-run — ten minutes on, the roles apply granted have taken effect; the workflow runs again')
    say('(Azure: a new role assignment takes up to 10 minutes to take effect, so the first deployments can fail.)')
    world.azure.clock.advance(10 * 60 * 1000)
    const rerun = await world.runAction('push', pushEvent(world.github))
    for (const line of rerun.stdout.split('\n').filter((l) => /^[✓✗] /.test(l))) say(line)
    if (rerun.status !== 0) throw new Error(`re-run failed:\n${rerun.stdout}${rerun.stderr}`)
    const after = await convergeReport(world, quick)
    say(after)
    convergence = `${report}\n\nAfter the re-run:\n${after}`
  }
  writeFileSync(join(outDir, 'convergence.md'), convergence)

  heading('5. audit — that night, the scheduled run looks for drift and opens issues')
  for (const line of driftByHand(world)) say(`(meanwhile) ${line}`)
  world.azure.clock.advance(6 * 60 * 60 * 1000)
  const audit = await world.runAction('schedule', NIGHTLY_SCHEDULE)
  if (audit.status !== 0 && !/drift/i.test(audit.stdout))
    throw new Error(`audit failed:\n${audit.stdout}${audit.stderr}`)
  const issues = world.github.state.issues.filter((i) => i.labels.includes('flux-drift'))
  for (const issue of issues) {
    writeFileSync(join(outDir, `issue-${issue.number}.md`), `# ${issue.title}\n\n${issue.body}`)
    say(`#${issue.number} ${issue.state} — ${issue.title} [${issue.labels.join(', ')}]`)
  }
  writeFileSync(join(outDir, 'audit-summary.md'), audit.summary)
  say(
    issues.length
      ? `(${issues.length} issue${issues.length === 1 ? '' : 's'} opened; bodies in ${outDir})`
      : 'No drift: no issue opened.'
  )

  heading('done')
  say(`Rendered comments are in ${outDir}. The whole demo took ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} finally {
  await world.stop()
}

/**
 * The README quotes this comment (scripts/readme-excerpts.ts): the demo fails when it renders another one, so the
 * README cannot drift from what the action renders.
 */
function checkPlanCommentGolden(body: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(DEMO_PLAN_COMMENT_GOLDEN, body)
  if (body !== readFileSync(DEMO_PLAN_COMMENT_GOLDEN, 'utf8'))
    throw new Error(
      `the plan comment differs from ${DEMO_PLAN_COMMENT_GOLDEN}: review demo-output/plan-comment.md, then run ` +
        '`npm run readme:excerpts` (it updates the golden and the README excerpt)'
    )
}
