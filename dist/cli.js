#!/usr/bin/env node
import { createRequire as __fpCreateRequire } from 'node:module';
import { fileURLToPath as __fpFileURLToPath } from 'node:url';
import { dirname as __fpDirname } from 'node:path';
const require = __fpCreateRequire(import.meta.url);
const __filename = __fpFileURLToPath(import.meta.url);
const __dirname = __fpDirname(__filename);
import {
  applyOutcomeLine,
  applyRoot,
  renderApplyText,
  shownOutcome
} from "./chunks/chunk-H7PEFP4H.js";
import {
  DRIFT_LABELS,
  auditRoot,
  completedRemediationsText,
  driftedClusterCount,
  healthLabel,
  renderAuditSummary,
  settlingKeys,
  teamHealth
} from "./chunks/chunk-4B4DTTPV.js";
import {
  azureWrites,
  configurationUpdateLine,
  configurationUpdatesVerdict,
  plural
} from "./chunks/chunk-46IHWXJE.js";
import {
  crashText
} from "./chunks/chunk-FAKRAKAD.js";
import {
  renderPlanJson
} from "./chunks/chunk-C6RXJF4T.js";
import {
  definitionDiffLines,
  definitionTitle,
  hasChanges,
  impactLine,
  planStatusLine,
  renderPlanComment
} from "./chunks/chunk-5GL7UB4F.js";
import {
  CloudSettingError,
  azureReads,
  changeDiffLines,
  changeTitle,
  createResourceGraphClient,
  createResourceGraphRunner,
  describePlannedPath,
  planRoot,
  signInToAzure
} from "./chunks/chunk-DIXE3Z4U.js";
import "./chunks/chunk-45INJRIL.js";
import {
  terminalJson,
  terminalLines,
  terminalText
} from "./chunks/chunk-FAJSJJ6G.js";
import {
  validatePolicyFiles,
  validateRoot
} from "./chunks/chunk-UWA3LBJH.js";
import {
  durationSeconds
} from "./chunks/chunk-ANFBNWAW.js";
import "./chunks/chunk-5QTBMAEK.js";
import "./chunks/chunk-AWYRSD4S.js";

// src/cli.ts
import { createInterface } from "node:readline/promises";

// src/cli/run-cli.ts
import { stat } from "node:fs/promises";
import { relative as relative2, resolve as resolve2 } from "node:path";

// src/render/problems.ts
var PROBLEM_FORMATS = ["text", "json", "github"];
function renderProblemsText(problems, fileCount) {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}  error  ${p.message}  [${p.rule}]`);
  const verdict = problems.length === 0 ? `\u2713 ${fileCount} ${plural2(fileCount, "file")} valid` : `\u2717 ${problems.length} ${plural2(problems.length, "problem")} in ${filesNamed(problems)} (${fileCount === 0 ? "no policy files found" : `${fileCount} policy ${plural2(fileCount, "file")} found`})`;
  return terminalLines([...lines, ...lines.length ? [""] : [], verdict]);
}
function renderProblemsJson(problems) {
  return terminalJson(
    JSON.stringify(
      {
        valid: problems.length === 0,
        problems: problems.map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message }))
      },
      null,
      2
    )
  );
}
function renderProblemsGithub(problems, fileOf = (f) => f) {
  return problems.map(
    (p) => `::error file=${escapeProperty(fileOf(p.file))},line=${p.line},col=${p.column},title=${escapeProperty(`flux-policy ${p.rule}`)}::${escapeData(p.message)}`
  ).join("\n");
}
function escapeData(value) {
  return terminalText(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function filesNamed(problems) {
  const count = new Set(problems.map((p) => p.file)).size;
  return `${count} ${plural2(count, "file")}`;
}
function plural2(n, word) {
  return n === 1 ? word : `${word}s`;
}

// src/version.ts
var VERSION = true ? "0.1.0" : "development";

// src/cli/cli-io.ts
function applyReporting(io) {
  const progress = io.errIsTty === true;
  return { progress, listOutcomes: !(progress && io.isTty) };
}
var EXIT = { ok: 0, problems: 1, usage: 2 };

// src/cli/parse-args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: flux-policy <command> [options]

Commands:
  validate    Check the policy files (flux-policy.yaml and teams/**/*.yaml)
  plan        Validate, read the live assignments in Azure (read only) and show the changes
  apply       Plan, confirm, then make Azure match the files (assignments, roles, remediations, deletes, and the
              clusters' Flux configurations where the policy cannot see a change)
  audit       Ask Resource Graph which clusters and assignments drifted from the files; repair what remediation cannot
  init        Start a policy repository in --root: platform file, team files, CODEOWNERS, workflows

Options:
  --root DIR                 Policy repository root (default: .)
  --format FORMAT            validate: text|json|github (default text); plan, audit: text|markdown|json (default text)
  -h, --help                 Show this help
  -v, --version              Show the version

Plan and apply options (Azure settings fall back to the standard Azure SDK environment variables):
  --repository OWNER/NAME    Repository the assignments belong to (default: GITHUB_REPOSITORY)
  --out FILE                 Also write the JSON plan to FILE
  --environment NAME         AzureCloud, AzureUSGovernment or AzureChinaCloud (AZURE_ENVIRONMENT)
  --arm-endpoint URL         Custom Resource Manager endpoint (AZURE_RESOURCE_MANAGER_ENDPOINT)
  --tenant-id ID             Entra tenant (AZURE_TENANT_ID)
  --client-id ID             Client id (AZURE_CLIENT_ID; with AZURE_CLIENT_SECRET or AZURE_FEDERATED_TOKEN_FILE)
  --yes                      apply: do not ask for confirmation
  --allow-deletes            apply: allow more deletions than safety.maxDeletes
  --remove-orphaned-configurations
                             apply: remove the Flux configurations deleted sources leave on clusters (prune
                             turned off first), as safety.removeConfigurationsOnDelete does, for this apply
  --grace-period DURATION    audit: clusters and assignments younger than this do not count yet (default 2h)
  --no-self-heal             audit: only report; do not update Flux configurations that differ in what the
                             policy cannot see (kustomizations, timeouts), as it does by default

Init options (init writes no file that exists already):
  --team NAME                A team with its own folder under teams/ (repeat for each team; at least one)
  --scope ID                 A scope every team may assign at (repeatable; default: a placeholder subscription)

Exit codes: 0 success, 1 problems found (or the plan cannot be applied, or drift found), 2 usage error.`;
var PLAN_FORMATS = ["text", "markdown", "json"];
var COMMANDS = ["validate", "plan", "apply", "audit", "init"];
var OPTIONS = {
  root: { type: "string", default: "." },
  format: { type: "string", default: "text" },
  repository: { type: "string" },
  out: { type: "string" },
  environment: { type: "string" },
  "arm-endpoint": { type: "string" },
  "tenant-id": { type: "string" },
  "client-id": { type: "string" },
  yes: { type: "boolean", short: "y", default: false },
  "allow-deletes": { type: "boolean", default: false },
  "remove-orphaned-configurations": { type: "boolean", default: false },
  "grace-period": { type: "string" },
  "no-self-heal": { type: "boolean", default: false },
  team: { type: "string", multiple: true },
  scope: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var PLAN_ONLY = ["repository", "out", "environment", "arm-endpoint", "tenant-id", "client-id"];
var APPLY_ONLY = ["yes", "allow-deletes", "remove-orphaned-configurations"];
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    return { kind: "usage-error", message: error.message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...rest] = positionals;
  if (!command) return { kind: "usage-error", message: "No command given." };
  if (!COMMANDS.includes(command))
    return { kind: "usage-error", message: `Unknown command '${command}'. Commands: ${COMMANDS.join(", ")}.` };
  if (rest.length > 0) return { kind: "usage-error", message: `Unexpected argument '${rest[0]}'.` };
  if (command === "init") return initRequest(values);
  const initOnly = ["team", "scope"].find((o) => values[o] !== void 0);
  if (initOnly) return { kind: "usage-error", message: `--${initOnly} applies to init, not ${command}.` };
  const formats = command === "validate" ? PROBLEM_FORMATS : PLAN_FORMATS;
  if (!formats.includes(values.format))
    return {
      kind: "usage-error",
      message: `--format must be one of ${formats.join(", ")} for ${command}, not '${values.format}'.`
    };
  if (command !== "audit" && values["grace-period"] !== void 0)
    return { kind: "usage-error", message: `--grace-period applies to audit, not ${command}.` };
  if (command !== "audit" && values["no-self-heal"])
    return { kind: "usage-error", message: `--no-self-heal applies to audit, not ${command}.` };
  if (command === "validate") {
    const misplaced = [...PLAN_ONLY, ...APPLY_ONLY].find((o) => values[o] !== void 0 && values[o] !== false);
    if (misplaced) return { kind: "usage-error", message: `--${misplaced} applies to plan and apply, not validate.` };
    return { kind: "validate", root: values.root, format: values.format };
  }
  if (command === "audit") return auditRequest(values);
  if (command === "plan") {
    const misplaced = APPLY_ONLY.find((o) => values[o]);
    if (misplaced) return { kind: "usage-error", message: `--${misplaced} applies to apply, not plan.` };
  }
  return {
    kind: command,
    yes: values.yes,
    allowDeletes: values["allow-deletes"],
    removeOrphans: values["remove-orphaned-configurations"],
    root: values.root,
    format: values.format,
    repository: values.repository,
    out: values.out,
    azure: {
      environment: values.environment,
      armEndpoint: values["arm-endpoint"],
      tenantId: values["tenant-id"],
      clientId: values["client-id"]
    }
  };
}
function initRequest(values) {
  const misplaced = Object.keys(values).find(
    (o) => !["root", "format", "team", "scope"].includes(o) && values[o] !== false
  );
  if (misplaced) return { kind: "usage-error", message: `--${misplaced} does not apply to init.` };
  if (values.format !== "text") return { kind: "usage-error", message: "--format does not apply to init." };
  if (!values.team) return { kind: "usage-error", message: "init needs at least one --team NAME." };
  return { kind: "init", root: values.root, teams: values.team, scopes: values.scope ?? [] };
}
function auditRequest(values) {
  const misplaced = ["out", ...APPLY_ONLY].find((o) => values[o]);
  if (misplaced) return { kind: "usage-error", message: `--${misplaced} does not apply to audit.` };
  const grace = values["grace-period"];
  if (grace !== void 0 && !/^(?=\d)(\d+h)?(\d+m)?(\d+s)?$/.test(grace))
    return {
      kind: "usage-error",
      message: `--grace-period must be a duration such as 2h, 90m or 1h30m, not '${grace}'.`
    };
  return {
    kind: "audit",
    selfHeal: !values["no-self-heal"],
    root: values.root,
    format: values.format,
    repository: values.repository,
    azure: {
      environment: values.environment,
      armEndpoint: values["arm-endpoint"],
      tenantId: values["tenant-id"],
      clientId: values["client-id"]
    },
    ...grace !== void 0 ? { graceSeconds: durationSeconds(grace) } : {}
  };
}

// src/render/drift/audit-json.ts
function renderAuditJson(result) {
  return terminalJson(
    JSON.stringify(
      {
        repository: result.repository,
        summary: {
          driftedSources: result.reports.length,
          driftedClusters: driftedClusterCount(result.reports),
          ...result.counts
        },
        teams: teamHealth(result.health, result.reports),
        sources: result.health,
        drift: result.reports.map((r) => ({
          key: r.key,
          team: r.team,
          source: r.source,
          file: r.file ?? null,
          line: r.line ?? null,
          assignments: r.assignments,
          clusters: r.clusters
        })),
        ...result.repairs ? { repairs: result.repairs } : {},
        ...result.remediations ? { remediations: result.remediations } : {},
        resourceGraph: { queries: result.queries, ...result.stats },
        timing: result.timing
      },
      null,
      2
    )
  );
}

// src/render/drift/audit-text.ts
function renderAuditText(result) {
  const teams = teamHealth(result.health, result.reports);
  const width = Math.max(4, ...teams.map((t) => t.team.length));
  const settling = settlingKeys(result.health);
  const lines = [
    result.reports.length === 0 && settling.length > 0 ? `Audit: no drift yet. ${plural(result.health.length, "source")} audited; ${settling.length} still settling.` : result.reports.length === 0 ? `Audit: no drift. ${result.health.length} sources audited; every cluster and assignment matches the files.` : `Audit: ${result.reports.length} of ${plural(result.health.length, "source")} drift (${plural(driftedClusterCount(result.reports), "cluster")}, ${plural(result.counts["changed-assignment"], "assignment")} changed).`,
    "",
    `${"Team".padEnd(width)}  Sources  Drifting  Expected  Healthy  Health`,
    ...teams.map(
      (t) => `${t.team.padEnd(width)}  ${pad(t.sources, 7)}  ${pad(t.driftedSources, 8)}  ${pad(t.expected, 8)}  ${pad(t.expected - t.drifted, 7)}  ${pad(healthLabel(t), 6)}`
    )
  ];
  if (settling.length > 0) lines.push("", settlingSentence(settling, result.timing.graceSeconds));
  for (const report of result.reports) {
    lines.push("", `${report.key}${report.file ? ` (${report.file}${report.line ? `:${report.line}` : ""})` : ""}`);
    for (const a of report.assignments)
      lines.push(`  assignment ${a.name} at ${a.scope}:`, ...a.lines.map((l) => `    ${l}`));
    for (const c of report.clusters)
      lines.push(`  ${c.name} (${c.clusterKind}, ${c.subscriptionId})  ${DRIFT_LABELS[c.kind]}  ${c.detail}`);
  }
  if (result.repairs && (result.repairs.outcomes.length > 0 || result.repairs.error))
    lines.push(
      "",
      "Self-heal:",
      ...result.repairs.outcomes.map((o) => `  ${configurationUpdateLine(o)}`),
      configurationUpdatesVerdict(result.repairs)
    );
  lines.push(...completedRemediationsText(result.remediations));
  lines.push("", `${plural(result.stats.requests, "Resource Graph request")}, ${plural(result.stats.rows, "row")}.`);
  if (result.unconfirmedDrift > 0)
    lines.push(`${plural(result.unconfirmedDrift, "drift")} of clusters of unknown age wait for confirmation.`);
  return terminalLines(lines);
}
function settlingSentence(keys, graceSeconds) {
  const hours = Math.round(graceSeconds / 3600 * 10) / 10;
  return `Still settling (assignment written in the last ${hours} h, remediations may still run; their clusters are not counted yet): ${keys.join(", ")}.`;
}
var pad = (value, width) => String(value).padStart(width);

// src/cli/audit-command.ts
async function auditCommand(request, root, io) {
  const repository = request.repository ?? io.env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.err(
      "flux-policy: audit needs --repository OWNER/NAME (or GITHUB_REPOSITORY): it audits the assignments that repository owns."
    );
    return EXIT.usage;
  }
  const { clients } = signInToAzure(request.azure, io.env, { inAction: false });
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients));
  const outcome = await auditRoot(
    root,
    repository,
    { reads: azureReads(clients), resourceGraph, writes: azureWrites(clients) },
    {
      timing: request.graceSeconds === void 0 ? {} : { graceSeconds: request.graceSeconds },
      selfHeal: request.selfHeal
    }
  );
  if (outcome.kind === "invalid") {
    io.err(renderProblemsText(outcome.problems, outcome.fileCount));
    return EXIT.problems;
  }
  if (outcome.kind === "failed") {
    io.err(terminalText(`flux-policy: the audit could not finish (${outcome.error.code}): ${outcome.error.message}`));
    return EXIT.problems;
  }
  const { result } = outcome;
  if (request.format === "json") io.out(renderAuditJson(result));
  else if (request.format === "markdown") io.out(renderAuditSummary(result));
  else io.out(renderAuditText(result));
  return result.reports.length === 0 ? EXIT.ok : EXIT.problems;
}

// src/cli/init-command.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

// src/config/schema/patterns.ts
var NAME_PATTERN = "^(?=.{1,30}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

// src/init/workflows.ts
var ACTION_REPOSITORY = "OWNER/flux-policy";
var ACTION_MAJOR = "v1";
var uses = `${ACTION_REPOSITORY}@${ACTION_MAJOR}`;
var PLAN_WORKFLOW = `# .github/workflows/flux-policy.yml
name: flux-policy
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write   # the sticky plan comment
  id-token: write        # GitHub OIDC sign-in to Azure
concurrency:
  group: flux-policy-plan-\${{ github.event.pull_request.number }}
  cancel-in-progress: true
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          root: .
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_PLAN_CLIENT_ID }}
`;
var APPLY_WORKFLOW = `# .github/workflows/flux-policy-apply.yml
name: flux-policy apply
on:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write   # the result comment on the merged pull request
  issues: write          # records the configurations a deleted source leaves, for the audit
  id-token: write
concurrency:
  group: flux-policy-apply
  cancel-in-progress: false   # a queued run may replace a pending one: apply always converges on the commit it runs
jobs:
  apply:
    runs-on: ubuntu-latest
    environment: azure-apply  # optional: protection rules, and a federated subject per environment
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_APPLY_CLIENT_ID }}
`;
var AUDIT_WORKFLOW = `# .github/workflows/flux-policy-audit.yml
name: flux-policy audit
on:
  schedule:
    - cron: '17 3 * * *'   # nightly; \`auto\` mode audits on schedule and workflow_dispatch
  workflow_dispatch:
permissions:
  contents: read           # the policy files and CODEOWNERS
  issues: write            # one issue per drifted source
  id-token: write          # GitHub OIDC sign-in to Azure
concurrency:
  group: flux-policy-audit
  cancel-in-progress: false
jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${uses}
        with:
          tenant-id: \${{ vars.AZURE_TENANT_ID }}
          client-id: \${{ vars.AZURE_AUDIT_CLIENT_ID }}   # Reader at the scopes the files use is enough
`;
var WORKFLOWS = [
  PLAN_WORKFLOW,
  APPLY_WORKFLOW,
  AUDIT_WORKFLOW
].map((text) => ({ path: text.slice("# ".length, text.indexOf("\n")), text }));

// src/init/scaffold.ts
var PLACEHOLDER_MARK = "CHANGE-ME";
var PLACEHOLDER_SCOPE = "/subscriptions/00000000-0000-0000-0000-000000000000";
var PLACEHOLDER_ORG = "OWNER";
var PLATFORM_OWNER_TEAM = "platform-team";
var SCHEMA_BASE = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/schemas`;
var NAME = new RegExp(NAME_PATTERN);
function scaffoldPolicyRepository(options) {
  const error = optionError(options);
  if (error) return { kind: "error", message: error };
  const teams = options.teams;
  const scopes = options.scopes.length > 0 ? options.scopes : [PLACEHOLDER_SCOPE];
  const files = [
    { path: "flux-policy.yaml", text: platformFile(teams, scopes, options.scopes.length === 0) },
    ...teams.map((team) => ({
      path: `teams/${team}/sources.yaml`,
      text: teamFile(team, scopes[0], options.scopes.length === 0)
    })),
    { path: "CODEOWNERS", text: codeOwners(teams) },
    ...WORKFLOWS
  ];
  return { kind: "files", files };
}
function optionError(options) {
  if (options.teams.length === 0) return "init needs at least one --team NAME (the teams that keep sources here).";
  const badName = options.teams.find((team) => !NAME.test(team));
  if (badName !== void 0) {
    return `--team '${badName}' is not a team name: use at most 30 lowercase letters, digits or hyphens, starting and ending with a letter or digit.`;
  }
  const twice = options.teams.find((team, i) => options.teams.indexOf(team) !== i);
  if (twice !== void 0) return `--team '${twice}' is given twice.`;
  const badScope = options.scopes.find((scope) => /[\s'"#]/.test(scope) || !scope.startsWith("/"));
  if (badScope !== void 0)
    return `--scope '${badScope}' is not a scope id such as /subscriptions/<id> or \u2026/resourceGroups/<name>.`;
  return void 0;
}
function platformFile(teams, scopes, placeholderScope) {
  const scopeMark = placeholderScope ? `   # ${PLACEHOLDER_MARK}: a subscription, resource group or management group id` : "";
  const lines = [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/flux-policy.schema.json`,
    "# The platform file: which teams exist and where each may assign. Owned by the platform team (CODEOWNERS).",
    `# Written by \`flux-policy init\`: replace every value marked ${PLACEHOLDER_MARK}, then run flux-policy validate.`,
    "version: 1",
    `location: westeurope   # ${PLACEHOLDER_MARK}: the region where the assignments keep their managed identity`,
    "teams:",
    ...teams.flatMap((team) => [
      `  ${team}:`,
      "    scopes:",
      ...scopes.map((scope) => `      - ${scope}${scopeMark}`),
      `    owners: ['@${PLACEHOLDER_ORG}/${team}']   # ${PLACEHOLDER_MARK}: the GitHub team to mention in drift issues`
    ]),
    "# When a team may assign at a management group and its sources use scopes below it, list the children here:",
    "# managementGroups:",
    "#   contoso-prod: [/subscriptions/11111111-1111-1111-1111-111111111111]",
    "fluxExtension:",
    '  assign: true   # assign "Configure installation of Flux extension" at every scope a source uses',
    "safety:",
    "  maxDeletes: 5   # an apply that would delete more assignments stops",
    ""
  ];
  return lines.join("\n");
}
function teamFile(team, scope, placeholderScope) {
  const scopeMark = placeholderScope ? `   # ${PLACEHOLDER_MARK}: a scope granted to ${team} in flux-policy.yaml` : "";
  return [
    `# yaml-language-server: $schema=${SCHEMA_BASE}/team.schema.json`,
    `# The ${team} team's sources: each source becomes one Azure Policy assignment that puts a Flux configuration`,
    `# on every cluster under its scope. Written by flux-policy init: replace every value marked ${PLACEHOLDER_MARK}.`,
    `team: ${team}`,
    "sources:",
    `  # An example public Git source (no credentials). ${PLACEHOLDER_MARK}: point it at your team's repository.`,
    `  - name: ${team}-apps`,
    `    scope: ${scope}${scopeMark}`,
    "    git:",
    `      url: https://github.com/${PLACEHOLDER_ORG}/${team}-gitops   # ${PLACEHOLDER_MARK}: your repository`,
    "      branch: main",
    "      syncInterval: 5m",
    `    namespace: ${team}`,
    "    configurationScope: namespace",
    `    kustomization: { name: apps, path: ./clusters/prod, prune: true }   # ${PLACEHOLDER_MARK}: the path to apply`,
    ""
  ].join("\n");
}
function codeOwners(teams) {
  const platform = `@${PLACEHOLDER_ORG}/${PLATFORM_OWNER_TEAM}`;
  const rows = [
    ["*", platform],
    ["/flux-policy.yaml", platform],
    ["/CODEOWNERS", platform],
    ["/.github/", platform],
    ...teams.map((team) => [`/teams/${team}/`, `@${PLACEHOLDER_ORG}/${team}`])
  ];
  const width = Math.max(...rows.map(([pattern]) => pattern.length)) + 2;
  return [
    "# Who reviews what: the platform team owns the platform file and the workflows; each team owns its folder.",
    `# Written by flux-policy init. ${PLACEHOLDER_MARK}: replace ${PLACEHOLDER_ORG} with your GitHub organisation`,
    "# and the team names with real GitHub teams. The plan comment and drift issues mention these owners.",
    ...rows.map(([pattern, owner]) => `${pattern.padEnd(width)}${owner}`),
    ""
  ].join("\n");
}

// src/cli/init-command.ts
async function initCommand(request, root, io) {
  const scaffold = scaffoldPolicyRepository({ teams: request.teams, scopes: request.scopes });
  if (scaffold.kind === "error") {
    io.err(`flux-policy: ${scaffold.message}`);
    return EXIT.usage;
  }
  const { problems, files } = validatePolicyFiles(scaffold.files);
  if (problems.length > 0) {
    io.err(
      "flux-policy: init would write files that do not validate (check --team and --scope):\n" + renderProblemsText(problems, files.length)
    );
    return EXIT.usage;
  }
  const existing = (await Promise.all(scaffold.files.map(async (f) => await exists(join(root, f.path)) ? f.path : void 0))).filter((path) => path !== void 0);
  if (existing.length > 0) {
    io.err(
      "flux-policy: init writes no file that exists already; move these away or pick another --root:\n" + existing.map((path) => `  ${path}`).join("\n")
    );
    return EXIT.problems;
  }
  for (const file of scaffold.files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.text, { flag: "wx" });
  }
  const shown = relative(io.cwd, root) || ".";
  io.out(
    [
      `Wrote a policy repository to ${shown}:`,
      ...scaffold.files.map((f) => `  ${f.path}`),
      `Next: replace every value marked ${PLACEHOLDER_MARK}, run \`flux-policy validate --root ${shown}\`, and push it to GitHub.`
    ].join("\n")
  );
  return EXIT.ok;
}
async function exists(path) {
  return access(path).then(
    () => true,
    () => false
  );
}

// src/cli/plan-command.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve } from "node:path";

// src/render/plan/plan-text.ts
var COLOURS = {
  "+": "\x1B[32m",
  "-": "\x1B[31m",
  "!": "\x1B[33m",
  "~": "\x1B[33m",
  reset: "\x1B[0m",
  bold: "\x1B[1m"
};
function renderPlanText(plan, options) {
  const paint = (raw) => {
    const line = terminalText(raw);
    const colour = COLOURS[line[0]];
    return options.colour && colour ? `${colour}${line}${COLOURS.reset}` : line;
  };
  const lines = [];
  for (const error of plan.errors)
    lines.push(paint(`- error ${error.file}:${error.line}${error.column ? `:${error.column}` : ""}: ${error.message}`));
  for (const change of plan.definitionChanges) {
    if (change.action === "no-op") continue;
    lines.push(paint(definitionTitle(change)));
    for (const line of definitionDiffLines(change)) lines.push(`    ${paint(line)}`);
  }
  for (const change of plan.changes) {
    if (change.action === "no-op") continue;
    lines.push(paint(changeTitle(change)));
    const impact = impactLine(change);
    if (impact) lines.push(`    ${terminalText(`fleet: ${impact}`)}`);
    for (const line of changeDiffLines(change)) lines.push(`    ${paint(line)}`);
  }
  for (const r of plan.roleAssignments)
    lines.push(terminalText(`role: Contributor for ${r.assignmentName} at ${r.scope}`));
  for (const r of plan.remediations)
    lines.push(terminalText(`remediation: ${r.assignmentName} at ${r.scope} (${describePlannedPath(r.path)})`));
  for (const w of plan.warnings) lines.push(paint(`! warning: ${w.message}`));
  const owned = changedTeams(plan).filter((t) => options.owners?.[t]?.length);
  if (owned.length > 0)
    lines.push("", ...owned.map((t) => terminalText(`owners of ${t}: ${options.owners[t].join(", ")}`)));
  const status = `Plan: ${planStatusLine(plan.counts, plan.definitionCounts)} (hash ${plan.hash})`;
  lines.push("", options.colour ? `${COLOURS.bold}${status}${COLOURS.reset}` : status);
  return lines.join("\n");
}
function changedTeams(plan) {
  return Object.entries(plan.countsByTeam).filter(([, c]) => c.create + c.update + c.delete > 0).map(([team]) => team).sort();
}

// src/cli/terminal.ts
function shouldColour(isTty, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return isTty;
}
function isConfirmation(answer) {
  return /^y(es)?$/i.test(answer.trim());
}

// src/cli/plan-command.ts
async function planCommand(request, root, io) {
  const repository = request.repository ?? io.env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    io.err(
      `flux-policy: ${request.kind} needs --repository OWNER/NAME (or GITHUB_REPOSITORY): assignments record which repository owns them.`
    );
    return EXIT.usage;
  }
  const { clients } = signInToAzure(request.azure, io.env, { inAction: false });
  const resourceGraph = createResourceGraphRunner(createResourceGraphClient(clients));
  const outcome = await planRoot(root, repository, azureReads(clients), {
    resourceGraph,
    removeOrphans: request.kind === "apply" && request.removeOrphans
  });
  if (outcome.kind === "invalid") {
    io.err(renderProblemsText(outcome.problems, outcome.fileCount));
    return EXIT.problems;
  }
  const { plan } = outcome;
  if (request.out) {
    const out = resolve(io.cwd, request.out);
    await mkdir2(dirname2(out), { recursive: true });
    await writeFile2(out, renderPlanJson(plan));
  }
  printPlan(plan, outcome.teamOwners, request, io);
  if (plan.errors.length > 0) return EXIT.problems;
  return request.kind === "apply" ? applyCommand(plan, request, root, repository, clients, io) : EXIT.ok;
}
function printPlan(plan, owners, request, io) {
  if (request.format === "json") io.out(renderPlanJson(plan));
  else if (request.format === "markdown")
    io.out(renderPlanComment(plan, { commit: io.env.GITHUB_SHA ?? "working tree", limit: 1e6, owners }));
  else io.out(renderPlanText(plan, { colour: shouldColour(io.isTty, io.env), owners }));
}
async function applyCommand(plan, request, root, repository, clients, io) {
  if (!hasChanges(plan)) {
    io.out("No assignment to change: checking the Flux configurations on the clusters.");
  } else if (!request.yes) {
    if (!io.ask) {
      io.err("flux-policy: apply needs confirmation; pass --yes when there is no terminal to ask on.");
      return EXIT.usage;
    }
    const answer = await io.ask(`Apply these changes to Azure? (yes/no) `);
    if (!isConfirmation(answer)) {
      io.out("Not applied.");
      return EXIT.ok;
    }
  }
  const reporting = applyReporting(io);
  const applied = await applyRoot(
    root,
    repository,
    {
      reads: azureReads(clients),
      writes: azureWrites(clients),
      resourceGraph: createResourceGraphRunner(createResourceGraphClient(clients))
    },
    {
      allowManyDeletes: request.allowDeletes,
      removeOrphans: request.removeOrphans,
      requireHash: plan.hash,
      onProgress: (o) => {
        if (reporting.progress && shownOutcome(o)) io.err(applyOutcomeLine(o));
      },
      onConfigurationProgress: (o) => {
        if (reporting.progress) io.err(configurationUpdateLine(o));
      }
    }
  );
  if (applied.kind === "invalid") return EXIT.problems;
  io.out(renderApplyText(applied.result, { outcomes: reporting.listOutcomes }));
  return applied.result.succeeded ? EXIT.ok : EXIT.problems;
}

// src/cli/run-cli.ts
async function runCli(argv, io) {
  const request = parseCliArgs(argv);
  switch (request.kind) {
    case "help":
      io.out(USAGE);
      return EXIT.ok;
    case "version":
      io.out(VERSION);
      return EXIT.ok;
    case "usage-error":
      io.err(`flux-policy: ${request.message}

${USAGE}`);
      return EXIT.usage;
  }
  const root = resolve2(io.cwd, request.root);
  if (request.kind === "init") return initCommand(request, root, io);
  if (!await isDirectory(root)) {
    io.err(
      `flux-policy: --root ${terminalText(root)} is not a folder. Point --root at the policy repository (the folder holding flux-policy.yaml).`
    );
    return EXIT.usage;
  }
  if (request.kind === "validate") return validateCommand(root, request.format, io);
  try {
    return request.kind === "audit" ? await auditCommand(request, root, io) : await planCommand(request, root, io);
  } catch (error) {
    if (error instanceof CloudSettingError) {
      io.err(terminalText(`flux-policy: ${error.message}`));
      return EXIT.usage;
    }
    throw error;
  }
}
async function validateCommand(root, format, io) {
  const { problems, fileCount } = await validateRoot(root);
  if (format === "json") io.out(renderProblemsJson(problems));
  else if (format === "github") {
    const text = renderProblemsGithub(problems, (file) => relative2(io.cwd, resolve2(root, file)).split("\\").join("/"));
    if (text) io.out(text);
  } else io.out(renderProblemsText(problems, fileCount));
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}
async function isDirectory(path) {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false
  );
}

// src/cli.ts
async function ask(question) {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}
var crash = (error) => {
  process.stderr.write(`flux-policy: ${crashText(error)}
`);
  process.exit(1);
};
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}
`),
    err: (text) => process.stderr.write(`${text}
`),
    cwd: process.cwd(),
    env: process.env,
    ask: process.stdin.isTTY ? ask : void 0,
    isTty: Boolean(process.stdout.isTTY),
    errIsTty: Boolean(process.stderr.isTTY)
  });
} catch (error) {
  process.stderr.write(`flux-policy: ${crashText(error)}
`);
  process.exitCode = 1;
}
