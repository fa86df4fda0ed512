import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);

// src/github/sticky-comment.ts
var ACTIONS_BOT = "github-actions[bot]";
async function upsertStickyComment(github, target, body) {
  const { owner, repo, issueNumber, marker } = target;
  const author = await tokenLogin(github);
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  });
  const mine = comments.find((c) => opensWithMarker(c.body, marker) && c.user?.login === author);
  if (!mine) {
    const created = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: "created", id: created.data.id, url: created.data.html_url };
  }
  if (mine.body === body) return { action: "unchanged", id: mine.id, url: mine.html_url };
  const updated = await github.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
  return { action: "updated", id: updated.data.id, url: updated.data.html_url };
}
function opensWithMarker(body, marker) {
  return body === marker || (body?.startsWith(`${marker}
`) ?? false);
}
function tokenLogin(github) {
  let login = loginsOfClients.get(github);
  if (!login) {
    login = askTokenLogin(github);
    loginsOfClients.set(github, login);
    login.catch(() => loginsOfClients.delete(github));
  }
  return login;
}
var loginsOfClients = /* @__PURE__ */ new WeakMap();
async function askTokenLogin(github) {
  try {
    return (await github.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    const status = error.status;
    if (status === 403) return await viewerLogin(github) ?? ACTIONS_BOT;
    throw error;
  }
}
async function viewerLogin(github) {
  try {
    const answer = await github.graphql("query { viewer { login } }");
    const login = answer.viewer?.login;
    return typeof login === "string" && login.length > 0 ? login : void 0;
  } catch {
    return void 0;
  }
}

export {
  ACTIONS_BOT,
  upsertStickyComment,
  opensWithMarker,
  tokenLogin
};
