/** sitemap.xml from the API's `sitemap` (every live, public page without noindex). */
import type { APIRoute } from "astro";
import { query } from "../lib/cms";

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export const GET: APIRoute = async () => {
  const entries: string[] = [];
  for (let page = 1; ; page += 1) {
    const { sitemap } = await query("Sitemap", { page, perPage: 100 });
    for (const item of sitemap.items) {
      if (!item.url) continue;
      const lastmod = item.lastModified ? `<lastmod>${item.lastModified}</lastmod>` : "";
      entries.push(`<url><loc>${escapeXml(item.url)}</loc>${lastmod}</url>`);
    }
    if (!sitemap.pagination.nextPage) break;
  }
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
  return new Response(body, { headers: { "Content-Type": "application/xml" } });
};
