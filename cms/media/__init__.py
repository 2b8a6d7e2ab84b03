"""Where uploads live (local folder or an S3-compatible bucket) and the absolute URLs the API
hands out for them."""
