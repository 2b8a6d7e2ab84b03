/**
 * The typed client kit: runs the CMS's named operations (graphql/operations/) and returns
 * their results typed by graphql-codegen. It has no dependencies beyond `fetch` (and Web
 * Crypto for the hashes), so a web or mobile app (React Native, Capacitor, a browser bundle)
 * can use it as it is; the operation texts are handed in by the caller, from the .graphql
 * files, never written out a second time. Each operation goes by its SHA-256 first (a GET,
 * as trusted documents and automatic persisted queries take it), by its text only if needed.
 */
import type { OperationName, Operations } from "../generated/operations";

export type OperationTexts = Partial<Record<OperationName, string>>;

export interface ClientOptions {
  /** The CMS's GraphQL endpoint, e.g. `https://cms.example.org/graphql/`. */
  endpoint: string;
  /** The operation texts by name (see `loadOperationTexts` for Node). */
  operations: OperationTexts;
  /** Sent as `X-API-Key`: a client with a key has its own, larger rate-limit budget. */
  apiKey?: string;
  /** How often a 429 answer is waited out (its `Retry-After`) before giving up. */
  retries?: number;
  /**
   * Send the SHA-256 of an operation's text first (a GET a CDN can cache; the CMS knows every
   * operation of graphql/operations/ by it, also in trusted-documents mode), and the text only
   * when the CMS answers PERSISTED_QUERY_NOT_FOUND. Default: on where Web Crypto exists.
   */
  persisted?: boolean;
  fetch?: typeof fetch;
}

export class GraphQLRequestError extends Error {
  constructor(
    readonly operation: OperationName,
    message: string,
    readonly status?: number,
  ) {
    super(`${operation}: ${message}`);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Lower-case hex SHA-256 of a text, as the CMS hashes documents; null without Web Crypto. */
async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function createClient(options: ClientOptions) {
  const fetchImpl = options.fetch ?? fetch;
  const retries = options.retries ?? 3;
  const hashes = new Map<OperationName, Promise<string | null>>();

  /** One HTTP exchange, waiting out 429 answers; the parsed body and the status. */
  async function exchange<T>(name: OperationName, url: string, init: RequestInit) {
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetchImpl(url, init);
      if (response.status === 429 && attempt < retries) {
        const seconds = Number(response.headers.get("Retry-After") ?? "5");
        await sleep(Math.min(Math.max(seconds, 1), 120) * 1000);
        continue;
      }
      try {
        return { status: response.status, ok: response.ok, payload: (await response.json()) as GraphQLResponse<T> };
      } catch {
        throw new GraphQLRequestError(name, `answer is no JSON (HTTP ${response.status})`, response.status);
      }
    }
  }

  /** Runs one named operation; throws on transport errors and on any GraphQL error. */
  async function run<N extends OperationName>(
    name: N,
    variables: Operations[N]["variables"],
  ): Promise<Operations[N]["result"]> {
    type Result = Operations[N]["result"];
    const query = options.operations[name];
    if (!query) throw new GraphQLRequestError(name, "no operation text was given for it");
    const headers: Record<string, string> = {
      Accept: "application/graphql-response+json, application/json",
    };
    if (options.apiKey) headers["X-API-Key"] = options.apiKey;

    if (!hashes.has(name)) hashes.set(name, options.persisted === false ? Promise.resolve(null) : sha256Hex(query));
    const hash = await hashes.get(name)!;
    const persistedQuery = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
    let answer;
    if (persistedQuery) {
      const params = new URLSearchParams({
        operationName: name,
        variables: JSON.stringify(variables ?? {}),
        extensions: JSON.stringify(persistedQuery),
      });
      const separator = options.endpoint.includes("?") ? "&" : "?";
      answer = await exchange<Result>(name, `${options.endpoint}${separator}${params}`, { method: "GET", headers });
    }
    if (!answer || answer.payload.errors?.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
      // Unknown by its hash (or no hash): the text, with the hash, which registers it (APQ).
      const body = JSON.stringify({ query, variables, operationName: name, extensions: persistedQuery });
      answer = await exchange<Result>(name, options.endpoint, {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/json" },
        body,
      });
    }
    const { payload, status, ok } = answer;
    if (payload.errors?.length) {
      throw new GraphQLRequestError(name, payload.errors.map((error) => error.message).join("; "), status);
    }
    if (!ok || !payload.data) throw new GraphQLRequestError(name, `HTTP ${status} without data`, status);
    return payload.data;
  }

  return { run };
}

export type Client = ReturnType<typeof createClient>;
