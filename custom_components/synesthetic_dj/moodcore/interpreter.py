"""The interpreter interface and a factory for the interpreters that live in this package."""

from __future__ import annotations

from typing import Final, Protocol, runtime_checkable

from .builtin import BuiltinInterpreter
from .contract import ContractError, Interpretation
from .keyword import KeywordInterpreter

INTERPRETER_NAMES: Final[tuple[str, ...]] = ("builtin", "keyword")


@runtime_checkable
class Interpreter(Protocol):
    """Anything that reads a sentence and returns an :class:`Interpretation`.

    ``lang`` ("fr"/"en") is a hint (e.g. the conversation language); None means detect it.
    Implementations should not raise on any text.
    """

    name: str

    def interpret(self, text: str, lang: str | None = None) -> Interpretation: ...


def get_interpreter(name: str) -> Interpreter:
    """Build the ``builtin`` or ``keyword`` interpreter (the builtin one reads its weights)."""
    if name == "builtin":
        return BuiltinInterpreter()
    if name == "keyword":
        return KeywordInterpreter()
    raise ContractError(
        f"unknown interpreter {name[:40]!r}",
        translation_key="unknown_interpreter",
        placeholders={"name": name[:40]},
    )
