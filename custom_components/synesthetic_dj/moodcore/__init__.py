"""Synesthetic DJ core: text → Interpretation → Ambiance, with no Home Assistant dependency.

Imported as ``custom_components.synesthetic_dj.moodcore`` inside Home Assistant (Python 3.13)
and as top-level ``moodcore`` by the training code (Python 3.11): relative imports only.
"""

from .builtin import BuiltinInterpreter, BuiltinModel
from .catalog import Mood, load_catalog
from .compose import compose
from .contract import (
    COLOR_NAMES,
    COLOR_RGB,
    MOODS,
    Ambiance,
    ContractError,
    Diagnostics,
    Interpretation,
    LightStep,
    Track,
    Wishes,
    ambiance_from_dict,
    validate_ambiance,
    validate_interpretation,
)
from .interpreter import INTERPRETER_NAMES, Interpreter, get_interpreter
from .keyword import KeywordInterpreter
from .llm_output import LLM_OUTPUT_SCHEMA, LlmOutput, llm_output_to_json, parse_llm_output
from .narration import interpretation_from_llm, narrate
from .prompt import SYSTEM_PROMPT

__all__ = [
    "COLOR_NAMES",
    "COLOR_RGB",
    "INTERPRETER_NAMES",
    "LLM_OUTPUT_SCHEMA",
    "MOODS",
    "SYSTEM_PROMPT",
    "Ambiance",
    "BuiltinInterpreter",
    "BuiltinModel",
    "ContractError",
    "Diagnostics",
    "Interpretation",
    "Interpreter",
    "KeywordInterpreter",
    "LightStep",
    "LlmOutput",
    "Mood",
    "Track",
    "Wishes",
    "ambiance_from_dict",
    "compose",
    "get_interpreter",
    "interpretation_from_llm",
    "llm_output_to_json",
    "load_catalog",
    "narrate",
    "parse_llm_output",
    "validate_ambiance",
    "validate_interpretation",
]
