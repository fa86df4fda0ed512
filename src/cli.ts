#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    env: process.env,
    isTty: Boolean(process.stdout.isTTY)
  })
} catch (error) {
  process.stderr.write(`flux-policy: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
