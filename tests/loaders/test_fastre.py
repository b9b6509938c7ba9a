"""Patterns with a lookahead of their first characters find exactly what the patterns alone find."""
from __future__ import annotations

import re

import pytest

from tdkt.loaders.report.fastre import anchored, first_chars

TEXTS = [
    "Tới dự Hội nghị có đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh; 12 cá nhân và 3 tập thể được tặng Bằng khen.",
    "ĐỀ NGHỊ xét tặng Huân chương Lao động hạng Ba cho ông Lê Văn B (sinh năm 1970) - Đề nghị số 12/TTr-UBND.",
    "tổ chức lễ kỷ niệm 79 năm; Thu hồi danh hiệu; 1.250 người; [ghi chú] ^ - \\ ] các đơn vị, cá nhân",
    "",
    "   \t\n  ",
]

PATTERNS = [
    re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d{1,6}|các|[Hh]ai)\s+(cá nhân|tập thể|người|đơn vị)"),
    re.compile(r"\b(đề nghị|xét tặng|thu hồi|(?<!quá )trình(?! độ))\b", re.I),
    re.compile(r"(?<=tổ chức )(?:lễ|hội nghị)\s+(?!các\b)(?=\S)"),
    re.compile(r"(?:[-–]\s*)?(?:Tới|Tham) dự"),
    re.compile(r"\(?\s*sinh năm\s+\d{4}\)?"),
    re.compile(r"[\]\^\\-]+"),
    re.compile(r"(?:ông|bà)?\s*[A-ZĐ]\w+"),
    re.compile(r"[a-c]{2}|x*ghi"),
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_anchored_finds_what_the_pattern_finds(pattern):
    fast = anchored(pattern)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in pattern.finditer(text)]
        for pos in range(len(text) + 1):  # (a match at a given place, as the extractor asks for one)
            a, b = fast.match(text, pos), pattern.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_first_characters_of_alternatives_classes_and_optional_parts():
    assert first_chars(r"\b(Hội nghị|Lễ|[Đđ]ại hội)\s+") == "HLĐđ"
    assert first_chars(r"(?:ông )?Nguyễn") == "Nô"  # an optional part, then what follows it
    assert first_chars(r"(?:\d+|các)\s") == "c\\d"
    assert first_chars(r"(?<!quá )trình") == "t"  # a lookbehind begins nothing
    assert first_chars(r"[a-c]x") == "a-c"


@pytest.mark.parametrize("source, flags", [
    (r"\s*", 0),  # a match may be empty: it may begin anywhere
    (r".x", 0),  # any character
    (r"[^a]b", 0),  # any but one
    (r"(?i:a)b", 0),  # a case-blind part of a case-sensitive pattern
])
def test_unknown_first_characters_leave_the_pattern_as_it_is(source, flags):
    assert first_chars(source, flags) is None
    pattern = re.compile(source, flags)
    assert anchored(pattern) is pattern


def test_a_verbose_pattern_is_left_as_it_is():
    pattern = re.compile(r"abc  # a comment at the end", re.X)
    assert anchored(pattern) is pattern
