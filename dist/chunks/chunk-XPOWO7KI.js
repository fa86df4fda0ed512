import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  applySucceeded,
  configurationExpectations,
  configurationUpdateLine,
  configurationUpdatesVerdict,
  mapInLanes,
  runApply,
  updateConfigurations
} from "./chunk-JUXPK6CZ.js";
import {
  assignmentFingerprint,
  definitionFingerprint
} from "./chunk-ZEFGLYJN.js";
import {
  CLUSTER_SUBSCRIPTIONS_QUERY,
  describeRemediationPath,
  planRoot
} from "./chunk-ZH2XYFDT.js";
import {
  terminalLines,
  terminalText
} from "./chunk-KLN5K5CU.js";
import {
  mdCode,
  mdMessage,
  mdText,
  parseScope
} from "./chunk-WJCN6CYB.js";

// src/apply/reviewed-plan.ts
function checkAgainstReviewed(plan, reviewed) {
  if (!reviewed) return { kind: "none-reviewed" };
  if (reviewed.hash === plan.hash) return { kind: "same" };
  if (!reviewed.changes) {
    return { kind: "differs", unreviewed: [`the plan hash (${plan.hash}, reviewed: ${reviewed.hash})`] };
  }
  const known = new Set(reviewed.changes);
  const unreviewed = [
    ...plan.definitionChanges.filter((c) => !definitionFingerprint(c).every((f) => known.has(f))).map((c) => `${c.action} of custom definition ${c.name} at ${c.scope}`),
    ...plan.changes.filter((c) => !assignmentFingerprint(c).every((f) => known.has(f))).map(describe)
  ];
  if (unreviewed.length > 0) return { kind: "differs", unreviewed };
  const planned = [...plan.changes, ...plan.definitionChanges].filter((c) => c.action !== "no-op").length;
  return { kind: "continues", alreadyLive: Math.max(reviewed.changes.length - planned, 0) };
}
function describe(change) {
  const what = `${change.action} of ${change.name} at ${change.scope} (${change.team}/${change.source})`;
  return change.action === "update" ? `${what}: ${change.diffs.map((d) => d.field).join(", ")}` : what;
}
function reviewRefusal(check, planHash) {
  if (check.kind === "none-reviewed") {
    return "No reviewed plan was found on the merged pull request, and require-reviewed-plan is on; nothing was written. Merge changes through a pull request the action planned.";
  }
  if (check.kind !== "differs") return void 0;
  const shown = check.unreviewed.slice(0, 20);
  const more = check.unreviewed.length > shown.length ? `; and ${check.unreviewed.length - shown.length} more` : "";
  return `The plan made now (${planHash}) has changes the reviewed plan did not: ${shown.join("; ")}${more}. Live state changed since review; nothing was written. Re-run the plan on a pull request and review it.`;
}

// src/apply/orphaned-configurations.ts
function deletedSources(plan) {
  return plan.changes.flatMap((change) => {
    if (change.action !== "delete" || change.kind !== "configuration") return [];
    const p = change.live.parameters;
    const name = typeof p.configurationName === "string" ? p.configurationName : "";
    const url = typeof p.repositoryUrl === "string" ? p.repositoryUrl : typeof p.bucketUrl === "string" ? p.bucketUrl : "";
    if (!name || !url) return [];
    return [
      {
        assignmentKey: change.key,
        team: change.team,
        source: change.source,
        scope: change.live.scope,
        notScopes: [...change.live.notScopes],
        configurationName: name,
        url
      }
    ];
  });
}
function orphanQueryScope(source) {
  const scope = parseScope(source.scope);
  if (!scope) return void 0;
  return scope.kind === "managementGroup" ? { managementGroups: [scope.managementGroup] } : { subscriptions: [scope.subscription] };
}
var kqlString = (value) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
function orphanQueryText(source) {
  return `kubernetesconfigurationresources
| where type =~ 'microsoft.kubernetesconfiguration/fluxconfigurations'
| where name =~ ${kqlString(source.configurationName)}
| extend url = coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url))
| where url =~ ${kqlString(source.url)}
| parse tolower(id) with clusterId '/providers/microsoft.kubernetesconfiguration/' *
| project id, clusterId, subscriptionId, name, url
| order by id asc`;
}
function selectOrphans(rows, source, excludedSubscriptions = []) {
  const scope = parseScope(source.scope);
  if (!scope) return [];
  const inside = (clusterId, subscriptionId) => {
    if (scope.kind === "managementGroup") return true;
    if (subscriptionId.toLowerCase() !== scope.subscription) return false;
    return scope.kind === "subscription" || within(clusterId, scope.id);
  };
  const excludedSubs = new Set(excludedSubscriptions.map((s) => s.toLowerCase()));
  const excluded = (clusterId, subscriptionId) => excludedSubs.has(subscriptionId.toLowerCase()) || source.notScopes.some((notScope) => !parseScope(notScope)?.managementGroup && within(clusterId, notScope));
  const seen = /* @__PURE__ */ new Set();
  return rows.flatMap((row) => {
    const r = row;
    const text = (key) => typeof r[key] === "string" ? r[key] : "";
    const [id, clusterId, subscriptionId, name, url] = ["id", "clusterId", "subscriptionId", "name", "url"].map(text);
    if (!id || !clusterId || seen.has(id.toLowerCase())) return [];
    if (name.toLowerCase() !== source.configurationName.toLowerCase()) return [];
    if (url.toLowerCase() !== source.url.toLowerCase()) return [];
    if (!inside(clusterId, subscriptionId) || excluded(clusterId, subscriptionId)) return [];
    seen.add(id.toLowerCase());
    return [
      {
        id,
        clusterId,
        subscriptionId,
        name,
        url,
        assignmentKey: source.assignmentKey,
        team: source.team,
        source: source.source
      }
    ];
  });
}
function excludedManagementGroupsOf(source) {
  return source.notScopes.flatMap((s) => {
    const group = parseScope(s)?.managementGroup;
    return group ? [group] : [];
  });
}
function within(inner, outer) {
  const a = inner.replace(/\/+$/, "").toLowerCase();
  const b = outer.replace(/\/+$/, "").toLowerCase();
  return a === b || a.startsWith(`${b}/`);
}

// src/apply/remove-orphans.ts
async function handleOrphans(plan, result, deps, options) {
  const deleted = new Set(
    result.outcomes.filter((o) => o.action === "delete" && o.status === "succeeded").map((o) => o.key)
  );
  const sources = deletedSources(plan).filter((s) => deleted.has(s.assignmentKey));
  if (sources.length === 0) return void 0;
  const found = [];
  for (const source of sources) {
    const scope = orphanQueryScope(source);
    if (!scope) continue;
    const excludedSubscriptions = [];
    for (const group of excludedManagementGroupsOf(source)) {
      const answer2 = await deps.resourceGraph.run({
        scope: { managementGroups: [group] },
        query: CLUSTER_SUBSCRIPTIONS_QUERY
      });
      if ("error" in answer2) return unreadable(found, answer2.error.message);
      excludedSubscriptions.push(
        ...answer2.rows.map((r) => String(r.subscriptionId ?? ""))
      );
    }
    const answer = await deps.resourceGraph.run({ scope, query: orphanQueryText(source) });
    if ("error" in answer) return unreadable(found, answer.error.message);
    found.push(...selectOrphans(answer.rows, source, excludedSubscriptions));
  }
  const report = { found, removed: [], failed: [] };
  if (found.length === 0) return report;
  if (!options.remove)
    return {
      ...report,
      kept: "Removing them is not enabled: set safety.removeConfigurationsOnDelete in flux-policy.yaml, or add the label 'flux-policy:remove-orphaned-configurations' to the pull request (CLI: --remove-orphaned-configurations)."
    };
  const deletes = plan.counts.delete + found.length;
  if (deletes > plan.maxDeletes && !options.allowManyDeletes)
    return {
      ...report,
      kept: `Removing them would make ${deletes} deletes (${plan.counts.delete} assignments, ${found.length} configurations), more than safety.maxDeletes (${plan.maxDeletes}); add the label 'flux-policy:allow-deletes' or raise it.`
    };
  const settled = await mapInLanes(
    found.map((o) => ({ ...o, scope: `/subscriptions/${o.subscriptionId}` })),
    { perSubscription: options.concurrency, total: options.concurrency * 8 },
    (o) => deps.removeFluxConfiguration(o.id)
  );
  settled.forEach((s, i) => {
    const id = found[i].id;
    if (s.status === "fulfilled") report.removed.push(id);
    else report.failed.push({ id, reason: s.reason instanceof Error ? s.reason.message : String(s.reason) });
  });
  return report;
}
function unreadable(found, message) {
  return {
    found,
    removed: [],
    failed: [],
    kept: `Resource Graph could not be read, so orphans are unknown: ${message}`
  };
}

// src/commands/apply.ts
var DEFAULT_APPLY_CONCURRENCY = 8;
async function applyRoot(root, repository, azure, options) {
  const planned = await planRoot(root, repository, azure.reads, { removeOrphans: options.removeOrphans === true });
  if (planned.kind === "invalid") return planned;
  if (options.requireHash && options.requireHash !== planned.plan.hash) {
    const refused = `The plan made now (${planned.plan.hash}) differs from the reviewed plan (${options.requireHash}): live state changed since review. Nothing was written; re-run the plan on a pull request and review it.`;
    const result2 = { refused, outcomes: [], succeeded: false };
    return { kind: "applied", planned, result: result2, review: { kind: "none-reviewed" } };
  }
  const review = checkAgainstReviewed(planned.plan, options.reviewed);
  const notReviewed = options.requireReviewed ? reviewRefusal(review, planned.plan.hash) : void 0;
  if (notReviewed) {
    return { kind: "applied", planned, result: { refused: notReviewed, outcomes: [], succeeded: false }, review };
  }
  const result = await runApply(planned.plan, azure.writes, {
    concurrency: options.concurrency ?? DEFAULT_APPLY_CONCURRENCY,
    allowManyDeletes: options.allowManyDeletes,
    remediationSuffix: planned.plan.hash.slice(0, 8),
    onProgress: options.onProgress
  });
  if (result.refused || !azure.resourceGraph) return { kind: "applied", planned, result, review };
  const { resourceGraph } = azure;
  const removeFluxConfiguration = azure.writes.removeFluxConfiguration?.bind(azure.writes);
  if (removeFluxConfiguration) {
    const orphans = await handleOrphans(
      planned.plan,
      result,
      { resourceGraph, removeFluxConfiguration },
      {
        remove: options.removeOrphans === true || planned.desired.removeConfigurationsOnDelete === true,
        allowManyDeletes: options.allowManyDeletes,
        concurrency: options.concurrency ?? DEFAULT_APPLY_CONCURRENCY
      }
    );
    if (orphans) {
      result.orphans = orphans;
      if (orphans.failed.length > 0) result.succeeded = false;
    }
  }
  const failedSources = new Set(
    result.outcomes.filter((o) => o.status !== "succeeded").map((o) => `${o.team}/${o.source}`)
  );
  const configurationUpdates = await updateConfigurations(
    configurationExpectations(planned.desired).filter((e) => !failedSources.has(e.expectation.key)),
    resourceGraph,
    azure.writes,
    { lanes: options.configurationLanes, onProgress: options.onConfigurationProgress }
  );
  const succeeded = result.succeeded && applySucceeded(result.outcomes, configurationUpdates);
  return { kind: "applied", planned, result: { ...result, configurationUpdates, succeeded }, review };
}

// src/render/orphan-lines.ts
var LISTED = 50;
var clusterName = (clusterId) => clusterId.split("/").pop() ?? clusterId;
function outcomeOf(report, id) {
  if (report.removed.includes(id)) return "removed";
  return report.failed.some((f) => f.id === id) ? "failed" : "kept";
}
function orphanMarkdown(report) {
  if (!report || report.found.length === 0 && !report.kept) return [];
  const { found } = report;
  const lines = [
    "### Orphaned Flux configurations",
    "",
    `Deleting an assignment removes nothing from the clusters. The deleted sources left ${found.length} configuration${found.length === 1 ? "" : "s"}: ${report.removed.length} removed, ${report.failed.length} failed, ${found.length - report.removed.length - report.failed.length} kept.` + (report.kept ? ` ${mdMessage(report.kept)}` : ""),
    ""
  ];
  if (found.length > 0) {
    lines.push("| cluster | configuration | team/source | result |", "|---|---|---|---|");
    for (const o of found.slice(0, LISTED)) {
      const failure = report.failed.find((f) => f.id === o.id);
      const result = outcomeOf(report, o.id);
      lines.push(
        `| ${mdCode(clusterName(o.clusterId))} | ${mdCode(o.name)} | ${mdText(`${o.team}/${o.source}`)} | ${result === "removed" ? "\u2713 removed" : result === "failed" ? `\u2717 ${mdMessage(failure?.reason ?? "")}` : "kept"} |`
      );
    }
    if (found.length > LISTED) lines.push("", `\u2026and ${found.length - LISTED} more.`);
    lines.push("");
  }
  return lines;
}
function orphanText(report) {
  if (!report || report.found.length === 0 && !report.kept) return [];
  const lines = report.found.slice(0, LISTED).map((o) => {
    const result = outcomeOf(report, o.id);
    const reason = report.failed.find((f) => f.id === o.id)?.reason;
    return terminalText(
      `${result === "removed" ? "\u2713 removed" : result === "failed" ? "\u2717 failed" : "! orphaned"} ${o.name} on ${o.clusterId} (${o.team}/${o.source})${reason ? ` \u2014 ${reason}` : ""}`
    );
  });
  if (report.found.length > LISTED) lines.push(`\u2026and ${report.found.length - LISTED} more.`);
  lines.push(
    terminalText(
      `Orphaned configurations: ${report.found.length} found, ${report.removed.length} removed.` + (report.kept ? ` ${report.kept}` : "")
    )
  );
  return lines;
}

// src/render/apply-text.ts
var shownOutcome = (o) => o.action !== "no-op" || o.rolesGranted.length > 0 || o.status !== "succeeded" || o.remediationId !== void 0;
function applyOutcomeLine(o) {
  return terminalText(
    `${o.status === "succeeded" ? "\u2713" : "\u2717"} ${o.action} ${o.name} at ${o.scope}${o.remediationId ? ` (remediation ${o.remediationId})` : ""}${o.remediationPath ? ` [${describeRemediationPath(o.remediationPath, o.evaluatedSubscriptions)}]` : ""}${o.reason ? ` \u2014 ${o.reason}` : ""}`
  );
}
function renderApplyText(result, options = {}) {
  if (result.refused) return `\u2717 Not applied: ${terminalText(result.refused)}`;
  const done = result.outcomes.filter(shownOutcome);
  const failed = done.filter((o) => o.status !== "succeeded");
  const updates = result.configurationUpdates;
  const lines = options.outcomes === false ? [] : [...done.map(applyOutcomeLine), ...(updates?.outcomes ?? []).map(configurationUpdateLine), ""];
  const verdict = failed.length === 0 ? `Applied: ${done.length} change${done.length === 1 ? "" : "s"}.` : `Partially applied: ${failed.length} of ${done.length} failed. Run apply again to converge.`;
  const orphans = orphanText(result.orphans);
  return terminalLines([
    ...lines,
    ...orphans.length ? [...orphans, ""] : [],
    verdict,
    ...updates ? [configurationUpdatesVerdict(updates)] : []
  ]);
}

export {
  applyRoot,
  orphanMarkdown,
  shownOutcome,
  applyOutcomeLine,
  renderApplyText
};
