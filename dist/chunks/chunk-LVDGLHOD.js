import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  configurationExpectations,
  configurationUpdateLine,
  configurationUpdatesVerdict,
  mapBounded,
  mapInLanes,
  updateConfigurations
} from "./chunk-G76FSQ6D.js";
import {
  assignmentFingerprint,
  definitionFingerprint
} from "./chunk-OJNTPO65.js";
import {
  CLUSTER_SUBSCRIPTIONS_QUERY,
  describeRemediationPath,
  planRoot
} from "./chunk-NUI7X6YN.js";
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

// src/apply/apply-result.ts
function applySucceeded(outcomes, updates) {
  return outcomes.every((o) => o.status === "succeeded") && !updates?.error && (updates?.outcomes ?? []).every((o) => o.status === "updated");
}

// src/apply/remediation-repair.ts
function remediationsCache(writes) {
  const cache = /* @__PURE__ */ new Map();
  return (scope) => {
    const key = scope.toLowerCase();
    if (!cache.has(key)) cache.set(key, writes.remediationsAt(scope));
    return cache.get(key);
  };
}
async function remediationMissing(live, remediationsAt) {
  const stamp = live.metadata.updatedOn ?? live.metadata.createdOn;
  const lastWrite = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
  const mine = (await remediationsAt(live.scope)).filter(
    (r) => r.policyAssignmentId.toLowerCase() === live.id.toLowerCase() && r.failedOnAuthorization !== true
  );
  return !mine.some((r) => Number.isNaN(lastWrite) || r.createdOn !== void 0 && r.createdOn.getTime() >= lastWrite);
}

// src/apply/run-apply.ts
var DEFAULT_TOTAL_CONCURRENCY = 64;
async function runApply(plan, writes, options) {
  const refused = refusal(plan, options);
  if (refused) return { refused, outcomes: [], succeeded: false };
  const outcomes = [];
  const record = (o) => {
    outcomes.push(o);
    options.onProgress?.(o);
  };
  const phase = async (changes, apply) => {
    const settled = await mapInLanes(
      changes,
      { perSubscription: options.concurrency, total: options.totalConcurrency ?? DEFAULT_TOTAL_CONCURRENCY },
      apply
    );
    settled.forEach((s, i) => record(s.status === "fulfilled" ? s.value : failed(changes[i], s.reason)));
  };
  const definitionWrites = plan.definitionChanges.filter((c) => c.action === "create" || c.action === "update");
  await definitionPhase(
    definitionWrites,
    options,
    record,
    (c) => c.action === "create" || c.action === "update" ? writes.putDefinition(c.scope, c.name, c.body) : Promise.resolve()
  );
  const reads = { grantsAt: grantCache(writes), remediationsAt: remediationsCache(writes) };
  const writesOf = (kind) => plan.changes.filter((c) => c.kind === kind && c.action !== "delete");
  await phase(writesOf("extension"), (c) => putWithFollowUps(c, plan, writes, reads, options));
  await phase(writesOf("configuration"), (c) => putWithFollowUps(c, plan, writes, reads, options));
  const deletes = plan.changes.filter((c) => c.action === "delete");
  await phase(
    deletes.filter((c) => c.kind === "configuration"),
    (c) => deleteWithRoles(c, writes)
  );
  await phase(
    deletes.filter((c) => c.kind === "extension"),
    (c) => deleteWithRoles(c, writes)
  );
  const failedAssignments = new Set(outcomes.filter((o) => o.status !== "succeeded").map((o) => o.key));
  const definitionDeletes = plan.definitionChanges.filter((c) => c.action === "delete" && failedAssignments.size === 0);
  await definitionPhase(definitionDeletes, options, record, (c) => writes.deleteDefinition(c.scope, c.name));
  return { outcomes, succeeded: applySucceeded(outcomes) };
}
function refusal(plan, options) {
  if (plan.errors.length > 0)
    return `The plan has ${plan.errors.length} error(s); nothing was written. ${plan.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join(" ")}`;
  if (plan.counts.delete > plan.maxDeletes && !options.allowManyDeletes) {
    return `The plan deletes ${plan.counts.delete} assignments, more than safety.maxDeletes (${plan.maxDeletes}); nothing was written. If that is intended, add the label 'flux-policy:allow-deletes' to the pull request and run again, or raise safety.maxDeletes.`;
  }
  return void 0;
}
function grantCache(writes) {
  const cache = /* @__PURE__ */ new Map();
  return (scope) => {
    const key = scope.toLowerCase();
    if (!cache.has(key)) cache.set(key, writes.roleGrantsAt(scope));
    return cache.get(key);
  };
}
async function putWithFollowUps(change, plan, writes, reads, options) {
  if (change.action === "delete") throw new Error("not a write");
  const outcome = base(change);
  await revokeOldVaults(change, writes);
  const written = change.action === "no-op" ? { id: change.live.id, principalId: change.live.identity?.principalId } : await writes.putAssignment(change.desired);
  const { id, principalId } = written;
  if (!principalId)
    return {
      ...outcome,
      reason: "Azure returned no managed identity for the assignment, so its roles could not be granted."
    };
  const planned = plan.roleAssignments.filter((r) => r.assignmentKey === change.key);
  const required = change.desired.roles.roleDefinitionIds.flatMap(
    (roleDefinitionId) => [change.desired.scope, ...change.desired.roles.extraScopes].map((scope) => ({ scope, roleDefinitionId }))
  );
  const missing = change.action === "create" ? [] : await missingGrants(required, principalId, reads.grantsAt);
  for (const role of [...planned, ...missing.filter((m) => !planned.some((p) => sameGrant(p, m)))]) {
    outcome.rolesGranted.push({
      scope: role.scope,
      result: await writes.grantRole(role.scope, principalId, role.roleDefinitionId)
    });
  }
  const enforced = change.desired.enforcementMode === "Default";
  const remediate = plan.remediations.some((r) => r.assignmentKey === change.key) || missing.length > 0 && enforced || change.action === "no-op" && enforced && change.desired.parameters.effect !== "Disabled" && await remediationMissing(change.live, reads.remediationsAt);
  if (remediate)
    Object.assign(
      outcome,
      await startRemediation(writes, {
        assignmentId: id,
        scope: change.scope,
        name: `${change.name}-${options.remediationSuffix}`.slice(0, 90),
        written: change.action !== "no-op"
      })
    );
  if (change.action === "no-op" && outcome.rolesGranted.length === 0)
    return { ...outcome, status: "succeeded", action: "no-op" };
  return { ...outcome, status: "succeeded" };
}
async function startRemediation(writes, task) {
  const { assignmentId, scope, name } = task;
  if (parseScope(scope)?.kind !== "managementGroup")
    return {
      assignmentId,
      remediationId: await writes.startRemediation(assignmentId, scope, name, "ReEvaluateCompliance"),
      remediationPath: "re-evaluate"
    };
  if (!task.written && await writes.assignmentEvaluated(assignmentId, scope))
    return {
      assignmentId,
      remediationId: await writes.startRemediation(assignmentId, scope, name, "ExistingNonCompliant"),
      remediationPath: "existing-non-compliant"
    };
  return { assignmentId, remediationPath: "pending-evaluation", pendingRemediation: { assignmentId, name } };
}
async function missingGrants(required, principalId, grantsAt) {
  const missing = [];
  for (const need of required) {
    const grants = await grantsAt(need.scope);
    if (!grants.some((g) => g.principalId === principalId && sameRole(g.roleDefinitionId, need.roleDefinitionId)))
      missing.push(need);
  }
  return missing;
}
var roleGuid = (id) => id.split("/").pop().toLowerCase();
var sameRole = (a, b) => roleGuid(a) === roleGuid(b);
var sameGrant = (a, b) => a.scope.toLowerCase() === b.scope.toLowerCase() && sameRole(a.roleDefinitionId, b.roleDefinitionId);
async function deleteWithRoles(change, writes) {
  if (change.action !== "delete") throw new Error("not a delete");
  const principalId = change.live.identity?.principalId;
  if (principalId) await writes.revokeRoles(principalId, [change.scope, ...vaultsOf(change.live)]);
  await writes.deleteAssignment(change.live);
  return { ...base(change), status: "succeeded" };
}
var KEY_VAULT_ID = /^\/?subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.KeyVault\/vaults\/[^/]+$/i;
function vaultsOf(live) {
  const vault = live.parameters.keyVaultName;
  return typeof vault === "string" && KEY_VAULT_ID.test(vault) ? [vault] : [];
}
async function revokeOldVaults(change, writes) {
  if (change.action !== "update" || !change.live.identity?.principalId) return;
  const kept = change.desired.roles.extraScopes.map((s) => s.replace(/^\/+/, "").toLowerCase());
  const old = vaultsOf(change.live).filter((v) => !kept.includes(v.replace(/^\/+/, "").toLowerCase()));
  if (old.length === 0) return;
  await writes.revokeRoles(change.live.identity.principalId, old, change.desired.roles.roleDefinitionIds);
}
function base(change) {
  return {
    key: change.key,
    name: change.name,
    scope: change.scope,
    team: change.team,
    source: change.source,
    action: change.action,
    status: "failed",
    rolesGranted: []
  };
}
function failed(change, reason) {
  const message = reason instanceof Error ? reason.message : String(reason);
  const { statusCode, code } = reason ?? {};
  if (statusCode === 403 && typeof code === "string")
    return { ...base(change), status: "failed", reason: `403 ${code}: ${message}` };
  return { ...base(change), status: "failed", reason: message };
}
async function definitionPhase(changes, options, record, write) {
  const settled = await mapBounded(changes, options.concurrency, write);
  settled.forEach((s, i) => {
    const c = changes[i];
    const outcome = {
      key: c.key,
      name: c.name,
      scope: c.scope,
      team: c.team,
      source: c.source,
      action: c.action,
      kind: "definition",
      status: "succeeded",
      rolesGranted: []
    };
    record(
      s.status === "fulfilled" ? outcome : { ...outcome, status: "failed", reason: s.reason instanceof Error ? s.reason.message : String(s.reason) }
    );
  });
}

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
      kept: "Removing them is not enabled: set safety.removeConfigurationsOnDelete in flux-policy.yaml, or add the label 'flux-policy:remove-orphaned-configurations' to the pull request."
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
  const planned = await planRoot(root, repository, azure.reads);
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
  const failed2 = done.filter((o) => o.status !== "succeeded");
  const updates = result.configurationUpdates;
  const lines = options.outcomes === false ? [] : [...done.map(applyOutcomeLine), ...(updates?.outcomes ?? []).map(configurationUpdateLine), ""];
  const verdict = failed2.length === 0 ? `Applied: ${done.length} change${done.length === 1 ? "" : "s"}.` : `Partially applied: ${failed2.length} of ${done.length} failed. Run apply again to converge.`;
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
