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
} from "./chunk-RD5X3AJH.js";
import {
  errorText,
  terminalText
} from "./chunk-FAJSJJ6G.js";
import "./chunk-LL6XPS5H.js";
import "./chunk-5QTBMAEK.js";
import "./chunk-AWYRSD4S.js";

// src/action/step-result.ts
var emptyStepResult = () => ({ outputs: {}, messages: [] });
async function writeStepResult(result, github) {
  for (const m of result.messages) {
    const text = terminalText(m.text);
    const properties = m.properties?.file ? { ...m.properties, file: terminalText(m.properties.file) } : m.properties;
    if (m.level === "info") info(text);
    else if (m.level === "notice") notice(text, properties);
    else if (m.level === "warning") warning(text, properties);
    else error(text, properties);
  }
  for (const [name, value] of Object.entries(result.outputs)) setOutput(name, value);
  if (result.summary) await summary.addRaw(result.summary).write();
  const failures = result.failure ? [result.failure] : [];
  if (result.comment && github) {
    const problem = await postComment(result.comment, github);
    if (problem) failures.push(problem);
  }
  if (failures.length > 0) setFailed(failures.map((f) => f.split("\n").map(terminalText).join("\n")).join("\n"));
}
async function postComment(comment, github) {
  const { upsertStickyComment } = await import("./sticky-comment-C26UZBL2.js");
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
    const reason = errorText(error2);
    return `The comment on #${comment.target.issueNumber} could not be posted (${status ?? "no status"}: ${reason}); what the step did is in its outputs and job summary.`;
  }
}
export {
  emptyStepResult,
  writeStepResult
};
