"""Regular expressions that skip ahead to where a match can start.

Python's ``re`` scans a pattern that begins with ``\\b`` or an alternation of words position by position,
trying every alternative at each one; a lookahead of the characters a match can begin with, put in front,
fails at most positions with one test. :func:`anchored` works that set out from the pattern itself, so a
word added to a pattern later is never missed.
"""
from __future__ import annotations

import re

try:  # the parser ``re`` compiles with (``sre_parse`` before Python 3.11)
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - an older or other Python: patterns stay as they are
    _p = _c = None

_CLASS_SPECIAL = set("\\]^-[")


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class holding every character a match of ``pattern`` can begin with,
    or None when that is not known (a match may be empty, begin with any character, or a flag changes inside).

    >>> first_chars(r"\\b(Hội nghị|Lễ|[Đđ]ại hội)\\s+")
    'HLĐđ'
    >>> first_chars(r"(?:\\d+|các)\\s"), first_chars(r"(?:ông )?Nguyễn"), first_chars(r"\\s*")
    ('c\\\\d', 'Nô', None)
    """
    return _first_chars(_parsed(pattern, flags))


def _first_chars(tree) -> str | None:
    try:
        found, empty = _firsts(tree) if tree is not None else (set(), True)
    except _Unknown:
        return None
    if empty:  # (a match may be empty: it begins anywhere)
        return None
    chars = sorted(item for item in found if len(item) == 1)
    return "".join("\\" + c if c in _CLASS_SPECIAL else c for c in chars) + "".join(sorted(i for i in found if len(i) > 1))


def anchored(compiled: re.Pattern) -> re.Pattern:
    """The same pattern with a lookahead of its first characters in front (the same matches, found faster),
    or the pattern itself when they are not known.

    >>> anchored(re.compile(r"\\b(ông|bà)\\s+[A-Z]")).pattern
    '(?=[bô])(?:\\\\b(ông|bà)\\\\s+[A-Z])'
    """
    verbose = compiled.flags & re.VERBOSE  # (a comment at its end would swallow the closing bracket)
    tree = _parsed(compiled.pattern, compiled.flags) if isinstance(compiled.pattern, str) and not verbose else None
    if tree is None or not len(tree) or tree[0][0] in (_c.LITERAL, _c.IN) and not compiled.flags & re.IGNORECASE:
        return compiled  # (one that begins with a character or a class: ``re`` skips to those already)
    chars = _first_chars(tree)
    if not chars:
        return compiled
    try:
        return re.compile(f"(?=[{chars}])(?:{compiled.pattern})", compiled.flags)
    except re.error:  # pragma: no cover - (a global inline flag, which must stay first)
        return compiled


class _Unknown(Exception):
    pass


def _parsed(pattern: str, flags: int):
    """``re``'s own parse of a pattern (None when that parser is not there)."""
    return _p.parse(pattern, flags) if _p is not None else None


def _firsts(items) -> tuple[set[str], bool]:
    """The first-character items of a sequence (single characters or escapes like ``\\d``), and whether
    the sequence may match the empty string."""
    found: set[str] = set()
    for op, av in items:
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: what follows begins the match
        if op is _c.LITERAL:
            return found | {chr(av)}, False
        if op is _c.IN:
            return found | _class_items(av), False
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown  # ("(?i:…)": a case-blind part of a case-sensitive pattern)
            inner, nullable = _firsts(sub)
        elif op is _c.BRANCH:
            inner, nullable = set(), False
            for alternative in av[1]:
                got, empty = _firsts(alternative)
                inner |= got
                nullable |= empty
        elif op in _REPEATS:
            low, _high, sub = av
            inner, nullable = _firsts(sub)
            nullable |= low == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner, nullable = _firsts(av)
        else:
            raise _Unknown  # any character, a back-reference, a conditional: anything may begin it
        found |= inner
        if not nullable:
            return found, False
    return found, True  # (what follows the sequence may begin the match)


def _class_items(items) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:
            raise _Unknown  # a negated class, an unusual category
    return out


_REPEATS = () if _c is None else tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op)
_CATEGORIES = {} if _c is None else {
    _c.CATEGORY_DIGIT: "\\d", _c.CATEGORY_NOT_DIGIT: "\\D", _c.CATEGORY_SPACE: "\\s",
    _c.CATEGORY_NOT_SPACE: "\\S", _c.CATEGORY_WORD: "\\w", _c.CATEGORY_NOT_WORD: "\\W",
}
