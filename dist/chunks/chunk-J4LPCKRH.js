import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  signInToAzure
} from "./chunk-DIXE3Z4U.js";
import {
  getIDToken,
  info
} from "./chunk-RD5X3AJH.js";

// src/action/azure-sign-in.ts
function actionAzureClients(settings) {
  const oidc = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL);
  const { clients, kind } = signInToAzure(settings.azure, process.env, {
    inAction: true,
    getGitHubIdToken: oidc ? (audience) => getIDToken(audience) : void 0
  });
  info(`Signing in to ${clients.cloud.name} (${clients.cloud.armEndpoint}) with ${kind}.`);
  return clients;
}

export {
  actionAzureClients
};
