"""Root fields of the API, one module per area; `cms.api.schema` assembles them."""
