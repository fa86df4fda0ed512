import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  teamOwners
} from "./chunk-HNHQK6WR.js";
import {
  actionAzureClients
} from "./chunk-J4LPCKRH.js";
import {
  renderPlanJson
} from "./chunk-C6RXJF4T.js";
import {
  PLAN_MARKER,
  hasChanges,
  renderPlanComment
} from "./chunk-5GL7UB4F.js";
import {
  azureReads,
  createResourceGraphClient,
  createResourceGraphRunner,
  mergeOwners,
  planRoot
} from "./chunk-DIXE3Z4U.js";
import "./chunk-45INJRIL.js";
import "./chunk-RD5X3AJH.js";
import "./chunk-FAJSJJ6G.js";
import "./chunk-LL6XPS5H.js";
import {
  problemRow,
  problemsReport,
  repositoryPath
} from "./chunk-VWR2JPX4.js";
import {
  GITHUB_BODY_LIMIT,
  fitMarkdown,
  mdCode,
  validateRoot
} from "./chunk-UWA3LBJH.js";
import "./chunk-ANFBNWAW.js";
import "./chunk-5QTBMAEK.js";
import "./chunk-AWYRSD4S.js";

// src/action/plan-step.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/render/validation-comment.ts
var MAX_LISTED = 200;
function renderValidationComment(problems, commit, fileOf = (f) => f) {
  const listed = problems.slice(0, MAX_LISTED).map((p) => problemRow(p, fileOf));
  const more = problems.length > MAX_LISTED ? [`
_\u2026and ${problems.length - MAX_LISTED} more; see the job summary._`] : [];
  const comment = [
    PLAN_MARKER,
    "## flux-policy plan",
    "",
    `**\u2717 ${problems.length} problem${problems.length === 1 ? "" : "s"} in the policy files** at commit ${mdCode(commit.slice(0, 12))}. Nothing was planned; fix these and push again.`,
    "",
    "| where | rule | problem |",
    "|---|---|---|",
    ...listed,
    ...more,
    ""
  ].join("\n");
  return fitMarkdown(
    comment,
    GITHUB_BODY_LIMIT,
    "This comment was shortened to fit GitHub's limit; every problem is in the job summary."
  );
}
function renderForkComment(fileCount, commit) {
  return [
    PLAN_MARKER,
    "## flux-policy plan",
    "",
    `**\u2713 ${fileCount} policy files valid** at commit ${mdCode(commit.slice(0, 12))}.`,
    "",
    "> [!NOTE]",
    "> This pull request comes from a fork, so the workflow has no access to the repository's Azure credentials and",
    "> cannot read live state: **no plan was made**. A maintainer can push the branch to this repository (or re-run",
    "> after merging into a branch here) to see the plan.",
    ""
  ].join("\n");
}

// src/action/plan-step.ts
var FORK_NOTICE = "Pull request from a fork: validated only; a plan needs the repository's Azure credentials.";
async function runPlanStep(settings, context, github) {
  const pr = context.pullRequest;
  const commit = pr?.headSha ?? context.sha;
  const root = resolve(settings.workspace, settings.root);
  const comment = (body) => pr ? {
    target: { ...context.repository, issueNumber: pr.number, marker: PLAN_MARKER },
    body,
    forkMayNotComment: pr.isFork
  } : void 0;
  const inRepository = (file) => repositoryPath(settings.workspace, settings.root, file);
  const invalid = (problems, fileCount) => ({
    outputs: { "has-changes": "false" },
    ...problemsReport(problems, fileCount, settings),
    comment: comment(renderValidationComment(problems, commit, inRepository)),
    failure: `${problems.length} problems in the policy files; nothing was planned.`
  });
  if (pr?.isFork) {
    const { problems, fileCount } = await validateRoot(root);
    if (problems.length > 0) return invalid(problems, fileCount);
    const report = problemsReport(problems, fileCount, settings);
    return {
      outputs: {},
      summary: report.summary,
      messages: [{ level: "notice", text: FORK_NOTICE }],
      comment: comment(renderForkComment(fileCount, commit))
    };
  }
  const clients = actionAzureClients(settings);
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients));
  const outcome = await planRoot(
    root,
    `${context.repository.owner}/${context.repository.repo}`,
    azureReads(clients),
    // The pull-request plan signs in as the read-only plan identity, not the one that writes: apply checks the
    // apply identity's permissions before its first write.
    { checkPermissions: false, resourceGraph }
  );
  if (outcome.kind === "invalid") return invalid(outcome.problems, outcome.fileCount);
  const { plan } = outcome;
  const planFile = settings.planFile ? resolve(settings.workspace, settings.planFile) : void 0;
  if (planFile) {
    await mkdir(dirname(planFile), { recursive: true });
    await writeFile(planFile, renderPlanJson(plan, { commit }));
  }
  const codeOwners = github && pr ? await teamOwners(github, context, outcome.desired, settings) : {};
  const owners = mergeOwners(outcome.teamOwners, codeOwners);
  return {
    outputs: planOutputs(plan, settings.planFile),
    summary: renderPlanComment(plan, { commit, owners, limit: 1e6 }),
    messages: [],
    comment: comment(
      renderPlanComment(plan, { commit, runUrl: context.runUrl, planFile: settings.planFile || void 0, owners })
    ),
    failure: plan.errors.length > 0 ? plan.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join("\n") : void 0
  };
}
function planOutputs(plan, planFile) {
  return {
    "has-changes": hasChanges(plan) ? "true" : "false",
    "plan-hash": plan.hash,
    creates: String(plan.counts.create),
    updates: String(plan.counts.update),
    deletes: String(plan.counts.delete),
    "plan-file": planFile
  };
}
export {
  runPlanStep
};
