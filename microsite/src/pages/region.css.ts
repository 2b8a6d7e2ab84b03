/** The region's colours as CSS custom properties: a file of its own, so no inline style is needed. */
import type { APIRoute } from "astro";
import { frameFor } from "../lib/site";

export const GET: APIRoute = async () => {
  const { palette } = await frameFor("de");
  return new Response(`:root{--primary:${palette.primary};--tint:${palette.tint}}\n`, {
    headers: { "Content-Type": "text/css" },
  });
};
