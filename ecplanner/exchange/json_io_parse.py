"""Parsing JSON that anyone may have written, without being driven into the weeds.

``load_bounded`` refuses, with a ``JsonRefused`` code, what no plan holds before the parser
meets it: nesting deeper than ``MAX_DEPTH`` (the parser recurses; 100,000 ``[`` end in a
RecursionError), text that is not UTF-8 or not JSON. Integer literals of more digits than
Python converts (4,300) are read as ``Digits``, which every field refuses as too large,
instead of stopping the whole parse. ``Infinity``, ``NaN`` and ``1e999`` are read as the
floats they name: the domain refuses them in the field they are in, with its path.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 64  # a plan's JSON nests 5 deep (plan → events → event → phases → phase)
MAX_JSON_BYTES = 1 << 30
_MAX_DIGITS = 4000  # below Python's limit on converting digits to an int (4,300)
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_INNERMOST = re.compile(rb"\[\]|\{\}")
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'[]{}"')


class JsonRefused(ValueError):
    """``code``: ``not_json`` (``detail`` says where the parser stopped) or
    ``json_too_deep``."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


class Digits:
    """An integer literal too long to convert; ``text`` is its digits."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__  # as it is written, also inside a list an issue quotes


def _integer(text: str) -> int | Digits:
    return int(text) if len(text) <= _MAX_DIGITS else Digits(text)


def nesting_depth(data: bytes, limit: int) -> int | None:
    """How deep ``data``'s arrays and objects nest, counted up to ``limit + 1``; None when
    its brackets do not pair up (it is not JSON).

    Strings are taken out first (escapes, then quoted runs) so brackets in text do not
    count; what is left is only brackets, whose innermost pairs are removed a level at a
    time. UTF-8 never puts these ASCII bytes inside a multi-byte character."""
    residue = _STRING.sub(b"", _ESCAPE.sub(b"", data).translate(None, _NOT_STRUCTURE))
    depth = 0
    while residue and depth <= limit:
        inner = _INNERMOST.sub(b"", residue)
        if inner == residue:
            return None
        residue, depth = inner, depth + 1
    return depth


def load_bounded(data: bytes) -> object:
    """The JSON value of ``data`` (UTF-8); raises ``JsonRefused``."""
    depth = nesting_depth(data, MAX_DEPTH)
    if depth is None:  # parsing it could recurse as deep as it opens brackets
        raise JsonRefused("not_json", "its brackets do not pair up")
    if depth > MAX_DEPTH:
        raise JsonRefused("json_too_deep", f"more than {MAX_DEPTH} levels")
    try:
        return json.loads(data.decode("utf-8"), parse_int=_integer)
    except UnicodeDecodeError as error:
        raise JsonRefused("not_json", f"not UTF-8 at byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise JsonRefused("not_json", f"line {error.lineno} column {error.colno}: "
                                      f"{error.msg}") from None
