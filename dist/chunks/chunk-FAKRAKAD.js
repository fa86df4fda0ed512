import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  errorText,
  terminalText
} from "./chunk-FAJSJJ6G.js";

// src/render/crash-text.ts
var MAX_PARTS = 8;
var MAX_LENGTH = 4e3;
function crashText(error) {
  const parts = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [{ value: error, label: "" }];
  while (queue.length > 0 && parts.length < MAX_PARTS) {
    const { value, label } = queue.shift();
    if (seen.has(value)) continue;
    seen.add(value);
    parts.push(`${label}${describe(value)}`);
    if (!isObject(value)) continue;
    if (value instanceof AggregateError && Array.isArray(value.errors)) {
      for (const inner of value.errors) queue.push({ value: inner, label: "error: " });
    }
    if ("cause" in value && value.cause !== void 0) queue.push({ value: value.cause, label: "cause: " });
  }
  const text = terminalText(parts.join(" \u2014 "));
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}\u2026` : text;
}
function describe(value) {
  const message = isObject(value) && typeof value.message === "string" ? value.message : nonErrorText(value);
  const facts = isObject(value) ? [stringField(value.code), numberField(value.statusCode)] : [];
  const known = facts.filter((f) => f !== void 0);
  const said = errorText(message) || "(no message)";
  return known.length > 0 ? `${said} (${errorText(known.join(", "))})` : said;
}
function nonErrorText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === void 0) return `${value} was thrown`;
  return `a ${typeof value === "object" ? "non-error object" : typeof value} was thrown`;
}
var isObject = (value) => typeof value === "object" && value !== null;
var stringField = (value) => typeof value === "string" && value !== "" ? value : void 0;
var numberField = (value) => typeof value === "number" ? `HTTP ${value}` : void 0;

export {
  crashText
};
