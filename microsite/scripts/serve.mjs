#!/usr/bin/env node
// Serves built regions, one port per region:
//   node scripts/serve.mjs [--port-base 4300] suedwestfalen emscher-lippe kreis-unna owl
// serves dist/suedwestfalen/ on 4301, dist/emscher-lippe/ on 4302, and so on (127.0.0.1 only).
// Static files with their types, index.html for directories, a redirect to the trailing slash,
// the CMS's redirects (redirects.json, written by the build), the site's 404 page, and a Content-Security-Policy that admits only the site itself and the
// CMS (CMS_URL: images and the search's API call), so a stray third-party request fails.
// dist/<region> is looked up per request, so a tree that scripts/build-region.mjs swaps in is
// served from the next request on. /vorschau/ goes to the preview server (dist/_preview/, built
// by `npm run build:preview`), when it is built. With MICROSITE_WEBHOOK_SECRET set, the webhook
// receiver (scripts/receiver.mjs) listens on the base port itself.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildRegion } from "./build-region.mjs";
import { ALL_REGIONS, takePort } from "./cli.mjs";
import { startReceiver } from "./receiver.mjs";

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
const portBase = takePort(args, "--port-base");
const regions = args.length ? args : ALL_REGIONS;
const cmsOrigin = new URL(process.env.CMS_URL ?? "http://127.0.0.1:8000").origin;
// The CMS's admin frames the preview; it may be opened as localhost or 127.0.0.1.
const adminOrigins = [cmsOrigin, cmsOrigin.replace("//127.0.0.1", "//localhost"), cmsOrigin.replace("//localhost", "//127.0.0.1")];
const policyFor = (framedBy) =>
  [
    "default-src 'self'",
    `img-src 'self' ${cmsOrigin}`,
    `connect-src 'self' ${cmsOrigin}`,
    "script-src 'self'",
    "style-src 'self'",
    `frame-ancestors ${framedBy}`,
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
const policy = policyFor("'none'");
const previewPolicy = policyFor([...new Set(adminOrigins)].join(" "));
const PREVIEW_PATH = "/vorschau/";
// MICROSITE_DIST: the trees elsewhere than dist/ (tests).
const DIST = resolve(process.env.MICROSITE_DIST || "dist");
const PREVIEW_DIR = join(DIST, "_preview");

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

const redirectsByTree = new Map();

function redirectsOf(root) {
  if (!redirectsByTree.has(root)) {
    let redirects = {};
    try {
      redirects = JSON.parse(readFileSync(join(root, "redirects.json"), "utf8"));
    } catch {
      // a tree without redirects.json has none
    }
    redirectsByTree.clear(); // only the trees being served matter
    redirectsByTree.set(root, redirects);
  }
  return redirectsByTree.get(root);
}

/** The tree dist/<region> points at now; a request between the two renames of a first swap
 * (scripts/build-region.mjs) tries again a moment later. */
async function treeOf(region) {
  const link = join(DIST, region);
  for (let attempt = 0; ; attempt++) {
    try {
      return await realpath(link);
    } catch (error) {
      if (attempt >= 3) return link;
      await new Promise((done) => setTimeout(done, 10));
    }
  }
}

let previewServer;
/** The preview server's request handler (@astrojs/node, middleware mode), loaded once. */
function previewHandler() {
  const entry = join(PREVIEW_DIR, "server", "entry.mjs");
  if (!existsSync(entry)) return null;
  previewServer ??= import(pathToFileURL(entry).href).then((module) => module.handler);
  return previewServer;
}

async function servePreview(region, request, response, headers) {
  const handler = await previewHandler();
  if (!handler) {
    response.writeHead(503, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" });
    response.end("Die Vorschau ist nicht gebaut: npm run build:preview\n");
    return;
  }
  // The preview renders for the region of this port, whatever the request says.
  request.headers["x-microsite-site"] = `${region}.localhost`;
  for (const [name, value] of Object.entries({ ...headers, "Content-Security-Policy": previewPolicy })) {
    response.setHeader(name, value);
  }
  handler(request, response, () => {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  });
}

function serve(region, port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const headers = {
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
    };
    try {
      if (url.pathname === PREVIEW_PATH) return await servePreview(region, request, response, headers);
      const root = await treeOf(region);
      const redirects = redirectsOf(root);
      // Wagtail keeps old paths without a trailing slash.
      const moved = redirects[url.pathname.replace(/(.)\/$/, "$1")];
      if (moved) {
        response.writeHead(moved.status, { ...headers, Location: moved.to }).end();
        return;
      }
      // The preview's own stylesheets (_astro/) where the static tree has none of that name.
      const found =
        (await fileFor(root, url.pathname)) ??
        (url.pathname.startsWith("/_astro/") ? await fileFor(join(PREVIEW_DIR, "client"), url.pathname) : null);
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
    console.log(`${region.padEnd(14)} http://${region}.localhost:${port}/  (dist/${region}/, preview ${PREVIEW_PATH})`);
  });
  return server;
}

const servers = regions.map((region, index) => serve(region, portBase + index + 1));
if (process.env.MICROSITE_WEBHOOK_SECRET) {
  servers.push(
    startReceiver({
      port: portBase,
      regions,
      build: (region) => buildRegion(region, DIST),
      secret: process.env.MICROSITE_WEBHOOK_SECRET,
      tolerance: Number(process.env.MICROSITE_WEBHOOK_TOLERANCE ?? 300),
    }),
  );
}
const stop = () => servers.forEach((server) => server.close(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
