import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  CLUSTER_SUBSCRIPTIONS_QUERY,
  CLUSTER_TYPES,
  POLICY_DEFINITION_PREFIX,
  RestError,
  createHttpHeaders,
  createPipelineRequest,
  definitionById,
  deleteDefinition,
  errorCode,
  exclusionKeys,
  exclusionTests,
  inWireTurn,
  kqlDynamic,
  kqlString,
  putDefinition
} from "./chunk-DIXE3Z4U.js";
import {
  errorText,
  terminalText
} from "./chunk-FAJSJJ6G.js";
import {
  contains,
  isResourceId,
  mdCode,
  mdMessage,
  mdText,
  parseScope
} from "./chunk-UWA3LBJH.js";

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
      const code2 = errorCode(error);
      if (code2 === "RoleAssignmentExists") return "existed";
      const delay = retry.principalNotFoundDelaysMs[attempt];
      if (code2 !== "PrincipalNotFound" || delay === void 0) throw error;
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

// src/azure/remediation-status.ts
function locate(id) {
  const match = /^(.*)\/providers\/microsoft\.policyinsights\/remediations\/([^/]+)$/i.exec(id);
  const scope = match ? parseScope(match[1]) : void 0;
  if (!match || !scope)
    throw new Error(`'${id}' is not a remediation id at a management group, subscription or resource group.`);
  return { scope, name: match[2] };
}
async function remediationStatus(clients, id) {
  const { scope, name } = locate(id);
  const api = clients.insights(scope.subscription).remediations;
  const r = scope.kind === "managementGroup" ? await api.getAtManagementGroup(scope.managementGroup, name) : scope.kind === "subscription" ? await api.getAtSubscription(name) : await api.getAtResourceGroup(scope.resourceGroup, name);
  const s = r.deploymentStatus;
  return {
    id,
    state: r.provisioningState ?? "Unknown",
    total: s?.totalDeployments ?? 0,
    succeeded: s?.successfulDeployments ?? 0,
    failed: s?.failedDeployments ?? 0
  };
}
async function clusterDeployments(clients, id) {
  const { scope, name } = locate(id);
  const api = clients.insights(scope.subscription).remediations;
  const pages = scope.kind === "managementGroup" ? api.listDeploymentsAtManagementGroup(scope.managementGroup, name) : scope.kind === "subscription" ? api.listDeploymentsAtSubscription(name) : api.listDeploymentsAtResourceGroup(scope.resourceGroup, name);
  const deployments = [];
  for await (const d of pages) {
    deployments.push({
      resourceId: d.remediatedResourceId ?? "",
      status: d.status ?? "Unknown",
      error: d.error?.message === void 0 ? void 0 : errorText(d.error.message),
      code: d.error?.code
    });
  }
  return deployments;
}

// src/azure/remediation-reads.ts
async function remediationsAt(clients, scope) {
  const parsed = parseScope(scope);
  if (!parsed) throw new Error(`Cannot read remediations at '${scope}': not a scope id.`);
  const { remediations } = clients.insights(parsed.subscription);
  const pages = parsed.kind === "managementGroup" ? remediations.listForManagementGroup(parsed.managementGroup) : parsed.kind === "subscription" ? remediations.listForSubscription() : remediations.listForResourceGroup(parsed.resourceGroup);
  const found = [];
  for await (const r of pages) {
    if (!r.policyAssignmentId) continue;
    const entry = { policyAssignmentId: r.policyAssignmentId, createdOn: r.createdOn };
    if (r.provisioningState === "Failed" && r.name && r.id)
      entry.failedOnAuthorization = await failedOnAuthorization(clients, r.id);
    found.push(entry);
  }
  return found;
}
async function failedOnAuthorization(clients, id) {
  const deployments = await clusterDeployments(clients, id);
  return deployments.some((d) => d.status === "Failed" && d.code === "AuthorizationFailed");
}

// src/azure/policy-evaluation.ts
var CLUSTER_TYPES2 = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')";
async function assignmentEvaluated(clients, assignmentId, scope) {
  const parsed = parseScope(scope);
  if (!parsed) throw new Error(`Cannot read policy states at '${scope}': not a scope id.`);
  const policyStates = clients.insights(parsed.subscription).policyStates;
  const queryOptions = { top: 1, filter: `policyAssignmentId eq '${assignmentId.replaceAll("'", "''")}'` };
  const pages = parsed.kind === "managementGroup" ? policyStates.listQueryResultsForManagementGroup("latest", parsed.managementGroup, { queryOptions }) : parsed.kind === "subscription" ? policyStates.listQueryResultsForSubscription("latest", parsed.subscription, { queryOptions }) : policyStates.listQueryResultsForResourceGroup("latest", parsed.subscription, parsed.resourceGroup, {
    queryOptions
  });
  for await (const page of pages.byPage()) return page.length > 0;
  return false;
}
async function subscriptionsWithClusters(resourceGraph, scope, notScopes) {
  const group = parseScope(scope)?.managementGroup;
  if (!group) throw new Error(`'${scope}' is not a management group.`);
  const response = await resourceGraph.resources({
    managementGroups: [group],
    query: `resources | where type in~ ${CLUSTER_TYPES2} | distinct subscriptionId`,
    options: { resultFormat: "objectArray", top: 1e3 }
  });
  const excluded = new Set(notScopes.flatMap((s) => parseScope(s)?.kind === "subscription" ? [s.toLowerCase()] : []));
  const rows = Array.isArray(response.data) ? response.data : [];
  return [...new Set(rows.flatMap((r) => r.subscriptionId ? [r.subscriptionId.toLowerCase()] : []))].filter((s) => !excluded.has(`/subscriptions/${s}`)).sort();
}
async function triggerSubscriptionEvaluation(clients, subscriptionId) {
  const poller = await clients.insights(subscriptionId).policyStates.beginTriggerSubscriptionEvaluation(subscriptionId);
  return async () => {
    if (!poller.isDone()) await poller.poll();
    return poller.isDone();
  };
}

// src/azure/flux-configurations.ts
var CONFIGURATION_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/providers\/Microsoft\.KubernetesConfiguration\/fluxConfigurations\/([^/]+)$/i;
function configurationIdParts(id) {
  const match = CONFIGURATION_ID.exec(id);
  if (!match) throw new Error(`Not a Flux configuration id: ${id}`);
  const [, subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name] = match.map(
    (p) => p === void 0 ? "" : decodeURIComponent(p)
  );
  return { subscriptionId, resourceGroup, clusterRp, clusterResourceName, clusterName, name };
}
var DEFAULT_POLL_INTERVAL_MS = 2e3;
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function updateFluxConfiguration(clients, configurationId, patch, options = {}) {
  const parts = configurationIdParts(configurationId);
  const client = clients.kubernetesConfiguration(parts.subscriptionId);
  const path = configurationId.split("/").map((segment) => encodeURIComponent(decodeURIComponent(segment))).join("/");
  const request = createPipelineRequest({
    url: `${clients.cloud.armEndpoint.replace(/\/+$/, "")}${path}?api-version=${client.apiVersion}`,
    method: "PATCH",
    headers: createHttpHeaders({ "content-type": "application/json", accept: "application/json" }),
    body: JSON.stringify({ properties: patch })
  });
  const response = await inWireTurn(options.patchTurn, () => client.sendRequest(request));
  if (response.status >= 400) throw armError(response.status, response.bodyAsText, `PATCH ${configurationId}`);
  const operationUrl = response.headers.get("azure-asyncoperation");
  if (response.status !== 202 || !operationUrl) return { done: Promise.resolve() };
  const operationId = decodeURIComponent(new URL(operationUrl).pathname.split("/").pop() ?? "");
  const done = confirm(clients, parts, operationId, retryAfterMs(response.headers.get("retry-after")), options);
  done.catch(() => void 0);
  return { done };
}
async function confirm(clients, p, operationId, firstWaitMs, { sleep = realSleep, statusTurn }) {
  const statuses = clients.kubernetesConfiguration(p.subscriptionId).fluxConfigOperationStatus;
  let waitMs = firstWaitMs;
  for (; ; ) {
    if (waitMs > 0) await sleep(waitMs);
    let retryAfter;
    const status = await inWireTurn(
      statusTurn,
      () => statuses.get(p.resourceGroup, p.clusterRp, p.clusterResourceName, p.clusterName, p.name, operationId, {
        onResponse: (raw) => retryAfter = raw.headers.get("retry-after") ?? void 0
      })
    );
    const state = (status.status ?? "").toLowerCase();
    if (state === "succeeded") return;
    if (state === "failed" || state === "canceled" || state === "cancelled") {
      const error = status.error;
      throw new Error(
        `The update of ${p.name} ${state}: ${error?.code ?? "no code"}: ${error?.message ?? "no message"}`
      );
    }
    waitMs = retryAfterMs(retryAfter);
  }
}
function retryAfterMs(header) {
  const value = header?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? DEFAULT_POLL_INTERVAL_MS : Math.max(0, date - Date.now());
}
function armError(statusCode, body, what) {
  let code2;
  let message = `${what}: HTTP ${statusCode}`;
  try {
    const parsed = JSON.parse(body ?? "");
    if (typeof parsed.error?.code === "string") code2 = parsed.error.code;
    if (typeof parsed.error?.message === "string") message = parsed.error.message;
  } catch {
  }
  return new RestError(message, { statusCode, ...code2 ? { code: code2 } : {} });
}

// src/azure/flux-configuration-writes.ts
async function removeFluxConfiguration(clients, id, options = {}) {
  const {
    subscriptionId,
    resourceGroup: group,
    clusterRp: rp,
    clusterResourceName: type,
    clusterName: cluster,
    name
  } = configurationIdParts(id);
  const flux = clients.kubernetesConfiguration(subscriptionId).fluxConfigurations;
  let current;
  try {
    current = await flux.get(group, rp, type, cluster, name);
  } catch (error) {
    if (error.statusCode === 404) return;
    throw error;
  }
  const pruning = Object.entries(current.kustomizations ?? {}).filter(([, k]) => k?.prune === true);
  if (pruning.length > 0) {
    const kustomizations = Object.fromEntries(pruning.map(([key]) => [key, { prune: false }]));
    const { done } = await updateFluxConfiguration(clients, id, { kustomizations }, options);
    await done;
  }
  await flux.beginDeleteAndWait(group, rp, type, cluster, name);
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
    updateFluxConfiguration: (configurationId, patch, options) => updateFluxConfiguration(clients, configurationId, patch, options),
    removeFluxConfiguration: (id) => removeFluxConfiguration(clients, id),
    assignmentEvaluated: (assignmentId, scope) => assignmentEvaluated(clients, assignmentId, scope),
    async startRemediation(assignmentId, scope, name, discovery) {
      const body = { policyAssignmentId: assignmentId, resourceDiscoveryMode: discovery };
      const parsed = parseScope(scope);
      const insights = clients.insights(parsed.subscription);
      const created = parsed.kind === "managementGroup" ? await insights.remediations.createOrUpdateAtManagementGroup(parsed.managementGroup, name, body) : parsed.kind === "subscription" ? await insights.remediations.createOrUpdateAtSubscription(name, body) : await insights.remediations.createOrUpdateAtResourceGroup(parsed.resourceGroup, name, body);
      return created.id ?? name;
    }
  };
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
function oldScopeReadableQuery(source) {
  const scope = parseScope(source.scope);
  if (!scope) return void 0;
  const container = scope.kind === "managementGroup" ? `/providers/microsoft.management/managementgroups/${scope.managementGroup}` : `/subscriptions/${scope.subscription}`;
  return `resourcecontainers
| where type in~ ('microsoft.resources/subscriptions', 'microsoft.management/managementgroups')
| where id =~ ${kqlString(container)}
| project id`;
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

// src/render/configuration-updates.ts
var MARKDOWN_ROWS = 50;
function where(o) {
  const cluster = o.clusterId.split("/").pop() ?? o.clusterId;
  return `${o.team}/${o.source} on ${cluster}`;
}
function configurationUpdateLine(o) {
  return terminalText(
    o.status === "updated" ? `\u2713 updated ${where(o)}: ${o.fields.join(", ")}` : `\u2717 update ${where(o)} failed \u2014 ${o.reason ?? "unknown error"} (${o.configurationId})`
  );
}
function configurationUpdatesVerdict(updates) {
  if (updates.error)
    return terminalText(
      `Flux configurations not checked: ${updates.error} Nothing was updated on clusters; run apply again.`
    );
  const failed2 = updates.outcomes.filter((o) => o.status === "failed").length;
  const updated = updates.outcomes.length - failed2;
  if (updates.outcomes.length === 0) return "Flux configurations: every cluster already matches the files.";
  return `Flux configurations updated directly (changes the policy cannot see): ${updated} cluster(s)` + (failed2 > 0 ? `, ${failed2} failed \u2014 run apply again to retry them.` : ".");
}
function configurationUpdatesMarkdown(updates, by = "apply") {
  if (!updates || updates.outcomes.length === 0 && !updates.error) return [];
  const verdict = updates.error ? `**\u2717 Flux configurations not checked:** ${mdMessage(updates.error)} Nothing was updated on clusters; re-run the workflow.` : mdText(configurationUpdatesVerdict(updates));
  const ordered = [...updates.outcomes].sort((a, b) => a.status === b.status ? 0 : a.status === "failed" ? -1 : 1);
  const shown = ordered.slice(0, MARKDOWN_ROWS);
  const rows = shown.map((o) => {
    const result = o.status === "updated" ? "\u2713 updated" : `\u2717 failed: ${mdMessage(o.reason ?? "")}`;
    return `| ${mdText(`${o.team}/${o.source}`)} | ${mdCode(o.clusterId)} | ${o.fields.map((f) => mdCode(f)).join(", ")} | ${result} |`;
  });
  const more = ordered.length - shown.length;
  return [
    "### Flux configurations updated on clusters",
    "",
    by === "apply" ? "The policy cannot see these fields, so apply updated the configurations directly." : "Remediation cannot fix these fields (the policy does not compare them), so the audit updated the configurations directly (`self-heal`).",
    "",
    verdict,
    "",
    ...rows.length ? ["| team/source | cluster | changed | result |", "|---|---|---|---|", ...rows, ""] : [],
    ...more > 0 ? [`\u2026 and ${more} more cluster(s) (every one is in the step's \`result\` output).`, ""] : []
  ];
}

// src/apply/orphan-record.ts
import { createHash as createHash2 } from "node:crypto";
function observationsOfApply(sources, report, deletedAt, commit) {
  const removed = new Set(report.removed.map((id) => id.toLowerCase()));
  return sources.flatMap((source) => {
    const record = { ...source, deletedAt, ...commit ? { commit } : {} };
    if (report.unknown) return [{ record, state: { kind: "unknown" } }];
    const left = report.found.filter(
      (o) => o.assignmentKey === source.assignmentKey && !removed.has(o.id.toLowerCase())
    );
    return left.length > 0 ? [{ record, state: { kind: "found", configurations: left } }] : [];
  });
}
var orphanRecordKey = (record) => createHash2("sha256").update(record.assignmentKey.toLowerCase()).digest("hex").slice(0, 20);
var MAX_TEXT = 2e3;
var MAX_NOT_SCOPES = 400;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
var COMMIT = /^[0-9a-f]{7,64}$/i;
function readOrphanRecord(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const v = value;
  const text = (key) => {
    const t = v[key];
    return typeof t === "string" && t.length > 0 && t.length <= MAX_TEXT ? t : void 0;
  };
  const [assignmentKey, team, source, scope, configurationName, url, deletedAt] = [
    "assignmentKey",
    "team",
    "source",
    "scope",
    "configurationName",
    "url",
    "deletedAt"
  ].map(text);
  const notScopes = v.notScopes;
  if (!assignmentKey || !team || !source || !scope || !configurationName || !url || !deletedAt) return void 0;
  if (!parseScope(scope) || !ISO_TIME.test(deletedAt) || Number.isNaN(Date.parse(deletedAt))) return void 0;
  if (!Array.isArray(notScopes) || notScopes.length > MAX_NOT_SCOPES || !notScopes.every((s) => typeof s === "string" && s.length <= MAX_TEXT && isResourceId(s)))
    return void 0;
  const commit = typeof v.commit === "string" && COMMIT.test(v.commit) ? v.commit : void 0;
  return {
    assignmentKey,
    team,
    source,
    scope,
    notScopes,
    configurationName,
    url,
    deletedAt,
    ...commit ? { commit } : {}
  };
}
function isWithinScopes(record, scopes, hierarchy) {
  return scopes.some((scope) => contains(scope, record.scope, hierarchy) === "inside");
}
function isReassigned(record, desired) {
  const same = (a, b) => typeof a === "string" && a.toLowerCase() === b.toLowerCase();
  return desired.assignments.some(
    (a) => a.kind === "configuration" && same(a.parameters.configurationName, record.configurationName) && (same(a.parameters.repositoryUrl, record.url) || same(a.parameters.bucketUrl, record.url))
  );
}

// src/apply/apply-result.ts
function applySucceeded(outcomes, updates) {
  return outcomes.every((o) => o.status === "succeeded") && !updates?.error && (updates?.outcomes ?? []).every((o) => o.status === "updated");
}

// src/audit/expectation.ts
var REF_PARAMETERS = [
  ["commit", "repositoryRefCommit"],
  ["semver", "repositoryRefSemver"],
  ["tag", "repositoryRefTag"],
  ["branch", "repositoryRefBranch"]
];
function sourceExpectations(desired, assignedAt = () => void 0) {
  return deployingAssignments(desired).map((a) => {
    const marker = a.metadata.fluxPolicy;
    const { custom, parameter } = deployedValues(desired, a);
    const [customName, customKustomization] = Object.entries(custom?.kustomizations ?? {})[0] ?? [];
    const bucketName = parameter("bucketName");
    const gitRef = REF_PARAMETERS.find(([, name]) => parameter(name) !== "");
    const ref = bucketName ? { kind: "bucket", value: bucketName } : { kind: gitRef?.[0] ?? "branch", value: gitRef ? parameter(gitRef[1]) : "" };
    const at = assignedAt(a);
    return {
      key: `${marker.team}/${marker.source}`,
      team: marker.team,
      source: marker.source,
      file: a.origin.file,
      line: a.origin.line,
      assignmentName: a.name,
      scope: a.scope,
      scopeKind: a.scopeKind,
      notScopes: a.notScopes,
      configurationName: parameter("configurationName"),
      namespace: parameter("configurationNamespace"),
      url: parameter(bucketName ? "bucketUrl" : "repositoryUrl"),
      ref,
      kustomizationName: customName ?? parameter("kustomizationName"),
      kustomizationPath: customKustomization?.path ?? parameter("kustomizationPath"),
      ...at ? { assignedAt: at } : {}
    };
  });
}
var deployingAssignments = (desired) => desired.assignments.filter(
  (a) => a.kind === "configuration" && a.enforcementMode === "Default" && a.parameters.effect !== "Disabled"
);
function deployedValues(desired, a) {
  const custom = desired.definitions?.find((d) => d.id.toLowerCase() === a.policyDefinitionId.toLowerCase());
  const builtin = definitionById(custom ? `${POLICY_DEFINITION_PREFIX}${custom.basedOn}` : a.policyDefinitionId);
  return { custom, builtin, parameter: (name) => valueOf(a, builtin, name) };
}
function valueOf(a, definition, name) {
  const value = a.parameters[name] ?? definition?.parameters[name]?.defaultValue;
  return value === void 0 ? "" : String(value);
}
var refText = (ref) => `${ref.kind}:${ref.value}`;
function normalisedPath(path) {
  const trimmed = path.replace(/^\.\/|\/+$/g, "");
  return trimmed === "." ? "" : trimmed;
}

// src/audit/drift-query.ts
var DEFAULT_GRACE_SECONDS = 2 * 60 * 60;
var FLUX_TYPES = "('microsoft.kubernetesconfiguration/extensions', 'microsoft.kubernetesconfiguration/fluxconfigurations')";
function driftQueryText(plan, timing) {
  const grace = `${Math.max(0, Math.round(timing.graceSeconds))}s`;
  const pending = `${Math.max(0, Math.round(timing.pendingSeconds))}s`;
  const names = [...new Set(plan.expectations.map((item) => item.expectation.configurationName.toLowerCase()))].map(
    kqlString
  );
  return `${coveredClusters(plan, grace, "totals")}
| summarize clusters = count() by source, settling
| extend row = 'total', clusterId = ''
| union (${coveredClusters(plan, grace, "all")}
  | join kind=leftouter (kubernetesconfigurationresources
    | where type in~ ${FLUX_TYPES}
    | project name = tolower(name), properties, isExtension = type =~ 'microsoft.kubernetesconfiguration/extensions',
        state = coalesce(tostring(properties.provisioningState), tostring(properties.ProvisioningState)), idText = tolower(id)
    | where iff(isExtension, coalesce(tostring(properties.extensionType), tostring(properties.ExtensionType)) =~ 'microsoft.flux',
        name in (${names.join(", ")}))
    | parse idText with clusterId '/providers/microsoft.kubernetesconfiguration/' *
    | extend gitRef = properties.gitRepository.repositoryRef
    | extend configuration = iff(isExtension, dynamic(null), bag_pack(name, bag_pack(
        'url', coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url)),
        'ref', case(isnotempty(tostring(gitRef.commit)), strcat('commit:', tostring(gitRef.commit)),
          isnotempty(tostring(gitRef.semver)), strcat('semver:', tostring(gitRef.semver)),
          isnotempty(tostring(gitRef.tag)), strcat('tag:', tostring(gitRef.tag)),
          isnotempty(tostring(gitRef.branch)), strcat('branch:', tostring(gitRef.branch)),
          strcat('bucket:', tostring(properties.bucket.bucketName))),
        'namespace', tostring(properties.namespace), 'kustomizations', properties.kustomizations, 'provisioningState', state,
        'complianceState', tostring(properties.complianceState), 'errorMessage', tostring(properties.errorMessage),
        'statusUpdatedAt', tostring(properties.statusUpdatedAt))))
    | summarize extensionStates = make_set_if(state, isExtension), configurations = make_bag(configuration) by clusterId) on clusterId
  | extend found = configurations[tostring(expected.configurationName)]
  | extend foundPath = replace_regex(tostring(found.kustomizations[tostring(expected.kustomization)].path), @'^\\./|/+$', ''),
      statusAt = todatetime(found.statusUpdatedAt)
  | extend drift = case(
      not(strcat_array(extensionStates, ',') has 'Succeeded'), 'missing-extension',
      isnull(found), 'missing-configuration',
      tolower(tostring(found.url)) != tostring(expected.url) or tostring(found.ref) != tostring(expected.ref)
        or iff(foundPath == '.', '', foundPath) != tostring(expected.path) or tostring(found.namespace) != tostring(expected.namespace),
        'changed-configuration',
      tostring(found.provisioningState) =~ 'Failed' or tostring(found.complianceState) =~ 'Non-Compliant'
        or (tostring(found.complianceState) =~ 'Pending' and statusAt < ago(${pending})), 'failed-configuration',
      '')
  | where drift != '' and not(settling)
  | project row = 'drift', source, clusterId, id, name, subscriptionId, resourceGroup, type, drift,
      connectivity, extensionState = strcat_array(extensionStates, ','),
      foundUrl = tostring(found.url), foundRef = tostring(found.ref), foundPath, foundNamespace = tostring(found.namespace),
      provisioningState = tostring(found.provisioningState), complianceState = tostring(found.complianceState),
      errorMessage = tostring(found.errorMessage), statusAt, createdAt, seenAt = now())
| order by source asc, row asc, clusterId asc`;
}
function coveredClusters(plan, grace, fields) {
  return `resources
  | where type in~ ${CLUSTER_TYPES}
  | project id, name, type, subscriptionId, resourceGroup, connectivity = tostring(properties.connectivityStatus),
      createdAt = todatetime(column_ifexists('systemData', dynamic(null)).createdAt), clusterId = tolower(id),
      subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
      resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
  | where isnull(createdAt) or createdAt <= ago(${grace})
  ${sourceSlots(plan)}
  | extend expected = ${kqlDynamic(plan.expectations.map((item) => expectedOf(item, fields)))}[slot]
  | extend source = toint(expected.source), assignedAt = todatetime(expected.assignedAt)
  | extend settling = isnotnull(assignedAt) and assignedAt > ago(${grace})`;
}
function sourceSlots(plan) {
  const everywhere = plan.expectations.flatMap((item, slot) => item.scopeKey === "*" ? [slot] : []);
  const byKey = /* @__PURE__ */ new Map();
  plan.expectations.forEach((item, slot) => {
    if (item.scopeKey !== "*") byKey.set(item.scopeKey, [...byKey.get(item.scopeKey) ?? [], slot]);
  });
  const slotsOf = /* @__PURE__ */ new Map();
  for (const [key, slots2] of byKey) {
    const subscriptionKey = key.split("/resourcegroups/")[0];
    const inherited = key === subscriptionKey ? [] : byKey.get(subscriptionKey) ?? [];
    slotsOf.set(
      key,
      [...slots2, ...inherited, ...everywhere].sort((a, b) => a - b)
    );
  }
  const slots = slotsOf.size === 0 ? kqlDynamic(everywhere) : `coalesce(scopes[resourceGroupKey], scopes[subscriptionKey], ${kqlDynamic(everywhere)})`;
  const excluded = plan.expectations.flatMap((item, slot) => {
    if (item.exclusions.length === 0) return [];
    const tests = exclusionTests(item.exclusions);
    return [`slot == ${slot}, ${tests.join(" or ")}`];
  });
  return `| extend ${slotsOf.size === 0 ? "" : `scopes = ${kqlDynamic(Object.fromEntries(slotsOf))}
  | extend `}slots = ${slots}
  | where array_length(slots) > 0
  | mv-expand slot = slots to typeof(long) limit 400${excluded.length > 0 ? `
  | where not(case(${excluded.join(",\n      ")},
      false))` : ""}`;
}
function expectedOf({ index, expectation: e }, fields) {
  const assignedAt = e.assignedAt && !Number.isNaN(Date.parse(e.assignedAt)) ? new Date(e.assignedAt).toISOString() : null;
  if (fields === "totals") return { source: index, assignedAt };
  return {
    source: index,
    configurationName: e.configurationName.toLowerCase(),
    url: e.url.toLowerCase(),
    ref: refText(e.ref),
    path: normalisedPath(e.kustomizationPath),
    kustomization: e.kustomizationName,
    namespace: e.namespace,
    assignedAt
  };
}

// src/audit/query-plan.ts
var RESOURCE_GRAPH_LIMITS = { subscriptionsPerRequest: 1e3, expectationsPerQuery: 250 };
function excludedManagementGroups(expectations) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of expectations) {
    for (const notScope of e.notScopes) {
      const parsed = parseScope(notScope);
      if (parsed?.kind === "managementGroup") groups.set(parsed.managementGroup.toLowerCase(), parsed.managementGroup);
    }
  }
  return [...groups.values()].sort();
}
function planDriftQueries(expectations, subscriptionsUnder, limits = RESOURCE_GRAPH_LIMITS) {
  const bySubscription = /* @__PURE__ */ new Map();
  const byGroup = /* @__PURE__ */ new Map();
  expectations.forEach((expectation, index) => {
    const scope = parseScope(expectation.scope);
    if (!scope) return;
    const exclusions = exclusionKeys(expectation.notScopes, subscriptionsUnder);
    if (scope.kind === "managementGroup") {
      const key = scope.managementGroup.toLowerCase();
      const group = byGroup.get(key) ?? { name: scope.managementGroup, items: [] };
      group.items.push({ index, expectation, scopeKey: "*", exclusions });
      byGroup.set(key, group);
      return;
    }
    const subscription = scope.subscription;
    const items = bySubscription.get(subscription) ?? [];
    items.push({ index, expectation, scopeKey: scope.id.toLowerCase(), exclusions });
    bySubscription.set(subscription, items);
  });
  const plans = [];
  let batch = { subscriptions: [], expectations: [] };
  const flush = () => {
    if (batch.expectations.length > 0)
      plans.push({ scope: { subscriptions: batch.subscriptions }, expectations: batch.expectations });
    batch = { subscriptions: [], expectations: [] };
  };
  for (const subscription of [...bySubscription.keys()].sort()) {
    for (const part of chunks(bySubscription.get(subscription), limits.expectationsPerQuery)) {
      const full = batch.subscriptions.length >= limits.subscriptionsPerRequest || batch.expectations.length + part.length > limits.expectationsPerQuery;
      if (full) flush();
      batch.subscriptions.push(subscription);
      batch.expectations.push(...part);
      if (part.length === limits.expectationsPerQuery) flush();
    }
  }
  flush();
  for (const { name, items } of [...byGroup.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const part of chunks(items, limits.expectationsPerQuery))
      plans.push({ scope: { managementGroups: [name] }, expectations: part });
  }
  return plans;
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/apply/write-failure.ts
function isPermissionFailure(error) {
  const { statusCode, code: code2 } = error ?? {};
  return statusCode === 403 && typeof code2 === "string";
}
function writeFailureReason(error) {
  const message = errorText(error);
  if (!isPermissionFailure(error)) return message;
  return `403 ${error.code}: ${message}`;
}
function permissionFailureSummary(error) {
  const reason = writeFailureReason(error);
  const named = /perform action '([^']+)' over scope '([^']+)'/.exec(reason);
  if (!isPermissionFailure(error) || !named) return reason;
  return `403 ${error.code}: may not perform ${named[1]} over ${named[2]}`;
}

// src/audit/configuration-query.ts
var FLUX_CONFIGURATION = "microsoft.kubernetesconfiguration/fluxconfigurations";
function ownedConfigurationsQueryText(plan) {
  const names = [...new Set(plan.expectations.map((item) => item.expectation.configurationName.toLowerCase()))];
  const expected = plan.expectations.map(({ index, expectation: e }) => ({
    source: index,
    configurationName: e.configurationName.toLowerCase(),
    url: e.url.toLowerCase()
  }));
  return `kubernetesconfigurationresources
  | where type =~ ${kqlString(FLUX_CONFIGURATION)}
  | where tolower(name) in (${names.map(kqlString).join(", ")})
  | project id, name, properties, idText = tolower(id),
      subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
      resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
  | parse idText with clusterId '/providers/microsoft.kubernetesconfiguration/' *
  ${sourceSlots(plan)}
  | extend expected = ${kqlDynamic(expected)}[slot]
  | where tolower(name) == tostring(expected.configurationName)
      and tolower(coalesce(tostring(properties.gitRepository.url), tostring(properties.bucket.url)))
        == tostring(expected.url)
  | project source = toint(expected.source), id, clusterId, name, kustomizations = properties.kustomizations,
      sourceTimeout = coalesce(toint(properties.gitRepository.timeoutInSeconds),
        toint(properties.bucket.timeoutInSeconds)),
      provisioningState = tostring(properties.provisioningState)
  | order by source asc, id asc`;
}

// src/apply/configuration-patch.ts
var FIELDS = [
  "path",
  "dependsOn",
  "timeoutInSeconds",
  "syncIntervalInSeconds",
  "retryIntervalInSeconds",
  "prune",
  "force"
];
function configurationPatch(desired, live) {
  const patch = {};
  const kustomizations = {};
  for (const [name, want] of Object.entries(desired.kustomizations)) {
    const have = asRecord(live.kustomizations[name]);
    if (!have) {
      kustomizations[name] = { ...want };
      continue;
    }
    const changed = {};
    for (const field of FIELDS) {
      if (want[field] === void 0 || sameValue(field, want[field], have[field])) continue;
      Object.assign(changed, { [field]: want[field] });
    }
    if (Object.keys(changed).length > 0) kustomizations[name] = changed;
  }
  for (const name of Object.keys(live.kustomizations))
    if (!Object.hasOwn(desired.kustomizations, name)) kustomizations[name] = null;
  if (Object.keys(kustomizations).length > 0) patch.kustomizations = kustomizations;
  const timeout = desired.source.timeoutInSeconds;
  if (timeout !== void 0 && live.sourceTimeoutInSeconds !== timeout)
    patch[desired.source.kind] = { timeoutInSeconds: timeout };
  return Object.keys(patch).length > 0 ? patch : void 0;
}
function patchedFields(patch) {
  const fields = [];
  for (const [name, k] of Object.entries(patch.kustomizations ?? {})) {
    if (k === null) fields.push(`kustomizations.${name} (removed)`);
    else fields.push(...Object.keys(k).map((field) => `kustomizations.${name}.${field}`));
  }
  if (patch.gitRepository) fields.push("gitRepository.timeoutInSeconds");
  if (patch.bucket) fields.push("bucket.timeoutInSeconds");
  return fields;
}
function sameValue(field, want, have) {
  if (field === "path") return normalisedPath(String(want)) === normalisedPath(typeof have === "string" ? have : "");
  if (field === "dependsOn") {
    const list = Array.isArray(have) ? have.map(String) : [];
    const wanted = want;
    return list.length === wanted.length && wanted.every((d, i) => d === list[i]);
  }
  return want === have;
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
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
function laneSemaphore(limit) {
  let active = 0;
  let turns = 0;
  const ahead = [];
  const waiting = /* @__PURE__ */ new Map();
  const lastServed = /* @__PURE__ */ new Map();
  const handOn = () => {
    const first = ahead.shift();
    if (first) return first();
    let lane;
    for (const candidate of waiting.keys())
      if (lane === void 0 || (lastServed.get(candidate) ?? -1) < (lastServed.get(lane) ?? -1)) lane = candidate;
    if (lane === void 0) {
      active--;
      return;
    }
    const queue = waiting.get(lane);
    const next = queue.shift();
    if (queue.length === 0) waiting.delete(lane);
    lastServed.set(lane, turns++);
    next();
  };
  const wait = ({ lane, ahead: first }) => new Promise((resolve) => {
    if (first) return void ahead.push(resolve);
    const queue = waiting.get(lane);
    if (queue) queue.push(resolve);
    else waiting.set(lane, [resolve]);
  });
  return async (turn, run) => {
    if (active >= Math.max(limit, 1)) await wait(turn);
    else {
      active++;
      lastServed.set(turn.lane, turns++);
    }
    try {
      return await run();
    } finally {
      handOn();
    }
  };
}

// src/apply/subscription-lanes.ts
function laneOf(id) {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase() ?? "tenant";
}
async function mapInLanes(items, limits, work) {
  const byLane = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    const id = laneOf(item.scope);
    const lane = byLane.get(id);
    if (lane) lane.indexes.push(index);
    else byLane.set(id, { id, indexes: [index], next: 0, running: 0 });
  });
  const lanes = [...byLane.values()];
  const slot = laneSemaphore(limits.total);
  const results = new Array(items.length);
  const perLane = () => {
    const { perSubscription } = limits;
    const bound = typeof perSubscription === "number" ? perSubscription : perSubscription(lanes.filter((l) => l.next < l.indexes.length).length);
    return Math.max(1, bound);
  };
  await new Promise((allDone) => {
    let unsettled = items.length;
    if (unsettled === 0) return allDone();
    const start = (lane) => {
      const index = lane.indexes[lane.next++];
      lane.running++;
      slot({ lane: lane.id }, () => work(items[index])).then(
        (value) => results[index] = { status: "fulfilled", value },
        (reason) => results[index] = { status: "rejected", reason }
      ).finally(() => {
        lane.running--;
        if (--unsettled === 0) allDone();
        else fill();
      });
    };
    const fill = () => {
      const bound = perLane();
      for (const lane of lanes) while (lane.next < lane.indexes.length && lane.running < bound) start(lane);
    };
    fill();
  });
  return results;
}

// src/apply/update-configurations.ts
var DEFAULT_UPDATE_LANES = { perSubscription: 200, total: 96 };
async function updateConfigurations(expectations, graph, writes, options = {}) {
  if (expectations.length === 0) return { outcomes: [] };
  const sources = expectations.map((e) => e.expectation);
  const subscriptionsUnder = /* @__PURE__ */ new Map();
  for (const group of excludedManagementGroups(sources)) {
    const answer = await graph.run({ scope: { managementGroups: [group] }, query: CLUSTER_SUBSCRIPTIONS_QUERY });
    if ("error" in answer) return { outcomes: [], error: answer.error.message };
    subscriptionsUnder.set(
      group.toLowerCase(),
      answer.rows.map((r) => String(r.subscriptionId ?? "")).filter(Boolean)
    );
  }
  const pending = [];
  for (const query of planDriftQueries(sources, subscriptionsUnder)) {
    const answer = await graph.run({ scope: query.scope, query: ownedConfigurationsQueryText(query) });
    if ("error" in answer) return { outcomes: [], error: answer.error.message };
    for (const row of answer.rows) {
      const live = liveConfiguration(row);
      const expectation = live && expectations[live.source];
      if (!live || !expectation || /^deleting$/i.test(live.provisioningState)) continue;
      const patch = configurationPatch(expectation, live);
      if (patch) pending.push({ scope: live.id, expectation, live, patch });
    }
  }
  const lanes = options.lanes ?? DEFAULT_UPDATE_LANES;
  const wireTurns = laneSemaphore(lanes.total);
  const waiting = { perSubscription: enteringPerLane(lanes), total: Number.POSITIVE_INFINITY };
  const accepted = await mapInLanes(pending, waiting, async (update) => {
    const lane = laneOf(update.scope);
    const finish = await updateOne(update, writes, {
      patchTurn: (send) => wireTurns({ lane }, send),
      statusTurn: (send) => wireTurns({ lane, ahead: true }, send)
    });
    return {
      outcome: finish().then((outcome) => {
        options.onProgress?.(outcome);
        return outcome;
      })
    };
  });
  const outcomes = await Promise.all(
    accepted.map(
      (result, i) => result.status === "fulfilled" ? result.value.outcome : outcomeOf(pending[i], "failed", reasonOf(result.reason))
    )
  );
  return { outcomes };
}
var MIN_ENTERING_PER_LANE = 8;
function enteringPerLane({ perSubscription, total }) {
  return (lanesWaiting) => Math.min(perSubscription, Math.max(MIN_ENTERING_PER_LANE, Math.ceil(2 * total / Math.max(1, lanesWaiting))));
}
async function updateOne(update, writes, turns) {
  try {
    const { done } = await writes.updateFluxConfiguration(update.live.id, update.patch, turns);
    return () => done.then(
      () => outcomeOf(update, "updated"),
      (error) => outcomeOf(update, "failed", reasonOf(error))
    );
  } catch (error) {
    const failed2 = outcomeOf(update, "failed", reasonOf(error));
    return () => Promise.resolve(failed2);
  }
}
function outcomeOf({ expectation: { expectation }, live, patch }, status, reason) {
  return {
    key: expectation.key,
    team: expectation.team,
    source: expectation.source,
    clusterId: live.clusterId,
    configurationId: live.id,
    fields: patchedFields(patch),
    status,
    ...reason !== void 0 ? { reason } : {}
  };
}
function liveConfiguration(row) {
  if (row === null || typeof row !== "object") return void 0;
  const r = row;
  if (typeof r.id !== "string" || typeof r.source !== "number") return void 0;
  const kustomizations = r.kustomizations !== null && typeof r.kustomizations === "object" && !Array.isArray(r.kustomizations) ? r.kustomizations : {};
  return {
    source: r.source,
    id: r.id,
    clusterId: typeof r.clusterId === "string" ? r.clusterId : "",
    name: typeof r.name === "string" ? r.name : "",
    provisioningState: typeof r.provisioningState === "string" ? r.provisioningState : "",
    kustomizations,
    ...typeof r.sourceTimeout === "number" ? { sourceTimeoutInSeconds: r.sourceTimeout } : {}
  };
}
var reasonOf = writeFailureReason;

// src/audit/configuration-expectation.ts
function configurationExpectations(desired) {
  const expectations = sourceExpectations(desired);
  return deployingAssignments(desired).map((a, i) => {
    const { custom, builtin, parameter } = deployedValues(desired, a);
    const number = (name) => Number(parameter(name));
    const declared = (name) => builtin?.parameters[name] !== void 0;
    const kustomizations = custom ? Object.fromEntries(Object.entries(custom.kustomizations).map(([name, k]) => [name, { ...k }])) : {
      [parameter("kustomizationName")]: {
        path: parameter("kustomizationPath"),
        dependsOn: [],
        timeoutInSeconds: number("kustomizationTimeout"),
        syncIntervalInSeconds: number("kustomizationSyncInterval"),
        ...declared("kustomizationRetryInterval") ? { retryIntervalInSeconds: number("kustomizationRetryInterval") } : {},
        prune: parameter("kustomizationPrune") === "true",
        force: parameter("kustomizationForce") === "true"
      }
    };
    const bucket = parameter("bucketName") !== "";
    const timeoutParameter = bucket ? "bucketTimeout" : "repositoryTimeout";
    const timeoutInSeconds = custom?.gitTimeoutInSeconds ?? (declared(timeoutParameter) ? number(timeoutParameter) : void 0);
    return {
      expectation: expectations[i],
      kustomizations,
      source: {
        kind: bucket ? "bucket" : "gitRepository",
        ...timeoutInSeconds !== void 0 ? { timeoutInSeconds } : {}
      }
    };
  });
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
      await startAssignmentRemediation(writes, {
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
async function startAssignmentRemediation(writes, task) {
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
  return { ...base(change), status: "failed", reason: writeFailureReason(reason) };
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
    record(s.status === "fulfilled" ? outcome : { ...outcome, status: "failed", reason: errorText(s.reason) });
  });
}

// src/apply/remove-orphans.ts
async function handleOrphans(plan, result, deps, options) {
  const deleted = new Set(
    result.outcomes.filter((o) => o.action === "delete" && o.status === "succeeded").map((o) => o.key)
  );
  const sources = deletedSources(plan).filter((s) => deleted.has(s.assignmentKey));
  if (sources.length === 0) return void 0;
  const read = await findOrphans(sources, deps.resourceGraph);
  if ("error" in read) return unreadable(read.found, read.error.message);
  const found = read.found;
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
    else report.failed.push({ id, reason: errorText(s.reason) });
  });
  return report;
}
async function findOrphans(sources, resourceGraph) {
  const found = [];
  for (const source of sources) {
    const scope = orphanQueryScope(source);
    if (!scope) continue;
    const excludedSubscriptions = [];
    for (const group of excludedManagementGroupsOf(source)) {
      const answer2 = await resourceGraph.run({
        scope: { managementGroups: [group] },
        query: CLUSTER_SUBSCRIPTIONS_QUERY
      });
      if ("error" in answer2) return { found, error: answer2.error };
      excludedSubscriptions.push(
        ...answer2.rows.map((r) => String(r.subscriptionId ?? ""))
      );
    }
    const answer = await resourceGraph.run({ scope, query: orphanQueryText(source) });
    if ("error" in answer) return { found, error: answer.error };
    found.push(...selectOrphans(answer.rows, source, excludedSubscriptions));
  }
  return { found };
}
function unreadable(found, message) {
  return {
    found,
    removed: [],
    failed: [],
    unknown: true,
    kept: `Resource Graph could not be read, so orphans are unknown: ${message}`
  };
}

// src/render/drift/markdown-text.ts
var cellText = (text) => mdText(text);
var code = (text) => mdCode(text);
function utcMinute(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? mdText(iso) : `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export {
  remediationStatus,
  clusterDeployments,
  subscriptionsWithClusters,
  triggerSubscriptionEvaluation,
  azureWrites,
  applySucceeded,
  isPermissionFailure,
  permissionFailureSummary,
  sourceExpectations,
  refText,
  normalisedPath,
  DEFAULT_GRACE_SECONDS,
  driftQueryText,
  excludedManagementGroups,
  planDriftQueries,
  updateConfigurations,
  configurationExpectations,
  remediationsCache,
  remediationMissing,
  runApply,
  startAssignmentRemediation,
  deletedSources,
  orphanQueryScope,
  oldScopeReadableQuery,
  handleOrphans,
  findOrphans,
  configurationUpdateLine,
  configurationUpdatesVerdict,
  configurationUpdatesMarkdown,
  observationsOfApply,
  orphanRecordKey,
  readOrphanRecord,
  isWithinScopes,
  isReassigned,
  cellText,
  code,
  utcMinute,
  plural
};
