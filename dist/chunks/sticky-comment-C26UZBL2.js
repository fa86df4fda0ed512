import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  ACTIONS_BOT,
  opensWithMarker,
  tokenLogin,
  upsertStickyComment
} from "./chunk-5RYRMUCN.js";
import "./chunk-AWYRSD4S.js";
export {
  ACTIONS_BOT,
  opensWithMarker,
  tokenLogin,
  upsertStickyComment
};
