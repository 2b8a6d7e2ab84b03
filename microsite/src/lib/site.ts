/** What every page of one language shares: the frame (region, menus, settings) and colours. */
import { query as buildQuery, type Query } from "./cms";
import { regionPalette, type Palette } from "./colours";
import { localeOf, type Lang } from "./i18n";
import type { SiteFrameQuery } from "../generated/operations";

export interface Frame {
  data: SiteFrameQuery;
  palette: Palette;
  /** Addresses the CMS gives this region's pages, turned into site paths in rich text. */
  regionBaseUrls: string[];
}

// By colour and logo: a build has one region, the preview server one per region.
const palettes = new Map<string, Promise<Palette>>();

export async function frameFor(lang: Lang, query: Query = buildQuery): Promise<Frame> {
  const [data, german] = await Promise.all([
    query("SiteFrame", { locale: localeOf(lang) }),
    query("SiteFrame", { locale: "DE" }),
  ]);
  const colour = german.regionSettings?.primaryColour;
  const logo = german.regionSettings?.logo?.rendition?.url;
  const key = `${colour ?? ""} ${logo ?? ""}`;
  if (!palettes.has(key)) palettes.set(key, regionPalette(colour, logo));
  return {
    data,
    palette: await palettes.get(key)!,
    regionBaseUrls: [german.region?.url ?? "", data.region?.url ?? ""],
  };
}
