import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  PLAIN_TITLE,
  changeDiffLines,
  changeTitle,
  definitionByName,
  describePlannedPath,
  hashOf,
  reachLines
} from "./chunk-DIXE3Z4U.js";
import {
  GITHUB_BODY_LIMIT,
  blockLine,
  fenceFor,
  htmlText,
  mdCode,
  mdMessage,
  mdText,
  ownerMention
} from "./chunk-UWA3LBJH.js";

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

// src/plan/change-fingerprints.ts
var MAX_RECORDED_CHANGES = 1e3;
function changeFingerprints(plan) {
  return [...plan.definitionChanges.flatMap(definitionFingerprint), ...plan.changes.flatMap(assignmentFingerprint)];
}
function assignmentFingerprint(change) {
  if (change.action === "no-op") return [];
  const target = change.action === "delete" ? "deleted" : change.desired.metadata.fluxPolicy.desiredStateHash;
  const location = change.action === "delete" ? void 0 : change.desired.location;
  return [hashOf({ assignment: change.key, target, location }, 16)];
}
function definitionFingerprint(change) {
  if (change.action === "no-op") return [];
  if (change.action === "delete") return [hashOf({ definition: change.key, target: "deleted" }, 16)];
  const target = change.body.metadata?.fluxPolicy?.desiredStateHash;
  return [hashOf({ definition: change.key, target }, 16)];
}

// src/render/plan/describe-definition.ts
function definitionTitle(change, quote = PLAIN_TITLE) {
  const symbol = { create: "+", update: "~", delete: "-", "no-op": "=" }[change.action];
  const verb = change.action === "no-op" ? "unchanged" : change.action;
  return `${symbol} custom definition for ${quote.text(`${change.team}/${change.source}`)} \u2014 ${verb} ${quote.code(change.name)} at ${quote.code(change.scope)}`;
}
function definitionDiffLines(change) {
  if (change.action === "delete") return [`- definition: ${change.live.id}`];
  if (change.action === "no-op") return [];
  const d = change.desired;
  const sign = change.action === "create" ? "+" : "!";
  return [
    `${sign} based on: ${definitionByName(d.basedOn)?.displayName ?? d.basedOn}`,
    ...Object.entries(d.kustomizations).map(
      ([name, k]) => `${sign} kustomization ${name}: path ${k.path}${k.dependsOn.length ? `, after ${k.dependsOn.join(", ")}` : ""}${k.prune ? ", prune" : ""}, sync ${k.syncIntervalInSeconds}s`
    ),
    ...d.gitTimeoutInSeconds !== void 0 ? [`${sign} git timeout: ${d.gitTimeoutInSeconds}s`] : [],
    ...change.action === "update" ? ["! the generated template changes (the files or the built-in changed)", ...reachLines(change.reach)] : []
  ];
}

// src/render/plan/fit-sections.ts
function fitSections(header, sections, tail, pointer, limit) {
  const whole = header + sections.map(render).join("") + tail;
  if (whole.length <= limit) return whole;
  const budget = limit - header.length - pointer.length - 200;
  let out = "";
  let shown = 0;
  for (const section2 of sections) {
    const full = render(section2);
    if (out.length + full.length <= budget) {
      out += full;
      shown++;
      continue;
    }
    const frame = section2.open.join("\n") + "\n" + section2.close.join("\n") + "\n";
    const room = budget - out.length - frame.length - 60;
    if (room > 0) out += cutSection(section2, room);
    break;
  }
  const hidden = sections.length - shown;
  return `${header}${out}
_${hidden} more change${hidden === 1 ? "" : "s"} not shown in full here._
${pointer}`;
}
function render(section2) {
  return [...section2.open, ...section2.body, ...section2.close].join("\n") + "\n";
}
function cutSection(section2, room) {
  const kept = [];
  let used = 0;
  for (const line of section2.body) {
    if (used + line.length + 1 > room) break;
    kept.push(line);
    used += line.length + 1;
  }
  const dropped = section2.body.length - kept.length;
  return [...section2.open, ...kept, `\u2026 ${dropped} more line${dropped === 1 ? "" : "s"}`, ...section2.close].join("\n") + "\n";
}

// src/render/plan/describe-impact.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function impactLine(change) {
  const impact = change.impact;
  if (!impact || change.action === "no-op") return void 0;
  if (impact.status === "unknown") return "impact unknown: Resource Graph did not answer";
  const deleting = change.action === "delete";
  const atLeast = impact.status === "lower-bound" ? "at least " : "";
  const bound = impact.status === "lower-bound" ? " (lower bounds: the identity cannot read every scope involved)" : "";
  if (impact.clusters === 0)
    return `${deleting ? "reached" : "reaches"} no cluster${deleting ? "" : " \u2014 check the scope for a typo"}${bound}`;
  const subscriptions = Object.keys(impact.bySubscription).length;
  const parts = [
    `${deleting ? "reached" : "reaches"} ${atLeast}${plural(impact.clusters, "cluster")} (${impact.arc} Arc, ${impact.aks} AKS) in ${plural(subscriptions, "subscription")}`
  ];
  if (impact.disconnected > 0) parts.push(`${impact.disconnected} disconnected`);
  if (impact.carrying !== void 0)
    parts.push(
      deleting ? `${atLeast}${plural(impact.carrying, "cluster keeps", "clusters keep")} its Flux configuration after the delete (orphaned: nothing enforces it)` : impact.carrying === 0 ? "none carries it yet" : `${atLeast}${impact.carrying} already ${impact.carrying === 1 ? "carries" : "carry"} it`
    );
  return `${parts.join("; ")}${bound}`;
}
function teamReach(changes, team) {
  let total = 0;
  let atLeast = false;
  for (const c of changes) {
    if (c.team !== team || c.action === "no-op" || !c.impact) continue;
    if (c.impact.status === "unknown") return "?";
    total += c.impact.clusters;
    atLeast ||= c.impact.status === "lower-bound";
  }
  return `${atLeast ? "\u2265" : ""}${total}`;
}
var hasImpact = (changes) => changes.some((c) => c.action !== "no-op" && c.impact !== void 0);

// src/render/plan/plan-markdown.ts
var PLAN_MARKER = "<!-- flux-policy:plan -->";
function renderPlanComment(plan, context) {
  const header = [
    PLAN_MARKER,
    `<!-- flux-policy:plan-hash ${plan.hash} -->`,
    ...changesMarker(plan),
    "## flux-policy plan",
    "",
    `**${planStatusLine(plan.counts, plan.definitionCounts)}** Planned for commit ${mdCode(context.commit.slice(0, 12))} \xB7 plan hash \`${plan.hash}\``,
    "",
    ...errorBlock(plan),
    ...deletionBanner(plan),
    ...teamTable(plan, context.owners ?? {})
  ];
  const sections = [
    ...plan.definitionChanges.filter((c) => c.action !== "no-op").map((c) => section(definitionTitle(c, IN_SUMMARY), definitionDiffLines(c))),
    ...plan.changes.filter((c) => c.action !== "no-op").map((c) => section(changeTitle(c, IN_SUMMARY), changeDiffLines(c), impactLine(c)))
  ];
  const tail = [...followUpBlock(plan), ...warningBlock(plan)];
  const pointer = `
> \u2702\uFE0F This comment was shortened to fit GitHub's limit. The full plan is in the job summary${context.runUrl ? ` of [this run](${context.runUrl})` : ""}${context.planFile ? ` and in the JSON plan (${mdCode(context.planFile)})` : ""}.
`;
  return fitSections(header.join("\n") + "\n", sections, tail.join("\n"), pointer, context.limit ?? GITHUB_BODY_LIMIT);
}
function changesMarker(plan) {
  const changes = changeFingerprints(plan);
  return changes.length <= MAX_RECORDED_CHANGES ? [`<!-- flux-policy:plan-changes ${changes.join(",")} -->`] : [];
}
var IN_SUMMARY = { text: (v) => htmlText(v), code: (v) => `\`${htmlText(v)}\`` };
function section(title, lines, impact) {
  const body = lines.map((l) => blockLine(l));
  const fence = fenceFor(body);
  return {
    open: [
      `<details><summary>${title}</summary>`,
      "",
      ...impact ? [`Fleet: ${mdMessage(impact)}`, ""] : [],
      `${fence}diff`
    ],
    body,
    close: [fence, "", "</details>", ""]
  };
}
var PLAN_HASH_LINE = /^<!-- flux-policy:plan-hash ([0-9a-f]+) -->$/;
var PLAN_CHANGES_LINE = /^<!-- flux-policy:plan-changes ([0-9a-f,]*) -->$/;
function planHashOf(body) {
  const [first, second] = body.split("\n", 2);
  return first === PLAN_MARKER ? PLAN_HASH_LINE.exec(second ?? "")?.[1] : void 0;
}
function planChangesOf(body) {
  if (planHashOf(body) === void 0) return void 0;
  const changes = PLAN_CHANGES_LINE.exec(body.split("\n", 3)[2] ?? "")?.[1];
  return changes === void 0 ? void 0 : changes ? changes.split(",") : [];
}
function errorBlock(plan) {
  if (plan.errors.length === 0) return [];
  return [
    "> [!CAUTION]",
    "> **This plan cannot be applied:**",
    ...plan.errors.map(
      (e) => `> - ${mdCode(`${e.file}:${e.line}${e.column ? `:${e.column}` : ""}`)} \u2014 ${mdMessage(e.message)}`
    ),
    ""
  ];
}
function deletionBanner(plan) {
  const n = plan.counts.delete;
  if (n === 0) return [];
  const over = n > plan.maxDeletes ? ` That is more than \`safety.maxDeletes\` (${plan.maxDeletes}): apply will stop unless the pull request carries the \`flux-policy:allow-deletes\` label.` : "";
  return [
    "> [!WARNING]",
    `> **This plan deletes ${n} policy assignment${n === 1 ? "" : "s"}.** Clusters keep their Flux configurations, but Azure Policy stops enforcing them.${over}`,
    ""
  ];
}
function teamTable(plan, owners) {
  const teams = Object.keys(plan.countsByTeam).sort();
  if (!hasChanges(plan) || teams.length === 0) return [];
  const impact = hasImpact(plan.changes);
  const rows = teams.map((t) => {
    const c = plan.countsByTeam[t];
    const who = owners[t]?.length ? ` (${owners[t].map(ownerMention).join(" ")})` : "";
    const reach = impact ? ` ${teamReach(plan.changes, t)} |` : "";
    return `| ${mdText(t)}${who} | ${c.create} | ${c.update} | ${c.delete} | ${c.noop} |${reach}`;
  });
  const head = "| team | + create | ~ update | - delete | unchanged |";
  return impact ? [`${head} clusters reached |`, "|---|---:|---:|---:|---:|---:|", ...rows, ""] : [head, "|---|---:|---:|---:|---:|", ...rows, ""];
}
function followUpBlock(plan) {
  const roles = plan.roleAssignments.map((r) => `| ${mdCode(r.assignmentName)} | Contributor | ${mdCode(r.scope)} |`);
  const remediations = plan.remediations.map(
    (r) => `- ${mdCode(r.assignmentName)} at ${mdCode(r.scope)} \u2014 ${describePlannedPath(r.path)}`
  );
  return [
    ...roles.length ? ["### Role assignments apply will create", "", "| for assignment | role | at |", "|---|---|---|", ...roles, ""] : [],
    ...remediations.length ? ["### Remediation tasks apply will start", "", ...remediations, ""] : []
  ];
}
function warningBlock(plan) {
  return plan.warnings.length ? ["### Warnings", "", ...plan.warnings.map((w) => `- \u26A0\uFE0F ${mdMessage(w.message)}`), ""] : [];
}

export {
  assignmentFingerprint,
  definitionFingerprint,
  definitionTitle,
  definitionDiffLines,
  planStatusLine,
  hasChanges,
  impactLine,
  PLAN_MARKER,
  renderPlanComment,
  planHashOf,
  planChangesOf
};
