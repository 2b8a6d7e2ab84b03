/** Node.js side of the kit: reads the operation texts from graphql/operations/ (the one source). */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { operationNames, type OperationName } from "../generated/operations";
import type { OperationTexts } from "./client";

// The microsite is built from microsite/, beside the CMS's graphql/ directory.
const DEFAULT_DIRECTORY = resolve(process.cwd(), "../graphql/operations");

export function loadOperationTexts(directory = DEFAULT_DIRECTORY): OperationTexts {
  const texts: OperationTexts = {};
  for (const name of operationNames) texts[name] = readOperationText(name, directory);
  return texts;
}

export function readOperationText(name: OperationName, directory = DEFAULT_DIRECTORY): string {
  return readFileSync(resolve(directory, `${name}.graphql`), "utf8");
}
