#!/usr/bin/env node
import { createInterface } from 'node:readline/promises'
import { runCli } from './cli/run-cli.js'
import { crashText } from './render/crash-text.js'

async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr })
  try {
    return await terminal.question(question)
  } finally {
    terminal.close()
  }
}

// The last resort: an error nothing handled is shown as one line with every secret hidden (Node's own report would
// print the message and the error's fields as they are), and the process stops as Node would stop it.
const crash = (error: unknown) => {
  process.stderr.write(`flux-policy: ${crashText(error)}\n`)
  process.exit(1)
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)

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
  process.stderr.write(`flux-policy: ${crashText(error)}\n`)
  process.exitCode = 1
}
