import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  hashOf
} from "./chunk-PO6JKW22.js";

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

export {
  MAX_RECORDED_CHANGES,
  changeFingerprints,
  assignmentFingerprint,
  definitionFingerprint
};
