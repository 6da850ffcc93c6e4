"""JSON from outside (API bodies, Slack payloads), parsed only when its nesting depth is sane.

Python's json module recurses once per level, so a small body nested a thousand deep would end in
a RecursionError (a 500) instead of a refusal; the depth is counted first, without recursion.
"""
from __future__ import annotations

import json
import re

# Our API objects are two levels deep and Slack's payloads under ten; this leaves ample room.
MAX_JSON_DEPTH = 32
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class JsonInputError(ValueError):
    """Unusable JSON; `detail` completes a Danish sentence: "<what> er <detail>."."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def nesting_depth(text: str, stop_above: int = MAX_JSON_DEPTH) -> int:
    """How deep arrays and objects nest (brackets inside strings do not count); stops early."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):
        if bracket.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_above:
                    break
        else:
            depth -= 1
    return deepest


def load_json(text: object) -> object:
    """json.loads for untrusted input; JsonInputError for invalid or too deeply nested JSON."""
    if not isinstance(text, (str, bytes)):
        raise JsonInputError("ikke gyldig JSON")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise JsonInputError("ikke gyldig UTF-8") from None
    # Fewer opening brackets than the limit cannot nest deeper: two counts in C spare the usual
    # body (a question, ~3 brackets) the regular-expression passes over its text.
    if (text.count("{") + text.count("[") > MAX_JSON_DEPTH
            and nesting_depth(text) > MAX_JSON_DEPTH):
        raise JsonInputError(f"for dybt indlejret JSON (højst {MAX_JSON_DEPTH} niveauer)")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise JsonInputError("ikke gyldig JSON") from None
