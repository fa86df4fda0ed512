import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  PLAN_MARKER,
  hasChanges,
  renderPlanComment,
  renderPlanJson
} from "./chunk-IM6HWQWV.js";
import {
  teamOwners
} from "./chunk-RP5V3YOM.js";
import "./chunk-ARYIB2OX.js";
import {
  actionAzureClients,
  createGitHubClient,
  upsertStickyComment
} from "./chunk-NDG2G34B.js";
import {
  planRoot
} from "./chunk-WYP6W5WR.js";
import "./chunk-FMWYBX2F.js";
import {
  reportProblems,
  repositoryPath
} from "./chunk-HXAH246T.js";
import {
  info,
  notice,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-46LYCQ7J.js";
import {
  validateRoot
} from "./chunk-SCASK3B5.js";
import "./chunk-AWYRSD4S.js";

// src/action/plan-step.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/render/validation-comment.ts
var MAX_LISTED = 200;
function renderValidationComment(problems, commit, fileOf = (f) => f) {
  const listed = problems.slice(0, MAX_LISTED).map((p) => `| \`${fileOf(p.file)}:${p.line}:${p.column}\` | \`${p.rule}\` | ${cell(p.message)} |`);
  const more = problems.length > MAX_LISTED ? [`
_\u2026and ${problems.length - MAX_LISTED} more; see the job summary._`] : [];
  return [
    PLAN_MARKER,
    "## flux-policy plan",
    "",
    `**\u2717 ${problems.length} problem${problems.length === 1 ? "" : "s"} in the policy files** at commit \`${commit.slice(0, 12)}\`. Nothing was planned; fix these and push again.`,
    "",
    "| where | rule | problem |",
    "|---|---|---|",
    ...listed,
    ...more,
    ""
  ].join("\n");
}
function renderForkComment(fileCount, commit) {
  return [
    PLAN_MARKER,
    "## flux-policy plan",
    "",
    `**\u2713 ${fileCount} policy files valid** at commit \`${commit.slice(0, 12)}\`.`,
    "",
    "> [!NOTE]",
    "> This pull request comes from a fork, so the workflow has no access to the repository's Azure credentials and",
    "> cannot read live state: **no plan was made**. A maintainer can push the branch to this repository (or re-run",
    "> after merging into a branch here) to see the plan.",
    ""
  ].join("\n");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

// src/action/plan-step.ts
async function runPlanStep(settings, context) {
  const pr = context.pullRequest;
  const commit = pr?.headSha ?? context.sha;
  const root = resolve(settings.workspace, settings.root);
  const github = settings.githubToken ? createGitHubClient({ token: settings.githubToken, baseUrl: context.apiUrl, log: { warn: warning } }) : void 0;
  const comment = async (body) => {
    if (!pr || !github) return;
    try {
      const result = await upsertStickyComment(github, { ...context.repository, issueNumber: pr.number, marker: PLAN_MARKER }, body);
      info(`Plan comment ${result.action}: ${result.url}`);
    } catch (error) {
      if (!pr.isFork || error.status !== 403) throw error;
      notice("The token of a pull request from a fork cannot comment; the result is in the job summary.");
    }
  };
  const reportInvalid = async (problems, fileCount) => {
    await reportProblems(problems, fileCount, settings);
    await comment(renderValidationComment(problems, commit, (f) => repositoryPath(settings.workspace, settings.root, f)));
    setOutput("has-changes", "false");
    setFailed(`${problems.length} problems in the policy files; nothing was planned.`);
  };
  if (pr?.isFork) {
    const { problems, fileCount } = await validateRoot(root);
    if (problems.length > 0) return reportInvalid(problems, fileCount);
    await reportProblems(problems, fileCount, settings);
    await comment(renderForkComment(fileCount, commit));
    notice("Pull request from a fork: validated only; a plan needs the repository's Azure credentials.");
    return;
  }
  const outcome = await planRoot(root, `${context.repository.owner}/${context.repository.repo}`, actionAzureClients(settings));
  if (outcome.kind === "invalid") return reportInvalid(outcome.problems, outcome.fileCount);
  const { plan } = outcome;
  const planFile = settings.planFile ? resolve(settings.workspace, settings.planFile) : void 0;
  if (planFile) {
    await mkdir(dirname(planFile), { recursive: true });
    await writeFile(planFile, renderPlanJson(plan, { commit }));
  }
  const owners = github && pr ? await teamOwners(github, context, outcome.desired, settings) : {};
  await comment(renderPlanComment(plan, { commit, runUrl: context.runUrl, planFile: settings.planFile || void 0, owners }));
  await summary.addRaw(renderPlanComment(plan, { commit, owners, limit: 1e6 })).write();
  setPlanOutputs(plan, settings.planFile);
  if (plan.errors.length > 0) setFailed(plan.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n"));
}
function setPlanOutputs(plan, planFile) {
  setOutput("has-changes", hasChanges(plan) ? "true" : "false");
  setOutput("plan-hash", plan.hash);
  setOutput("creates", String(plan.counts.create));
  setOutput("updates", String(plan.counts.update));
  setOutput("deletes", String(plan.counts.delete));
  setOutput("plan-file", planFile);
}
export {
  runPlanStep
};
