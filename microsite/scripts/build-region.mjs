#!/usr/bin/env node
// Builds one region into a fresh directory and swaps it in at once:
//   node scripts/build-region.mjs owl
// builds dist/.builds/owl-<time>/ and then points dist/owl (a symlink) at it with one rename,
// so a server reading dist/owl never sees a half-built tree. The previous tree stays (requests
// still reading it finish); older ones are removed.
//
// MICROSITE_DIST moves dist/ elsewhere (tests); MICROSITE_BUILD_COMMAND replaces `astro build`
// (a shell command that gets OUT_DIR and REGION_HOST in its environment), e.g. for the
// receiver's unit-level tests.
import { spawn } from "node:child_process";
import { lstat, mkdir, readdir, rename, rm, symlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const MICROSITE = fileURLToPath(new URL("..", import.meta.url));
/** Where dist/<region> lives; serve.mjs passes the directory it serves. */
export const DEFAULT_DIST = resolve(MICROSITE, process.env.MICROSITE_DIST || "dist");
const REGION_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** The region's hostname as the CMS knows it (the `site` argument): owl → owl.localhost. */
export const hostOf = (region) => `${region}.localhost`;

function run(command, env) {
  return new Promise((done) => {
    const child = spawn(command, {
      shell: true,
      cwd: MICROSITE,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk) => {
      errors = (errors + chunk).slice(-4000);
    });
    child.on("close", (code) => done({ code, errors }));
  });
}

/** Points dist/<region> at a finished tree with one rename of a symlink. */
async function swapIn(dist, region, tree) {
  const link = join(dist, region);
  const next = join(dist, `.${region}.next`);
  await rm(next, { force: true });
  await symlink(join(".builds", tree), next);
  const current = await lstat(link).catch(() => null);
  if (current?.isDirectory()) {
    // A tree built in place (`npm run build`) is moved aside first; serve.mjs retries a
    // request that falls between the two renames.
    const aside = join(dist, ".builds", `${region}-0`);
    await rm(aside, { recursive: true, force: true });
    await rename(link, aside);
  }
  await rename(next, link);
}

/** Removes all but the newest `keep` trees of the region (named <region>-<time>). */
async function prune(builds, region, keep = 2) {
  const stamp = (name) => Number(name.slice(region.length + 1));
  const trees = (await readdir(builds))
    .filter((name) => name.startsWith(`${region}-`) && /^\d+$/.test(name.slice(region.length + 1)))
    .sort((a, b) => stamp(b) - stamp(a));
  await Promise.all(trees.slice(keep).map((name) => rm(join(builds, name), { recursive: true, force: true })));
}

/** Builds the region; resolves to { ok, seconds, errors }. The served tree changes only on success. */
export async function buildRegion(region, dist = DEFAULT_DIST) {
  if (!REGION_NAME.test(region)) throw new Error(`not a region name: ${region}`);
  const builds = join(dist, ".builds");
  await mkdir(builds, { recursive: true });
  const tree = `${region}-${Date.now()}`;
  const outDir = join(builds, tree);
  const started = performance.now();
  const command = process.env.MICROSITE_BUILD_COMMAND || "node_modules/.bin/astro build";
  const { code, errors } = await run(command, { OUT_DIR: outDir, REGION_HOST: hostOf(region) });
  const seconds = (performance.now() - started) / 1000;
  const built = code === 0 && (await lstat(outDir).catch(() => null))?.isDirectory();
  if (!built) {
    await rm(outDir, { recursive: true, force: true });
    return { ok: false, seconds, errors: errors.trim() || `exit code ${code}` };
  }
  await swapIn(dist, region, tree);
  await prune(builds, region);
  return { ok: true, seconds, errors: "" };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const regions = process.argv.slice(2);
  for (const region of regions) {
    const result = await buildRegion(region);
    if (!result.ok) {
      console.error(`build of ${region} failed after ${result.seconds.toFixed(1)} s:\n${result.errors}`);
      process.exit(1);
    }
    console.log(`built ${region} in ${result.seconds.toFixed(1)} s: ${join(DEFAULT_DIST, region)}/`);
  }
}
