import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import "./chunk-AWYRSD4S.js";

// no-browser-sign-in:open
async function open() {
  throw new Error("flux-policy never opens a browser to sign in; use GitHub OIDC, a service principal, workload identity or the Azure CLI.");
}
export {
  open as default
};
