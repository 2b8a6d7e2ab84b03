/** Paths on this site: German at the root, English under /en/, the same page paths in both. */
import type { Lang } from "./i18n";

export function localPath(lang: Lang, urlPath: string): string {
  const path = urlPath.startsWith("/") ? urlPath : `/${urlPath}`;
  return lang === "en" ? `/en${path}` : path;
}

/** The page path of a route parameter (`strategie/x` → `/strategie/x/`). */
export const urlPathOf = (param: string | undefined): string =>
  param ? `/${param.replace(/^\/+|\/+$/g, "")}/` : "/";

/**
 * Rich text from the API links this region's pages absolutely, on the frontend address the
 * CMS knows (e.g. `http://owl.localhost/strategie/`); on this site they become site paths, so
 * that they work wherever the site is served. Other addresses stay as they are.
 */
export function localiseLinks(html: string, regionBaseUrls: string[]): string {
  const bases = regionBaseUrls
    .filter(Boolean)
    .map((base) => base.replace(/\/(en\/)?$/, "/"))
    .sort((a, b) => b.length - a.length);
  return html.replace(/href="([^"]*)"/g, (whole, href: string) => {
    const base = bases.find((candidate) => href.startsWith(candidate));
    return base ? `href="/${href.slice(base.length)}"` : whole;
  });
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Plain text of an HTML snippet (descriptions of rich-text intros); Astro escapes it again. */
export const plainText = (html: string | null | undefined): string =>
  (html ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#\d+|[a-z]+);/g, (whole, name: string) =>
      name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
    )
    .replace(/\s+/g, " ")
    .trim();
