import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  terminalJson
} from "./chunk-FAJSJJ6G.js";

// src/render/plan/plan-json.ts
var PLAN_JSON_VERSION = 1;
function renderPlanJson(plan, context = {}) {
  return terminalJson(
    JSON.stringify(
      {
        version: PLAN_JSON_VERSION,
        repository: plan.repository,
        commit: context.commit,
        hash: plan.hash,
        summary: plan.counts,
        byTeam: plan.countsByTeam,
        changes: plan.changes.map(changeJson),
        definitions: plan.definitionChanges.map((c) => ({
          action: c.action,
          team: c.team,
          source: c.source,
          name: c.name,
          scope: c.scope,
          ...c.action === "create" || c.action === "update" ? { basedOn: c.desired.basedOn, kustomizations: c.desired.kustomizations } : {},
          ...c.action === "update" && c.reach ? { reach: c.reach } : {}
        })),
        roleAssignments: plan.roleAssignments,
        remediations: plan.remediations,
        warnings: plan.warnings,
        errors: plan.errors
      },
      null,
      2
    )
  );
}
function changeJson(c) {
  const base = {
    action: c.action,
    kind: c.kind,
    team: c.team,
    source: c.source,
    name: c.name,
    scope: c.scope,
    ...c.impact ? { impact: c.impact } : {}
  };
  switch (c.action) {
    case "create":
      return {
        ...base,
        policyDefinitionId: c.desired.policyDefinitionId,
        parameters: c.desired.parameters,
        notScopes: c.desired.notScopes,
        enforcementMode: c.desired.enforcementMode
      };
    case "update":
      return {
        ...base,
        policyDefinitionId: c.desired.policyDefinitionId,
        diffs: c.diffs,
        ...c.reach ? { reach: c.reach } : {}
      };
    case "delete":
      return { ...base, policyDefinitionId: c.live.policyDefinitionId };
    case "no-op":
      return base;
  }
}

export {
  renderPlanJson
};
