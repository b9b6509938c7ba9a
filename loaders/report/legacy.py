"""Vietnamese text in the legacy 8-bit font encodings of the 1990s–2000s, still found in old reports.

- **TCVN3 (ABC)**, TCVN 5712:1993: one byte per precomposed lower-case letter ("¸" = "á"); capitals
  with marks were written with a second font, so they arrive as the same bytes as lower case.
- **VNI** (VNI-Windows): a base letter followed by bytes for its marks ("aù" = "á", "ñ" = "đ").
- **Windows-1258**: base letters and combining tone marks (Python's ``cp1258`` codec).

:func:`guess` tries each and keeps the reading in which common Vietnamese words appear most.

>>> to_unicode("Thi ®ua khen th­ëng", "tcvn3")
'Thi đua khen thưởng'
>>> to_unicode("Thi ñua khen thöôûng", "vni")
'Thi đua khen thưởng'
"""
from __future__ import annotations

import re
import unicodedata

_VI = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ"
_TCVN3_LOWER = "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\xadøõö÷ùýúûüþ®"
TCVN3 = dict(zip(_TCVN3_LOWER, _VI)) | dict(zip("¡¢£¤¥¦§", "ĂÂÊÔƠƯĐ"))

# VNI: marks after the base letter; the tone byte after a vowel that has a hat or horn.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT_TONES = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # on a, e, o
_VNI_BREVE_TONES = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # on a
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in "aeo":
        for byte, tone in _VNI_HAT_TONES.items():
            table[base + byte] = unicodedata.normalize("NFC", base + "\u0302" + tone)
    for byte, tone in _VNI_BREVE_TONES.items():
        table["a" + byte] = unicodedata.normalize("NFC", "a\u0306" + tone)
    for base in "aeiouy":
        for byte, tone in _VNI_TONES.items():
            table.setdefault(base + byte, unicodedata.normalize("NFC", base + tone))
    for horn, letter in (("ô", "ơ"), ("ö", "ư")):
        for byte, tone in _VNI_TONES.items():
            table[horn + byte] = unicodedata.normalize("NFC", letter + tone)
    table.update(_VNI_SINGLE)
    upper = {k.upper(): v.upper() for k, v in table.items()}
    upper.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in table.items() if len(k) == 2})
    return upper | table


VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, VNI), key=len, reverse=True)))
_TCVN3_RE = re.compile("[" + re.escape("".join(TCVN3)) + "]")

# Letters of TCVN3 and VNI text that Vietnamese in Unicode never uses (so not "Ô", "É", "Ò" …, which are
# Vietnamese capitals): without them there is nothing to unmask.
_LEGACY_MARKS = re.compile("[¸µ¶·¹¨»¼½Æ©ÇËÐÎÏÑªÖ×ØÜÞßåæç«¬®ëîïñöøûüþä\xad]")

_COMMON = frozenset("""của và các được những trong cho với người năm đã có không này là một thi đua khen thưởng tặng
nhân dân việt nam hội công tác đồng chí chủ tịch trao lao động huân chương bằng cờ tỉnh thành phố""".split())


def to_unicode(text: str, encoding: str) -> str:
    """Text read byte-for-byte as Latin-1 / Windows-1252 → Unicode NFC, for "tcvn3" or "vni"."""
    if encoding == "tcvn3":
        out = _TCVN3_RE.sub(lambda m: TCVN3[m.group()], text)
    elif encoding == "vni":
        out = _VNI_RE.sub(lambda m: VNI[m.group()], text)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}: tcvn3 or vni")
    return unicodedata.normalize("NFC", out)


def vietnamese_score(text: str) -> int:
    """How many of the words are among the most common Vietnamese words (a reading that is right scores high)."""
    return sum(1 for w in re.findall(r"[^\W\d_]+", text.lower()) if w in _COMMON)


def guess(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of bytes that are not UTF-8: the best of Windows-1258, TCVN3 and VNI, or None."""
    readings = []
    try:
        readings.append((unicodedata.normalize("NFC", data.decode("cp1258")), "Windows-1258"))
    except UnicodeDecodeError:
        pass
    latin = data.decode("cp1252", errors="replace")
    readings.append((to_unicode(latin, "tcvn3"), "TCVN3"))
    readings.append((to_unicode(latin, "vni"), "VNI"))
    best = max(readings, key=lambda r: vietnamese_score(r[0]))
    return best if vietnamese_score(best[0]) > 0 else None


def unmask(text: str) -> tuple[str, str | None]:
    """Text that decoded as UTF-8 but holds a legacy encoding's letters (a TCVN3 or VNI file converted
    to UTF-8 as if it were Latin-1): converted, with the encoding's name; else unchanged and None."""
    if not _LEGACY_MARKS.search(text):
        return text, None
    plain = vietnamese_score(text)
    best = (text, None, plain)
    for encoding, name in (("tcvn3", "TCVN3"), ("vni", "VNI")):
        converted = to_unicode(text, encoding)
        score = vietnamese_score(converted)
        if score > best[2] * 2 + 2:
            best = (converted, name, score)
    return best[0], best[1]
