#!/usr/bin/env node
// The webhook receiver: rebuilds the region a CMS change event names.
//   MICROSITE_WEBHOOK_SECRET=… node scripts/receiver.mjs [--port 4300] owl kreis-unna …
// POST /webhook with the CMS's signed event (README, "Change events, webhooks and the worker"):
// a wrong or missing signature gets 401, a timestamp older (or newer) than
// MICROSITE_WEBHOOK_TOLERANCE seconds (300) 401 too, a malformed request 400 – and nothing is
// built. A good event gets 202 at once; its regions (hostnames such as owl.localhost) that this
// receiver serves are rebuilt in the background (scripts/build-region.mjs), one build at a time,
// each region at most once more while its build runs. GET /status lists the builds.
// serve.mjs starts it beside the sites (make microsite); alone it serves tests.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { buildRegion } from "./build-region.mjs";
import { ALL_REGIONS, takePort } from "./cli.mjs";

const MAX_BODY = 64 * 1024;

/** Whether the X-CMS-Signature header signs the body with the secret; "stale" for an old one. */
export function verify(secret, header, body, now = Date.now() / 1000, tolerance = 300) {
  const parts = Object.fromEntries(
    String(header ?? "")
      .split(",")
      .map((part) => part.trim().split("=", 2)),
  );
  if (!/^\d+$/.test(parts.t ?? "") || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return "malformed";
  const expected = createHmac("sha256", secret).update(`${parts.t}.`).update(body).digest();
  if (!timingSafeEqual(expected, Buffer.from(parts.v1, "hex"))) return "wrong";
  if (Math.abs(now - Number(parts.t)) > tolerance) return "stale";
  return "ok";
}

/** One build at a time; per region at most one running and one waiting. */
export function createBuildQueue(regions, build = buildRegion, log = console.log) {
  const state = Object.fromEntries(
    regions.map((region) => [region, { running: false, queued: false, builds: 0, failures: 0, lastSeconds: null }]),
  );
  const waiting = [];
  let busy = false;

  async function next() {
    if (busy || waiting.length === 0) return;
    busy = true;
    const region = waiting.shift();
    const entry = state[region];
    entry.queued = false;
    entry.running = true;
    try {
      const result = await build(region);
      entry.lastSeconds = Number(result.seconds.toFixed(1));
      if (result.ok) {
        entry.builds += 1;
        log(`rebuilt ${region} in ${result.seconds.toFixed(1)} s`);
      } else {
        entry.failures += 1;
        log(`rebuild of ${region} failed after ${result.seconds.toFixed(1)} s; the site stays as it was:\n${result.errors}`);
      }
    } catch (error) {
      entry.failures += 1;
      log(`rebuild of ${region} failed: ${error}`);
    } finally {
      entry.running = false;
      busy = false;
      next();
    }
  }

  return {
    state,
    /** Queues a rebuild; false when one is already waiting (the burst is coalesced). */
    request(region) {
      const entry = state[region];
      if (!entry || entry.queued) return false;
      entry.queued = true;
      waiting.push(region);
      next();
      return true;
    },
  };
}

/** The regions of an event that this receiver builds: owl.localhost → owl. */
export function regionsOf(event, served) {
  const hosts = Array.isArray(event?.regions) ? event.regions : [];
  return [...new Set(hosts.map((host) => String(host).split(".")[0]))].filter((region) => served.includes(region));
}

function answer(response, status, body) {
  response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
  response.end(JSON.stringify(body));
}

export function startReceiver({ port, regions, secret, tolerance = 300, build, log = console.log }) {
  if (!secret) throw new Error("MICROSITE_WEBHOOK_SECRET is not set: the receiver would accept anyone's events.");
  const queue = createBuildQueue(regions, build, log);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/status" && request.method === "GET") return answer(response, 200, queue.state);
    if (url.pathname !== "/webhook") return answer(response, 404, { error: "Not found; events go to /webhook." });
    if (request.method !== "POST") return answer(response, 405, { error: "POST the event." });
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        answer(response, 413, { error: "The event is too large." });
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on("end", () => {
      if (response.headersSent) return;
      const body = Buffer.concat(chunks);
      const verdict = verify(secret, request.headers["x-cms-signature"], body, Date.now() / 1000, tolerance);
      if (verdict === "malformed") return answer(response, 400, { error: "X-CMS-Signature is missing or malformed." });
      if (verdict === "wrong") return answer(response, 401, { error: "The signature does not match." });
      if (verdict === "stale") return answer(response, 401, { error: "The timestamp is too old (or in the future)." });
      let event;
      try {
        event = JSON.parse(body.toString("utf8"));
      } catch {
        return answer(response, 400, { error: "The body is not JSON." });
      }
      const named = regionsOf(event, regions);
      const queued = named.filter((region) => queue.request(region));
      log(`event ${event.id ?? "?"} ${event.type ?? "?"} ${event.urlPath ?? ""}: rebuild ${named.join(", ") || "nothing"}${named.length > queued.length ? " (coalesced)" : ""}`);
      answer(response, 202, { rebuild: named });
    });
  });
  server.listen(port, "127.0.0.1", () => log(`receiver       http://127.0.0.1:${port}/webhook`));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const port = takePort(args, "--port");
  try {
    const server = startReceiver({
      port,
      regions: args.length ? args : ALL_REGIONS,
      secret: process.env.MICROSITE_WEBHOOK_SECRET,
      tolerance: Number(process.env.MICROSITE_WEBHOOK_TOLERANCE ?? 300),
    });
    const stop = () => server.close(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (error) {
    console.error(String(error.message ?? error));
    process.exit(2);
  }
}
