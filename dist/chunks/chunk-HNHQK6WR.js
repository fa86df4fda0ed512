import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  repositoryPath
} from "./chunk-VWR2JPX4.js";

// src/github/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeOwners(text) {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return [];
    const [pattern, ...owners] = line.split(/\s+/);
    return [{ pattern, owners, matches: compilePattern(pattern) }];
  });
}
function ownersOf(rules, path) {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(path)) return rules[i].owners;
  return [];
}
function compilePattern(pattern) {
  const anchored = pattern.startsWith("/") || pattern.slice(0, -1).includes("/");
  const directory = pattern.endsWith("/");
  const body = pattern.replace(/^\//, "").replace(/\/$/, "");
  const source = body.split("").map((ch, i, all) => {
    if (ch === "*") {
      if (all[i + 1] === "*") return "";
      if (all[i - 1] === "*") return ".*";
      return "[^/]*";
    }
    if (ch === "?") return "[^/]";
    return ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }).join("");
  const prefix = anchored ? "^" : "^(?:.*/)?";
  const regex = new RegExp(`${prefix}${source}${directory ? "/.*" : "(?:/.*)?"}$`);
  return (path) => regex.test(path.replace(/^\//, ""));
}

// src/action/team-owners.ts
async function teamOwners(github, context, desired, settings) {
  const text = await readCodeOwners(github, context);
  if (!text) return {};
  const rules = parseCodeOwners(text);
  const owners = {};
  for (const a of desired.assignments) {
    if (a.kind !== "configuration" || owners[a.metadata.fluxPolicy.team]) continue;
    const found = ownersOf(rules, repositoryPath(settings.workspace, settings.root, a.metadata.fluxPolicy.file));
    if (found.length) owners[a.metadata.fluxPolicy.team] = found;
  }
  return owners;
}
async function readCodeOwners(github, context) {
  for (const path of CODEOWNERS_PATHS) {
    try {
      const { data } = await github.rest.repos.getContent({
        ...context.repository,
        path,
        ref: context.pullRequest?.baseRef ?? context.sha
      });
      if (!Array.isArray(data) && data.type === "file" && "content" in data)
        return Buffer.from(data.content, "base64").toString("utf8");
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  return void 0;
}

export {
  parseCodeOwners,
  ownersOf,
  teamOwners,
  readCodeOwners
};
