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
  handleOrphans,
  runApply,
  updateConfigurations
} from "./chunk-46IHWXJE.js";
import {
  assignmentFingerprint,
  definitionFingerprint
} from "./chunk-5GL7UB4F.js";
import {
  describeRemediationPath,
  planRoot
} from "./chunk-DIXE3Z4U.js";
import {
  terminalLines,
  terminalText
} from "./chunk-FAJSJJ6G.js";
import {
  mdCode,
  mdMessage,
  mdText
} from "./chunk-UWA3LBJH.js";

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
