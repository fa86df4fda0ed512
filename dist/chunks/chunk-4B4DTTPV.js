import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  DEFAULT_GRACE_SECONDS,
  cellText,
  code,
  configurationExpectations,
  configurationUpdatesMarkdown,
  driftQueryText,
  excludedManagementGroups,
  findOrphans,
  isPermissionFailure,
  isReassigned,
  isWithinScopes,
  normalisedPath,
  oldScopeReadableQuery,
  orphanQueryScope,
  orphanRecordKey,
  permissionFailureSummary,
  planDriftQueries,
  plural,
  refText,
  remediationMissing,
  remediationsCache,
  sourceExpectations,
  startAssignmentRemediation,
  updateConfigurations,
  utcMinute
} from "./chunk-46IHWXJE.js";
import {
  CLUSTER_SUBSCRIPTIONS_QUERY,
  EXTENSION_TEAM,
  assignmentKey,
  changeDiffLines,
  describeRemediationPath,
  planRoot,
  resourceGraphError
} from "./chunk-DIXE3Z4U.js";
import {
  codeBlock,
  hierarchyFrom,
  htmlText,
  linkTarget,
  mdCode,
  mdMessage,
  mdText,
  mermaidLabel,
  parseScope
} from "./chunk-UWA3LBJH.js";
import {
  redactSecrets
} from "./chunk-5QTBMAEK.js";

// src/audit/drift-kinds.ts
var DRIFT_KINDS = [
  "missing-extension",
  "missing-configuration",
  "changed-configuration",
  "failed-configuration",
  "changed-assignment"
];
var CLUSTER_DRIFT_KINDS = [
  "missing-extension",
  "missing-configuration",
  "changed-configuration",
  "failed-configuration"
];
var DRIFT_LABELS = {
  "missing-extension": "no Flux extension",
  "missing-configuration": "configuration missing",
  "changed-configuration": "changed by hand",
  "failed-configuration": "failing",
  "changed-assignment": "assignment changed"
};
var DRIFT_REMEDIES = {
  "missing-extension": 'The Flux extension is missing or failed: check the "Configure installation of Flux extension" assignment and its remediation, or reinstall the extension on the cluster (`az k8s-extension create --extension-type microsoft.flux`).',
  "missing-configuration": "The expected Flux configuration is missing: start a remediation task on the source's assignment (the next apply starts one too), then check the cluster's GitOps blade.",
  "changed-configuration": "The configuration differs from the file. A different kustomization (path, interval, prune \u2026) or timeout is what the policy cannot see: run `flux-policy apply` (or re-run the apply workflow), which updates the configuration on each such cluster directly \u2014 the nightly audit does so itself unless `self-heal` is `false`. A different source URL, ref or namespace: start a remediation task on the source's assignment (the next apply starts one). Or change the file if the new value is right.",
  "failed-configuration": "The configuration does not reconcile: read the error, fix the repository, credentials or the cluster's connectivity; Flux retries on its own.",
  "changed-assignment": "The live policy assignment differs from the default branch: re-run the apply workflow (or `flux-policy apply`) to restore it, or change the files if the change was intended."
};
var isClusterDriftKind = (value) => typeof value === "string" && CLUSTER_DRIFT_KINDS.includes(value);

// src/audit/drift-counts.ts
function driftCounts(reports) {
  const counts = Object.fromEntries(DRIFT_KINDS.map((k) => [k, 0]));
  for (const report of reports) {
    for (const cluster of report.clusters) counts[cluster.kind]++;
    counts["changed-assignment"] += report.assignments.length;
  }
  return counts;
}
function driftedClusterCount(reports) {
  return new Set(reports.flatMap((r) => r.clusters.map((c) => c.clusterId))).size;
}
function teamHealth(health, reports) {
  const teams = /* @__PURE__ */ new Map();
  const teamOf = (team) => {
    let entry = teams.get(team);
    if (!entry)
      teams.set(
        team,
        entry = {
          team,
          sources: 0,
          driftedSources: 0,
          expected: 0,
          drifted: 0,
          settlingSources: 0,
          changedAssignments: 0
        }
      );
    return entry;
  };
  for (const h of health) {
    const t = teamOf(h.team);
    t.sources++;
    if (h.settling) t.settlingSources++;
    t.expected += h.clusters - h.settlingClusters;
    t.drifted += h.drifted;
  }
  for (const r of reports) {
    const t = teamOf(r.team);
    t.driftedSources++;
    t.changedAssignments += r.assignments.length;
  }
  return [...teams.values()].sort((a, b) => a.team.localeCompare(b.team));
}
var healthyPercent = (t) => t.expected === 0 ? 100 : Math.floor(100 * Math.max(0, t.expected - t.drifted) / t.expected);
var healthLabel = (t, unit = "%") => t.expected === 0 && t.settlingSources > 0 ? "settling" : `${healthyPercent(t)}${unit}`;
var settlingKeys = (health) => health.filter((h) => h.settling).map((h) => h.key);

// src/audit/cluster-drift.ts
var MAX_DETAIL = 300;
function clusterDrift(row, expectation) {
  const offline = ["Offline", "Expired"].includes(row.connectivity) ? ` (cluster ${row.connectivity})` : "";
  return {
    clusterId: row.clusterId.toLowerCase(),
    id: row.id,
    name: row.name,
    subscriptionId: row.subscriptionId,
    resourceGroup: row.resourceGroup,
    clusterKind: row.type.toLowerCase().includes("connectedclusters") ? "Arc" : "AKS",
    kind: row.drift,
    detail: cleanText(`${describe(row, expectation)}${offline}`),
    ...row.drift === "failed-configuration" && row.statusAt ? { since: row.statusAt } : {}
  };
}
function describe(row, e) {
  switch (row.drift) {
    case "missing-extension":
      return row.extensionState ? `Flux extension ${row.extensionState.split(",").join(" / ")}` : "Flux extension not installed";
    case "missing-configuration":
      return `no Flux configuration '${e.configurationName}'`;
    case "changed-configuration":
      return changes(row, e).join("; ");
    case "failed-configuration": {
      const error = row.errorMessage ? `: ${row.errorMessage}` : "";
      if (row.provisioningState.toLowerCase() === "failed") return `provisioning Failed${error}`;
      if (row.complianceState.toLowerCase() === "non-compliant") return `Non-Compliant${error}`;
      return `${row.complianceState || "Pending"} too long${error}`;
    }
  }
}
function changes(row, e) {
  const found = [];
  if (row.foundUrl.toLowerCase() !== e.url.toLowerCase()) found.push(`source ${row.foundUrl || "(none)"}`);
  if (row.foundRef !== refText(e.ref)) found.push(`ref ${row.foundRef || "(none)"}`);
  const path = normalisedPath(row.foundPath);
  if (path !== normalisedPath(e.kustomizationPath)) found.push(`path ${path ? `./${path}` : "(none or ./)"}`);
  if (row.foundNamespace !== e.namespace) found.push(`namespace ${row.foundNamespace || "(none)"}`);
  return found.length > 0 ? found : ["differs from the file"];
}
function cleanText(text) {
  const line = redactSecrets(text).replace(/\s+/g, " ").trim();
  return line.length > MAX_DETAIL ? `${line.slice(0, MAX_DETAIL - 1)}\u2026` : line;
}

// src/audit/drift-report.ts
function buildDriftReports(expectations, rows, plan, diffLines) {
  const reports = /* @__PURE__ */ new Map();
  const reportFor = (key, seed) => {
    let report = reports.get(key);
    if (!report) reports.set(key, report = { ...seed(), clusters: [], assignments: [] });
    return report;
  };
  const fromExpectation = (e) => ({
    key: e.key,
    team: e.team,
    source: e.source,
    expectation: e,
    file: e.file,
    line: e.line
  });
  for (const row of rows.drift) {
    const e = expectations[row.source];
    reportFor(e.key, () => fromExpectation(e)).clusters.push(clusterDrift(row, e));
  }
  for (const change of plan.changes) {
    if (change.action === "no-op") continue;
    const key = reportKey(change);
    const e = expectations.find((x) => x.key === key);
    reportFor(
      key,
      () => e ? fromExpectation(e) : { key, team: change.team, source: change.source, ...fileOf(change) }
    ).assignments.push({ action: change.action, name: change.name, scope: change.scope, lines: diffLines(change) });
  }
  for (const change of plan.definitionChanges ?? []) {
    if (change.action === "no-op") continue;
    const e = expectations.find((x) => x.key === `${change.team}/${change.source}`);
    const key = `${change.team}/${change.source}`;
    reportFor(key, () => e ? fromExpectation(e) : { key, team: change.team, source: change.source }).assignments.push(
      {
        action: change.action,
        name: change.name,
        scope: change.scope,
        lines: [
          `${change.action === "create" ? "+" : change.action === "delete" ? "-" : "!"} custom policy definition ${change.name} (generated for this source) ${DEFINITION_VERBS[change.action]}`
        ]
      }
    );
  }
  for (const report of reports.values())
    report.clusters.sort((a, b) => a.clusterId.localeCompare(b.clusterId) || a.kind.localeCompare(b.kind));
  return {
    reports: [...reports.values()].sort((a, b) => a.key.localeCompare(b.key)),
    health: healthOf(expectations, rows, reports)
  };
}
var DEFINITION_VERBS = {
  create: "is missing from Azure",
  update: "differs from the files",
  delete: "is still in Azure, unused by the files"
};
function reportKey(change) {
  return change.kind === "extension" || change.team === EXTENSION_TEAM ? `flux-extension:${change.scope.toLowerCase()}` : `${change.team}/${change.source}`;
}
function fileOf(change) {
  if (change.action === "delete") {
    const marker = change.live.metadata.fluxPolicy;
    return typeof marker?.file === "string" ? { file: marker.file } : {};
  }
  return { file: change.desired.origin.file, line: change.desired.origin.line };
}
function healthOf(expectations, rows, reports) {
  const totals = /* @__PURE__ */ new Map();
  for (const t of rows.totals) {
    const sum = totals.get(t.source) ?? { clusters: 0, settlingClusters: 0 };
    totals.set(t.source, {
      clusters: sum.clusters + t.clusters,
      settlingClusters: sum.settlingClusters + (t.settling ? t.clusters : 0)
    });
  }
  return expectations.map((e, index) => {
    const { clusters, settlingClusters } = totals.get(index) ?? { clusters: 0, settlingClusters: 0 };
    const drifted = new Set(reports.get(e.key)?.clusters.map((c) => c.clusterId) ?? []).size;
    const settling = settlingClusters > 0;
    return { key: e.key, team: e.team, source: e.source, clusters, drifted, settling, settlingClusters };
  });
}

// src/audit/drift-rows.ts
var TEXT_FIELDS = [
  "clusterId",
  "id",
  "name",
  "subscriptionId",
  "resourceGroup",
  "type",
  "connectivity",
  "extensionState",
  "foundUrl",
  "foundRef",
  "foundPath",
  "foundNamespace",
  "provisioningState",
  "complianceState",
  "errorMessage"
];
function readDriftRows(rows, sources) {
  const result = { drift: [], totals: [] };
  for (const raw of rows) {
    const row = raw ?? {};
    const source = row.source;
    if (typeof source !== "number" || !Number.isInteger(source) || source < 0 || source >= sources)
      return unexpected(row);
    if (row.row === "total") {
      if (typeof row.clusters !== "number") return unexpected(row);
      result.totals.push({ source, clusters: row.clusters, settling: row.settling === true });
      continue;
    }
    if (row.row !== "drift" || !isClusterDriftKind(row.drift)) return unexpected(row);
    const text = Object.fromEntries(
      TEXT_FIELDS.map((f) => [f, typeof row[f] === "string" ? row[f] : row[f] == null ? "" : String(row[f])])
    );
    const statusAt = isoOrUndefined(row.statusAt);
    const createdAt = isoOrUndefined(row.createdAt);
    const seenAt = isoOrUndefined(row.seenAt);
    result.drift.push({
      ...text,
      source,
      drift: row.drift,
      ...statusAt ? { statusAt } : {},
      ...createdAt ? { createdAt } : {},
      ...seenAt ? { seenAt } : {}
    });
  }
  return { rows: result };
}
function isoOrUndefined(value) {
  return typeof value === "string" && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : void 0;
}
function unexpected(row) {
  return {
    error: resourceGraphError(
      "resource-graph-unexpected-row",
      `Resource Graph returned a row the audit does not understand: ${JSON.stringify(row).slice(0, 300)}`
    )
  };
}

// src/audit/first-sighting.ts
import { createHash } from "node:crypto";
var sightingKey = (sourceKey, clusterId) => createHash("sha256").update(`${sourceKey}|${clusterId.toLowerCase()}`).digest("hex").slice(0, 20);
function judgeBySighting(rows, sourceKeyOf, previous, now, graceSeconds) {
  const judgement = { confirmed: [], unconfirmed: [], sightings: /* @__PURE__ */ new Map() };
  const nowMs = Date.parse(now);
  for (const row of rows) {
    if (row.createdAt || previous === void 0) {
      judgement.confirmed.push(row);
      if (!row.createdAt)
        judgement.sightings.set(
          sightingKey(sourceKeyOf(row), row.clusterId),
          previous?.get(sightingKey(sourceKeyOf(row), row.clusterId)) ?? now
        );
      continue;
    }
    const key = sightingKey(sourceKeyOf(row), row.clusterId);
    const remembered = previous.get(key);
    const first = remembered && !Number.isNaN(Date.parse(remembered)) && Date.parse(remembered) <= nowMs ? remembered : now;
    judgement.sightings.set(key, first);
    if (nowMs - Date.parse(first) >= graceSeconds * 1e3) judgement.confirmed.push(row);
    else judgement.unconfirmed.push(row);
  }
  return judgement;
}

// src/apply/complete-remediations.ts
async function completeRemediations(plan, writes, suffix) {
  const remediationsAt = remediationsCache(writes);
  const completed = [];
  for (const change of plan.changes) {
    if (change.action !== "no-op" || change.desired.enforcementMode !== "Default") continue;
    if (change.desired.parameters.effect === "Disabled") continue;
    if (!await remediationMissing(change.live, remediationsAt)) continue;
    let started;
    try {
      started = await startAssignmentRemediation(writes, {
        assignmentId: change.live.id,
        scope: change.scope,
        name: `${change.name}-${suffix}`.slice(0, 90),
        written: false
      });
    } catch (error) {
      if (!isPermissionFailure(error)) throw error;
      const path = parseScope(change.scope)?.kind === "managementGroup" ? "existing-non-compliant" : "re-evaluate";
      completed.push({
        key: change.key,
        name: change.name,
        scope: change.scope,
        path,
        error: permissionFailureSummary(error)
      });
      continue;
    }
    completed.push({
      key: change.key,
      name: change.name,
      scope: change.scope,
      path: started.remediationPath ?? "pending-evaluation",
      ...started.remediationId ? { remediationId: started.remediationId } : {}
    });
  }
  return completed;
}

// src/commands/audit.ts
async function auditRoot(root, repository, azure, options = {}) {
  const planned = await planRoot(root, repository, azure.reads, { checkPermissions: false });
  if (planned.kind === "invalid") return planned;
  const timing = {
    graceSeconds: options.timing?.graceSeconds ?? DEFAULT_GRACE_SECONDS,
    pendingSeconds: options.timing?.pendingSeconds ?? options.timing?.graceSeconds ?? DEFAULT_GRACE_SECONDS
  };
  const live = liveAssignments(planned.plan);
  const expectations = sourceExpectations(planned.desired, (a) => lastWritten(live.get(assignmentKey(a.scope, a.name))));
  const runner = azure.resourceGraph;
  const subscriptionsUnder = /* @__PURE__ */ new Map();
  for (const group of excludedManagementGroups(expectations)) {
    const answer = await runner.run({ scope: { managementGroups: [group] }, query: CLUSTER_SUBSCRIPTIONS_QUERY });
    if ("error" in answer) return { kind: "failed", error: answer.error, stats: runner.stats };
    subscriptionsUnder.set(
      group.toLowerCase(),
      answer.rows.map((r) => String(r.subscriptionId ?? "")).filter(Boolean)
    );
  }
  const queries = planDriftQueries(expectations, subscriptionsUnder);
  const rows = [];
  for (const query of queries) {
    const answer = await runner.run({ scope: query.scope, query: driftQueryText(query, timing) });
    if ("error" in answer) return { kind: "failed", error: answer.error, stats: runner.stats };
    rows.push(...answer.rows);
  }
  const read = readDriftRows(rows, expectations.length);
  if ("error" in read) return { kind: "failed", error: read.error, stats: runner.stats };
  const hierarchy = hierarchyFrom(planned.desired.managementGroups);
  const readScopes = planned.scopesRead.map((r) => r.scope);
  const [followed, ignored] = partition(options.deletedSources ?? [], (r) => isWithinScopes(r, readScopes, hierarchy));
  const orphans = await auditOrphans(followed, planned.desired, runner);
  if ("error" in orphans) return { kind: "failed", error: orphans.error, stats: runner.stats };
  const repairs = azure.writes && options.selfHeal !== false ? await updateConfigurations(configurationExpectations(planned.desired), runner, azure.writes) : void 0;
  if (repairs) read.rows.drift = withoutRepaired(read.rows.drift, expectations, repairs);
  const writes = azure.writes;
  const startedAt = (options.now ? options.now() : /* @__PURE__ */ new Date()).toISOString();
  const remediations = writes?.startRemediation && writes.remediationsAt && writes.assignmentEvaluated && options.selfHeal !== false ? await completeRemediations(
    planned.plan,
    {
      startRemediation: writes.startRemediation,
      remediationsAt: writes.remediationsAt,
      assignmentEvaluated: writes.assignmentEvaluated
    },
    `audit-${startedAt.slice(0, 16).replace(/[-:T]/g, "")}`
  ) : void 0;
  const now = options.now ? options.now().toISOString() : latest(read.rows.drift) ?? (/* @__PURE__ */ new Date()).toISOString();
  const judged = judgeBySighting(
    read.rows.drift,
    (row) => expectations[row.source].key,
    options.firstSightings,
    now,
    timing.graceSeconds
  );
  const { reports, health } = buildDriftReports(
    expectations,
    { ...read.rows, drift: judged.confirmed },
    planned.plan,
    changeDiffLines
  );
  return {
    kind: "audited",
    result: {
      repository,
      reports,
      health,
      counts: driftCounts(reports),
      expectations,
      plan: planned.plan,
      teamOwners: planned.teamOwners,
      timing,
      queries: queries.length,
      stats: runner.stats,
      firstSightings: judged.sightings,
      unconfirmedDrift: judged.unconfirmed.length,
      ...repairs ? { repairs } : {},
      ...remediations && remediations.length > 0 ? { remediations: remediations.map((r) => withReport(r, planned.plan, reports, startedAt)) } : {},
      currentKeys: planned.desired.assignments.map(
        (a) => reportKey({
          kind: a.kind,
          team: a.metadata.fluxPolicy.team,
          source: a.metadata.fluxPolicy.source,
          scope: a.scope
        })
      )
    },
    ...options.deletedSources ? { orphans: orphans.observations } : {},
    ...ignored.length > 0 ? { ignoredDeletedSources: ignored.map((record) => ({ record, reason: "scope-not-granted" })) } : {}
  };
}
function partition(items, keep) {
  return [items.filter(keep), items.filter((item) => !keep(item))];
}
function withoutRepaired(rows, expectations, repairs) {
  const repaired = new Set(
    repairs.outcomes.filter((o) => o.status === "updated").map((o) => `${o.key}|${o.clusterId.toLowerCase()}`)
  );
  return rows.filter((row) => {
    const e = expectations[row.source];
    const fixed = row.drift === "changed-configuration" && repaired.has(`${e.key}|${row.clusterId.toLowerCase()}`) && row.foundUrl.toLowerCase() === e.url.toLowerCase() && row.foundRef === refText(e.ref) && row.foundNamespace === e.namespace;
    return !fixed;
  });
}
async function auditOrphans(records, desired, runner) {
  const observations = [];
  for (const record of records) {
    if (isReassigned(record, desired)) {
      observations.push({ record, state: { kind: "reassigned" } });
      continue;
    }
    const read = await findOrphans([record], runner);
    if ("error" in read) return { error: read.error };
    const scope = orphanQueryScope(record);
    const readableQuery = oldScopeReadableQuery(record);
    if (read.found.length === 0 && scope && readableQuery) {
      const readable = await runner.run({ scope, query: readableQuery });
      if ("error" in readable) return { error: readable.error };
      if (readable.rows.length === 0) {
        observations.push({ record, state: { kind: "unknown" } });
        continue;
      }
    }
    observations.push({ record, state: { kind: "found", configurations: read.found } });
  }
  return { observations };
}
function latest(rows) {
  const times = rows.flatMap((r) => r.seenAt ? [r.seenAt] : []).sort();
  return times[times.length - 1];
}
function liveAssignments(plan) {
  const live = /* @__PURE__ */ new Map();
  for (const change of plan.changes)
    if (change.action === "update" || change.action === "no-op") live.set(change.key, change.live);
  return live;
}
function lastWritten(live) {
  const at = live?.metadata.updatedOn ?? live?.metadata.createdOn;
  return typeof at === "string" && !Number.isNaN(Date.parse(at)) ? at : void 0;
}
function withReport(remediation, plan, reports, startedAt) {
  const change = plan.changes.find((c) => c.key === remediation.key);
  if (!change) return remediation;
  const key = reportKey(change);
  const report = reports.find((r) => r.key === key);
  return {
    ...remediation,
    reportKey: key,
    ...remediation.remediationId ? { startedAt } : {},
    driftedClusters: report ? new Set(report.clusters.map((c) => c.clusterId)).size : 0
  };
}

// src/render/orphans/orphan-summary.ts
function orphanedConfigurationCount(observations) {
  return (observations ?? []).reduce((n, o) => n + (o.state.kind === "found" ? o.state.configurations.length : 0), 0);
}
function orphanSummaryMarkdown(observations, links = /* @__PURE__ */ new Map()) {
  if (!observations || observations.length === 0) return [];
  const lines = [
    "",
    "### Orphaned Flux configurations (deleted sources)",
    "",
    "| Deleted source | Configuration | Clusters keeping it | Issue |",
    "|---|---|---:|---|"
  ];
  for (const { record, state } of observations) {
    const clusters = state.kind === "found" ? String(new Set(state.configurations.map((c) => c.clusterId.toLowerCase())).size) : state.kind === "reassigned" ? "assigned again" : "unknown";
    const link = links.get(orphanRecordKey(record));
    lines.push(
      `| ${mdCode(`${record.team}/${record.source}`)} | ${mdCode(record.configurationName)} | ${clusters} | ${link ? `[issue](${linkTarget(link)})` : ""} |`
    );
  }
  const total = orphanedConfigurationCount(observations);
  lines.push("", `${plural(total, "orphaned configuration")} on clusters of deleted sources.`);
  return lines;
}

// src/render/drift/completed-remediations.ts
var HEADING = "Self-heal: remediations for unchanged assignments that had none since their last write";
var NOT_STARTED = "not started, a permission problem (grant the audit identity Resource Policy Contributor there, or turn self-heal off)";
var sentence = (r, text = (v) => v) => r.error ? `${NOT_STARTED}: ${text(r.error)}` : r.remediationId ? `started \u2014 ${describeRemediationPath(r.path)}` : "still pending: Azure has not evaluated it yet";
function completedRemediationsText(remediations) {
  if (!remediations || remediations.length === 0) return [];
  return ["", `${HEADING}:`, ...remediations.map((r) => `  ${r.name} at ${r.scope}: ${sentence(r)}`)];
}
function completedRemediationsMarkdown(remediations) {
  if (!remediations || remediations.length === 0) return [];
  return [
    "",
    `**${HEADING}**`,
    "",
    ...remediations.map((r) => `- ${mdCode(r.name)} at ${mdCode(r.scope)}: ${sentence(r, mdText)}`)
  ];
}
function selfHealIssueSection(remediations) {
  if (!remediations || remediations.length === 0) return [];
  return [
    "",
    "#### Self-heal",
    "",
    ...remediations.map(
      (r) => r.error ? `- The remediation of ${mdCode(r.name)} at ${mdCode(r.scope)} was ${sentence(r, mdText)}` : r.remediationId ? `- Remediation ${mdCode(r.remediationId.split("/").pop() ?? r.name)} started${r.startedAt ? ` at ${utcMinute(r.startedAt)}` : ""}${r.driftedClusters ? ` for ${plural(r.driftedClusters, "non-compliant cluster")}` : ""} (${describeRemediationPath(r.path)}); the next audit shows what it reached.` : `- The remediation of ${mdCode(r.name)} is pending: Azure has not evaluated the assignment at ${mdCode(r.scope)} yet; the next audit (or apply) starts it.`
    )
  ];
}

// src/render/drift/audit-summary.ts
function renderAuditSummary(result, options = {}) {
  const limit = options.limit ?? 9e5;
  const teams = teamHealth(result.health, result.reports);
  const head = [
    "## flux-policy audit",
    "",
    headline(result),
    ...settlingParagraph(result),
    "",
    "| Team | Sources | Drifting sources | Expected configurations | Healthy | Health |",
    "|---|---:|---:|---:|---:|---:|",
    ...teams.map(
      (t) => `| ${cellText(t.team)} | ${t.sources} | ${t.driftedSources} | ${t.expected} | ${t.expected - t.drifted} | ${healthLabel(t, " %")} |`
    ),
    "",
    ...chart(teams),
    "",
    "| Drift | Count |",
    "|---|---:|",
    ...DRIFT_KINDS.map((k) => `| ${DRIFT_LABELS[k]} (\`${k}\`) | ${result.counts[k]} |`),
    ...options.issueLine ? ["", options.issueLine] : [],
    ...configurationUpdatesMarkdown(result.repairs, "self-heal").flatMap((line, i) => i === 0 ? ["", line] : [line]),
    ...completedRemediationsMarkdown(result.remediations),
    ...orphanSummaryMarkdown(options.orphans, options.orphanLinks),
    ...result.plan.errors.length > 0 ? ["", ...result.plan.errors.map((e) => `> [!WARNING]
> ${mdMessage(e.message)}`)] : []
  ];
  let out = head.join("\n");
  if (result.reports.length > 0) out += "\n\n### Drifting sources\n";
  for (const [index, report] of result.reports.entries()) {
    const section = `
${sourceSection(report, options.issueLinks?.get(report.key))}
`;
    if (out.length + section.length > limit) {
      out += `
\u2026and ${plural(result.reports.length - index, "more drifting source")} (see \`flux-policy audit --format json\`).
`;
      break;
    }
    out += section;
  }
  return out;
}
function headline(result) {
  const sources = result.health.length;
  const drifting = result.reports.length;
  const clusters = driftedClusterCount(result.reports);
  const graceHours = Math.round(result.timing.graceSeconds / 3600 * 10) / 10;
  const requests = `${plural(result.stats.requests, "Resource Graph request")}, ${plural(result.stats.rows, "row")}`;
  const waiting = unconfirmedNote(result.unconfirmedDrift, graceHours);
  if (drifting === 0 && result.health.some((h) => h.settling))
    return `**No drift yet**: ${plural(sources, "source")} audited, some still settling (below). ${requests}.${waiting}`;
  if (drifting === 0)
    return `**No drift**: ${plural(sources, "source")} audited, every cluster and assignment matches the files. ${requests}.${waiting}`;
  return `**${drifting} of ${plural(sources, "source")} drift** \u2014 ${plural(clusters, "cluster")}, ${plural(result.counts["changed-assignment"], "assignment")} changed. ${requests}.${waiting}`;
}
function settlingParagraph(result) {
  const keys = settlingKeys(result.health);
  if (keys.length === 0) return [];
  const hours = Math.round(result.timing.graceSeconds / 3600 * 10) / 10;
  return [
    "",
    `> [!NOTE]
> **Still settling** \u2014 assignment written in the last ${hours} h, remediations may still run; their clusters are not counted yet: ${keys.map(code).join(", ")}.`
  ];
}
function unconfirmedNote(unconfirmed, graceHours) {
  if (unconfirmed === 0) return "";
  return ` ${plural(unconfirmed, "drift")} of clusters of unknown age ${unconfirmed === 1 ? "waits" : "wait"} for confirmation: ${unconfirmed === 1 ? "it counts" : "they count"} once an audit at least ${graceHours} h after the first sighting still sees it.`;
}
function chart(teams) {
  if (teams.length === 0) return [];
  const label = (team) => `"${mermaidLabel(team)}"`;
  return [
    "```mermaid",
    "xychart-beta",
    '  title "Healthy Flux configurations per team (%)"',
    `  x-axis [${teams.map((t) => label(t.team)).join(", ")}]`,
    '  y-axis "healthy %" 0 --> 100',
    `  bar [${teams.map(healthyPercent).join(", ")}]`,
    "```"
  ];
}
var MAX_ROWS_PER_SOURCE = 200;
function sourceSection(report, issue) {
  const clusters = new Set(report.clusters.map((c) => c.clusterId)).size;
  const parts = [
    clusters > 0 ? plural(clusters, "cluster") : "",
    report.assignments.length > 0 ? "assignment changed" : ""
  ].filter(Boolean).join(", ");
  const lines = [
    `<details><summary><b>${htmlText(report.key)}</b> \u2014 ${parts}${issue ? ` (<a href="${linkTarget(issue)}">issue</a>)` : ""}</summary>`,
    ""
  ];
  for (const a of report.assignments)
    lines.push(`Assignment ${code(a.name)} at ${code(a.scope)}:`, "", ...codeBlock(a.lines, "diff"), "");
  if (report.clusters.length > 0) {
    lines.push("| Cluster | Subscription | Drift | Since | Detail |", "|---|---|---|---|---|");
    for (const c of report.clusters.slice(0, MAX_ROWS_PER_SOURCE)) {
      lines.push(
        `| ${code(c.name)} (${c.clusterKind}) | ${code(c.subscriptionId)} | ${DRIFT_LABELS[c.kind]} | ${c.since ? utcMinute(c.since) : ""} | ${cellText(c.detail)} |`
      );
    }
    if (report.clusters.length > MAX_ROWS_PER_SOURCE)
      lines.push("", `\u2026and ${report.clusters.length - MAX_ROWS_PER_SOURCE} more.`);
  }
  lines.push("", "</details>");
  return lines.join("\n");
}

export {
  DRIFT_KINDS,
  DRIFT_LABELS,
  DRIFT_REMEDIES,
  driftedClusterCount,
  teamHealth,
  healthLabel,
  settlingKeys,
  auditRoot,
  completedRemediationsText,
  selfHealIssueSection,
  orphanedConfigurationCount,
  renderAuditSummary
};
