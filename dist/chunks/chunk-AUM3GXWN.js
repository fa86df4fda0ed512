import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);

// src/azure/rest-error.ts
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function statusCode(error) {
  const status = error?.statusCode;
  return typeof status === "number" ? status : void 0;
}

export {
  errorCode,
  statusCode
};
