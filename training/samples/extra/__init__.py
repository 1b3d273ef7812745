"""Second wave of hand-written seeds (same line format as `seeds/`)."""
