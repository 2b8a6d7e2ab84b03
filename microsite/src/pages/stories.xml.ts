/** The stories feed (RSS 2.0) as the CMS writes it, served from the site's own origin. */
import type { APIRoute } from "astro";
import { fetchText } from "../lib/cms";
import { frameFor } from "../lib/site";

export const GET: APIRoute = async () => {
  const { data } = await frameFor("de");
  return new Response(await fetchText(data.feeds.storiesRss), {
    headers: { "Content-Type": "application/rss+xml" },
  });
};
