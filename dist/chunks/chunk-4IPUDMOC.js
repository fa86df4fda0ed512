import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  assignmentFingerprint,
  definitionFingerprint
} from "./chunk-ECAJSBLV.js";
import {
  deleteDefinition,
  errorCode,
  planRoot,
  putDefinition
} from "./chunk-5HE42NAW.js";
import {
  parseScope
} from "./chunk-CQ2WVJ5T.js";

// src/azure/role-writes.ts
import { createHash } from "node:crypto";

// src/azure/scope-path.ts
function sdkScope(scope) {
  return scope.replace(/^\/+/, "");
}
function subscriptionOf(scope) {
  return /^\/?subscriptions\/([^/]+)/i.exec(scope)?.[1];
}

// src/azure/role-writes.ts
var DEFAULT_RETRY_SCHEDULE = {
  principalNotFoundDelaysMs: [2e3, 4e3, 8e3, 15e3, 3e4],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
function roleAssignmentName(scope, principalId, roleDefinitionId) {
  const hex = createHash("sha1").update(`${scope.toLowerCase()}|${principalId.toLowerCase()}|${roleDefinitionId.split("/").pop().toLowerCase()}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${(parseInt(hex[16], 16) & 3 | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
async function grantRole(clients, scope, principalId, roleDefinitionId, retry) {
  const client = clients.authorization(subscriptionOf(scope));
  const name = roleAssignmentName(scope, principalId, roleDefinitionId);
  for (let attempt = 0; ; attempt++) {
    try {
      await client.roleAssignments.create(sdkScope(scope), name, {
        principalId,
        roleDefinitionId,
        principalType: "ServicePrincipal"
      });
      return "created";
    } catch (error) {
      const code = errorCode(error);
      if (code === "RoleAssignmentExists") return "existed";
      const delay = retry.principalNotFoundDelaysMs[attempt];
      if (code !== "PrincipalNotFound" || delay === void 0) throw error;
      await retry.sleep(delay);
    }
  }
}
async function roleGrantsAt(clients, scope) {
  const grants = [];
  for await (const r of clients.authorization(subscriptionOf(scope)).roleAssignments.listForScope(sdkScope(scope), { filter: "atScope()" })) {
    if (r.principalId && r.roleDefinitionId && (r.scope ?? "").toLowerCase() === scope.toLowerCase())
      grants.push({ principalId: r.principalId, roleDefinitionId: r.roleDefinitionId });
  }
  return grants;
}
async function revokeRoles(clients, principalId, scopes, roleDefinitionIds) {
  const guid = (id) => id.split("/").pop().toLowerCase();
  const onlyRoles = roleDefinitionIds?.map(guid);
  let removed = 0;
  for (const scope of scopes) {
    const client = clients.authorization(subscriptionOf(scope));
    for await (const r of client.roleAssignments.listForScope(sdkScope(scope), {
      filter: `principalId eq '${principalId}'`
    })) {
      if (r.principalId !== principalId || !r.name || (r.scope ?? "").toLowerCase() !== scope.toLowerCase()) continue;
      if (onlyRoles && !onlyRoles.includes(guid(r.roleDefinitionId ?? ""))) continue;
      await client.roleAssignments.delete(sdkScope(scope), r.name);
      removed++;
    }
  }
  return removed;
}

// src/azure/remediation-reads.ts
async function remediationsAt(clients, scope) {
  const parsed = parseScope(scope);
  if (!parsed) throw new Error(`Cannot read remediations at '${scope}': not a scope id.`);
  const { remediations } = clients.insights(parsed.subscription);
  const pages = parsed.kind === "managementGroup" ? remediations.listForManagementGroup(parsed.managementGroup) : parsed.kind === "subscription" ? remediations.listForSubscription() : remediations.listForResourceGroup(parsed.resourceGroup);
  const found = [];
  for await (const r of pages)
    if (r.policyAssignmentId) found.push({ policyAssignmentId: r.policyAssignmentId, createdOn: r.createdOn });
  return found;
}

// src/azure/azure-writes.ts
function azureWrites(clients, retry = DEFAULT_RETRY_SCHEDULE) {
  return {
    async putAssignment(d) {
      const created = await clients.policy(subscriptionOf(d.scope)).policyAssignments.create(sdkScope(d.scope), d.name, {
        displayName: d.displayName,
        description: d.description,
        policyDefinitionId: d.policyDefinitionId,
        notScopes: d.notScopes,
        enforcementMode: d.enforcementMode,
        parameters: Object.fromEntries(Object.entries(d.parameters).map(([k, value]) => [k, { value }])),
        metadata: d.metadata,
        location: d.location,
        identity: { type: "SystemAssigned" }
      });
      return {
        id: created.id ?? `${d.scope}/providers/Microsoft.Authorization/policyAssignments/${d.name}`,
        principalId: created.identity?.principalId
      };
    },
    async deleteAssignment(live) {
      try {
        await clients.policy(subscriptionOf(live.scope)).policyAssignments.delete(sdkScope(live.scope), live.name);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
    },
    putDefinition: (scope, name, body) => putDefinition(clients, scope, name, body),
    deleteDefinition: (scope, name) => deleteDefinition(clients, scope, name),
    grantRole: (scope, principalId, roleDefinitionId) => grantRole(clients, scope, principalId, roleDefinitionId, retry),
    roleGrantsAt: (scope) => roleGrantsAt(clients, scope),
    revokeRoles: (principalId, scopes, roles) => revokeRoles(clients, principalId, scopes, roles),
    remediationsAt: (scope) => remediationsAt(clients, scope),
    async startRemediation(assignmentId, scope, name) {
      const body = { policyAssignmentId: assignmentId, resourceDiscoveryMode: "ExistingNonCompliant" };
      const parsed = parseScope(scope);
      const insights = clients.insights(parsed.subscription);
      const created = parsed.kind === "managementGroup" ? await insights.remediations.createOrUpdateAtManagementGroup(parsed.managementGroup, name, body) : parsed.kind === "subscription" ? await insights.remediations.createOrUpdateAtSubscription(name, body) : await insights.remediations.createOrUpdateAtResourceGroup(parsed.resourceGroup, name, body);
      return created.id ?? name;
    }
  };
}

// src/apply/apply-result.ts
function applySucceeded(outcomes) {
  return outcomes.every((o) => o.status === "succeeded");
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
async function remediationMissing(live, remediationsAt2) {
  const stamp = live.metadata.updatedOn ?? live.metadata.createdOn;
  const lastWrite = typeof stamp === "string" ? Date.parse(stamp) : Number.NaN;
  const mine = (await remediationsAt2(live.scope)).filter(
    (r) => r.policyAssignmentId.toLowerCase() === live.id.toLowerCase()
  );
  return !mine.some((r) => Number.isNaN(lastWrite) || r.createdOn !== void 0 && r.createdOn.getTime() >= lastWrite);
}

// src/apply/concurrency.ts
async function mapBounded(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: "fulfilled", value: await work(items[index]) };
      } catch (reason) {
        results[index] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(limit, 1), items.length) }, worker));
  return results;
}

// src/apply/subscription-lanes.ts
async function mapInLanes(items, limits, work) {
  const lanes = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    const lane = parseScope(item.scope)?.subscription ?? "tenant";
    const indexes = lanes.get(lane);
    if (indexes) indexes.push(index);
    else lanes.set(lane, [index]);
  });
  const slot = semaphore(limits.total);
  const results = new Array(items.length);
  await Promise.all(
    [...lanes.values()].map(async (indexes) => {
      const settled = await mapBounded(indexes, limits.perSubscription, (index) => slot(() => work(items[index])));
      settled.forEach((result, i) => results[indexes[i]] = result);
    })
  );
  return results;
}
function semaphore(limit) {
  let active = 0;
  const waiting = [];
  return async (run) => {
    if (active >= Math.max(limit, 1)) await new Promise((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await run();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
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
    outcome.remediationId = await writes.startRemediation(
      id,
      change.scope,
      `${change.name}-${options.remediationSuffix}`.slice(0, 90)
    );
  if (change.action === "no-op" && outcome.rolesGranted.length === 0)
    return { ...outcome, status: "succeeded", action: "no-op" };
  return { ...outcome, status: "succeeded" };
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
  return { kind: "applied", planned, result, review };
}

export {
  azureWrites,
  applyRoot
};
