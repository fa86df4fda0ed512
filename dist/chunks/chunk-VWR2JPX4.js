import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  JOB_SUMMARY_LIMIT,
  fitMarkdown,
  mdCode,
  mdMessage
} from "./chunk-UWA3LBJH.js";

// src/action/report-problems.ts
import { relative, resolve } from "node:path";

// src/render/problems-summary.ts
function renderProblemsSummary(problems, fileCount) {
  if (problems.length === 0) return `### flux-policy: \u2713 ${fileCount} policy files valid
`;
  const rows = problems.map((p) => problemRow(p));
  const summary = [
    `### flux-policy: \u2717 ${problems.length} problem${problems.length === 1 ? "" : "s"} in the policy files`,
    "",
    "Nothing was planned or written. Fix these and push again:",
    "",
    "| where | rule | problem |",
    "|---|---|---|",
    ...rows,
    ""
  ].join("\n");
  return fitMarkdown(summary, JOB_SUMMARY_LIMIT, "This summary was shortened; the step log lists every problem.");
}
function problemRow(p, fileOf = (f) => f) {
  return `| ${mdCode(`${fileOf(p.file)}:${p.line}:${p.column}`)} | ${mdCode(p.rule)} | ${mdMessage(p.message)} |`;
}

// src/action/report-problems.ts
function repositoryPath(workspace, root, file) {
  return relative(workspace, resolve(workspace, root, file)).split("\\").join("/");
}
function problemsReport(problems, fileCount, location) {
  const messages = problems.map((p) => ({
    level: "error",
    text: p.message,
    properties: {
      title: `flux-policy ${p.rule}`,
      file: repositoryPath(location.workspace, location.root, p.file),
      startLine: p.line,
      startColumn: p.column
    }
  }));
  return { messages, summary: renderProblemsSummary(problems, fileCount) };
}

export {
  problemRow,
  repositoryPath,
  problemsReport
};
