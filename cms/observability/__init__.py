"""What operators see of a running CMS: request ids, logs, health."""
