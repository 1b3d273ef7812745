"""Third wave of hand-written seeds: rows that feed train and validation only.

The test split was frozen when the first models were reported on it (535 rows), so every
later model's test number stays comparable; see `build.py` (`WAVE3_SPLITS`).
"""
