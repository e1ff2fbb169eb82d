// This file checks the deploy's supply chain by reading the files as text (no YAML parser):
// every GitHub Action is pinned by a full commit SHA with its tag in a comment; each workflow
// sets a top-level permissions block that writes nothing, and each job asks for its own, with
// Pages and OIDC tokens for the Pages deploy job alone; every cargo command that resolves
// dependencies, in scripts/, .ci/ and the workflows, runs --locked; and the wasm-bindgen CLI
// installs from a committed lock file at the version Cargo.toml pins. Each check is first shown
// to catch a bad example, so none can pass by finding nothing.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

const ROOT = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), "utf8");
const WORKFLOWS = readdirSync(new URL(".github/workflows/", ROOT))
  .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
  .map((f) => `.github/workflows/${f}`);

/** The `uses:` lines of a workflow that are not pinned by a 40-hex commit with a `# vX` tag comment. */
function unpinned(workflow) {
  return workflow
    .split("\n")
    .filter((line) => /^\s*(-\s+)?uses:/.test(line))
    .filter((line) => !/^\s*(-\s+)?uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\s*$/.test(line));
}

/** The lines of a block that starts at `header` (a line of `text`), indented deeper than it. */
function block(lines, header) {
  const indent = lines[header].search(/\S/);
  const body = [];
  for (const line of lines.slice(header + 1)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (line.search(/\S/) <= indent) break;
    body.push(line.trim());
  }
  return body;
}

/**
 * A workflow's permissions: `top`, the top-level grants, and `jobs`, each job's name and its
 * grants, as "scope: level" strings (`{}` gives none; null when a job sets no block).
 */
function permissions(workflow) {
  const lines = workflow.split("\n");
  const grants = (at) => {
    const inline = lines[at].match(/^\s*permissions:\s*(\S.*)$/)?.[1];
    if (inline !== undefined) return inline.trim() === "{}" ? [] : [inline.trim()];
    return block(lines, at);
  };
  const topAt = lines.findIndex((l) => l.startsWith("permissions:"));
  const jobsAt = lines.findIndex((l) => l.startsWith("jobs:"));
  const jobs = [];
  for (let i = jobsAt + 1; jobsAt >= 0 && i < lines.length; i += 1) {
    const name = lines[i].match(/^ {2}([\w-]+):\s*$/)?.[1];
    if (!name) continue;
    const end = lines.findIndex((l, j) => j > i && /^ {2}[\w-]+:\s*$/.test(l));
    const own = lines.slice(i, end < 0 ? lines.length : end).findIndex((l) => /^ {4}permissions:/.test(l));
    jobs.push({ name, grants: own < 0 ? null : grants(i + own) });
  }
  return { top: topAt < 0 ? null : grants(topAt), jobs };
}

/** Whether a grant writes (or may: `write-all`). */
const writes = (grant) => /write/.test(grant);

/** The cargo commands in `text` (a shell script, JS or workflow) that resolve dependencies without --locked. */
function unlocked(text) {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((line) => !/^\s*(#|\/\/|\*)/.test(line))
    .flatMap(
      (line) => line.match(/\bcargo\s+(\+\S+\s+)?(build|install|test|run|clippy|check|bench|doc)\b[^;&|]*/g) ?? [],
    )
    .map((command) => command.replace(/\s+/g, " ").trim())
    .filter((command) => !/\s--locked\b/.test(command));
}

/** Every cargo command in `text` that resolves dependencies. */
const cargoCommands = (text) =>
  text
    .replace(/\\\n/g, " ")
    .split("\n")
    .filter((line) => !/^\s*(#|\/\/|\*)/.test(line))
    .flatMap((line) => line.match(/\bcargo\s+(\+\S+\s+)?(build|install|test|run|clippy|check|bench|doc)\b/g) ?? []);

test("the checks catch what they look for", () => {
  assert.deepEqual(
    unpinned(
      "    steps:\n      - uses: actions/checkout@v4\n      - uses: a/b@0123456789abcdef0123456789abcdef01234567 # v1.2.3\n",
    ),
    ["      - uses: actions/checkout@v4"],
  );
  assert.equal(unpinned("      - uses: a/b@0123456789abcdef0123456789abcdef01234567\n").length, 1, "no tag comment");
  const broad = permissions(
    "on: push\npermissions:\n  contents: read\n  pages: write\njobs:\n  build:\n    runs-on: x\n  deploy:\n    permissions:\n      id-token: write\n    steps: []\n",
  );
  assert.deepEqual(broad, {
    top: ["contents: read", "pages: write"],
    jobs: [
      { name: "build", grants: null },
      { name: "deploy", grants: ["id-token: write"] },
    ],
  });
  assert.deepEqual(permissions("on: push\npermissions: {}\njobs:\n  a:\n    permissions: write-all\n").jobs, [
    { name: "a", grants: ["write-all"] },
  ]);
  assert.deepEqual(
    unlocked(
      "cargo install wasm-bindgen-cli --version 1\n  CARGO_TARGET_DIR=x /usr/bin/cargo build --lib \\\n  --release && cargo test --locked\n# cargo build in a comment\ncargo fmt --check\n",
    ),
    ["cargo install wasm-bindgen-cli --version 1", "cargo build --lib --release"],
  );
});

test("every action is pinned by a full commit SHA, with its tag in a comment", () => {
  let seen = 0;
  for (const path of WORKFLOWS) {
    const text = read(path);
    seen += (text.match(/^\s*(-\s+)?uses:/gm) ?? []).length;
    assert.deepEqual(unpinned(text), [], `${path}: pin each action as owner/repo@<40-hex commit> # vX.Y.Z`);
  }
  assert.ok(seen >= 6, `only ${seen} uses: lines found in ${WORKFLOWS}`);
});

test("each workflow's token writes nothing by default, each job asks for its own, and only the Pages deploy writes", () => {
  for (const path of WORKFLOWS) {
    const { top, jobs } = permissions(read(path));
    assert.ok(top !== null, `${path} has no top-level permissions block: add permissions: {}`);
    assert.deepEqual(top.filter(writes), [], `${path}: the top-level permissions write; grant per job instead`);
    assert.ok(jobs.length > 0, `${path}: no jobs found`);
    for (const { name, grants } of jobs) {
      assert.ok(grants !== null, `${path}: job ${name} sets no permissions of its own`);
      const written = grants.filter(writes);
      if (path.endsWith("pages.yml") && name === "deploy") {
        assert.deepEqual(written.sort(), ["id-token: write", "pages: write"], `${path}: deploy`);
      } else {
        assert.deepEqual(written, [], `${path}: job ${name} may write (${written}); only pages.yml's deploy may`);
      }
    }
  }
  const pages = permissions(read(".github/workflows/pages.yml"));
  assert.deepEqual(
    pages.jobs.map((j) => j.name),
    ["build", "deploy"],
  );
  assert.deepEqual(pages.jobs[0].grants, ["contents: read"], "the build job reads the repository, nothing more");
});

test("every cargo command that resolves dependencies runs --locked", () => {
  const scripts = readdirSync(new URL("scripts/", ROOT))
    .filter((f) => /\.(sh|mjs|js|py)$/.test(f))
    .map((f) => `scripts/${f}`);
  let seen = 0;
  for (const path of [...scripts, ".ci/run", "package.json", ...WORKFLOWS]) {
    const text = read(path);
    seen += cargoCommands(text).length;
    assert.deepEqual(unlocked(text), [], `${path}: add --locked`);
  }
  assert.ok(seen >= 8, `only ${seen} cargo commands found`);
});

test("the wasm-bindgen CLI installs from a committed lock file, at the version the crate pins", () => {
  const pinned = read("Cargo.toml").match(/^wasm-bindgen = \{ version = "=([\d.]+)"/m)?.[1];
  assert.ok(pinned, "Cargo.toml pins wasm-bindgen with =");
  const tool = read("scripts/wasm-bindgen/Cargo.toml");
  assert.equal(tool.match(/^wasm-bindgen-cli = \{ version = "=([\d.]+)"/m)?.[1], pinned);
  const lock = read("scripts/wasm-bindgen/Cargo.lock");
  assert.match(lock, new RegExp(`name = "wasm-bindgen-cli"\\nversion = "${pinned.replaceAll(".", "\\.")}"`));
  assert.match(read("scripts/setup.sh"), /^\s*(\w+=\S+\s+)*cargo install --locked .*--path scripts\/wasm-bindgen$/m);
  for (const path of WORKFLOWS) assert.doesNotMatch(read(path), /cargo install/, `${path} installs outside setup.sh`);
});
