"""Checks on SPARQL text before it runs: updates and SERVICE need the user's explicit consent."""
from __future__ import annotations

import re

from tdkt.errors import QueryError

_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.I)
_QUERY = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


def strip_literals(text: str) -> str:
    """The query with strings, IRIs and comments blanked (keywords inside them do not count)."""
    return _NOISE.sub(" ", text)


def check_query(text: str, *, allow_update: bool = False, allow_service: bool = False) -> bool:
    """True when ``text`` is an update. Raises :class:`QueryError` for what is not allowed."""
    bare = strip_literals(text)
    if not bare.strip():
        raise QueryError("empty SPARQL query")
    if re.search(r"\bSERVICE\b", bare, re.I) and not allow_service:
        raise QueryError("the query uses SERVICE (network access); pass --allow-service to allow it")
    is_update = not _QUERY.fullmatch(_first_keyword(bare) or "SELECT")
    if is_update and not allow_update:
        raise QueryError("this is a SPARQL Update (it changes the store); pass --update to allow it")
    return is_update


def _first_keyword(bare: str) -> str:
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", bare, re.I)
    return m.group(1) if m else ""
