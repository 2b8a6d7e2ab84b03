/**
 * sitemap.xml from the API's `sitemap` (every live, public page without noindex), in both
 * languages: every German page, and the English translations with their /en/ URLs. Where a page
 * has no translation the English sitemap names the German page again; it is listed once. The
 * microsite's /en/ copies of untranslated pages stay out: they show the German text.
 */
import type { APIRoute } from "astro";
import { query } from "../lib/cms";
import type { Locale } from "../generated/operations";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export const GET: APIRoute = async () => {
  const entries = new Map<string, string>();
  for (const locale of ["DE", "EN"] satisfies Locale[]) {
    for (let page = 1; ; page += 1) {
      const { sitemap } = await query("Sitemap", { page, perPage: 100, locale });
      for (const item of sitemap.items) {
        if (!item.url || entries.has(item.url)) continue;
        const lastmod = item.lastModified ? `<lastmod>${item.lastModified}</lastmod>` : "";
        entries.set(item.url, `<url><loc>${escapeXml(item.url)}</loc>${lastmod}</url>`);
      }
      if (!sitemap.pagination.nextPage) break;
    }
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[...entries.values()].join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml" } });
};
