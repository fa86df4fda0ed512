import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);

// src/config/duration.ts
var UNIT_SECONDS = { h: 3600, m: 60, s: 1 };
function durationSeconds(duration) {
  let total = 0;
  for (const [, amount, unit] of duration.matchAll(/(\d+)([hms])/g)) total += Number(amount) * UNIT_SECONDS[unit];
  return total;
}

export {
  durationSeconds
};
