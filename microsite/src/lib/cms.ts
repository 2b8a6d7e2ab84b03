/**
 * The connection to the CMS (CMS_URL): a build's region is REGION_HOST, and every answer of a
 * build is kept in memory so that the frame of 50 pages is asked for once. The preview server
 * asks for the region of each request with a `Query` of its own (`regionQuery`).
 */
import { createClient } from "../kit/client";
import { loadOperationTexts } from "../kit/node";
import type { OperationName, Operations } from "../generated/operations";

export const CMS_URL = (process.env.CMS_URL ?? "http://127.0.0.1:8000").replace(/\/+$/, "");
export const REGION_HOST = process.env.REGION_HOST ?? "suedwestfalen.localhost";

const client = createClient({
  endpoint: `${CMS_URL}/graphql/`,
  operations: loadOperationTexts(),
  apiKey: process.env.CMS_API_KEY || undefined,
  // With rate limiting on, a build outlasts a few windows: wait out 429 answers patiently.
  retries: 10,
});

/** Runs a named operation for one region (`site` is filled in), once per variables. */
export type Query = <N extends OperationName>(
  name: N,
  variables?: Omit<Operations[N]["variables"], "site">,
) => Promise<Operations[N]["result"]>;

/** A query for one region whose answers live as long as it does (a build, or one preview). */
export function regionQuery(site: string): Query {
  const answers = new Map<string, Promise<unknown>>();
  return (name, variables = {} as never) => {
    const full = { ...variables, site } as Operations[typeof name]["variables"];
    const key = `${name}:${JSON.stringify(full)}`;
    if (!answers.has(key)) answers.set(key, client.run(name, full));
    return answers.get(key) as Promise<Operations[typeof name]["result"]>;
  };
}

/** The build's region. */
export const query: Query = regionQuery(REGION_HOST);

/** A text file the CMS serves (its feeds), fetched at build time to be served from the site. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
