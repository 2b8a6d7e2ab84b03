import type { SitePageQuery } from "../../generated/operations";
import type { Query } from "../../lib/cms";
import type { Lang } from "../../lib/i18n";

export type AnyPage = NonNullable<SitePageQuery["page"]>;
export type PageOf<T extends AnyPage["__typename"]> = Extract<AnyPage, { __typename: T }>;

/** What every view gets besides its page. */
export interface ViewContext {
  lang: Lang;
  regionBaseUrls: string[];
  /** The region's API: the build's, or the preview request's. */
  query: Query;
}
