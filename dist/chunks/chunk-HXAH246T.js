import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  error,
  summary
} from "./chunk-46LYCQ7J.js";

// src/action/report-problems.ts
import { relative, resolve } from "node:path";

// src/render/problems-summary.ts
function renderProblemsSummary(problems, fileCount) {
  if (problems.length === 0) return `### flux-policy: \u2713 ${fileCount} policy files valid
`;
  const rows = problems.map((p) => `| \`${p.file}:${p.line}:${p.column}\` | \`${p.rule}\` | ${cell(p.message)} |`);
  return [
    `### flux-policy: \u2717 ${problems.length} problem${problems.length === 1 ? "" : "s"} in the policy files`,
    "",
    "Nothing was planned or written. Fix these and push again:",
    "",
    "| where | rule | problem |",
    "|---|---|---|",
    ...rows,
    ""
  ].join("\n");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/action/report-problems.ts
function repositoryPath(workspace, root, file) {
  return relative(workspace, resolve(workspace, root, file)).split("\\").join("/");
}
async function reportProblems(problems, fileCount, location) {
  for (const p of problems) {
    error(p.message, { title: `flux-policy ${p.rule}`, file: repositoryPath(location.workspace, location.root, p.file), startLine: p.line, startColumn: p.column });
  }
  await summary.addRaw(renderProblemsSummary(problems, fileCount)).write();
}

export {
  repositoryPath,
  reportProblems
};
