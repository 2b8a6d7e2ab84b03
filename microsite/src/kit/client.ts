/**
 * The typed client kit: runs the CMS's named operations (graphql/operations/) and returns
 * their results typed by graphql-codegen. It has no dependencies beyond `fetch`, so a web or
 * mobile app (React Native, Capacitor, a browser bundle) can use it as it is; the operation
 * texts are handed in by the caller, from the .graphql files, never written out a second time.
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
  errors?: { message: string }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createClient(options: ClientOptions) {
  const send = options.fetch ?? fetch;
  const retries = options.retries ?? 3;

  /** Runs one named operation; throws on transport errors and on any GraphQL error. */
  async function run<N extends OperationName>(
    name: N,
    variables: Operations[N]["variables"],
  ): Promise<Operations[N]["result"]> {
    const query = options.operations[name];
    if (!query) throw new GraphQLRequestError(name, "no operation text was given for it");
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json, application/json",
    };
    if (options.apiKey) headers["X-API-Key"] = options.apiKey;
    const body = JSON.stringify({ query, variables, operationName: name });
    for (let attempt = 0; ; attempt += 1) {
      const response = await send(options.endpoint, { method: "POST", headers, body });
      if (response.status === 429 && attempt < retries) {
        const seconds = Number(response.headers.get("Retry-After") ?? "5");
        await sleep(Math.min(Math.max(seconds, 1), 120) * 1000);
        continue;
      }
      let payload: GraphQLResponse<Operations[N]["result"]>;
      try {
        payload = (await response.json()) as GraphQLResponse<Operations[N]["result"]>;
      } catch {
        throw new GraphQLRequestError(name, `answer is no JSON (HTTP ${response.status})`, response.status);
      }
      if (payload.errors?.length) {
        const messages = payload.errors.map((error) => error.message).join("; ");
        throw new GraphQLRequestError(name, messages, response.status);
      }
      if (!response.ok || !payload.data) {
        throw new GraphQLRequestError(name, `HTTP ${response.status} without data`, response.status);
      }
      return payload.data;
    }
  }

  return { run };
}

export type Client = ReturnType<typeof createClient>;
