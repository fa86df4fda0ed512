import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  followedRecords,
  listOrphanIssues,
  readOrphanIssue,
  syncOrphanIssues
} from "./chunk-CDG5W2PH.js";
import {
  DRIFT_KINDS,
  DRIFT_LABELS,
  DRIFT_REMEDIES,
  auditRoot,
  driftedClusterCount,
  orphanedConfigurationCount,
  renderAuditSummary,
  selfHealIssueSection
} from "./chunk-4B4DTTPV.js";
import {
  azureWrites,
  cellText,
  code,
  orphanRecordKey,
  plural,
  utcMinute
} from "./chunk-46IHWXJE.js";
import {
  tokenLogin
} from "./chunk-5RYRMUCN.js";
import {
  ownersOf,
  parseCodeOwners,
  readCodeOwners
} from "./chunk-HNHQK6WR.js";
import {
  actionAzureClients
} from "./chunk-J4LPCKRH.js";
import {
  azureReads,
  canonicalJson,
  createResourceGraphClient,
  createResourceGraphRunner,
  unionOwners
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
  problemsReport,
  repositoryPath
} from "./chunk-VWR2JPX4.js";
import {
  GITHUB_BODY_LIMIT,
  codeBlock,
  linkTarget,
  mdCode,
  mdMessage,
  oneLine,
  ownerMention
} from "./chunk-UWA3LBJH.js";
import "./chunk-ANFBNWAW.js";
import "./chunk-5QTBMAEK.js";
import "./chunk-AWYRSD4S.js";

// src/action/audit-step.ts
import { resolve } from "node:path";

// src/render/drift/audit-state-issue.ts
var AUDIT_STATE_LABEL = "flux-drift-state";
var AUDIT_STATE_TITLE = "flux-policy audit state";
var MAX_SIGHTINGS = 1e3;
var MARKER_LINE = "<!-- flux-policy:audit-state -->";
var STATE = /^<!-- flux-policy:audit-state-data (\{.*\}) -->$/;
var SIGHTING_KEY = /^[0-9a-f]{20}$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
var isAuditStateBody = (body) => !!body && body.replace(/\r?\n[\s\S]*$/, "") === MARKER_LINE;
function readAuditState(body) {
  if (!body || !isAuditStateBody(body)) return void 0;
  const trimmed = body.trimEnd();
  const json = STATE.exec(trimmed.slice(trimmed.lastIndexOf("\n") + 1).replace(/\r$/, ""))?.[1];
  if (!json) return void 0;
  try {
    const value = JSON.parse(json);
    const entries = value.firstSightings;
    if (!entries || typeof entries !== "object" || Array.isArray(entries)) return void 0;
    const sightings = /* @__PURE__ */ new Map();
    for (const [key, at] of Object.entries(entries))
      if (SIGHTING_KEY.test(key) && typeof at === "string" && ISO_TIME.test(at) && !Number.isNaN(Date.parse(at)))
        sightings.set(key, at);
    return sightings;
  } catch {
    return void 0;
  }
}
function renderAuditStateBody(sightings, unconfirmed, graceSeconds) {
  const kept = [...sightings].sort(([ka, a], [kb, b]) => a.localeCompare(b) || ka.localeCompare(kb));
  const stored = Object.fromEntries(kept.slice(0, MAX_SIGHTINGS).sort(([a], [b]) => a.localeCompare(b)));
  const hours = Math.round(graceSeconds / 3600 * 10) / 10;
  return [
    MARKER_LINE,
    "### flux-policy audit state",
    "",
    `The nightly flux-policy audit keeps here when it first saw each drifted cluster of unknown age (Resource Graph gave no creation time): such drift counts only once two audits at least ${hours} h apart have seen it.`,
    "",
    `${plural(kept.length, "drifted cluster")} of unknown age remembered; ${plural(unconfirmed, "drift")} ${unconfirmed === 1 ? "waits" : "wait"} for confirmation.` + (kept.length > MAX_SIGHTINGS ? ` Only the ${MAX_SIGHTINGS} oldest sightings are kept.` : ""),
    "",
    "_Do not edit or close: the audit reads this issue back. Deleting it only delays unconfirmed drift by a night._",
    `<!-- flux-policy:audit-state-data ${JSON.stringify({ firstSightings: stored })} -->`
  ].join("\n");
}

// src/issues/audit-state-plan.ts
function stateIssueOf(existing) {
  return existing.filter((i) => isAuditStateBody(i.body)).sort((a, b) => a.number - b.number)[0];
}
function planAuditStateWrite(input) {
  const issue = stateIssueOf(input.existing);
  const body = renderAuditStateBody(input.sightings, input.unconfirmed, input.graceSeconds);
  if (!issue)
    return input.sightings.size > 0 ? { kind: "open", title: AUDIT_STATE_TITLE, body, labels: [AUDIT_STATE_LABEL] } : void 0;
  const reopen = issue.state === "closed" && input.sightings.size > 0;
  if (issue.body === body && !reopen) return void 0;
  return { kind: "update", number: issue.number, body, reopen };
}

// src/github/audit-state.ts
async function readAuditMemory(github, { owner, repo }) {
  const creator = await tokenLogin(github);
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: AUDIT_STATE_LABEL,
    state: "all",
    per_page: 100
  });
  const existing = listed.filter(
    (i) => !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase() && isAuditStateBody(i.body)
  ).map((i) => ({ number: i.number, state: i.state === "closed" ? "closed" : "open", title: i.title, body: i.body }));
  return { creator, existing, sightings: readAuditState(stateIssueOf(existing)?.body) ?? /* @__PURE__ */ new Map() };
}
async function writeAuditState(github, { owner, repo }, action) {
  const { data } = action.kind === "open" ? await github.rest.issues.create({ owner, repo, title: action.title, body: action.body, labels: action.labels }) : await github.rest.issues.update({
    owner,
    repo,
    issue_number: action.number,
    body: action.body,
    ...action.reopen ? { state: "open" } : {}
  });
  return { number: data.number, url: data.html_url };
}

// src/render/drift/expected-section.ts
function describeExpectation(e) {
  const ref = e.ref.kind === "bucket" ? `bucket ${code(e.ref.value)}` : `${e.ref.kind} ${code(e.ref.value)}`;
  return [
    "| | |",
    "|---|---|",
    `| Scope | ${code(e.scope)} |`,
    ...e.notScopes.length > 0 ? [`| Excluded | ${e.notScopes.map(code).join("<br>")} |`] : [],
    `| Flux configuration | ${code(e.configurationName)} in namespace ${code(e.namespace)} |`,
    `| Source | ${code(e.url)} at ${ref} |`,
    `| Kustomization | ${code(e.kustomizationName)} at ${code(e.kustomizationPath)} |`,
    `| Assignment | ${code(e.assignmentName)} |`
  ];
}

// src/render/drift/issue-state.ts
import { createHash } from "node:crypto";
var issueMarker = (key) => `<!-- flux-policy:drift ${key} -->`;
var MARKER = /^<!-- flux-policy:drift (\S+) -->$/;
var STATE2 = /^<!-- flux-policy:drift-state (\{.*\}) -->$/;
var HASH = /^\w{1,64}$/;
var CLUSTER_KEY = /^[0-9a-f]{12}$/;
var MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/;
var MAX_REMEMBERED_CLUSTERS = 400;
function issueKeyOf(body) {
  return body ? MARKER.exec(firstLine(body))?.[1] : void 0;
}
function readIssueState(body) {
  const json = body ? STATE2.exec(lastLine(body))?.[1] : void 0;
  if (!json) return void 0;
  try {
    const value = JSON.parse(json);
    const { contentHash: contentHash2, clusterSetHash } = value;
    if (typeof contentHash2 !== "string" || !HASH.test(contentHash2)) return void 0;
    if (typeof clusterSetHash !== "string" || !HASH.test(clusterSetHash)) return void 0;
    const count = (n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : 0;
    const seen = value.firstSeen;
    const entries = seen && typeof seen === "object" && !Array.isArray(seen) ? Object.entries(seen) : [];
    return {
      contentHash: contentHash2,
      clusterSetHash,
      clusterCount: count(value.clusterCount),
      assignmentCount: count(value.assignmentCount),
      firstSeen: Object.fromEntries(
        entries.slice(0, MAX_REMEMBERED_CLUSTERS).filter(
          (e) => CLUSTER_KEY.test(e[0]) && typeof e[1] === "string" && MINUTE.test(e[1]) && !Number.isNaN(Date.parse(e[1]))
        )
      )
    };
  } catch {
    return void 0;
  }
}
var formatIssueState = (state) => `<!-- flux-policy:drift-state ${JSON.stringify(state)} -->`;
var firstLine = (body) => body.slice(0, body.indexOf("\n") + 1 || void 0).replace(/\r?\n$/, "");
var lastLine = (body) => body.trimEnd().slice(body.trimEnd().lastIndexOf("\n") + 1).replace(/\r$/, "");
var clusterKey = (clusterId) => shortHash(clusterId.toLowerCase(), 12);
function shortHash(text, length = 16) {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

// src/render/drift/drift-issue.ts
var DRIFT_LABEL = "flux-drift";
var teamLabel = (team) => `team:${team}`;
function renderDriftIssue(report, previous, context) {
  const minute = (iso) => `${new Date(iso).toISOString().slice(0, 16)}Z`;
  const nowMinute = minute(context.now);
  const firstSeen = {};
  for (const cluster of report.clusters.slice(0, MAX_REMEMBERED_CLUSTERS)) {
    const key = clusterKey(cluster.clusterId);
    firstSeen[key] ??= previous?.firstSeen[key] ?? (cluster.since ? minute(cluster.since) : nowMinute);
  }
  const since = (c) => firstSeen[clusterKey(c.clusterId)] ?? (c.since ? minute(c.since) : nowMinute);
  let rows = context.maxRows ?? 50;
  for (; ; ) {
    const shown = report.clusters.slice(0, rows);
    const state = {
      contentHash: contentHash(report, shown.map(since), context.owners, context.remediations),
      clusterSetHash: shortHash([...new Set(report.clusters.map((c) => c.clusterId))].sort().join("\n")),
      clusterCount: new Set(report.clusters.map((c) => c.clusterId)).size,
      assignmentCount: report.assignments.length,
      firstSeen
    };
    const body = [issueMarker(report.key), ...sections(report, shown, since, context), formatIssueState(state)].join(
      "\n"
    );
    if (body.length <= GITHUB_BODY_LIMIT || rows === 0)
      return { title: issueTitle(report), body: body.slice(0, GITHUB_BODY_LIMIT), labels: issueLabels(report), state };
    rows = Math.floor(rows / 2);
  }
}
function issueTitle(report) {
  if (report.key.startsWith("flux-extension:"))
    return `Drift: Flux extension prerequisite at ${oneLine(report.assignments[0]?.scope ?? report.key.slice("flux-extension:".length))}`;
  return `Drift: ${oneLine(`${report.team}/${report.source}`)}`;
}
function issueLabels(report) {
  return report.key.startsWith("flux-extension:") ? [DRIFT_LABEL] : [DRIFT_LABEL, teamLabel(report.team)];
}
function sections(report, shown, since, context) {
  const clusterCount = new Set(report.clusters.map((c) => c.clusterId)).size;
  const what = [
    clusterCount > 0 ? `**${plural(clusterCount, "cluster")}** ${clusterCount === 1 ? "is" : "are"} not what the file says` : "",
    report.assignments.length > 0 ? `the live policy assignment differs from the default branch` : ""
  ].filter(Boolean).join(", and ");
  const link = report.file ? context.fileUrl?.(report.file, report.line) : void 0;
  const file = report.file ? link ? `[${code(report.file)}](${linkTarget(link)})` : code(report.file) : "the files";
  const out = [
    `### flux-policy drift: ${code(report.key)}`,
    "",
    `${what.charAt(0).toUpperCase()}${what.slice(1)} (${file}${context.commit ? ` at ${code(context.commit.slice(0, 12))}` : ""}).`
  ];
  if (context.owners.length > 0) out.push("", `Owners: ${context.owners.map(ownerMention).join(" ")}`);
  if (report.expectation) out.push("", "#### Expected", "", ...describeExpectation(report.expectation));
  for (const a of report.assignments) {
    const verb = a.action === "create" ? "is missing from Azure (deleted, or never applied)" : a.action === "delete" ? "is still in Azure, but its source is gone from the files" : "differs from the files (changed in the portal or by another tool)";
    out.push(
      "",
      "#### Policy assignment",
      "",
      `${code(a.name)} at ${code(a.scope)} ${verb}. What the next apply does:`,
      "",
      ...codeBlock(a.lines, "diff")
    );
  }
  if (report.clusters.length > 0) {
    out.push(
      "",
      "#### Affected clusters",
      "",
      "| Cluster | Subscription | Drift | Since | Error |",
      "|---|---|---|---|---|"
    );
    for (const c of shown) {
      out.push(
        `| ${code(c.name)} (${c.clusterKind} \xB7 ${cellText(c.resourceGroup)}) | ${code(c.subscriptionId)} | ${DRIFT_LABELS[c.kind]} | ${utcMinute(since(c))} | ${cellText(c.detail)} |`
      );
    }
    const more = report.clusters.length - shown.length;
    if (more > 0)
      out.push(
        "",
        `\u2026and ${plural(more, "more row")}: the job summary of the audit run and \`flux-policy audit --format json\` list them all.`
      );
  }
  out.push(...selfHealIssueSection(context.remediations));
  const kinds = DRIFT_KINDS.filter((k) => countOf(report, k) > 0);
  out.push(
    "",
    "#### What to do",
    "",
    ...kinds.map((k) => `- **${DRIFT_LABELS[k]}** (${countOf(report, k)}): ${DRIFT_REMEDIES[k]}`)
  );
  out.push("", "_The nightly flux-policy audit keeps this issue up to date and closes it when the drift is gone._");
  return out;
}
function countOf(report, kind) {
  return kind === "changed-assignment" ? report.assignments.length : report.clusters.filter((c) => c.kind === kind).length;
}
function contentHash(report, shownSince, owners, remediations = []) {
  const e = report.expectation;
  return shortHash(
    canonicalJson({
      key: report.key,
      file: report.file ?? null,
      expected: e ? {
        scope: e.scope,
        notScopes: e.notScopes,
        name: e.configurationName,
        namespace: e.namespace,
        url: e.url,
        ref: e.ref,
        k: e.kustomizationName,
        path: e.kustomizationPath
      } : null,
      assignments: report.assignments,
      clusters: report.clusters.map((c) => [c.clusterId, c.kind, c.detail]),
      shownSince,
      owners,
      // A remediation self-heal started is news worth an edit (a new name each run); absent, the hash is as before.
      ...remediations.length > 0 ? { selfHeal: remediations.map((r) => [r.name, r.path, r.remediationId ?? null]) } : {}
    })
  );
}

// src/render/drift/issue-comments.ts
function changeComment(previous, next) {
  const clustersChanged = previous.clusterSetHash !== next.clusterSetHash;
  const assignmentChanged = previous.assignmentCount > 0 !== next.assignmentCount > 0;
  if (!clustersChanged && !assignmentChanged) return void 0;
  const lines = [];
  if (clustersChanged) {
    const exact = previous.clusterCount <= MAX_REMEMBERED_CLUSTERS && next.clusterCount <= MAX_REMEMBERED_CLUSTERS;
    const before = new Set(Object.keys(previous.firstSeen));
    const after = new Set(Object.keys(next.firstSeen));
    const added = [...after].filter((k) => !before.has(k)).length;
    const gone = [...before].filter((k) => !after.has(k)).length;
    const delta = exact ? ` (${[added ? `${added} new` : "", gone ? `${gone} no longer drifting` : ""].filter(Boolean).join(", ")})` : "";
    lines.push(
      next.clusterCount === 0 ? `No cluster drifts any more (${plural(previous.clusterCount, "cluster")} before).` : `The drifted clusters changed: now ${plural(next.clusterCount, "cluster")}, ${previous.clusterCount} before${delta}.`
    );
  }
  if (assignmentChanged)
    lines.push(
      next.assignmentCount > 0 ? "The live policy assignment now differs from the default branch." : "The policy assignment matches the default branch again."
    );
  return `${lines.join(" ")} The description above is up to date.`;
}
function reopenComment(next) {
  const what = [
    next.clusterCount > 0 ? plural(next.clusterCount, "cluster") : "",
    next.assignmentCount > 0 ? "the policy assignment" : ""
  ].filter(Boolean).join(" and ");
  return `The drift is back (${what}); reopening. The description above is up to date.`;
}
function closeComment(sourceStillInFiles, commit) {
  const at = commit ? ` at ${code(commit.slice(0, 12))}` : "";
  return sourceStillInFiles ? `No drift left: every cluster under this source and its policy assignment match the files${at}. Closing.` : `This source is no longer in the policy files${at} and nothing of it drifts in Azure. Closing.`;
}

// src/issues/issue-sync-plan.ts
function writesOf(action) {
  return action.kind === "open" ? 1 : action.kind === "update" ? action.comment ? 2 : 1 : 2;
}
var PRIORITY = { open: 0, reopen: 0, close: 1, update: 2 };
function planIssueSync(input) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of input.existing) {
    const key = issueKeyOf(issue.body);
    if (key) byKey.set(key, [...byKey.get(key) ?? [], issue]);
  }
  const candidates = [];
  const unchanged = [];
  for (const report of input.reports) {
    const issues = byKey.get(report.key) ?? [];
    const open = issues.filter((i) => i.state === "open").sort((a, b) => a.number - b.number)[0];
    const closed = issues.filter((i) => i.state === "closed").sort((a, b) => b.number - a.number)[0];
    if (open) {
      const previous = readIssueState(open.body);
      const rendered = renderDriftIssue(report, previous, input.context(report));
      if (previous?.contentHash === rendered.state.contentHash && open.title === rendered.title) {
        unchanged.push({ key: report.key, number: open.number });
        continue;
      }
      const comment = previous ? changeComment(previous, rendered.state) : void 0;
      candidates.push({
        kind: "update",
        key: report.key,
        number: open.number,
        title: rendered.title,
        body: rendered.body,
        ...comment ? { comment } : {}
      });
    } else if (closed) {
      const rendered = renderDriftIssue(report, void 0, input.context(report));
      candidates.push({
        kind: "reopen",
        key: report.key,
        number: closed.number,
        title: rendered.title,
        body: rendered.body,
        comment: reopenComment(rendered.state)
      });
    } else {
      const rendered = renderDriftIssue(report, void 0, input.context(report));
      candidates.push({
        kind: "open",
        key: report.key,
        title: rendered.title,
        body: rendered.body,
        labels: rendered.labels
      });
    }
  }
  const drifted = new Set(input.reports.map((r) => r.key));
  for (const [key, issues] of byKey) {
    if (drifted.has(key)) continue;
    for (const issue of issues.filter((i) => i.state === "open")) {
      candidates.push({
        kind: "close",
        key,
        number: issue.number,
        comment: closeComment(input.isCurrent(key), input.commit)
      });
    }
  }
  return withinBudget(candidates, unchanged, input);
}
function withinBudget(candidates, unchanged, input) {
  const ordered = [...candidates].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.key.localeCompare(b.key));
  const plan = { labelsToCreate: [], actions: [], deferred: [], unchanged };
  const labels = new Set(input.existingLabels);
  let writes = 0;
  for (const action of ordered) {
    const newLabels = action.kind === "open" ? [...new Set(action.labels.filter((l) => !labels.has(l.toLowerCase())))] : [];
    const cost = writesOf(action) + newLabels.length;
    if (writes + cost > input.maxWrites) {
      plan.deferred.push(action);
      continue;
    }
    writes += cost;
    for (const label of newLabels) labels.add(label.toLowerCase());
    plan.labelsToCreate.push(...newLabels);
    plan.actions.push(action);
  }
  plan.labelsToCreate.sort((a, b) => a === DRIFT_LABEL ? -1 : b === DRIFT_LABEL ? 1 : a.localeCompare(b));
  return plan;
}

// src/github/request-ledger.ts
function trackGitHubRequests(github) {
  const ledger = { reads: 0, writes: 0, remaining: void 0 };
  const note = (headers) => {
    const value = headers?.["x-ratelimit-remaining"];
    if (value !== void 0 && /^\d+$/.test(String(value))) ledger.remaining = Number(value);
  };
  github.hook.wrap("request", async (request, options) => {
    if (String(options.method).toUpperCase() === "GET" || options.url === "/graphql") ledger.reads++;
    else ledger.writes++;
    try {
      const response = await request(options);
      note(response.headers);
      return response;
    } catch (error) {
      note(error.response?.headers);
      throw error;
    }
  });
  return ledger;
}

// src/github/drift-issues.ts
var LABEL_COLOURS = { drift: "d73a4a", team: "c5def5" };
async function syncDriftIssues(github, options) {
  const { owner, repo } = options.repository;
  const requests = options.requests ?? trackGitHubRequests(github);
  const creator = options.state?.memory.creator ?? await tokenLogin(github);
  const listed = await github.paginate(github.rest.issues.listForRepo, {
    owner,
    repo,
    labels: DRIFT_LABEL,
    state: "all",
    per_page: 100
  });
  const existing = listed.filter(
    (i) => !i.pull_request && i.user?.login?.toLowerCase() === creator.toLowerCase() && issueKeyOf(i.body) !== void 0
  ).map((i) => ({
    number: i.number,
    state: i.state === "closed" ? "closed" : "open",
    title: i.title,
    body: i.body ?? ""
  }));
  const labels = await github.paginate(github.rest.issues.listLabelsForRepo, { owner, repo, per_page: 100 });
  const existingLabels = new Set(labels.map((l) => l.name.toLowerCase()));
  const primaryLeft = requests.remaining ?? Number.POSITIVE_INFINITY;
  const writeBudget = primaryLeft < options.maxWrites ? { limit: primaryLeft, limitedBy: "primary-rate-limit" } : { limit: options.maxWrites, limitedBy: "max-issue-writes" };
  const stateAction = options.state && planAuditStateWrite({ ...options.state, existing: options.state.memory.existing });
  const stateLabel = stateAction?.kind === "open" && !existingLabels.has(AUDIT_STATE_LABEL) ? 1 : 0;
  const stateFits = !!stateAction && 1 + stateLabel <= writeBudget.limit;
  const budget = writeBudget.limit - (stateFits ? 1 + stateLabel : 0);
  const plan = planIssueSync({ ...options, maxWrites: budget, existing, existingLabels });
  if (stateFits && stateLabel) plan.labelsToCreate.push(AUDIT_STATE_LABEL);
  if (options.dryRun) {
    if (stateAction)
      options.log(`[dry-run] would ${stateFits ? "" : "defer (write budget) "}${describeState(stateAction)}`);
    for (const label of plan.labelsToCreate) options.log(`[dry-run] would create label ${label}`);
    for (const action of plan.actions) options.log(`[dry-run] would ${describe(action)}`);
    for (const action of plan.deferred) options.log(`[dry-run] would defer (write budget) ${describe(action)}`);
    return {
      plan,
      outcomes: plan.actions.map((action) => ({ action, status: "dry-run", ...numberOf(action) })),
      writes: 0,
      writeBudget,
      requests,
      ...stateAction ? { state: { action: stateAction, status: stateFits ? "dry-run" : "deferred" } } : {}
    };
  }
  let writes = 0;
  for (const name of plan.labelsToCreate) {
    try {
      await github.rest.issues.createLabel({
        owner,
        repo,
        name,
        color: name === DRIFT_LABEL ? LABEL_COLOURS.drift : LABEL_COLOURS.team,
        description: name === DRIFT_LABEL ? "Clusters or assignments that differ from the policy files (flux-policy audit)" : name === AUDIT_STATE_LABEL ? "What the flux-policy audit remembers between runs" : "flux-policy team"
      });
      writes++;
    } catch (error) {
      if (error.status !== 422) throw error;
    }
  }
  let state;
  if (stateAction && !stateFits) state = { action: stateAction, status: "deferred" };
  else if (stateAction) {
    try {
      const done = await writeAuditState(github, options.repository, stateAction);
      writes++;
      state = { action: stateAction, status: "done", url: done.url };
      options.log(`${describeState(stateAction)}: ${done.url}`);
    } catch (error) {
      state = { action: stateAction, status: "failed", error: errorText(error) };
    }
  } else if (options.state) state = { status: "unchanged" };
  const outcomes = [];
  for (const action of plan.actions) {
    try {
      const done = await run(github, options.repository, action);
      writes += writesOf(action);
      outcomes.push({ action, status: "done", ...done });
      options.log(`${describe(action)}: ${done.url}`);
    } catch (error) {
      outcomes.push({
        action,
        status: "failed",
        ...numberOf(action),
        error: errorText(error)
      });
    }
  }
  return { plan, outcomes, writes, writeBudget, requests, ...state ? { state } : {} };
}
var describeState = (action) => action.kind === "open" ? "open the audit state issue" : `${action.reopen ? "reopen" : "update"} the audit state issue #${action.number}`;
async function run(github, { owner, repo }, action) {
  switch (action.kind) {
    case "open": {
      const { data } = await github.rest.issues.create({
        owner,
        repo,
        title: action.title,
        body: action.body,
        labels: action.labels
      });
      return { number: data.number, url: data.html_url };
    }
    case "update":
    case "reopen": {
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number: action.number,
        title: action.title,
        body: action.body,
        ...action.kind === "reopen" ? { state: "open" } : {}
      });
      if (action.comment)
        await github.rest.issues.createComment({ owner, repo, issue_number: action.number, body: action.comment });
      return { number: data.number, url: data.html_url };
    }
    case "close": {
      await github.rest.issues.createComment({ owner, repo, issue_number: action.number, body: action.comment });
      const { data } = await github.rest.issues.update({
        owner,
        repo,
        issue_number: action.number,
        state: "closed",
        state_reason: "completed"
      });
      return { number: data.number, url: data.html_url };
    }
  }
}
function numberOf(action) {
  return action.kind === "open" ? {} : { number: action.number };
}
function describe(action) {
  switch (action.kind) {
    case "open":
      return `open an issue for ${action.key}`;
    case "update":
      return `update issue #${action.number} (${action.key})${action.comment ? " with a comment" : ""}`;
    case "reopen":
      return `reopen issue #${action.number} (${action.key})`;
    case "close":
      return `close issue #${action.number} (${action.key})`;
  }
}

// src/action/audit-step.ts
function auditRefusal(context) {
  if (context.eventName === "schedule") return void 0;
  const branch = context.defaultBranch;
  if (branch && context.ref === `refs/heads/${branch}`) return void 0;
  const where = `${branch ? ` (${branch})` : ""}, not on ${context.ref || "an unknown ref"}`;
  return `The audit runs only on the default branch${where}; no issue was opened, changed or closed. Run the workflow from the default branch.`;
}
async function runAuditStep(settings, context, github) {
  const refusal = auditRefusal(context);
  if (refusal) return { outputs: {}, messages: [], failure: refusal };
  const repository = `${context.repository.owner}/${context.repository.repo}`;
  const clients = actionAzureClients(settings);
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients));
  const requests = github ? trackGitHubRequests(github) : void 0;
  const memory = github ? await readAuditMemory(github, context.repository) : void 0;
  const unreadable = [];
  const orphanIssues = github && memory ? await listOrphanIssues(github, context.repository, memory.creator, (n) => unreadable.push(n)) : void 0;
  const outcome = await auditRoot(
    resolve(settings.workspace, settings.root),
    repository,
    { reads: azureReads(clients), resourceGraph, writes: azureWrites(clients) },
    {
      timing: { graceSeconds: settings.audit.graceSeconds },
      selfHeal: settings.audit.selfHeal && !settings.audit.dryRun,
      ...memory ? { firstSightings: memory.sightings } : {},
      ...orphanIssues ? { deletedSources: followedRecords(orphanIssues) } : {}
    }
  );
  if (outcome.kind === "invalid") {
    const report = problemsReport(outcome.problems, outcome.fileCount, settings);
    const failure = `${outcome.problems.length} problems in the policy files; the fleet was not audited.`;
    return { outputs: {}, ...report, failure };
  }
  if (outcome.kind === "failed") return auditFailedStepResult(outcome.error);
  const { result } = outcome;
  const observations = outcome.orphans;
  const sync = github ? await syncIssues(github, settings, context, result, memory, requests) : void 0;
  const orphans = github && sync && orphanIssues && observations ? await syncOrphanIssues(github, {
    repository: context.repository,
    observations,
    existing: orphanIssues,
    maxWrites: Math.max(0, sync.writeBudget.limit - plannedWrites(sync)),
    dryRun: settings.audit.dryRun,
    log: (line) => info(terminalText(line))
  }) : void 0;
  const step = auditStepResult(
    result,
    sync,
    settings,
    orphans && observations ? { ...orphans, observations } : void 0
  );
  const ignored = (outcome.ignoredDeletedSources ?? []).map(({ record }) => {
    const key = orphanRecordKey(record);
    return orphanIssues?.find((i) => readOrphanIssue(i.body)?.key === key)?.number ?? key;
  });
  const notFollowed = notFollowedWarnings(unreadable, ignored);
  return notFollowed.length > 0 ? { ...step, messages: [...step.messages, ...notFollowed] } : step;
}
function notFollowedWarnings(unreadable, outOfScope) {
  return [
    ...unreadable.map((n) => ({
      level: "warning",
      text: `Orphaned-configurations issue #${n} carries flux-policy's marker, but its record (the last line) is not in the shape the tool writes: it was edited. It is not followed; restore the line from its history, or close it.`
    })),
    ...outOfScope.map((issue) => ({
      level: "warning",
      text: `Orphaned-configurations issue ${typeof issue === "number" ? `#${issue}` : issue} records an old scope outside every scope the policy files grant or use (or the files no longer grant it): it is not followed, and nothing was read there.`
    }))
  ];
}
function plannedWrites(sync) {
  const state = sync.state && ["done", "dry-run", "failed"].includes(sync.state.status) ? 1 : 0;
  return sync.plan.labelsToCreate.length + sync.plan.actions.reduce((n, a) => n + writesOf(a), 0) + state;
}
function auditFailedStepResult(error) {
  return {
    outputs: {},
    messages: [],
    summary: `## flux-policy audit

**The audit could not finish** (${mdCode(error.code)}): ${mdMessage(error.message)}

No issue was opened, changed or closed.
`,
    failure: `${error.message} No issue was opened, changed or closed.`
  };
}
function auditStepResult(result, sync, settings, orphans) {
  const links = new Map(sync?.outcomes.flatMap((o) => o.url ? [[o.action.key, o.url]] : []) ?? []);
  const orphanLinks = new Map(
    orphans?.outcomes.flatMap((o) => o.url ? [[o.action.key, o.url]] : []) ?? []
  );
  const failed = [
    ...sync?.outcomes.filter((o) => o.status === "failed") ?? [],
    ...orphans?.outcomes.filter((o) => o.status === "failed") ?? []
  ];
  const stateFailed = sync?.state?.status === "failed" ? `the audit state issue: ${sync.state.error}` : void 0;
  return {
    outputs: auditOutputs(result, sync, orphans),
    summary: renderAuditSummary(result, {
      issueLinks: links,
      orphanLinks,
      ...orphans ? { orphans: orphans.observations } : {},
      issueLine: sync ? issueLine(sync, settings, orphans) : void 0
    }),
    messages: [
      ...sync ? [] : [{ level: "warning", text: "No github-token: drift issues were not updated." }],
      // Self-heal could not start a remediation: the audit's identity lacks the action (Azure's 403).
      ...(result.remediations ?? []).flatMap(
        (r) => r.error ? [{ level: "warning", text: `Self-heal could not start the remediation of ${r.name}: ${r.error}` }] : []
      )
    ],
    failure: failed.length > 0 || stateFailed ? `${failed.length + (stateFailed ? 1 : 0)} issue update(s) failed: ${[
      ...failed.map((o) => `${o.action.key}: ${o.error}`),
      ...stateFailed ? [stateFailed] : []
    ].join("; ")}` : void 0
  };
}
async function syncIssues(github, settings, context, result, memory, requests) {
  const codeOwners = parseCodeOwners(await readCodeOwners(github, context) ?? "");
  const path = (file) => repositoryPath(settings.workspace, settings.root, file);
  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const ref = context.sha || context.defaultBranch || "HEAD";
  const current = new Set(result.currentKeys);
  const now = (/* @__PURE__ */ new Date()).toISOString();
  return syncDriftIssues(github, {
    repository: context.repository,
    reports: result.reports,
    maxWrites: settings.audit.maxIssueWrites,
    ...requests ? { requests } : {},
    dryRun: settings.audit.dryRun,
    isCurrent: (key) => current.has(key),
    commit: context.sha || void 0,
    log: (line) => info(terminalText(line)),
    ...memory ? {
      state: {
        memory,
        sightings: result.firstSightings,
        unconfirmed: result.unconfirmedDrift,
        graceSeconds: result.timing.graceSeconds
      }
    } : {},
    context: (report) => ({
      now,
      remediations: result.remediations?.filter((r) => r.reportKey === report.key),
      commit: context.sha || void 0,
      owners: unionOwners(
        result.teamOwners?.[report.team] ?? [],
        report.file ? ownersOf(codeOwners, path(report.file)) : []
      ),
      fileUrl: (file, line) => `${server}/${context.repository.owner}/${context.repository.repo}/blob/${ref}/${path(file)}${line ? `#L${line}` : ""}`
    })
  });
}
function issueLine(sync, settings, orphans) {
  const actions = [...sync.plan.actions, ...orphans?.plan.actions ?? []];
  const count = (kind) => actions.filter((a) => a.kind === kind || kind === "update" && a.kind === "resolve").length;
  const unchanged = sync.plan.unchanged.length + (orphans?.plan.unchanged ?? 0);
  const verbs = `${count("open")} opened, ${count("update")} updated, ${count("reopen")} reopened, ${count("close")} closed, ${unchanged} unchanged`;
  const deferredCount = sync.plan.deferred.length + (orphans?.plan.deferred.length ?? 0);
  const state = sync.state?.status === "deferred" ? " The audit state issue (first sightings) waits for the write budget too." : sync.state?.status === "failed" ? " The audit state issue (first sightings) could not be written." : "";
  const deferred = deferredCount > 0 ? ` \u2014 ${deferredCount} deferred to the next run (${sync.writeBudget.limitedBy === "primary-rate-limit" ? `GitHub's rate limit left ${sync.writeBudget.limit} requests` : `max-issue-writes: ${settings.audit.maxIssueWrites}`})` : "";
  return settings.audit.dryRun ? `**Dry run** \u2014 issues that would be: ${verbs}${deferred}. Nothing was written.${state}` : `Issues: ${verbs}${deferred}.${state}`;
}
function auditOutputs(result, sync, orphans) {
  return {
    "drifted-sources": String(result.reports.length),
    "drifted-clusters": String(driftedClusterCount(result.reports)),
    ...Object.fromEntries(DRIFT_KINDS.map((kind) => [kind, String(result.counts[kind])])),
    "issue-writes": String((sync?.writes ?? 0) + (orphans?.writes ?? 0)),
    "orphaned-configurations": String(orphanedConfigurationCount(orphans?.observations)),
    "unconfirmed-drift": String(result.unconfirmedDrift)
  };
}
export {
  auditFailedStepResult,
  auditRefusal,
  auditStepResult,
  notFollowedWarnings,
  runAuditStep
};
