/** The blocks of the shared block library (content_models/blocks.py) as the API types them. */
import type { SiteBlockFragment } from "../../generated/operations";

export type Block<T extends SiteBlockFragment["__typename"]> = Extract<SiteBlockFragment, { __typename: T }>;
