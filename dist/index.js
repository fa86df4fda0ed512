import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  crashText
} from "./chunks/chunk-FAKRAKAD.js";
import "./chunks/chunk-45INJRIL.js";
import {
  getInput,
  setFailed,
  setSecret,
  warning
} from "./chunks/chunk-RD5X3AJH.js";
import {
  terminalText
} from "./chunks/chunk-FAJSJJ6G.js";
import "./chunks/chunk-LL6XPS5H.js";
import {
  durationSeconds
} from "./chunks/chunk-ANFBNWAW.js";
import "./chunks/chunk-5QTBMAEK.js";
import "./chunks/chunk-AWYRSD4S.js";

// src/action/main.ts
import { readFile } from "node:fs/promises";

// src/github/repository.ts
function parseRepository(fullName) {
  const [owner, repo, ...rest] = fullName.split("/");
  if (!owner || !repo || rest.length > 0) throw new Error(`'${fullName}' is not an owner/name repository.`);
  return { owner, repo };
}

// src/github/run-context.ts
function readRunContext(env, payload) {
  const event = payload ?? {};
  const repository = parseRepository(env.GITHUB_REPOSITORY ?? event.repository?.full_name ?? "");
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const pr = event.pull_request;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    repository,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runUrl: env.GITHUB_RUN_ID ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    defaultBranch: event.repository?.default_branch,
    pullRequest: pr ? {
      number: pr.number,
      headSha: pr.head.sha,
      baseRef: pr.base.ref,
      isFork: (pr.head.repo?.full_name ?? "").toLowerCase() !== pr.base.repo.full_name.toLowerCase()
    } : void 0
  };
}

// src/action/inputs.ts
var MODES = ["auto", "validate", "plan", "apply", "audit"];
var InputError = class extends Error {
};
function readSettings(env = process.env) {
  const mode = getInput("mode") || "auto";
  if (!MODES.includes(mode)) {
    throw new InputError(`Input 'mode' must be one of ${MODES.join(", ")}, not '${mode}'.`);
  }
  const githubToken = getInput("github-token");
  if (githubToken) setSecret(githubToken);
  return {
    mode,
    root: getInput("root") || ".",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    githubToken,
    planFile: getInput("plan-file"),
    azure: {
      environment: getInput("environment"),
      armEndpoint: getInput("arm-endpoint"),
      tenantId: getInput("tenant-id"),
      clientId: getInput("client-id")
    },
    requireReviewedPlan: booleanInput("require-reviewed-plan", true),
    waitForRemediation: getInput("wait-for-remediation") === "true",
    remediationTimeoutMinutes: positiveNumber(
      getInput("remediation-timeout-minutes") || "30",
      "remediation-timeout-minutes"
    ),
    audit: readAuditSettings()
  };
}
function readAuditSettings() {
  const grace = getInput("grace-period") || "2h";
  if (!/^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/.test(grace))
    throw new InputError(`Input 'grace-period' must be a duration such as 2h, 90m or 1h30m, not '${grace}'.`);
  const writes = getInput("max-issue-writes") || "50";
  if (!/^\d+$/.test(writes)) throw new InputError(`Input 'max-issue-writes' must be a whole number, not '${writes}'.`);
  return {
    dryRun: getInput("dry-run") === "true",
    graceSeconds: durationSeconds(grace),
    maxIssueWrites: Number(writes),
    selfHeal: booleanInput("self-heal", true)
  };
}
function modeForEvent(mode, eventName) {
  if (mode !== "auto") return mode;
  if (eventName === "pull_request" || eventName === "pull_request_target") return "plan";
  if (eventName === "schedule" || eventName === "workflow_dispatch") return "audit";
  return eventName === "push" ? "apply" : "validate";
}
function positiveNumber(text, input) {
  const value = Number(text);
  if (!(value > 0)) throw new InputError(`Input '${input}' must be a positive number, not '${text}'.`);
  return value;
}
function booleanInput(input, fallback) {
  const text = getInput(input);
  if (text === "") return fallback;
  if (text !== "true" && text !== "false") {
    throw new InputError(`Input '${input}' must be true or false, not '${text}'.`);
  }
  return text === "true";
}

// src/action/main.ts
async function run() {
  try {
    const settings = readSettings();
    const payload = process.env.GITHUB_EVENT_PATH ? JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH, "utf8")) : {};
    const context = () => readRunContext(process.env, payload);
    const github = async (apiUrl) => {
      if (!settings.githubToken) return void 0;
      const { createGitHubClient } = await import("./chunks/octokit-NBI32UMI.js");
      return createGitHubClient({
        token: settings.githubToken,
        baseUrl: apiUrl,
        log: { warn: (message) => warning(terminalText(message)) }
      });
    };
    const { writeStepResult } = await import("./chunks/step-result-6VCEUADH.js");
    switch (modeForEvent(settings.mode, process.env.GITHUB_EVENT_NAME ?? "")) {
      case "validate":
        await writeStepResult(await (await import("./chunks/validate-step-VRKS4XLV.js")).runValidateStep(settings));
        break;
      case "plan": {
        const client = await github(context().apiUrl);
        await writeStepResult(await (await import("./chunks/plan-step-Z7FU4LEM.js")).runPlanStep(settings, context(), client), client);
        break;
      }
      case "apply": {
        const client = await github(context().apiUrl);
        await writeStepResult(await (await import("./chunks/apply-step-AQM5CAWE.js")).runApplyStep(settings, context(), client), client);
        break;
      }
      case "audit": {
        const client = await github(context().apiUrl);
        await writeStepResult(await (await import("./chunks/audit-step-FNW7HP6Q.js")).runAuditStep(settings, context(), client));
        break;
      }
    }
  } catch (error) {
    setFailed(crashText(error));
  }
}
function failOnCrash() {
  const crash = (error) => {
    setFailed(crashText(error));
    process.exit(1);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
}

// src/index.ts
failOnCrash();
await run();
