"""Shared paths and small parsers for the add-on tests (no Supervisor or Docker needed)."""

from __future__ import annotations

from pathlib import Path
import re
import shlex
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parents[2]
ADDON = ROOT / "addon" / "synesthetic_dj_ollama"
RUN_SH = ADDON / "run.sh"
MODELFILE = ADDON / "Modelfile"
DOCKERFILE = ADDON / "Dockerfile"


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dockerfile_instructions(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    logical: list[str] = []
    pending = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        logical.append(pending + stripped)
        pending = ""
    assert not pending, "Dockerfile ends inside a continued line"
    return [(text.split(None, 1)[0].upper(), text.split(None, 1)[1]) for text in logical]


def merge_command() -> list[str]:
    """The argv of the Dockerfile's merge step (the RUN line that calls merge_numpy.py)."""
    runs = [
        args
        for name, args in dockerfile_instructions()
        if name == "RUN" and "merge_numpy.py" in args
    ]
    assert len(runs) == 1, runs
    assert "&&" not in runs[0] and "$" not in runs[0], "keep the merge a single literal command"
    return shlex.split(runs[0])


def parse_modelfile(text: str) -> list[tuple[str, str]]:
    """(COMMAND, value) pairs the way Ollama's parser reads them: a value runs to the end of the
    line unless it opens with quotes, then to the matching closing quotes, newlines included;
    the value is trimmed, then one level of \"\"\" or \" quotes is removed."""
    commands: list[tuple[str, str]] = []
    pos = 0
    pattern = re.compile(
        r"[ \t\r\n]*(?:#[^\n]*|(?P<name>[A-Za-z]+)[ \t]+(?P<param>[A-Za-z0-9_]+[ \t]+)?)"
    )
    while text[pos:].strip():
        match = pattern.match(text, pos)
        assert match and match.end() > pos, (
            f"cannot parse the Modelfile at {text[pos : pos + 40]!r}"
        )
        pos = match.end()
        if not match["name"]:
            continue
        name = match["name"].upper()
        if name == "PARAMETER":
            assert match["param"], "PARAMETER without a name"
            name = f"PARAMETER {match['param'].strip()}"
        for quote in ('"""', '"'):
            if text.startswith(quote, pos):
                end = text.index(quote, pos + len(quote))
                value = text[pos + len(quote) : end]
                pos = end + len(quote)
                break
        else:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            value = text[pos:end].strip()
            pos = end
        commands.append((name, value))
    return commands


# Ollama's Go template, translated action by action to Jinja. Only the actions our Modelfile
# uses are known; anything else fails, so a new construct cannot slip through untested.

_ACTION = re.compile(r"\{\{(-[ \t\r\n])?\s*(.*?)\s*([ \t\r\n]-)?\}\}", re.S)
_TOKEN = re.compile(r'\(|\)|"(?:[^"\\]|\\.)*"|[^\s()]+')
_FIELDS = {"$m.Role": "m.role", "$m.Content": "m.content", "$i": "i", ".Messages": "messages"}
_FUNCS = {"and": "({} and {})", "or": "({} or {})", "not": "(not {})", "eq": "({} == {})",
          "ne": "({} != {})"}  # fmt: skip


def _expression(tokens: list[str]) -> str:
    """A Go pipeline of the functions and fields above, as a Jinja expression."""

    def term() -> str:
        token = tokens.pop(0)
        if token == "(":
            inner = call()
            assert tokens.pop(0) == ")"
            return inner
        if token.startswith('"'):
            return repr(token[1:-1])
        if token.isdigit():
            return token
        assert token in _FIELDS, f"unknown Go template term {token!r}"
        return _FIELDS[token]

    def call() -> str:
        if tokens[0] in _FUNCS:
            form = _FUNCS[tokens.pop(0)]
            args = [term() for _ in range(form.count("{}"))]
            return form.format(*args)
        return term()

    result = call()
    assert not tokens, f"unexpected {tokens}"
    return result


def go_to_jinja(template: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for match in _ACTION.finditer(template):
        out.append(template[pos : match.start()])
        pos = match.end()
        left = "-" if match[1] else ""
        right = "-" if match[3] else ""
        action = match[2]
        if action == "range $i, $m := .Messages":
            stack.append("endfor")
            out.append(f"{{%{left} for m in messages %}}{{% set i = loop.index0 {right}%}}")
        elif action.startswith("if "):
            stack.append("endif")
            expression = _expression(_TOKEN.findall(action[3:]))
            out.append(f"{{%{left} if {expression} {right}%}}")
        elif action == "end":
            out.append(f"{{%{left} {stack.pop()} {right}%}}")
        else:
            out.append(f"{{{{{left} {_expression(_TOKEN.findall(action))} {right}}}}}")
    out.append(template[pos:])
    assert not stack, "unclosed range/if"
    return "".join(out)


def render_go(template: str, messages: list[dict[str, str]]) -> str:
    env = jinja2.Environment(keep_trailing_newline=True, autoescape=False)  # like text/template
    return env.from_string(go_to_jinja(template)).render(messages=messages)
