#!/usr/bin/env node
// Page weights of built regions: for every HTML page, its bytes plus those of the local CSS and
// JavaScript it links (images aside), as a browser loads them on a first visit.
//   node scripts/page-weights.mjs [dist/<region> ...]   (default: every region in dist/)
// Prints pages, median and largest page per region; exits 1 when a page is over LIMIT_KB (100).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const LIMIT_KB = Number(process.env.LIMIT_KB ?? 100);
const roots = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("dist")
      // dist/<region> links to its tree in dist/.builds/; dist/_preview/ is the preview server.
      .filter((name) => !name.startsWith(".") && !name.startsWith("_"))
      .map((name) => join("dist", name));

function* htmlFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

function weight(root, file) {
  const html = readFileSync(file, "utf8");
  const assets = new Set(
    [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="(\/[^"]*)"/g)].map((m) => m[1]),
  );
  let bytes = Buffer.byteLength(html);
  for (const asset of assets) bytes += statSync(join(root, asset)).size;
  return bytes;
}

let over = false;
const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const root of roots) {
  const pages = [...htmlFiles(root)].map((file) => ({ file: relative(root, file), bytes: weight(root, file) }));
  pages.sort((a, b) => a.bytes - b.bytes);
  const median = pages[Math.floor(pages.length / 2)];
  const largest = pages[pages.length - 1];
  console.log(
    `${root}: ${pages.length} pages, median ${kb(median.bytes)} KB, largest ${kb(largest.bytes)} KB (${largest.file})`,
  );
  for (const page of pages.filter((page) => page.bytes > LIMIT_KB * 1024)) {
    over = true;
    console.log(`  over ${LIMIT_KB} KB: ${page.file} ${kb(page.bytes)} KB`);
  }
}
process.exit(over ? 1 : 0);
