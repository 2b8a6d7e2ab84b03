#!/usr/bin/env node
// Serves built regions, one port per region:
//   node scripts/serve.mjs [--port-base 4300] suedwestfalen emscher-lippe kreis-unna owl
// serves dist/suedwestfalen/ on 4301, dist/emscher-lippe/ on 4302, and so on (127.0.0.1 only).
// Static files with their types, index.html for directories, a redirect to the trailing slash,
// the CMS's redirects (redirects.json, written by the build), the site's 404 page, and a Content-Security-Policy that admits only the site itself and the
// CMS (CMS_URL: images and the search's API call), so a stray third-party request fails.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

const args = process.argv.slice(2);
let portBase = Number(process.env.MICROSITE_PORT ?? 4300);
const baseIndex = args.indexOf("--port-base");
if (baseIndex >= 0) {
  portBase = Number(args[baseIndex + 1]);
  args.splice(baseIndex, 2);
}
const regions = args.length ? args : ["suedwestfalen", "emscher-lippe", "kreis-unna", "owl"];
const cmsOrigin = new URL(process.env.CMS_URL ?? "http://127.0.0.1:8000").origin;
const policy = [
  "default-src 'self'",
  `img-src 'self' ${cmsOrigin}`,
  `connect-src 'self' ${cmsOrigin}`,
  "script-src 'self'",
  "style-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // a malformed escape names no file
  }
  const path = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return { file: candidate };
  if (info?.isDirectory()) {
    if (!pathname.endsWith("/")) return { redirect: `${pathname}/` };
    const index = join(candidate, "index.html");
    if (await stat(index).catch(() => null)) return { file: index };
  }
  return null;
}

function redirectsOf(root) {
  try {
    return JSON.parse(readFileSync(join(root, "redirects.json"), "utf8"));
  } catch {
    return {};
  }
}

function serve(region, port) {
  const root = resolve("dist", region);
  const redirects = redirectsOf(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const headers = {
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    };
    try {
      // Wagtail keeps old paths without a trailing slash.
      const moved = redirects[url.pathname.replace(/(.)\/$/, "$1")];
      if (moved) {
        response.writeHead(moved.status, { ...headers, Location: moved.to }).end();
        return;
      }
      const found = await fileFor(root, url.pathname);
      if (found?.redirect) {
        response.writeHead(301, { ...headers, Location: found.redirect + url.search }).end();
        return;
      }
      const status = found ? 200 : 404;
      const file = found?.file ?? join(root, "404.html");
      const body = await readFile(file).catch(() => Buffer.from("Not found\n"));
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      response.writeHead(status, { ...headers, "Content-Type": type });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(500, headers).end();
    }
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`${region.padEnd(14)} http://${region}.localhost:${port}/  (dist/${region}/)`);
  });
  return server;
}

const servers = regions.map((region, index) => serve(region, portBase + index + 1));
const stop = () => servers.forEach((server) => server.close(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
