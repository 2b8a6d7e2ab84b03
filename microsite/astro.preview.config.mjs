// The preview server: one on-demand page (/vorschau/, src/preview/pages/) for every region,
// rendered per request with the same views as the static pages, built once into dist/_preview/
// (`npm run build:preview`) and answered by scripts/serve.mjs on each region's port, which
// tells it the region (the x-microsite-site header). A build of its own keeps the static
// regions plain files: with the adapter in their config they would move to dist/<region>/client/.
import { defineConfig } from "astro/config";
import node from "@astrojs/node";

export default defineConfig({
  srcDir: "./src/preview",
  output: "server",
  adapter: node({ mode: "middleware" }),
  outDir: `${process.env.MICROSITE_DIST || "./dist"}/_preview`,
  trailingSlash: "always",
  build: { inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
  prefetch: false,
});
