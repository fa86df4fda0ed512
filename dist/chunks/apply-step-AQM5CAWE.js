import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  listOrphanIssues,
  syncOrphanIssues
} from "./chunk-CDG5W2PH.js";
import {
  applyRoot,
  orphanMarkdown,
  shownOutcome
} from "./chunk-H7PEFP4H.js";
import {
  azureWrites,
  clusterDeployments,
  configurationUpdateLine,
  configurationUpdatesMarkdown,
  deletedSources,
  observationsOfApply,
  remediationStatus,
  subscriptionsWithClusters,
  triggerSubscriptionEvaluation
} from "./chunk-46IHWXJE.js";
import {
  opensWithMarker,
  tokenLogin
} from "./chunk-5RYRMUCN.js";
import {
  actionAzureClients
} from "./chunk-J4LPCKRH.js";
import {
  PLAN_MARKER,
  planChangesOf,
  planHashOf
} from "./chunk-5GL7UB4F.js";
import {
  azureReads,
  createResourceGraphClient,
  createResourceGraphRunner,
  describeRemediationPath
} from "./chunk-DIXE3Z4U.js";
import "./chunk-45INJRIL.js";
import {
  info
} from "./chunk-RD5X3AJH.js";
import {
  errorText,
  terminalText
} from "./chunk-FAJSJJ6G.js";
import "./chunk-LL6XPS5H.js";
import {
  problemsReport
} from "./chunk-VWR2JPX4.js";
import {
  GITHUB_BODY_LIMIT,
  JOB_SUMMARY_LIMIT,
  fitMarkdown,
  linkTarget,
  mdCode,
  mdMessage,
  mdText
} from "./chunk-UWA3LBJH.js";
import "./chunk-ANFBNWAW.js";
import "./chunk-5QTBMAEK.js";
import "./chunk-AWYRSD4S.js";

// src/action/apply-step.ts
import { resolve } from "node:path";

// src/github/merged-pull-request.ts
async function findMergedPullRequest(github, repository, sha, writersOnly = []) {
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repository, commit_sha: sha });
  const pr = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at);
  if (!pr) return void 0;
  const labels = pr.labels.map((l) => typeof l === "string" ? l : l.name ?? "");
  const guarded = labels.filter((l) => writersOnly.some((w) => w.toLowerCase() === l.toLowerCase()));
  if (guarded.length === 0) return { number: pr.number, labels };
  const ignoredLabels = await addedByOthers(github, repository, pr.number, guarded);
  const ignored = new Set(ignoredLabels.map((i) => i.label));
  return { number: pr.number, labels: labels.filter((l) => !ignored.has(l)), ignoredLabels };
}
async function addedByOthers(github, repository, issueNumber, labels) {
  try {
    const events = await github.paginate(github.rest.issues.listEvents, {
      ...repository,
      issue_number: issueNumber,
      per_page: 100
    });
    const writers = /* @__PURE__ */ new Map();
    const mayWrite = async (login) => {
      if (!writers.has(login)) {
        const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...repository, username: login }).catch((error) => {
          if (error.status === 404) return { data: { permission: "none" } };
          throw error;
        });
        writers.set(login, data.permission === "admin" || data.permission === "write");
      }
      return writers.get(login);
    };
    const ignored = [];
    for (const label of labels) {
      const actor = events.filter((e) => e.event === "labeled" && e.label?.name?.toLowerCase() === label.toLowerCase()).at(-1)?.actor?.login;
      if (!actor || !await mayWrite(actor)) ignored.push({ label, ...actor ? { actor } : {} });
    }
    return ignored;
  } catch (error) {
    const message = errorText(error);
    return labels.map((label) => ({ label, error: message }));
  }
}
async function reviewedPlan(github, repository, issueNumber, author) {
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100
  });
  const body = comments.find((c) => c.user?.login === author && opensWithMarker(c.body, PLAN_MARKER))?.body;
  const hash = body ? planHashOf(body) : void 0;
  if (!body || hash === void 0) return void 0;
  const changes = planChangesOf(body);
  return changes === void 0 ? { hash } : { hash, changes };
}

// src/render/apply-markdown.ts
var APPLY_MARKER = "<!-- flux-policy:apply -->";
function renderApplyResult(result, context) {
  const shown = result.outcomes.filter(shownOutcome);
  const failed = shown.filter((o) => o.status !== "succeeded");
  const headline = result.refused ? `**\u2717 Not applied.** ${mdMessage(result.refused)}` : failed.length === 0 ? `**\u2713 Applied** ${shown.length === 0 ? nothingLeft(context) : `${shown.length} change${shown.length === 1 ? "" : "s"}.`}` : `**\u2717 Partially applied:** ${failed.length} of ${shown.length} failed. Fix the cause and re-run the workflow: apply converges.`;
  return [
    APPLY_MARKER,
    "## flux-policy apply",
    "",
    headline,
    "",
    hashLine(context),
    "",
    ...shown.length ? ["| | assignment | team/source | at | result |", "|---|---|---|---|---|", ...shown.map(row), ""] : [],
    ...remediationLines(shown, result.outcomes),
    ...configurationUpdatesMarkdown(result.configurationUpdates),
    ...orphanMarkdown(result.orphans),
    ...context.runUrl ? [`[Workflow run](${context.runUrl})`, ""] : []
  ].join("\n");
}
var nothingLeft = (context) => context.alreadyLive ? "\u2014 the reviewed changes were applied by an earlier run." : "\u2014 Azure already matched the files.";
function hashLine(context) {
  const commit = `commit ${mdCode(context.commit.slice(0, 12))}`;
  if (!context.reviewedHash)
    return `Applied plan \`${context.planHash}\` at ${commit}; no reviewed plan was found to compare with.`;
  if (context.reviewedHash === context.planHash)
    return `Applied plan \`${context.planHash}\` at ${commit} \u2014 \u2713 the same plan that was reviewed on the pull request.`;
  if (context.alreadyLive !== void 0) {
    const live = context.alreadyLive;
    return `Applied plan \`${context.planHash}\` at ${commit} \u2014 \u2713 the rest of the plan reviewed on the pull request (\`${context.reviewedHash}\`): ${live} of its changes ${live === 1 ? "was" : "were"} applied by an earlier run.`;
  }
  return `> [!WARNING]
> **The applied plan \`${context.planHash}\` differs from the reviewed plan \`${context.reviewedHash}\`**: live state changed between review and merge (${commit}).`;
}
var SYMBOL = { create: "+", update: "~", delete: "-", "no-op": "=" };
function row(o) {
  const status = o.status === "succeeded" ? `\u2713 ${o.action === "no-op" ? "repaired" : `${o.action}d`}` : `\u2717 ${o.status}: ${mdMessage(o.reason ?? "")}`;
  const roles = o.rolesGranted.length ? `; roles: ${o.rolesGranted.map((r) => `${r.result} at ${mdCode(r.scope)}`).join(", ")}` : "";
  const what = o.kind === "definition" ? `custom definition for ${mdText(`${o.team}/${o.source}`)}` : o.source === "flux-extension" ? "Flux extension prerequisite" : mdText(`${o.team}/${o.source}`);
  return `| ${SYMBOL[o.action]} | ${mdCode(o.name)} | ${what} | ${mdCode(o.scope)} | ${status}${roles} |`;
}
function remediationLines(outcomes, all) {
  const started = outcomes.filter((o) => o.remediationId);
  const pending = all.filter((o) => o.pendingRemediation);
  const path = (o) => o.remediationPath ? ` \u2014 ${describeRemediationPath(o.remediationPath, o.evaluatedSubscriptions)}` : "";
  return [
    ...started.length ? [
      "### Remediation tasks started",
      "",
      "Existing clusters converge as these run (typically 10\u201320 minutes); new clusters are handled by Azure Policy itself.",
      "",
      ...started.map((o) => `- ${mdCode(o.name)}: ${mdCode(o.remediationId)}${path(o)}`),
      ""
    ] : [],
    ...pending.length ? [
      "### Remediation pending evaluation",
      "",
      "Azure has not evaluated these management-group assignments yet, so a remediation would find no cluster; the next run (or the nightly audit) starts it once Azure has.",
      "",
      ...pending.map(
        (o) => `- ${mdCode(o.name)} at ${mdCode(o.scope)}${o.reason ? `: ${mdMessage(o.reason)}` : ""}`
      ),
      ""
    ] : []
  ];
}

// src/render/remediation-markdown.ts
var MAX_FAILED_LISTED = 50;
function renderRemediationOutcomes(outcomes) {
  if (outcomes.length === 0) return "";
  const rows = outcomes.map(
    (o) => `| ${mdCode(o.id.split("/").pop() ?? "")} | ${o.timedOut ? `\u23F3 still ${mdText(o.state)}` : o.state === "Succeeded" ? "\u2713 Succeeded" : `\u2717 ${mdText(o.state)}`} | ${o.succeeded} | ${o.failed} | ${o.total} |`
  );
  const failed = outcomes.flatMap(
    (o) => o.failedClusters.map(
      (c) => `| ${mdCode(c.resourceId.split("/").slice(-1)[0] ?? "")} | ${mdCode(c.resourceId)} | ${mdText(c.error ?? "")} |`
    )
  );
  const retried = outcomes.filter((o) => o.retryNextRun).length;
  return [
    "### Remediation results",
    "",
    "| task | state | clusters deployed | failed | total |",
    "|---|---|---:|---:|---:|",
    ...rows,
    "",
    ...retried > 0 ? [
      `${retried} task(s) had deployments refused with \`AuthorizationFailed\` while the roles this apply granted were still taking effect (up to 10 minutes) and the wait ended first: the next apply, or the nightly audit's self-heal, starts them again.`,
      ""
    ] : [],
    ...failed.length ? [
      "Clusters that failed:",
      "",
      "| cluster | id | error |",
      "|---|---|---|",
      ...failed.slice(0, MAX_FAILED_LISTED),
      ...failed.length > MAX_FAILED_LISTED ? [`
\u2026and ${failed.length - MAX_FAILED_LISTED} more.`] : [],
      ""
    ] : []
  ].join("\n");
}

// src/apply/evaluate-then-remediate.ts
var POLL_DELAYS_MS = [2e3, 5e3, 1e4, 2e4, 3e4];
async function evaluateThenRemediate(outcomes, azure, timeoutMs, notScopesOf = () => []) {
  const pending = outcomes.filter((o) => o.pendingRemediation);
  if (pending.length === 0) return;
  const deadline = azure.now() + timeoutMs;
  const below = /* @__PURE__ */ new Map();
  for (const outcome of pending) below.set(outcome, await azure.subscriptionsBelow(outcome.scope, notScopesOf(outcome)));
  const subscriptions = [...new Set([...below.values()].flat())];
  const polls = /* @__PURE__ */ new Map();
  const failed = /* @__PURE__ */ new Map();
  for (const subscription of subscriptions) {
    try {
      polls.set(subscription, await azure.trigger(subscription));
    } catch (error) {
      failed.set(subscription, errorText(error));
    }
  }
  const done = /* @__PURE__ */ new Set();
  for (let poll = 0; done.size + failed.size < subscriptions.length && azure.now() < deadline; poll++) {
    await azure.sleep(Math.min(POLL_DELAYS_MS[Math.min(poll, POLL_DELAYS_MS.length - 1)], deadline - azure.now()));
    for (const [subscription, isDone] of polls) {
      if (done.has(subscription) || failed.has(subscription)) continue;
      try {
        if (await isDone()) done.add(subscription);
      } catch (error) {
        failed.set(subscription, errorText(error));
      }
    }
  }
  for (const outcome of pending) {
    const mine = below.get(outcome);
    const problem = mine.find((s) => failed.has(s));
    if (problem !== void 0) {
      outcome.reason = `Evaluating subscription ${problem} failed (${failed.get(problem)}); the remediation is pending.`;
      continue;
    }
    if (!mine.every((s) => done.has(s))) {
      outcome.reason = `The evaluation of ${mine.length} subscription(s) did not finish in time; the remediation is pending.`;
      continue;
    }
    const { assignmentId, name } = outcome.pendingRemediation;
    outcome.remediationId = await azure.startRemediation(assignmentId, outcome.scope, name, "ExistingNonCompliant");
    outcome.remediationPath = "evaluate-subscriptions";
    outcome.evaluatedSubscriptions = mine.length;
    delete outcome.pendingRemediation;
  }
}

// src/apply/remediation-status.ts
var FINAL_REMEDIATION_STATES = ["Succeeded", "Failed", "Canceled", "Complete"];

// src/apply/wait-for-remediations.ts
var POLL_DELAYS_MS2 = [2e3, 5e3, 1e4, 2e4, 3e4];
async function waitForRemediations(ids, watch, timeoutMs, onProgress) {
  const deadline = watch.now() + timeoutMs;
  const latest = /* @__PURE__ */ new Map();
  for (let poll = 0; ; poll++) {
    const pending = ids.filter((id) => !FINAL_REMEDIATION_STATES.includes(latest.get(id)?.state ?? ""));
    if (pending.length === 0) break;
    for (const id of pending) {
      const status = await watch.status(id);
      latest.set(id, status);
      onProgress?.(status);
    }
    if (ids.every((id) => FINAL_REMEDIATION_STATES.includes(latest.get(id).state)) || watch.now() >= deadline) break;
    await watch.sleep(
      Math.min(POLL_DELAYS_MS2[Math.min(poll, POLL_DELAYS_MS2.length - 1)], Math.max(deadline - watch.now(), 0))
    );
  }
  return Promise.all(
    ids.map(async (id) => {
      const status = latest.get(id);
      const failedClusters = status.failed > 0 ? (await watch.deployments(id)).filter((d) => d.status === "Failed") : [];
      return { ...status, failedClusters, timedOut: !FINAL_REMEDIATION_STATES.includes(status.state) };
    })
  );
}

// src/apply/follow-remediations.ts
var ROLE_PROPAGATION_MS = 10 * 6e4;
async function followRemediations(outcomes, azure, timeoutMs, options) {
  const deadline = azure.now() + timeoutMs;
  await evaluateThenRemediate(outcomes, azure, timeoutMs, options.notScopesOf);
  const ids = outcomes.flatMap((o) => o.remediationId ? [o.remediationId] : []);
  if (ids.length === 0) return [];
  const first = await waitForRemediations(ids, azure, remaining(azure, deadline), options.onProgress);
  const retry = first.flatMap((result) => {
    const outcome = outcomes.find((o) => o.remediationId === result.id);
    return outcome && failedWhileRolesPropagated(result, outcome) ? [{ result, outcome }] : [];
  });
  const ready = options.appliedAt + ROLE_PROPAGATION_MS;
  if (retry.length === 0) return first;
  if (ready >= deadline)
    return first.map((result) => retry.some((r) => r.result === result) ? { ...result, retryNextRun: true } : result);
  if (azure.now() < ready) await azure.sleep(ready - azure.now());
  const restarted = /* @__PURE__ */ new Map();
  for (const { result, outcome } of retry) {
    const name = `${result.id.split("/").pop().slice(0, 84)}-retry`;
    const id = await azure.startRemediation(outcome.assignmentId, outcome.scope, name, "ExistingNonCompliant");
    restarted.set(result.id, id);
    outcome.remediationId = id;
  }
  const second = await waitForRemediations(
    [...restarted.values()],
    azure,
    remaining(azure, deadline),
    options.onProgress
  );
  return first.map((result) => second.find((s) => s.id === restarted.get(result.id)) ?? result);
}
function failedWhileRolesPropagated(result, outcome) {
  return outcome.assignmentId !== void 0 && outcome.rolesGranted.some((r) => r.result === "created") && result.failedClusters.some((c) => c.code === "AuthorizationFailed");
}
var remaining = (azure, deadline) => Math.max(deadline - azure.now(), 0);

// src/azure/remediation-follow-up.ts
function remediationFollowUp(clients, resourceGraph, clock) {
  const writes = azureWrites(clients);
  return {
    subscriptionsBelow: (scope, notScopes) => subscriptionsWithClusters(resourceGraph, scope, notScopes),
    trigger: (subscription) => triggerSubscriptionEvaluation(clients, subscription),
    startRemediation: (...args) => writes.startRemediation(...args),
    status: (id) => remediationStatus(clients, id),
    deployments: (id) => clusterDeployments(clients, id),
    ...clock
  };
}

// src/action/apply-step.ts
var ALLOW_DELETES_LABEL = "flux-policy:allow-deletes";
var REMOVE_ORPHANS_LABEL = "flux-policy:remove-orphaned-configurations";
function applyRefusal(context) {
  if (context.eventName !== "push")
    return `Apply runs only on a push to the default branch, not on '${context.eventName}' events; nothing was written.`;
  const branch = context.defaultBranch;
  if (!branch || context.ref !== `refs/heads/${branch}`)
    return `Apply runs only on the default branch${branch ? ` (${branch})` : ""}, not on ${context.ref}; nothing was written.`;
  return void 0;
}
async function runApplyStep(settings, context, github) {
  const refusal = applyRefusal(context);
  if (refusal) return { outputs: {}, messages: [], failure: refusal };
  const overrides = [ALLOW_DELETES_LABEL, REMOVE_ORPHANS_LABEL];
  const pr = github ? await findMergedPullRequest(github, context.repository, context.sha, overrides) : void 0;
  const reviewed = github && pr ? await reviewedPlan(github, context.repository, pr.number, await tokenLogin(github)) : void 0;
  const clients = actionAzureClients(settings);
  const appliedAt = Date.now();
  const outcome = await applyRoot(
    resolve(settings.workspace, settings.root),
    `${context.repository.owner}/${context.repository.repo}`,
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients))
    },
    {
      allowManyDeletes: pr?.labels.includes(ALLOW_DELETES_LABEL) ?? false,
      onConfigurationProgress: (o) => info(configurationUpdateLine(o)),
      removeOrphans: pr?.labels.includes(REMOVE_ORPHANS_LABEL) ?? false,
      reviewed,
      requireReviewed: settings.requireReviewedPlan,
      onProgress: (o) => info(
        terminalText(
          `${o.status === "succeeded" ? "\u2713" : "\u2717"} ${o.action} ${o.name} at ${o.scope}${o.reason ? `: ${o.reason}` : ""}`
        )
      )
    }
  );
  if (outcome.kind === "invalid") return applyStepResult({ outcome, settings, context, pr, reviewed, remediations: [] });
  const realTime = { sleep: (ms) => new Promise((done) => setTimeout(done, ms)), now: () => Date.now() };
  let remediations = [];
  if (settings.waitForRemediation && outcome.result.outcomes.some((o) => o.remediationId || o.pendingRemediation)) {
    info(`Following the remediation tasks for up to ${settings.remediationTimeoutMinutes} min\u2026`);
    const resourceGraph = createResourceGraphClient(clients);
    const changes = outcome.planned.plan.changes;
    remediations = await followRemediations(
      outcome.result.outcomes,
      remediationFollowUp(clients, resourceGraph, realTime),
      settings.remediationTimeoutMinutes * 6e4,
      {
        appliedAt,
        notScopesOf: (o) => {
          const change = changes.find((c) => c.key === o.key);
          return change && change.action !== "delete" ? change.desired.notScopes : [];
        },
        onProgress: (s) => info(
          terminalText(
            `remediation ${s.id.split("/").pop()}: ${s.state} (${s.succeeded}/${s.total} deployed, ${s.failed} failed)`
          )
        )
      }
    );
  }
  const step = applyStepResult({ outcome, settings, context, pr, reviewed, remediations });
  const recorded = github ? await recordOrphans(github, settings, context, outcome) : [];
  const notes = [...ignoredLabelWarnings(pr), ...recorded];
  return notes.length > 0 ? { ...step, messages: [...step.messages, ...notes] } : step;
}
function ignoredLabelWarnings(pr) {
  return (pr?.ignoredLabels ?? []).map(({ label, actor, error }) => ({
    level: "warning",
    text: `The label '${label}' on pull request #${pr.number} was not honoured: ` + (error ? `who added it could not be checked (${error}).` : `${actor ? `${actor}, who added it,` : "whoever added it"} may not write to the repository (triage users may label pull requests, not merge them).`) + " Only a label added by someone with write access counts."
  }));
}
async function recordOrphans(github, settings, context, outcome) {
  const report = outcome.result.orphans;
  if (!report) return [];
  const deleted = new Set(
    outcome.result.outcomes.filter((o) => o.action === "delete" && o.status === "succeeded").map((o) => o.key)
  );
  const sources = deletedSources(outcome.planned.plan).filter((s) => deleted.has(s.assignmentKey));
  const observations = observationsOfApply(sources, report, (/* @__PURE__ */ new Date()).toISOString(), context.sha || void 0);
  if (observations.length === 0) return [];
  const notRecorded = (why) => [
    {
      level: "warning",
      text: `The orphaned configurations of ${observations.length} deleted source(s) could not be recorded for the audit (${why}); the apply result lists them. The apply workflow needs 'issues: write'.`
    }
  ];
  try {
    const existing = await listOrphanIssues(github, context.repository, await tokenLogin(github));
    const sync = await syncOrphanIssues(github, {
      repository: context.repository,
      observations,
      existing,
      maxWrites: settings.audit.maxIssueWrites,
      dryRun: false,
      log: (line) => info(terminalText(line))
    });
    const failed = sync.outcomes.filter((o) => o.status === "failed");
    if (failed.length > 0) return notRecorded(failed.map((o) => o.error).join("; "));
    if (sync.plan.deferred.length > 0) return notRecorded(`max-issue-writes: ${settings.audit.maxIssueWrites}`);
    return [];
  } catch (error) {
    return notRecorded(errorText(error));
  }
}
var FULL_RESULT = "every outcome is in the step's `result` output.";
var commentPointer = (runUrl) => `This comment was shortened to fit GitHub's limit. The full result is in the job summary${runUrl ? ` of [this run](${linkTarget(runUrl)})` : ""}, and ${FULL_RESULT}`;
function applyStepResult(facts) {
  const { outcome, context, pr, remediations } = facts;
  if (outcome.kind === "invalid") {
    const report2 = problemsReport(outcome.problems, outcome.fileCount, facts.settings);
    const failure2 = `${outcome.problems.length} problems in the policy files; nothing was written to Azure.`;
    return { outputs: {}, ...report2, failure: failure2 };
  }
  const { result, planned, review } = outcome;
  const planHash = planned.plan.hash;
  const messages = review.kind === "differs" ? [
    {
      level: "warning",
      text: `The plan applied (${planHash}) differs from the plan reviewed on the pull request (${facts.reviewed?.hash}): ${review.unreviewed.join("; ")}.`
    }
  ] : [];
  const alreadyLive = review.kind === "continues" ? review.alreadyLive : void 0;
  const reportContext = {
    commit: context.sha,
    planHash,
    reviewedHash: facts.reviewed?.hash,
    alreadyLive,
    runUrl: context.runUrl
  };
  const report = renderApplyResult(result, reportContext) + renderRemediationOutcomes(remediations);
  const marker = `${APPLY_MARKER}<!-- ${context.sha} -->`;
  const count = (status) => String(result.outcomes.filter((o) => o.status === status).length);
  const remediationFailures = remediations.filter((r) => r.state !== "Succeeded").length;
  const updates = result.configurationUpdates;
  const clustersFailed = updates?.outcomes.filter((o) => o.status === "failed").length ?? 0;
  const what = [
    ...Number(count("failed")) > 0 || clustersFailed === 0 ? [`${count("failed")} assignment(s)`] : [],
    ...clustersFailed > 0 ? [`${clustersFailed} cluster configuration update(s)`] : []
  ].join(" and ");
  const failure = !result.succeeded ? result.refused ?? (updates?.error ? `Flux configurations could not be checked (${updates.error}); re-running converges.` : `${what} failed; see the summary. Re-running converges.`) : remediationFailures > 0 ? `${remediationFailures} remediation task(s) did not succeed; see the summary for the clusters and errors.` : void 0;
  return {
    outputs: {
      "plan-hash": planHash,
      applied: count("succeeded"),
      failed: count("failed"),
      result: JSON.stringify({
        refused: result.refused,
        outcomes: result.outcomes,
        ...updates ? { configurationUpdates: updates } : {},
        orphans: result.orphans
      })
    },
    summary: fitMarkdown(report, JOB_SUMMARY_LIMIT, `This summary was shortened; ${FULL_RESULT}`),
    messages,
    comment: pr ? {
      target: { ...context.repository, issueNumber: pr.number, marker },
      body: fitMarkdown(report.replace(APPLY_MARKER, marker), GITHUB_BODY_LIMIT, commentPointer(context.runUrl))
    } : void 0,
    failure
  };
}
export {
  ALLOW_DELETES_LABEL,
  REMOVE_ORPHANS_LABEL,
  applyRefusal,
  applyStepResult,
  ignoredLabelWarnings,
  runApplyStep
};
