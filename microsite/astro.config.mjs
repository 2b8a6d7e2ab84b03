// One region per build: REGION_HOST (the region's hostname as the CMS knows it) from CMS_URL,
// into dist/<region>/ (the hostname's first label), e.g. dist/owl/ for owl.localhost.
import { defineConfig } from "astro/config";

const regionHost = process.env.REGION_HOST ?? "suedwestfalen.localhost";

export default defineConfig({
  output: "static",
  outDir: process.env.OUT_DIR ?? `./dist/${regionHost.split(".")[0]}`,
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  // Pages are rendered a few at a time: most of a page's time is waiting for the API.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // The site needs no dev toolbar, no prefetch script, no telemetry.
  devToolbar: { enabled: false },
  // Scripts as files, never inline: the static server's CSP allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
});
