"""The web dashboard: static HTML, CSS and JavaScript served by `dateline serve` (see dateline.api)."""
