#!/usr/bin/env node
import { runCli } from './cli/run-cli.js'

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd()
})
process.exitCode = code
