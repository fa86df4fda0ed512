#!/usr/bin/env node
import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  validateRoot
} from "./chunks/chunk-OOJQQKSX.js";
import "./chunks/chunk-K2P75JYO.js";

// src/cli/run-cli.ts
import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";

// src/render/problems.ts
var PROBLEM_FORMATS = ["text", "json", "github"];
function renderProblemsText(problems, fileCount) {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  error  ${p.message}  [${p.rule}]`);
  const verdict = problems.length === 0 ? `\u2713 ${fileCount} ${plural(fileCount, "file")} valid` : `\u2717 ${problems.length} ${plural(problems.length, "problem")} in ${new Set(problems.map((p) => p.file)).size} of ${fileCount} ${plural(fileCount, "file")}`;
  return [...lines, ...lines.length ? [""] : [], verdict].join("\n");
}
function renderProblemsJson(problems) {
  return JSON.stringify({ valid: problems.length === 0, problems: problems.map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message })) }, null, 2);
}
function renderProblemsGithub(problems, fileOf = (f) => f) {
  return problems.map((p) => `::error file=${escapeProperty(fileOf(p.file))},line=${p.line},col=${p.column},title=${escapeProperty(`flux-policy ${p.rule}`)}::${escapeData(p.message)}`).join("\n");
}
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function plural(n, word) {
  return n === 1 ? word : `${word}s`;
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/parse-args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: flux-policy <command> [options]

Commands:
  validate    Check the policy files (flux-policy.yaml and teams/**/*.yaml)

Options:
  --root DIR                 Policy repository root (default: .)
  --format text|json|github  Output format (default: text)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 valid, 1 problems found, 2 usage error.`;
var COMMANDS = ["validate"];
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        root: { type: "string", default: "." },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    return { kind: "usage-error", message: error.message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (!command) return { kind: "usage-error", message: "No command given." };
  if (!COMMANDS.includes(command)) return { kind: "usage-error", message: `Unknown command '${command}'. Commands: ${COMMANDS.join(", ")}.` };
  if (rest.length > 0) return { kind: "usage-error", message: `Unexpected argument '${rest[0]}'.` };
  if (!PROBLEM_FORMATS.includes(values.format)) {
    return { kind: "usage-error", message: `--format must be one of ${PROBLEM_FORMATS.join(", ")}, not '${values.format}'.` };
  }
  return { kind: "validate", root: values.root, format: values.format };
}

// src/cli/run-cli.ts
var EXIT = { ok: 0, problems: 1, usage: 2 };
async function runCli(argv, io) {
  const request = parseCliArgs(argv);
  switch (request.kind) {
    case "help":
      io.out(USAGE);
      return EXIT.ok;
    case "version":
      io.out(VERSION);
      return EXIT.ok;
    case "usage-error":
      io.err(`flux-policy: ${request.message}

${USAGE}`);
      return EXIT.usage;
    case "validate":
      return validateCommand(resolve(io.cwd, request.root), request.format, io);
  }
}
async function validateCommand(root, format, io) {
  if (!await isDirectory(root)) {
    io.err(`flux-policy: --root ${root} is not a folder. Point --root at the policy repository (the folder holding flux-policy.yaml).`);
    return EXIT.usage;
  }
  const { problems, fileCount } = await validateRoot(root);
  if (format === "json") io.out(renderProblemsJson(problems));
  else if (format === "github") {
    const text = renderProblemsGithub(problems, (file) => relative(io.cwd, resolve(root, file)).split("\\").join("/"));
    if (text) io.out(text);
  } else io.out(renderProblemsText(problems, fileCount));
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
async function isDirectory(path) {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}
`),
  err: (text) => process.stderr.write(`${text}
`),
  cwd: process.cwd()
});
process.exitCode = code;
