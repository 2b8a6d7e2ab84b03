/**
 * The build's connection to the CMS: one region (REGION_HOST) of one CMS (CMS_URL), every
 * answer of a build kept in memory so that the frame of 50 pages is asked for once.
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

const answers = new Map<string, Promise<unknown>>();

/** Runs a named operation for this build's region (`site` is filled in), once per variables. */
export function query<N extends OperationName>(
  name: N,
  variables = {} as Omit<Operations[N]["variables"], "site">,
): Promise<Operations[N]["result"]> {
  const full = { ...variables, site: REGION_HOST } as Operations[N]["variables"];
  const key = `${name}:${JSON.stringify(full)}`;
  if (!answers.has(key)) answers.set(key, client.run(name, full));
  return answers.get(key) as Promise<Operations[N]["result"]>;
}

/** A text file the CMS serves (its feeds), fetched at build time to be served from the site. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
