/** The routes of one region's build: every page the API lists, in German and English. */
import { query } from "./cms";
import type { Lang } from "./i18n";
import { localPath } from "./links";

export const STORIES_PER_PAGE = 4;
export const LANGS: Lang[] = ["de", "en"];

/** The microsite's own pages beside the CMS's: search, municipalities, contacts. */
export const OWN_PAGES = { search: "/suche/", municipalities: "/kommunen/", contacts: "/kontakte/" } as const;
export type OwnPage = keyof typeof OWN_PAGES | "municipality";

export interface PageRoute {
  lang: Lang;
  /** Set for the microsite's own pages; CMS pages have none. */
  own?: OwnPage;
  urlPath: string;
  pageType: string;
  /** Page of a paginated list (stories), 1 for the index page itself. */
  listPage: number;
  /** The municipality of a municipality page. */
  slug?: string;
}

/** Every published page of the region, a hundred at a time. */
export async function regionPages(): Promise<{ urlPath: string; pageType: string | null }[]> {
  const pages: { urlPath: string; pageType: string | null }[] = [];
  for (let offset = 0; ; offset += 100) {
    const batch = (await query("SitePaths", offset ? { limit: 100, offset } : { limit: 100 })).pages;
    pages.push(...batch);
    if (batch.length < 100) return pages;
  }
}

export async function pageRoutes(): Promise<PageRoute[]> {
  const pages = await regionPages();
  const routes: PageRoute[] = [];
  for (const lang of LANGS) {
    for (const page of pages) {
      const pageType = page.pageType ?? "Page";
      routes.push({ lang, urlPath: page.urlPath, pageType, listPage: 1 });
      if (pageType === "StoryIndexPage") {
        const first = await query("SiteStories", { locale: "DE", page: 1, perPage: STORIES_PER_PAGE });
        for (let n = 2; n <= first.stories.pagination.totalPages; n += 1) {
          routes.push({ lang, urlPath: page.urlPath, pageType, listPage: n });
        }
      }
    }
    for (const [own, urlPath] of Object.entries(OWN_PAGES) as [OwnPage, string][]) {
      routes.push({ lang, own, urlPath, pageType: own, listPage: 1 });
    }
    const { municipalities } = await query("SiteDirectory", { locale: "DE", perPage: 100 });
    for (const { slug } of municipalities.items) {
      if (!slug) continue;
      const urlPath = `${OWN_PAGES.municipalities}${slug}/`;
      routes.push({ lang, own: "municipality", urlPath, pageType: "Municipality", listPage: 1, slug });
    }
  }
  return routes;
}

/** `/stories/`, then `/stories/seite/2/` and on. */
export const storyListPath = (lang: Lang, indexPath: string, listPage: number): string =>
  localPath(lang, listPage > 1 ? `${indexPath}seite/${listPage}/` : indexPath);

/** The route parameter of a page route (`undefined` for the German home page). */
export function routeParam(route: PageRoute): string | undefined {
  const path = storyListPath(route.lang, route.urlPath, route.listPage);
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed || undefined;
}
