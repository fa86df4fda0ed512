import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  reportProblems
} from "./chunk-HXAH246T.js";
import {
  info,
  setFailed,
  setOutput
} from "./chunk-46LYCQ7J.js";
import {
  validateRoot
} from "./chunk-SCASK3B5.js";
import "./chunk-AWYRSD4S.js";

// src/action/validate-step.ts
import { resolve } from "node:path";
async function runValidateStep(settings) {
  const { problems, fileCount } = await validateRoot(resolve(settings.workspace, settings.root));
  setOutput("valid", problems.length === 0 ? "true" : "false");
  setOutput("problem-count", String(problems.length));
  await reportProblems(problems, fileCount, settings);
  if (problems.length > 0) setFailed(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the policy files; see the annotations and the job summary.`);
  else info(`\u2713 ${fileCount} policy files valid`);
}
export {
  runValidateStep
};
