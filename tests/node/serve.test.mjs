// This file tests scripts/serve.mjs, the dev server behind `npm start`, as a client that
// does not behave: it starts the server as `npm start` does (on a free port, at / and under
// a sub-path) and sends raw requests over a socket, since fetch would clean the URLs first.
// A malformed URL gets 400 and the server goes on serving; no spelling of "..", a backslash
// or a NUL reaches a file outside www/.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { connect } from "node:net";
import { after, before, describe, test } from "node:test";

const SERVE = new URL("../../scripts/serve.mjs", import.meta.url);

/** Starts the server with `base`; resolves to { child, port } once it says where it listens. */
async function serve(base) {
  const child = spawn(process.execPath, [SERVE.pathname], {
    env: { ...process.env, PORT: "0", BASE: base },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let said = "";
  for await (const chunk of child.stdout) {
    said += chunk;
    const port = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//)?.[1];
    if (port) return { child, port: Number(port) };
  }
  throw new Error(`serve.mjs exited without listening: ${said}`);
}

/** Sends `target` as it is in a GET request; resolves to { status, type, body }. */
function request(port, target) {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1");
    const chunks = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", fail);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const [head, ...rest] = text.split("\r\n\r\n");
      ok({
        status: Number(head.match(/^HTTP\/1\.1 (\d{3})/)?.[1]),
        type: head.match(/^content-type: (.*)$/im)?.[1],
        body: rest.join("\r\n\r\n"),
      });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, "latin1");
  });
}

/** What only files outside www/ hold: the repository's package.json, Cargo.toml, the system's users. */
const OUTSIDE = ['"name": "parallax"', "[package]", "root:x:0:"];

/** Request targets that try to leave www/, with `base` being where the site is mounted. */
function escapes(base) {
  return [
    `${base}../package.json`,
    `${base}../../../../../../etc/passwd`,
    `${base}%2e%2e/package.json`,
    `${base}%2E%2E/Cargo.toml`,
    `${base}.%2e/package.json`,
    `${base}..%2fpackage.json`,
    `${base}%2e%2e%2fpackage.json`,
    `${base}%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
    `${base}..%252fpackage.json`,
    `${base}..\\package.json`,
    `${base}..%5cpackage.json`,
    `${base}%5c..%5cpackage.json`,
    `${base}index.html%00`,
    `${base}%00/../package.json`,
    `${base}index.html\0`,
    `${base}/etc/passwd`,
    `${base}./../package.json`,
    "/../package.json",
    "//etc/passwd",
  ];
}

for (const base of ["/", "/parallax/"]) {
  describe(`serve.mjs at ${base}`, () => {
    let server;
    before(async () => {
      server = await serve(base);
    });
    after(() => server.child.kill());

    test("serves the page", async () => {
      const page = await request(server.port, `${base}index.html`);
      assert.equal(page.status, 200);
      assert.match(page.body, /<html/i);
    });

    test("a malformed URL gets 400 with a message, and the server goes on serving", async () => {
      for (const target of [`${base}%E0%A4%A`, `${base}%`, `${base}%zz/index.html`, `${base}%C0%AF`]) {
        const bad = await request(server.port, target);
        assert.equal(bad.status, 400, target);
        assert.match(bad.type, /^text\/plain/, target);
        assert.match(bad.body, /percent-encoding is malformed/, target);
        const page = await request(server.port, base);
        assert.equal(page.status, 200, `after ${target}`);
      }
      assert.equal(server.child.exitCode, null, "the server is still running");
    });

    test("no path leaves www/: 400 or 404, never a file outside it", async () => {
      for (const target of escapes(base)) {
        const { status, body } = await request(server.port, target);
        assert.ok(status === 400 || status === 404, `${JSON.stringify(target)} got ${status}`);
        for (const secret of OUTSIDE) assert.ok(!body.includes(secret), `${JSON.stringify(target)} served ${secret}`);
      }
      const page = await request(server.port, base);
      assert.equal(page.status, 200, "still serving");
    });
  });
}
