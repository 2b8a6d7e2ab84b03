// A graphql-codegen plugin: one interface naming every operation with its result and
// variables types, so that `runOperation("SitePage", variables)` is typed by the name alone.
const { Kind } = require("graphql");

module.exports = {
  plugin(_schema, documents) {
    const names = documents
      .flatMap((file) => file.document.definitions)
      .filter((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name)
      .map((definition) => definition.name.value)
      .sort();
    const entries = names.map(
      (name) => `  ${name}: { result: ${name}Query; variables: ${name}QueryVariables };`,
    );
    return [
      "",
      "/** Every named operation of graphql/operations/, by name. */",
      "export interface Operations {",
      ...entries,
      "}",
      "",
      "export type OperationName = keyof Operations;",
      "",
      `export const operationNames = ${JSON.stringify(names)} as const;`,
      "",
    ].join("\n");
  },
};
