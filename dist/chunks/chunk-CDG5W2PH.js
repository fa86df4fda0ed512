import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  orphanRecordKey,
  plural,
  readOrphanRecord
} from "./chunk-46IHWXJE.js";
import {
  errorText
} from "./chunk-FAJSJJ6G.js";
import {
  mdCode,
  oneLine
} from "./chunk-UWA3LBJH.js";

// src/render/orphans/orphan-issue.ts
import { createHash } from "node:crypto";
var ORPHAN_LABEL = "flux-orphans";
var MAX_ORPHAN_ROWS = 50;
var MARKER = /^<!-- flux-policy:orphans ([0-9a-f]{20}) -->$/;
var DATA = /^<!-- flux-policy:orphans-data ([A-Za-z0-9_-]{1,60000}) -->$/;
var orphanIssueMarker = (key) => `<!-- flux-policy:orphans ${key} -->`;
var hasOrphanMarker = (body) => !!body && MARKER.test(body.slice(0, body.indexOf("\n") + 1 || void 0).replace(/\r?\n$/, ""));
function readOrphanIssue(body) {
  if (!body) return void 0;
  const key = MARKER.exec(body.slice(0, body.indexOf("\n") + 1 || void 0).replace(/\r?\n$/, ""))?.[1];
  const trimmed = body.trimEnd();
  const encoded = DATA.exec(trimmed.slice(trimmed.lastIndexOf("\n") + 1).replace(/\r$/, ""))?.[1];
  if (!key || !encoded) return void 0;
  try {
    const value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
    const record = readOrphanRecord(value.record);
    if (!record || orphanRecordKey(record) !== key || typeof value.contentHash !== "string") return void 0;
    const count = value.clusterCount;
    return {
      key,
      data: {
        record,
        resolved: value.resolved === true,
        contentHash: value.contentHash,
        ...typeof count === "number" && Number.isInteger(count) && count >= 0 ? { clusterCount: count } : {}
      }
    };
  } catch {
    return void 0;
  }
}
function renderOrphanIssue(record, state) {
  const key = orphanRecordKey(record);
  const configurations = state.kind === "found" ? [...state.configurations].sort((a, b) => a.clusterId.localeCompare(b.clusterId)) : [];
  const clusterCount = state.kind === "found" ? new Set(configurations.map((c) => c.clusterId.toLowerCase())).size : 0;
  const resolved = state.kind === "reassigned" || state.kind === "found" && clusterCount === 0;
  const contentHash = createHash("sha256").update(JSON.stringify([record, state.kind, configurations.map((c) => c.id.toLowerCase())])).digest("hex").slice(0, 16);
  const data = {
    record,
    resolved,
    contentHash,
    ...state.kind === "unknown" ? {} : { clusterCount }
  };
  const name = `${record.team}/${record.source}`;
  const deleted = `${record.deletedAt.slice(0, 16)}Z`;
  const lines = [
    orphanIssueMarker(key),
    `### Orphaned Flux configurations: ${mdCode(name)}`,
    "",
    `The source ${mdCode(name)} was deleted from the policy files${record.commit ? ` at ${mdCode(record.commit.slice(0, 12))}` : ""} and its policy assignment removed (${deleted}). Deleting a DeployIfNotExists assignment removes nothing from the clusters.`,
    "",
    summary(state, clusterCount, record),
    "",
    `- Configuration: ${mdCode(record.configurationName)}, source ${mdCode(record.url)}`,
    `- Old scope: ${mdCode(record.scope)}` + (record.notScopes.length > 0 ? ` (minus ${plural(record.notScopes.length, "exclusion")})` : "")
  ];
  if (configurations.length > 0) {
    lines.push("", "| cluster | subscription | configuration id |", "|---|---|---|");
    for (const c of configurations.slice(0, MAX_ORPHAN_ROWS))
      lines.push(
        `| ${mdCode(c.clusterId.split("/").pop() ?? c.clusterId)} | ${mdCode(c.subscriptionId)} | ${mdCode(c.id)} |`
      );
    if (configurations.length > MAX_ORPHAN_ROWS) lines.push("", `\u2026and ${configurations.length - MAX_ORPHAN_ROWS} more.`);
  }
  if (!resolved)
    lines.push(
      "",
      "**What to do:** remove each configuration \u2014 if its workloads must stay, turn `prune` off on its kustomizations first (`az k8s-configuration flux kustomization update \u2026 --prune false`), then `az k8s-configuration flux delete` \u2014 or add the source back, and delete it again in a pull request labelled `flux-policy:remove-orphaned-configurations` (apply then removes them, prune turned off first). The nightly flux-policy audit updates this issue, and closes it once no cluster keeps the configuration."
    );
  lines.push(
    "",
    "_The line below is what the audit follows: do not edit it._",
    `<!-- flux-policy:orphans-data ${Buffer.from(JSON.stringify(data)).toString("base64url")} -->`
  );
  const count = state.kind === "found" ? `: ${plural(clusterCount, "cluster")}` : "";
  return {
    key,
    title: `Orphaned Flux configurations of ${oneLine(name)}${count}`,
    body: lines.join("\n"),
    labels: [ORPHAN_LABEL],
    data
  };
}
function summary(state, clusterCount, record) {
  if (state.kind === "reassigned")
    return `The files assign a Flux configuration ${mdCode(record.configurationName)} of this source URL again: its clusters are no longer orphans of the deleted source.`;
  if (state.kind === "unknown")
    return "Whether clusters keep its Flux configuration is not known: Resource Graph could not be read, or the signed-in identity may not read the old scope (it then hides it without an error; grant Reader there). The nightly audit checks again.";
  return clusterCount === 0 ? "No cluster keeps its Flux configuration any more." : `**${plural(clusterCount, "cluster")}** ${clusterCount === 1 ? "keeps" : "keep"} its Flux configuration and ${clusterCount === 1 ? "goes" : "go"} on syncing that source, though nothing enforces it any more (orphaned).`;
}
var orphanCloseComment = (state) => state.kind === "reassigned" ? "The policy files assign a configuration of this name and source URL again: nothing to follow here. Closing." : "No cluster in the old scope keeps the configuration any more (Resource Graph, this audit). Closing.";
var orphanReopenComment = (clusterCount) => `${plural(clusterCount, "cluster")} still ${clusterCount === 1 ? "keeps" : "keep"} the deleted source's configuration; reopening. The description above is up to date.`;

// src/issues/orphan-issue-plan.ts
var orphanWritesOf = (action) => action.kind === "reopen" || action.kind === "close" ? 2 : 1;
var PRIORITY = { open: 0, reopen: 0, close: 1, update: 2, resolve: 3 };
function issuesByKey(existing) {
  const byKey = /* @__PURE__ */ new Map();
  const ordered = [...existing].sort(
    (a, b) => a.state !== b.state ? a.state === "open" ? -1 : 1 : a.state === "open" ? a.number - b.number : b.number - a.number
  );
  for (const issue of ordered) {
    const read = readOrphanIssue(issue.body);
    if (read && !byKey.has(read.key)) byKey.set(read.key, { ...issue, resolved: read.data.resolved });
  }
  return byKey;
}
function followedRecords(existing) {
  return [...issuesByKey(existing).values()].flatMap((issue) => {
    if (issue.resolved) return [];
    const read = readOrphanIssue(issue.body);
    return read ? [read.data.record] : [];
  });
}
function planOrphanIssues(input) {
  const byKey = issuesByKey(input.existing);
  const candidates = [];
  let unchanged = 0;
  for (const { record, state } of input.observations) {
    const rendered = renderOrphanIssue(record, state);
    const { key, title, body } = rendered;
    const issue = byKey.get(key);
    const gone = rendered.data.resolved;
    if (issue?.state === "open") {
      if (gone)
        candidates.push({ kind: "close", key, number: issue.number, title, body, comment: orphanCloseComment(state) });
      else if (readOrphanIssue(issue.body)?.data.contentHash === rendered.data.contentHash && issue.title === title)
        unchanged++;
      else candidates.push({ kind: "update", key, number: issue.number, title, body });
    } else if (issue && !issue.resolved) {
      if (gone) candidates.push({ kind: "resolve", key, number: issue.number, title, body });
      else
        candidates.push({
          kind: "reopen",
          key,
          number: issue.number,
          title,
          body,
          comment: orphanReopenComment(rendered.data.clusterCount ?? 0)
        });
    } else if (!gone) candidates.push({ kind: "open", key, title, body, labels: rendered.labels });
  }
  const ordered = candidates.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.key.localeCompare(b.key));
  const createLabel = byKey.size === 0 && ordered.some((a) => a.kind === "open");
  const plan = { createLabel: false, actions: [], deferred: [], unchanged };
  let writes = 0;
  for (const action of ordered) {
    const label = createLabel && !plan.createLabel && action.kind === "open" ? 1 : 0;
    if (writes + orphanWritesOf(action) + label > input.maxWrites) {
      plan.deferred.push(action);
      continue;
    }
    writes += orphanWritesOf(action) + label;
    if (label) plan.createLabel = true;
    plan.actions.push(action);
  }
  return plan;
}

// src/github/orphan-issues.ts
async function listOrphanIssues(github, { owner, repo }, creator, onUnreadable = () => {
}) {
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: ORPHAN_LABEL,
    state: "all",
    per_page: 100
  });
  const mine = listed.filter((i) => !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase());
  for (const issue of mine) if (hasOrphanMarker(issue.body) && !readOrphanIssue(issue.body)) onUnreadable(issue.number);
  return mine.filter((i) => readOrphanIssue(i.body) !== void 0).map((i) => ({ number: i.number, state: i.state === "closed" ? "closed" : "open", title: i.title, body: i.body }));
}
async function syncOrphanIssues(github, options) {
  const { owner, repo } = options.repository;
  const plan = planOrphanIssues(options);
  if (options.dryRun) {
    for (const action of plan.actions) options.log(`[dry-run] would ${describeOrphanAction(action)}`);
    for (const action of plan.deferred)
      options.log(`[dry-run] would defer (write budget) ${describeOrphanAction(action)}`);
    return { plan, outcomes: plan.actions.map((action) => ({ action, status: "dry-run" })), writes: 0 };
  }
  let writes = 0;
  if (plan.createLabel) {
    try {
      await github.rest.issues.createLabel({
        owner,
        repo,
        name: ORPHAN_LABEL,
        color: "fbca04",
        description: "Flux configurations deleted sources left on clusters (flux-policy)"
      });
      writes++;
    } catch (error) {
      if (error.status !== 422) throw error;
    }
  }
  const outcomes = [];
  for (const action of plan.actions) {
    try {
      const url = await run(github, options.repository, action);
      writes += orphanWritesOf(action);
      outcomes.push({ action, status: "done", url });
      options.log(`${describeOrphanAction(action)}: ${url}`);
    } catch (error) {
      outcomes.push({ action, status: "failed", error: errorText(error) });
    }
  }
  return { plan, outcomes, writes };
}
async function run(github, { owner, repo }, action) {
  switch (action.kind) {
    case "open": {
      const { title, body, labels } = action;
      return (await github.rest.issues.create({ owner, repo, title, body, labels })).data.html_url;
    }
    case "update":
    case "resolve": {
      const { number: issue_number, title, body } = action;
      return (await github.rest.issues.update({ owner, repo, issue_number, title, body })).data.html_url;
    }
    case "reopen": {
      const { number: issue_number, title, body, comment } = action;
      const { data } = await github.rest.issues.update({ owner, repo, issue_number, title, body, state: "open" });
      await github.rest.issues.createComment({ owner, repo, issue_number, body: comment });
      return data.html_url;
    }
    case "close": {
      const { number: issue_number, title, body, comment } = action;
      await github.rest.issues.createComment({ owner, repo, issue_number, body: comment });
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number,
        title,
        body,
        state: "closed",
        state_reason: "completed"
      });
      return data.html_url;
    }
  }
}
function describeOrphanAction(action) {
  return action.kind === "open" ? `open an orphaned-configurations issue (${action.key})` : `${action.kind} orphaned-configurations issue #${action.number} (${action.key})`;
}

export {
  readOrphanIssue,
  followedRecords,
  listOrphanIssues,
  syncOrphanIssues
};
