/** What every page of one language shares: the frame (region, menus, settings) and colours. */
import { query } from "./cms";
import { regionPalette, type Palette } from "./colours";
import { localeOf, type Lang } from "./i18n";
import type { SiteFrameQuery } from "../generated/operations";

export interface Frame {
  data: SiteFrameQuery;
  palette: Palette;
  /** Addresses the CMS gives this region's pages, turned into site paths in rich text. */
  regionBaseUrls: string[];
}

let palette: Promise<Palette> | undefined;

export async function frameFor(lang: Lang): Promise<Frame> {
  const [data, german] = await Promise.all([
    query("SiteFrame", { locale: localeOf(lang) }),
    query("SiteFrame", { locale: "DE" }),
  ]);
  palette ??= regionPalette(
    german.regionSettings?.primaryColour,
    german.regionSettings?.logo?.rendition?.url,
  );
  return {
    data,
    palette: await palette,
    regionBaseUrls: [german.region?.url ?? "", data.region?.url ?? ""],
  };
}
