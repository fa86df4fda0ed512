import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  MAX_RECORDED_CHANGES,
  changeFingerprints
} from "./chunk-HTFHLQT5.js";
import {
  changeDiffLines,
  changeTitle
} from "./chunk-5FRZGREL.js";
import {
  definitionByName
} from "./chunk-PO6JKW22.js";

// src/render/plan/plan-status.ts
var changed = (c) => c.create + c.update + c.delete;
function planStatusLine(counts, definitionCounts) {
  const parts = [
    counts.create ? `${counts.create} to create` : "",
    counts.update ? `${counts.update} to update` : "",
    counts.delete ? `${counts.delete} to delete` : ""
  ].filter(Boolean);
  const line = parts.length === 0 ? "No changes." : `${parts.join(", ")}.`;
  if (!definitionCounts || changed(definitionCounts) === 0) return line;
  const defs = ["create", "update", "delete"].filter((a) => definitionCounts[a]).map((a) => `${definitionCounts[a]} to ${a}`);
  return `${parts.length === 0 ? "No assignment changes." : line} Custom definitions: ${defs.join(", ")}.`;
}
function hasChanges(plan) {
  return changed(plan.counts) + changed(plan.definitionCounts) > 0;
}

// src/render/plan/describe-definition.ts
function definitionTitle(change) {
  const symbol = { create: "+", update: "~", delete: "-", "no-op": "=" }[change.action];
  return `${symbol} custom definition for ${change.team}/${change.source} \u2014 ${change.action === "no-op" ? "unchanged" : change.action} \`${change.name}\` at \`${change.scope}\``;
}
function definitionDiffLines(change) {
  if (change.action === "delete") return [`- definition: ${change.live.id}`];
  if (change.action === "no-op") return [];
  const d = change.desired;
  const sign = change.action === "create" ? "+" : "!";
  return [
    `${sign} based on: ${definitionByName(d.basedOn)?.displayName ?? d.basedOn}`,
    ...Object.entries(d.kustomizations).map(([name, k]) => `${sign} kustomization ${name}: path ${k.path}${k.dependsOn.length ? `, after ${k.dependsOn.join(", ")}` : ""}${k.prune ? ", prune" : ""}, sync ${k.syncIntervalInSeconds}s`),
    ...d.gitTimeoutInSeconds !== void 0 ? [`${sign} git timeout: ${d.gitTimeoutInSeconds}s`] : [],
    ...change.action === "update" ? ["! the generated template changes (the files or the built-in changed)"] : []
  ];
}

// src/render/plan/fit-sections.ts
function fitSections(header, sections, tail, pointer, limit) {
  const whole = header + sections.map(render).join("") + tail;
  if (whole.length <= limit) return whole;
  const budget = limit - header.length - pointer.length - 200;
  let out = "";
  let shown = 0;
  for (const section of sections) {
    const full = render(section);
    if (out.length + full.length <= budget) {
      out += full;
      shown++;
      continue;
    }
    const frame = section.open.join("\n") + "\n" + section.close.join("\n") + "\n";
    const room = budget - out.length - frame.length - 60;
    if (room > 0) out += cutSection(section, room);
    break;
  }
  const hidden = sections.length - shown;
  return `${header}${out}
_${hidden} more change${hidden === 1 ? "" : "s"} not shown in full here._
${pointer}`;
}
function render(section) {
  return [...section.open, ...section.body, ...section.close].join("\n") + "\n";
}
function cutSection(section, room) {
  const kept = [];
  let used = 0;
  for (const line of section.body) {
    if (used + line.length + 1 > room) break;
    kept.push(line);
    used += line.length + 1;
  }
  const dropped = section.body.length - kept.length;
  return [...section.open, ...kept, `\u2026 ${dropped} more line${dropped === 1 ? "" : "s"}`, ...section.close].join("\n") + "\n";
}

// src/render/plan/plan-markdown.ts
var COMMENT_LIMIT = 65536;
var PLAN_MARKER = "<!-- flux-policy:plan -->";
function renderPlanComment(plan, context) {
  const header = [
    PLAN_MARKER,
    `<!-- flux-policy:plan-hash ${plan.hash} -->`,
    ...changesMarker(plan),
    "## flux-policy plan",
    "",
    `**${planStatusLine(plan.counts, plan.definitionCounts)}** Planned for commit \`${context.commit.slice(0, 12)}\` \xB7 plan hash \`${plan.hash}\``,
    "",
    ...errorBlock(plan),
    ...deletionBanner(plan),
    ...teamTable(plan, context.owners ?? {})
  ];
  const section = (title, body) => ({ open: [`<details><summary>${title}</summary>`, "", "```diff"], body, close: ["```", "", "</details>", ""] });
  const sections = [
    ...plan.definitionChanges.filter((c) => c.action !== "no-op").map((c) => section(definitionTitle(c), definitionDiffLines(c))),
    ...plan.changes.filter((c) => c.action !== "no-op").map((c) => section(changeTitle(c), changeDiffLines(c)))
  ];
  const tail = [...followUpBlock(plan), ...warningBlock(plan)];
  const pointer = `
> \u2702\uFE0F This comment was shortened to fit GitHub's limit. The full plan is in the job summary${context.runUrl ? ` of [this run](${context.runUrl})` : ""}${context.planFile ? ` and in the JSON plan (\`${context.planFile}\`)` : ""}.
`;
  return fitSections(header.join("\n") + "\n", sections, tail.join("\n"), pointer, context.limit ?? COMMENT_LIMIT);
}
function changesMarker(plan) {
  const changes = changeFingerprints(plan);
  return changes.length <= MAX_RECORDED_CHANGES ? [`<!-- flux-policy:plan-changes ${changes.join(",")} -->`] : [];
}
function errorBlock(plan) {
  if (plan.errors.length === 0) return [];
  return ["> [!CAUTION]", "> **This plan cannot be applied:**", ...plan.errors.map((e) => `> - \`${e.file}:${e.line}\` \u2014 ${e.message}`), ""];
}
function deletionBanner(plan) {
  const n = plan.counts.delete;
  if (n === 0) return [];
  const over = n > plan.maxDeletes ? ` That is more than \`safety.maxDeletes\` (${plan.maxDeletes}): apply will stop unless the pull request carries the \`flux-policy:allow-deletes\` label.` : "";
  return ["> [!WARNING]", `> **This plan deletes ${n} policy assignment${n === 1 ? "" : "s"}.** Clusters keep their Flux configurations, but Azure Policy stops enforcing them.${over}`, ""];
}
function teamTable(plan, owners) {
  const teams = Object.keys(plan.countsByTeam).sort();
  if (!hasChanges(plan) || teams.length === 0) return [];
  const rows = teams.map((t) => {
    const c = plan.countsByTeam[t];
    const who = owners[t]?.length ? ` (${owners[t].join(" ")})` : "";
    return `| ${t}${who} | ${c.create} | ${c.update} | ${c.delete} | ${c.noop} |`;
  });
  return ["| team | + create | ~ update | - delete | unchanged |", "|---|---:|---:|---:|---:|", ...rows, ""];
}
function followUpBlock(plan) {
  const roles = plan.roleAssignments.map((r) => `| \`${r.assignmentName}\` | Contributor | \`${r.scope}\` |`);
  const remediations = plan.remediations.map((r) => `- \`${r.assignmentName}\` at \`${r.scope}\``);
  return [
    ...roles.length ? ["### Role assignments apply will create", "", "| for assignment | role | at |", "|---|---|---|", ...roles, ""] : [],
    ...remediations.length ? ["### Remediation tasks apply will start", "", ...remediations, ""] : []
  ];
}
function warningBlock(plan) {
  return plan.warnings.length ? ["### Warnings", "", ...plan.warnings.map((w) => `- \u26A0\uFE0F ${w.message}`), ""] : [];
}

// src/render/plan/plan-json.ts
var PLAN_JSON_VERSION = 1;
function renderPlanJson(plan, context = {}) {
  return JSON.stringify({
    version: PLAN_JSON_VERSION,
    repository: plan.repository,
    commit: context.commit,
    hash: plan.hash,
    summary: plan.counts,
    byTeam: plan.countsByTeam,
    changes: plan.changes.map(changeJson),
    definitions: plan.definitionChanges.map((c) => ({ action: c.action, team: c.team, source: c.source, name: c.name, scope: c.scope, ...c.action === "create" || c.action === "update" ? { basedOn: c.desired.basedOn, kustomizations: c.desired.kustomizations } : {} })),
    roleAssignments: plan.roleAssignments,
    remediations: plan.remediations,
    warnings: plan.warnings,
    errors: plan.errors
  }, null, 2);
}
function changeJson(c) {
  const base = { action: c.action, kind: c.kind, team: c.team, source: c.source, name: c.name, scope: c.scope };
  switch (c.action) {
    case "create":
      return { ...base, policyDefinitionId: c.desired.policyDefinitionId, parameters: c.desired.parameters, notScopes: c.desired.notScopes, enforcementMode: c.desired.enforcementMode };
    case "update":
      return { ...base, policyDefinitionId: c.desired.policyDefinitionId, diffs: c.diffs };
    case "delete":
      return { ...base, policyDefinitionId: c.live.policyDefinitionId };
    case "no-op":
      return base;
  }
}

export {
  definitionTitle,
  definitionDiffLines,
  planStatusLine,
  hasChanges,
  PLAN_MARKER,
  renderPlanComment,
  renderPlanJson
};
