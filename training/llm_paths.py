"""Import first in every LLM-pipeline module: moves moodcore's folder to the END of sys.path.

``training/__init__.py`` puts ``custom_components/synesthetic_dj`` at the front, where the
integration's ``select.py`` shadows the standard library's ``select`` (``import subprocess``
→ ``homeassistant`` not found; torch, tqdm and llama_cpp import subprocess). At the end of the
path ``moodcore`` still resolves, and the standard library wins.
"""

import sys

from training import _CORE_PARENT

if _CORE_PARENT in sys.path:
    sys.path.remove(_CORE_PARENT)
    sys.path.append(_CORE_PARENT)
