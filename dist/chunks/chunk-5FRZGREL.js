import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  definitionById
} from "./chunk-PO6JKW22.js";

// src/render/plan/describe-change.ts
function changeDiffLines(change) {
  switch (change.action) {
    case "create": {
      const d = change.desired;
      return [
        `+ definition: ${definitionName(d.policyDefinitionId)}`,
        `+ scope: ${d.scope}`,
        ...d.notScopes.length ? [`+ notScopes: ${d.notScopes.join(", ")}`] : [],
        `+ enforcementMode: ${d.enforcementMode}`,
        `+ displayName: ${d.displayName}`,
        ...Object.entries(d.parameters).map(([k, v]) => `+ parameters.${k}: ${show(v)}`)
      ];
    }
    case "update":
      return change.diffs.map((d) => d.before === void 0 ? `+ ${d.field}: ${show(d.after)}` : d.after === void 0 ? `- ${d.field}: ${show(d.before)}` : `! ${d.field}: ${show(d.before)} \u2192 ${show(d.after)}`);
    case "delete": {
      const l = change.live;
      return [
        `- definition: ${definitionName(l.policyDefinitionId)}`,
        `- scope: ${l.scope}`,
        ...Object.entries(l.parameters).map(([k, v]) => `- parameters.${k}: ${show(v)}`)
      ];
    }
    case "no-op":
      return [];
  }
}
var ACTION_SYMBOL = { create: "+", update: "~", delete: "-", "no-op": "=" };
var ACTION_VERB = { create: "create", update: "update", delete: "delete", "no-op": "unchanged" };
function changeTitle(change) {
  const what = change.kind === "extension" ? "Flux extension prerequisite" : `${change.team}/${change.source}`;
  return `${ACTION_SYMBOL[change.action]} ${what} \u2014 ${ACTION_VERB[change.action]} \`${change.name}\` at \`${change.scope}\``;
}
function definitionName(id) {
  return definitionById(id)?.displayName ?? id;
}
function show(value) {
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

export {
  changeDiffLines,
  changeTitle
};
