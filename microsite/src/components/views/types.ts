import type { SitePageQuery } from "../../generated/operations";
import type { Lang } from "../../lib/i18n";

export type AnyPage = NonNullable<SitePageQuery["page"]>;
export type PageOf<T extends AnyPage["__typename"]> = Extract<AnyPage, { __typename: T }>;

/** What every view gets besides its page. */
export interface ViewContext {
  lang: Lang;
  regionBaseUrls: string[];
}
