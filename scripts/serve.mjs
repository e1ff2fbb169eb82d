// This file serves the static site in www/ on 127.0.0.1, for `npm start` and the browser
// tests. It uses only Node's standard library. The site can be mounted under a sub-path
// (as GitHub Pages does: /parallax/) to prove that every URL in the page is relative.
//
//   node scripts/serve.mjs            # http://127.0.0.1:8080/
//   PORT=9000 BASE=/parallax/ node scripts/serve.mjs

import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** The folder this server serves by default: the repository's www/. */
export const SITE_ROOT = resolve(fileURLToPath(new URL("../www/", import.meta.url)));

/** Compressed files by path, with the modification time they were compressed at. */
const compressed = new Map();

/**
 * `body`, the contents of `file`, gzip-compressed once per version of the file, as a static
 * host keeps it: compressing the wasm module on every request would add its time (a tenth
 * of a second or more) to every load the page benchmark measures.
 */
async function gzipped(file, body) {
  const { mtimeMs } = await stat(file);
  const cached = compressed.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const result = gzipSync(body, { level: 9 });
  compressed.set(file, { mtimeMs, body: result });
  return result;
}

/**
 * The file under `root` that the request target `target` names, for a site mounted at `base`,
 * or { status, message } when there is none to serve: 400 for a target that is not a clean
 * path (malformed percent-encoding, a "." or ".." segment, a backslash or a NUL, raw or
 * encoded), 404 for one outside `base` or `root`. Nothing outside `root` is ever named.
 */
function fileFor(target, root, base) {
  let path;
  try {
    // Without a base URL's help: new URL would resolve "/../" and "%2e%2e" before we see them.
    path = decodeURIComponent(target.split(/[?#]/, 1)[0]);
  } catch {
    return { status: 400, message: "Bad request: the URL's percent-encoding is malformed.\n" };
  }
  if (!path.startsWith("/") || /[\\\0]/.test(path) || path.split("/").some((s) => s === "." || s === "..")) {
    return { status: 400, message: "Bad request: the path has a '.' or '..' segment, a backslash or a NUL.\n" };
  }
  if (!path.startsWith(base)) return { status: 404, message: `Not found: the site is at ${base}\n` };
  const file = normalize(join(root, path.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) return { status: 404, message: "Not found\n" };
  return { file };
}

/**
 * Starts a static server for `root` mounted at `base` (which starts and ends with "/").
 * Port 0 picks a free port. With `gzip`, files go out gzip-compressed to clients that accept
 * it, as GitHub Pages sends them (the page benchmark measures loading that way). A request
 * the server cannot answer gets an error status, never ends the server. Resolves to
 * { server, url } once it listens.
 */
export function startServer({ root = SITE_ROOT, port = 8080, base = "/", gzip = false } = {}) {
  const respond = async (req, res) => {
    const found = fileFor(req.url, root, base);
    if (!found.file) {
      res.writeHead(found.status, { "content-type": "text/plain; charset=utf-8" }).end(found.message);
      return;
    }
    let { file } = found;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      };
      // The compressed module (.lzma) goes as it is: gzip would not make it smaller.
      if (gzip && extname(file) !== ".lzma" && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        body = await gzipped(file, body);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    }
  };
  const server = createServer((req, res) => {
    respond(req, res).catch((err) => {
      console.error(`parallax serve: ${req.method} ${JSON.stringify(req.url)} failed: ${err.message}`);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Server error\n");
    });
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}${base}`;
      ok({ server, url });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let base = process.env.BASE ?? "/";
  if (!base.startsWith("/")) base = `/${base}`;
  if (!base.endsWith("/")) base = `${base}/`;
  const port = Number(process.env.PORT ?? 8080);
  startServer({ port, base }).then(
    ({ url }) => console.log(`Parallax is served at ${url}  (Ctrl+C stops it)`),
    (err) => {
      console.error(`parallax serve: cannot listen on port ${port}: ${err.message}. Try PORT=8081 npm start.`);
      process.exit(1);
    },
  );
}
