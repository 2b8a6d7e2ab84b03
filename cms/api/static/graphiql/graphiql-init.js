// Starts GraphiQL against this endpoint. A file of its own, not an inline script, so the
// Content-Security-Policy can forbid inline scripts.
(function () {
  var element = document.getElementById("graphiql");
  var fetcher = GraphiQL.createFetcher({
    url: element.dataset.endpoint,
    headers: { Accept: "application/graphql-response+json, application/json" },
  });
  ReactDOM.createRoot(element).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }),
  );
})();
