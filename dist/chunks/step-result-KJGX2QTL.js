import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  error,
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-46LYCQ7J.js";
import "./chunk-AWYRSD4S.js";

// src/action/step-result.ts
var emptyStepResult = () => ({ outputs: {}, messages: [] });
async function writeStepResult(result, github) {
  for (const m of result.messages) {
    if (m.level === "info") info(m.text);
    else if (m.level === "notice") notice(m.text, m.properties);
    else if (m.level === "warning") warning(m.text, m.properties);
    else error(m.text, m.properties);
  }
  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
  if (result.summary) await summary.addRaw(result.summary).write();
  const failures = result.failure ? [result.failure] : [];
  if (result.comment && github) {
    const problem = await postComment(result.comment, github);
    if (problem) failures.push(problem);
  }
  if (failures.length > 0) setFailed(failures.join("\n"));
}
async function postComment(comment, github) {
  const { upsertStickyComment } = await import("./sticky-comment-H3EE7AK4.js");
  try {
    const posted = await upsertStickyComment(github, comment.target, comment.body);
    info(`Comment ${posted.action}: ${posted.url}`);
    return void 0;
  } catch (error2) {
    const status = error2.status;
    if (comment.forkMayNotComment && status === 403) {
      notice("The token of a pull request from a fork cannot comment; the result is in the job summary.");
      return void 0;
    }
    const reason = error2 instanceof Error ? error2.message : String(error2);
    return `The comment on #${comment.target.issueNumber} could not be posted (${status ?? "no status"}: ${reason}); what the step did is in its outputs and job summary.`;
  }
}
export {
  emptyStepResult,
  writeStepResult
};
