#!/usr/bin/env node
import { createInterface } from 'node:readline/promises'
import { runCli } from './cli/run-cli.js'

async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await terminal.question(question)
  } finally {
    terminal.close()
  }
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
    env: process.env,
    ask: process.stdin.isTTY ? ask : undefined,
    isTty: Boolean(process.stdout.isTTY),
    errIsTty: Boolean(process.stderr.isTTY)
  })
} catch (error) {
  process.stderr.write(`flux-policy: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
