/** The iCalendar feed of upcoming events as the CMS writes it, served from the site's origin. */
import type { APIRoute } from "astro";
import { fetchText } from "../lib/cms";
import { frameFor } from "../lib/site";

export const GET: APIRoute = async () => {
  const { data } = await frameFor("de");
  return new Response(await fetchText(data.feeds.eventsIcal), {
    headers: { "Content-Type": "text/calendar" },
  });
};
