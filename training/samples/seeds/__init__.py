"""One module per mood: hand-written sentences (`SEEDS`) and the pieces its piles combine."""
