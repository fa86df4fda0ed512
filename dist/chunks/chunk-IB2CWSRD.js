import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  redactSecrets
} from "./chunk-5QTBMAEK.js";

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
  errorText
};
