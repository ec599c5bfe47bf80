"""Running the dashboard every day: inbox imports, backups with a tested restore, e-mail digests,
and the one scheduler inside the dashboard process that runs them."""
