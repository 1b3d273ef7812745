"""Training, export and evaluation code (Python 3.11, not shipped with the integration)."""

from pathlib import Path
import sys

# moodcore lives inside the integration (so it ships with it); make it importable as `moodcore`.
# Appended, not prepended: the integration folder also holds platform modules named like
# standard-library ones (select.py), which must not shadow them.
_CORE_PARENT = str(Path(__file__).resolve().parent.parent / "custom_components" / "synesthetic_dj")
if _CORE_PARENT not in sys.path:
    sys.path.append(_CORE_PARENT)
