import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  problemsReport
} from "./chunk-VWR2JPX4.js";
import {
  validateRoot
} from "./chunk-UWA3LBJH.js";
import "./chunk-ANFBNWAW.js";
import "./chunk-5QTBMAEK.js";
import "./chunk-AWYRSD4S.js";

// src/action/validate-step.ts
import { resolve } from "node:path";
async function runValidateStep(settings) {
  const { problems, fileCount } = await validateRoot(resolve(settings.workspace, settings.root));
  return validateStepResult(problems, fileCount, settings);
}
function validateStepResult(problems, fileCount, settings) {
  const { messages, summary } = problemsReport(problems, fileCount, settings);
  const count = problems.length;
  return {
    outputs: { valid: count === 0 ? "true" : "false", "problem-count": String(count) },
    summary,
    messages: count === 0 ? [{ level: "info", text: `\u2713 ${fileCount} policy files valid` }] : messages,
    failure: count > 0 ? `${count} problem${count === 1 ? "" : "s"} in the policy files; see the annotations and the job summary.` : void 0
  };
}
export {
  runValidateStep,
  validateStepResult
};
