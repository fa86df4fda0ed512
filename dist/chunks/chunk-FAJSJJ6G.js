import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  redactSecrets
} from "./chunk-5QTBMAEK.js";

// src/render/terminal-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function terminalText(value) {
  return value.replace(UNSAFE, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
}
function terminalLines(lines) {
  return lines.map(terminalText).join("\n");
}
function terminalJson(json) {
  const unsafe = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
  return json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function escapeCode(code) {
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

// src/util/error-text.ts
var SECRET_SETTING = /(\b(?:[a-z][A-Za-z]*(?:Key|Secret|Password|Token)|password|secret|token)\\?["']?[ \t]{0,8}[:=][ \t]{0,8})[^\s,;})\]]{1,4096}/g;
var HEADER_VALUE = `[^\\s,;})\\]"'\\\\]`;
var AUTHORIZATION = new RegExp(
  `(\\bauthorization\\\\?["']?[ \\t]{0,8}[:=][ \\t]{0,8}\\\\?["']?(?:[A-Za-z-]{2,40}[ \\t]{1,8}(?=${HEADER_VALUE}))?)${HEADER_VALUE}{1,8192}`,
  "gi"
);
var BEARER = /(\bbearer[ \t]{1,8})[A-Za-z0-9._~+/-]{16,8192}=*/gi;
function errorText(error) {
  const message = error instanceof Error ? error.message : String(error);
  const named = message.replace(AUTHORIZATION, `$1${HIDDEN}`).replace(BEARER, `$1${HIDDEN}`).replace(SECRET_SETTING, `$1${HIDDEN}`);
  return redactSecrets(named).replaceAll(HIDDEN, "[secret hidden]");
}
var HIDDEN = "\uE000";

export {
  terminalText,
  terminalLines,
  terminalJson,
  errorText
};
