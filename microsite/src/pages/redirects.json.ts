/**
 * The region's redirects from the API (Wagtail's, of this site and of all sites) as one JSON
 * file, `{ "/old-path": { "to": "/new/", "status": 301 } }`, for the server in front of the
 * static files (scripts/serve.mjs reads it; a production web server can be configured from it).
 */
import type { APIRoute } from "astro";
import { query } from "../lib/cms";
import { frameFor } from "../lib/site";

export const GET: APIRoute = async () => {
  const { regionBaseUrls } = await frameFor("de");
  const bases = regionBaseUrls.filter(Boolean).map((base) => base.replace(/\/(en\/)?$/, "/"));
  const redirects: Record<string, { to: string; status: 301 | 302 }> = {};
  for (let page = 1; ; page += 1) {
    const found = (await query("Redirects", { page, perPage: 100 })).redirects;
    for (const item of found.items) {
      const base = bases.find((candidate) => item.toUrl.startsWith(candidate));
      const to = base ? `/${item.toUrl.slice(base.length)}` : item.toUrl;
      redirects[item.oldPath] = { to, status: item.isPermanent ? 301 : 302 };
    }
    if (!found.pagination.total || page * 100 >= found.pagination.total) break;
  }
  return new Response(JSON.stringify(redirects, null, 1), {
    headers: { "Content-Type": "application/json" },
  });
};
