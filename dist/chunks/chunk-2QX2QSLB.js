import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  DEFAULT_THROTTLE_RETRY,
  EXTENSION_TEAM,
  POLICY_DEFINITION_PREFIX,
  RestError,
  assignmentKey,
  changeDiffLines,
  createClientLogger,
  createRestError,
  definitionById,
  errorCode,
  getClient,
  operationOptionsToRequestParameters,
  planRoot,
  statusCode,
  throttleRetryPolicy
} from "./chunk-5HE42NAW.js";
import {
  codeBlock,
  htmlText,
  linkTarget,
  mdCode,
  mdMessage,
  mdText,
  mermaidLabel,
  parseScope,
  redactSecrets
} from "./chunk-CQ2WVJ5T.js";

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
  "changed-configuration": "The configuration was changed by hand: delete it on the cluster (`az k8s-configuration flux delete`) and start a remediation task, or change the file if the new value is right.",
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

// src/audit/audit-error.ts
var auditError = (code2, message) => ({ code: code2, message });

// src/azure/resource-graph.ts
function createResourceGraphRunner(client, options = {}) {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const stats = { requests: 0, rows: 0, quotaWaits: 0 };
  let waitBeforeNextMs = 0;
  async function page(query, skipToken) {
    if (waitBeforeNextMs > 0) {
      stats.quotaWaits++;
      await sleep(waitBeforeNextMs);
      waitBeforeNextMs = 0;
    }
    const headers = new Headers();
    try {
      const response = await client.resources(
        {
          ...query.scope,
          query: query.query,
          options: { top: options.pageSize ?? 1e3, resultFormat: "objectArray", ...skipToken ? { skipToken } : {} }
        },
        {
          onResponse: (raw) => {
            for (const name of QUOTA_HEADERS) {
              const value = raw.headers.get(name);
              if (value !== void 0) headers.set(name, value);
            }
          }
        }
      );
      stats.requests++;
      if (headers.get("x-ms-user-quota-remaining") === "0")
        waitBeforeNextMs = resetsAfterMs(headers.get("x-ms-user-quota-resets-after") ?? void 0);
      return { response, headers };
    } catch (error) {
      return { error: failure(error) };
    }
  }
  return {
    stats,
    async run(query) {
      const rows = [];
      let skipToken;
      do {
        const answer = await page(query, skipToken);
        if ("error" in answer) return answer;
        const { response, headers } = answer;
        if (headers.get("x-ms-tenant-subscription-limit-hit") === "true") {
          return {
            error: auditError(
              "resource-graph-subscription-limit",
              "Resource Graph evaluated only the first 10,000 subscriptions of a management group; the audit would be partial."
            )
          };
        }
        if (response.resultTruncated === "true") {
          return {
            error: auditError(
              "resource-graph-truncated",
              `Resource Graph truncated the result (${response.count} of ${response.totalRecords} rows) and gave no $skipToken.`
            )
          };
        }
        if (!Array.isArray(response.data))
          return {
            error: auditError("resource-graph-failed", "Resource Graph answered without an objectArray `data`.")
          };
        rows.push(...response.data);
        stats.rows += response.data.length;
        skipToken = response.skipToken;
      } while (skipToken);
      return { rows };
    }
  };
}
var QUOTA_HEADERS = [
  "x-ms-user-quota-remaining",
  "x-ms-user-quota-resets-after",
  "x-ms-tenant-subscription-limit-hit"
];
function resetsAfterMs(value) {
  const parsed = value ? /^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(value) : null;
  if (!parsed) return 1e3;
  return ((Number(parsed[1]) * 60 + Number(parsed[2])) * 60 + Number(parsed[3])) * 1e3 + 100;
}
function failure(error) {
  const status = statusCode(error);
  const code2 = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const what = `Resource Graph query failed${status ? ` (${status}${code2 ? ` ${code2}` : ""})` : ""}: ${message}`;
  return auditError(status === 429 ? "resource-graph-throttled" : "resource-graph-failed", what);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/cloudSettingHelpers.js
var AzureClouds;
(function(AzureClouds2) {
  AzureClouds2["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
  AzureClouds2["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
  AzureClouds2["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
  }
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceChanges/models.js
function resourceChangesRequestParametersSerializer(item) {
  return {
    resourceIds: !item["resourceIds"] ? item["resourceIds"] : item["resourceIds"].map((p) => {
      return p;
    }),
    subscriptionId: item["subscriptionId"],
    interval: resourceChangesRequestParametersIntervalSerializer(item["interval"]),
    $skipToken: item["skipToken"],
    $top: item["top"],
    table: item["table"],
    fetchPropertyChanges: item["fetchPropertyChanges"],
    fetchSnapshots: item["fetchSnapshots"]
  };
}
function resourceChangesRequestParametersIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function resourceChangeListDeserializer(item) {
  return {
    changes: !item["changes"] ? item["changes"] : resourceChangeDataArrayDeserializer(item["changes"]),
    skipToken: item["$skipToken"]
  };
}
function resourceChangeDataArrayDeserializer(result) {
  return result.map((item) => {
    return resourceChangeDataDeserializer(item);
  });
}
function resourceChangeDataDeserializer(item) {
  return {
    resourceId: item["resourceId"],
    changeId: item["changeId"],
    beforeSnapshot: resourceChangeDataBeforeSnapshotDeserializer(item["beforeSnapshot"]),
    afterSnapshot: resourceChangeDataAfterSnapshotDeserializer(item["afterSnapshot"]),
    changeType: item["changeType"],
    propertyChanges: !item["propertyChanges"] ? item["propertyChanges"] : resourcePropertyChangeArrayDeserializer(item["propertyChanges"])
  };
}
function resourceChangeDataBeforeSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourceChangeDataAfterSnapshotDeserializer(item) {
  return {
    snapshotId: item["snapshotId"],
    timestamp: new Date(item["timestamp"]),
    content: item["content"]
  };
}
function resourcePropertyChangeArrayDeserializer(result) {
  return result.map((item) => {
    return resourcePropertyChangeDeserializer(item);
  });
}
function resourcePropertyChangeDeserializer(item) {
  return {
    propertyName: item["propertyName"],
    beforeValue: item["beforeValue"],
    afterValue: item["afterValue"],
    changeCategory: item["changeCategory"],
    propertyChangeType: item["propertyChangeType"]
  };
}
function resourceChangeDetailsRequestParametersSerializer(item) {
  return {
    resourceIds: item["resourceIds"].map((p) => {
      return p;
    }),
    changeIds: item["changeIds"].map((p) => {
      return p;
    })
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/serialize-record.js
function serializeRecord(item, excludes, serializer) {
  const propertiesToExclude = excludes ?? [];
  const res = {};
  for (const key of Object.keys(item)) {
    if (propertiesToExclude.includes(key) || item[key] === void 0) {
      continue;
    }
    if (serializer) {
      res[key] = serializer(item[key]);
    } else {
      res[key] = item[key];
    }
  }
  return res;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphCommon/models.js
function dateTimeIntervalSerializer(item) {
  return { start: item["start"].toISOString(), end: item["end"].toISOString() };
}
function errorResponseDeserializer(item) {
  return {
    error: errorDeserializer(item["error"])
  };
}
function errorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorDetailsArrayDeserializer(item["details"])
  };
}
function errorDetailsArrayDeserializer(result) {
  return result.map((item) => {
    return errorDetailsDeserializer(item);
  });
}
function errorDetailsDeserializer(item) {
  return {
    additionalProperties: serializeRecord(item, ["code", "message"]),
    code: item["code"],
    message: item["message"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceGraphApi/models.js
function queryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : queryRequestOptionsSerializer(item["options"]),
    facets: !item["facets"] ? item["facets"] : facetRequestArraySerializer(item["facets"])
  };
}
function queryRequestOptionsSerializer(item) {
  return {
    $skipToken: item["skipToken"],
    $top: item["top"],
    $skip: item["skip"],
    resultFormat: item["resultFormat"],
    allowPartialScopes: item["allowPartialScopes"],
    authorizationScopeFilter: item["authorizationScopeFilter"]
  };
}
function facetRequestArraySerializer(result) {
  return result.map((item) => {
    return facetRequestSerializer(item);
  });
}
function facetRequestSerializer(item) {
  return {
    expression: item["expression"],
    options: !item["options"] ? item["options"] : facetRequestOptionsSerializer(item["options"])
  };
}
function facetRequestOptionsSerializer(item) {
  return {
    sortBy: item["sortBy"],
    sortOrder: item["sortOrder"],
    filter: item["filter"],
    $top: item["top"]
  };
}
function queryResponseDeserializer(item) {
  return {
    totalRecords: item["totalRecords"],
    count: item["count"],
    resultTruncated: item["resultTruncated"],
    skipToken: item["$skipToken"],
    data: item["data"],
    facets: !item["facets"] ? item["facets"] : facetUnionArrayDeserializer(item["facets"])
  };
}
function facetUnionArrayDeserializer(result) {
  return result.map((item) => {
    return facetUnionDeserializer(item);
  });
}
function facetDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"]
  };
}
function facetUnionDeserializer(item) {
  switch (item["resultType"]) {
    case "FacetResult":
      return facetResultDeserializer(item);
    case "FacetError":
      return facetErrorDeserializer(item);
    default:
      return facetDeserializer(item);
  }
}
function facetResultDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    totalRecords: item["totalRecords"],
    count: item["count"],
    data: item["data"]
  };
}
function facetErrorDeserializer(item) {
  return {
    expression: item["expression"],
    resultType: item["resultType"],
    errors: errorDetailsArrayDeserializer(item["errors"])
  };
}
function _operationListResultDeserializer(item) {
  return {
    value: operationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationArrayDeserializer(result) {
  return result.map((item) => {
    return operationDeserializer(item);
  });
}
function operationDeserializer(item) {
  return {
    name: item["name"],
    display: !item["display"] ? item["display"] : operationDisplayDeserializer(item["display"]),
    origin: item["origin"]
  };
}
function operationDisplayDeserializer(item) {
  return {
    provider: item["provider"],
    resource: item["resource"],
    operation: item["operation"],
    description: item["description"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/resourceHistory/models.js
function resourcesHistoryRequestSerializer(item) {
  return {
    subscriptions: !item["subscriptions"] ? item["subscriptions"] : item["subscriptions"].map((p) => {
      return p;
    }),
    query: item["query"],
    options: !item["options"] ? item["options"] : resourcesHistoryRequestOptionsSerializer(item["options"]),
    managementGroups: !item["managementGroups"] ? item["managementGroups"] : item["managementGroups"].map((p) => {
      return p;
    })
  };
}
function resourcesHistoryRequestOptionsSerializer(item) {
  return {
    interval: !item["interval"] ? item["interval"] : dateTimeIntervalSerializer(item["interval"]),
    $top: item["top"],
    $skip: item["skip"],
    $skipToken: item["skipToken"],
    resultFormat: item["resultFormat"]
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
    return op;
  }
}
function getExpandedValue(option) {
  let isFirst = option.isFirst;
  const { op, varName, varValue: value, reserved } = option;
  const vals = [];
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  }
  return vals.join("");
}
function getNonExpandedValue(option) {
  const { op, varName, varValue: value, isFirst, reserved } = option;
  const vals = [];
  const first = getFirstOrSep(op, isFirst);
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    vals.push(encodeComponent(varName, reserved, op));
    if (value === "") {
      if (!ifEmpty) {
        vals.push(ifEmpty);
      }
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
function expandUrlTemplate(template, context, option) {
  const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr) {
      return encodeReservedComponent(text);
    }
    let op;
    if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
      op = expr[0];
      expr = expr.slice(1);
    }
    const varList = expr.split(/,/g);
    const innerResult = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: innerResult.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        innerResult.push(varValue);
      }
    }
    return innerResult.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[.~-]/.test(char)) {
      return char;
    }
    return match;
  });
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations.js
function _resourcesHistorySend(context, request, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourcesHistory{?api%2Dversion}", {
    "api%2Dversion": "2021-06-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourcesHistoryRequestSerializer(request)
  });
}
async function _resourcesHistoryDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return { body: result.body };
}
async function resourcesHistory(context, request, options = { requestOptions: {} }) {
  const result = await _resourcesHistorySend(context, request, options);
  return _resourcesHistoryDeserialize(result);
}
function _resourcesSend(context, query, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resources{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: queryRequestSerializer(query)
  });
}
async function _resourcesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return queryResponseDeserializer(result.body);
}
async function resources(context, query, options = { requestOptions: {} }) {
  const result = await _resourcesSend(context, query, options);
  return _resourcesDeserialize(result);
}
function _resourceChangeDetailsSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChangeDetails{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangeDetailsRequestParametersSerializer(parameters)
  });
}
async function _resourceChangeDetailsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeDataArrayDeserializer(result.body);
}
async function resourceChangeDetails(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangeDetailsSend(context, parameters, options);
  return _resourceChangeDetailsDeserialize(result);
}
function _resourceChangesSend(context, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/resourceChanges{?api%2Dversion}", {
    "api%2Dversion": "2020-09-01-preview"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: resourceChangesRequestParametersSerializer(parameters)
  });
}
async function _resourceChangesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return resourceChangeListDeserializer(result.body);
}
async function resourceChanges(context, parameters, options = { requestOptions: {} }) {
  const result = await _resourceChangesSend(context, parameters, options);
  return _resourceChangesDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/logger.js
var logger = createClientLogger("arm-resourcegraph");

// node_modules/@azure/arm-resourcegraph/dist/esm/api/resourceGraphContext.js
function createResourceGraph(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-resourcegraph/5.0.0`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: {
      scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"]
    }
  };
  const clientContext = getClient(endpointUrl, credential, updatedOptions);
  if (options.apiVersion) {
    logger.warning("This client does not support client api-version, please change it at the operation level");
  }
  return { ...clientContext, subscriptionId };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/models/models.js
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));

// node_modules/@azure/arm-resourcegraph/dist/esm/models/graphQueryApi/models.js
function graphQueryResourceSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryResourcePropertiesSerializer(item),
    tags: item["tags"],
    location: item["location"],
    etag: item["etag"]
  };
}
function graphQueryResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _graphQueryResourcePropertiesDeserializer(item["properties"]),
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    etag: item["etag"]
  };
}
var KnownResultKind;
(function(KnownResultKind2) {
  KnownResultKind2["Basic"] = "basic";
})(KnownResultKind || (KnownResultKind = {}));
function graphQueryErrorDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : graphQueryErrorErrorDeserializer(item["error"])
  };
}
function graphQueryErrorErrorDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    details: !item["details"] ? item["details"] : errorFieldContractArrayDeserializer(item["details"])
  };
}
function errorFieldContractArrayDeserializer(result) {
  return result.map((item) => {
    return errorFieldContractDeserializer(item);
  });
}
function errorFieldContractDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"]
  };
}
function graphQueryUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    etag: item["etag"],
    properties: areAllPropsUndefined(item, ["description", "query"]) ? void 0 : _graphQueryUpdateParametersPropertiesSerializer(item)
  };
}
function _graphQueryListResultDeserializer(item) {
  return {
    value: graphQueryResourceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function graphQueryResourceArrayDeserializer(result) {
  return result.map((item) => {
    return graphQueryResourceDeserializer(item);
  });
}
function _graphQueryResourcePropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}
function _graphQueryResourcePropertiesDeserializer(item) {
  return {
    timeModified: !item["timeModified"] ? item["timeModified"] : new Date(item["timeModified"]),
    description: item["description"],
    query: item["query"],
    resultKind: item["resultKind"]
  };
}
function _graphQueryUpdateParametersPropertiesSerializer(item) {
  return { description: item["description"], query: item["query"] };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/static-helpers/pagingHelpers.js
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const apiVersion = options.apiVersion;
  const pagedResult = {
    getPage: async (pageLink) => {
      let result;
      if (pageLink === void 0) {
        result = await getInitialResponse();
      } else {
        const resolvedPageLink = apiVersion ? addApiVersionToUrl(pageLink, apiVersion) : pageLink;
        result = nextLinkMethod === "POST" ? await client.pathUnchecked(resolvedPageLink).post() : await client.pathUnchecked(resolvedPageLink).get();
      }
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
  };
}
async function* getItemAsyncIterator(pagedResult) {
  const pages = getPageAsyncIterator(pagedResult);
  for await (const page of pages) {
    yield* page;
  }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
  const { pageLink } = options;
  let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
  if (!response) {
    return;
  }
  let result = response.page;
  result.continuationToken = response.nextPageLink;
  yield result;
  while (response.nextPageLink) {
    response = await pagedResult.getPage(response.nextPageLink);
    if (!response) {
      return;
    }
    result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
  }
}
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new RestError(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new RestError(`Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`);
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
  }
}
function addApiVersionToUrl(url, apiVersion) {
  const urlObj = new URL(url, "https://microsoft.com");
  if (!urlObj.searchParams.get("api-version")) {
    return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
  }
  return url;
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/graphQuery/operations.js
function _listBySubscriptionSend(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listBySubscriptionDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function listBySubscription(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listBySubscriptionSend(context, options), _listBySubscriptionDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _listSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return _graphQueryListResultDeserializer(result.body);
}
function list(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend(context, resourceGroupName, options), _listDeserialize, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}
function _$deleteSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["200", "204"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return;
}
async function $delete(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _$deleteSend(context, resourceGroupName, resourceName, options);
  return _$deleteDeserialize(result);
}
function _updateSend(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryUpdateParametersSerializer(body)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function update(context, resourceGroupName, resourceName, body, options = { requestOptions: {} }) {
  const result = await _updateSend(context, resourceGroupName, resourceName, body, options);
  return _updateDeserialize(result);
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: graphQueryResourceSerializer(properties)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function createOrUpdate(context, resourceGroupName, resourceName, properties, options = { requestOptions: {} }) {
  const result = await _createOrUpdateSend(context, resourceGroupName, resourceName, properties, options);
  return _createOrUpdateDeserialize(result);
}
function _getSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ResourceGraph/queries/{resourceName}{?api%2Dversion}", {
    subscriptionId: context.subscriptionId,
    resourceGroupName,
    resourceName,
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = graphQueryErrorDeserializer(result.body);
    }
    throw error;
  }
  return graphQueryResourceDeserializer(result.body);
}
async function get(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, resourceName, options);
  return _getDeserialize(result);
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/graphQuery/index.js
function _getGraphQuery(context) {
  return {
    listBySubscription: (options) => listBySubscription(context, options),
    list: (resourceGroupName, options) => list(context, resourceGroupName, options),
    delete: (resourceGroupName, resourceName, options) => $delete(context, resourceGroupName, resourceName, options),
    update: (resourceGroupName, resourceName, body, options) => update(context, resourceGroupName, resourceName, body, options),
    createOrUpdate: (resourceGroupName, resourceName, properties, options) => createOrUpdate(context, resourceGroupName, resourceName, properties, options),
    get: (resourceGroupName, resourceName, options) => get(context, resourceGroupName, resourceName, options)
  };
}
function _getGraphQueryOperations(context) {
  return {
    ..._getGraphQuery(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/api/operations/operations.js
function _listSend2(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate("/providers/Microsoft.ResourceGraph/operations{?api%2Dversion}", {
    "api%2Dversion": "2024-04-01"
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    if (result.body) {
      error.details = errorResponseDeserializer(result.body);
    }
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function list2(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(context, () => _listSend2(context, options), _listDeserialize2, ["200"], { itemName: "value", nextLinkName: "nextLink", apiVersion: "2024-04-01" });
}

// node_modules/@azure/arm-resourcegraph/dist/esm/classic/operations/index.js
function _getOperations(context) {
  return {
    list: (options) => list2(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}

// node_modules/@azure/arm-resourcegraph/dist/esm/resourceGraphClient.js
var ResourceGraphClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    this._client = createResourceGraph(credential, subscriptionId ?? "", options);
    this.pipeline = this._client.pipeline;
    this.graphQuery = _getGraphQueryOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
  }
  /** List all snapshots of a resource for a given time interval. */
  resourcesHistory(request, options = { requestOptions: {} }) {
    return resourcesHistory(this._client, request, options);
  }
  /** Queries the resources managed by Azure Resource Manager for scopes specified in the request. */
  resources(query, options = { requestOptions: {} }) {
    return resources(this._client, query, options);
  }
  /** Get resource change details. */
  resourceChangeDetails(parameters, options = { requestOptions: {} }) {
    return resourceChangeDetails(this._client, parameters, options);
  }
  /** List changes to a resource for a given time interval. */
  resourceChanges(parameters, options = { requestOptions: {} }) {
    return resourceChanges(this._client, parameters, options);
  }
  /** The operation groups for graphQuery */
  graphQuery;
  /** The operation groups for operations */
  operations;
};

// src/azure/resource-graph-client.ts
function createResourceGraphClient(cloud, credential, throttle = DEFAULT_THROTTLE_RETRY) {
  return new ResourceGraphClient(credential, {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
    retryOptions: { maxRetries: 4 },
    userAgentOptions: { userAgentPrefix: "flux-policy" },
    additionalPolicies: [{ policy: throttleRetryPolicy(throttle), position: "perCall" }]
  });
}

// src/audit/expectation.ts
var REF_PARAMETERS = [
  ["commit", "repositoryRefCommit"],
  ["semver", "repositoryRefSemver"],
  ["tag", "repositoryRefTag"],
  ["branch", "repositoryRefBranch"]
];
function sourceExpectations(desired, assignedAt = () => void 0) {
  return desired.assignments.filter((a) => a.kind === "configuration" && a.enforcementMode === "Default" && a.parameters.effect !== "Disabled").map((a) => {
    const marker = a.metadata.fluxPolicy;
    const custom = desired.definitions?.find((d) => d.id.toLowerCase() === a.policyDefinitionId.toLowerCase());
    const builtin = definitionById(custom ? `${POLICY_DEFINITION_PREFIX}${custom.basedOn}` : a.policyDefinitionId);
    const parameter = (name) => valueOf(a, builtin, name);
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
var CLUSTER_TYPES = "('microsoft.kubernetes/connectedclusters', 'microsoft.containerservice/managedclusters')";
var FLUX_TYPES = "('microsoft.kubernetesconfiguration/extensions', 'microsoft.kubernetesconfiguration/fluxconfigurations')";
var CLUSTER_SUBSCRIPTIONS_QUERY = `resources
| where type in~ ${CLUSTER_TYPES}
| distinct subscriptionId`;
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
    const kindOf = (key) => key.includes("/providers/") ? "clusterId" : key.includes("/resourcegroups/") ? "resourceGroupKey" : "subscriptionKey";
    const tests = ["subscriptionKey", "resourceGroupKey", "clusterId"].flatMap((column) => {
      const keys = item.exclusions.filter((key) => kindOf(key) === column);
      return keys.length > 0 ? [`${column} in (${keys.map(kqlString).join(", ")})`] : [];
    });
    return [`slot == ${slot}, ${tests.join(" or ")}`];
  });
  return `resources
  | where type in~ ${CLUSTER_TYPES}
  | project id, name, type, subscriptionId, resourceGroup, connectivity = tostring(properties.connectivityStatus),
      createdAt = todatetime(column_ifexists('systemData', dynamic(null)).createdAt), clusterId = tolower(id),
      subscriptionKey = strcat('/subscriptions/', tolower(subscriptionId)),
      resourceGroupKey = strcat('/subscriptions/', tolower(subscriptionId), '/resourcegroups/', tolower(resourceGroup))
  | where isnull(createdAt) or createdAt <= ago(${grace})
  | extend ${slotsOf.size === 0 ? "" : `scopes = ${kqlDynamic(Object.fromEntries(slotsOf))}
  | extend `}slots = ${slots}
  | where array_length(slots) > 0
  | mv-expand slot = slots to typeof(long) limit 400${excluded.length > 0 ? `
  | where not(case(${excluded.join(",\n      ")},
      false))` : ""}
  | extend expected = ${kqlDynamic(plan.expectations.map((item) => expectedOf(item, fields)))}[slot]
  | extend source = toint(expected.source), assignedAt = todatetime(expected.assignedAt)
  | extend settling = isnotnull(assignedAt) and assignedAt > ago(${grace})`;
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
function kqlDynamic(value) {
  return `dynamic(${jsonText(value)})`;
}
function jsonText(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return kqlString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(jsonText).join(", ")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${kqlString(k)}: ${jsonText(v)}`).join(", ")}}`;
}
function kqlString(value) {
  const escaped = value.replace(/[\\'\u0000-\u001f]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return `'${escaped}'`;
}

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
    error: auditError(
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
function exclusionKeys(notScopes, subscriptionsUnder) {
  const keys = /* @__PURE__ */ new Set();
  for (const notScope of notScopes) {
    const parsed = parseScope(notScope);
    if (parsed?.kind === "managementGroup") {
      for (const id of subscriptionsUnder.get(parsed.managementGroup.toLowerCase()) ?? [])
        keys.add(`/subscriptions/${id.toLowerCase()}`);
    } else {
      keys.add(notScope.toLowerCase().replace(/\/+$/, ""));
    }
  }
  return [...keys].sort();
}
function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/commands/audit.ts
async function auditRoot(root, repository, azure, options = {}) {
  const planned = await planRoot(root, repository, azure.reads);
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
      currentKeys: planned.desired.assignments.map(
        (a) => reportKey({
          kind: a.kind,
          team: a.metadata.fluxPolicy.team,
          source: a.metadata.fluxPolicy.source,
          scope: a.scope
        })
      )
    }
  };
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

// src/render/drift/markdown-text.ts
var cellText = (text) => mdText(text);
var code = (text) => mdCode(text);
function utcMinute(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? mdText(iso) : `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  createResourceGraphRunner,
  createResourceGraphClient,
  auditRoot,
  cellText,
  code,
  utcMinute,
  plural,
  renderAuditSummary
};
