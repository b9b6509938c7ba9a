"""Words the report extractor recognises: tokens, the phrase index over reference data, and the
closed word lists of Vietnamese report prose (post titles, honorifics, organization heads).

Entity names (organizations, offices, award types) come from ``ontology/*.ttl`` only; the lists
here are grammar, not reference data.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from tdkt.loaders.normalize import matching_key
from tdkt.ontology import reference

_SPLIT = re.compile(r"([^\W_]+)")  # split() alternates separator, word, separator …: spans come from lengths
_SPLIT_APOSTROPHE = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)")  # "Đắk R'lấp", "Ea H'leo": an apostrophe between letters


class Token(NamedTuple):
    text: str
    key: str  # matching key of the word
    start: int
    end: int
    cap: bool  # starts with a capital letter


_WORDS: dict[str, tuple[str, bool]] = {}  # word → (matching key, capitalised); words repeat, so a cache pays


def tokenize(text: str) -> list[Token]:
    """The words of a text with their matching keys and character spans.

    >>> [(t.text, t.key, t.start, t.end, t.cap) for t in tokenize("Uỷ ban, tỉnh")]
    [('Uỷ', 'ủy', 0, 2, True), ('ban', 'ban', 3, 6, False), ('tỉnh', 'tỉnh', 8, 12, False)]
    """
    out = []
    known, new = _WORDS, tuple.__new__
    parts = (_SPLIT_APOSTROPHE if "'" in text or "’" in text else _SPLIT).split(text)  # (is inside a word)
    start = len(parts[0])
    for k in range(1, len(parts), 2):
        w = parts[k]
        seen = known.get(w)
        if seen is None:
            if len(known) > 200_000:
                known.clear()
            seen = known[w] = (matching_key(w), w[:1].isupper())
        end = start + len(w)
        out.append(new(Token, (w, seen[0], start, end, seen[1])))
        start = end + len(parts[k + 1])
    return out


def starts(index: "PhraseIndex", tokens: list[Token]) -> list[int]:
    """Positions where a phrase of the index may start (a cheap pre-filter before :meth:`PhraseIndex.match`)."""
    firsts = index.firsts
    return [i for i, t in enumerate(tokens) if t.key in firsts]


def index_starts(tokens: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """:func:`starts` of the award, known-office and organization indexes at once: one pass over the words.

    >>> index_starts(tokenize("Bộ Y tế tặng Bằng khen"))
    ([4, 5], [], [0])
    """
    table = _firsts_table()
    awards: list[int] = []
    posts: list[int] = []
    orgs: list[int] = []
    for i, t in enumerate(tokens):
        bits = table.get(t.key)
        if bits:
            if bits & 1:
                awards.append(i)
            if bits & 2:
                posts.append(i)
            if bits & 4:
                orgs.append(i)
    return awards, posts, orgs


@lru_cache(maxsize=1)
def _firsts_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, index in ((1, award_index()), (2, post_index()), (4, org_index())):
        for word in index.firsts:
            table[word] = table.get(word, 0) | bit
    return table


def keys(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase))


class PhraseIndex:
    """Longest-match lookup of token sequences: ``index.match(tokens, i)`` → (length, value).

    >>> index = PhraseIndex({keys("Bộ Y tế"): "health", keys("Bộ"): "ministry"})
    >>> index.match(tokenize("Bộ Y tế tỉnh"), 0), index.match(tokenize("Bộ Tư pháp"), 0)
    ((3, 'health'), (1, 'ministry'))
    """

    def __init__(self, phrases: dict[tuple[str, ...], object]):
        self.phrases = phrases
        # a trie of the phrases' words: a match walks it word by word and stops at the first word no
        # phrase goes on with (most positions: the second word), keeping the last phrase it passed
        self.trie: dict = {}
        for k, value in phrases.items():
            if not k or value is None:
                continue
            node = self.trie
            for w in k:
                node = node.setdefault(w, {})
            node[_END] = value
        lengths: dict[str, set[int]] = {}
        for k in phrases:
            if k:
                lengths.setdefault(k[0], set()).add(len(k))
        # first word → the lengths of the phrases it starts, longest first
        self.firsts: dict[str, tuple[int, ...]] = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}

    def match(self, tokens: list[Token], i: int, limit: int | None = None) -> tuple[int, object] | None:
        end = limit or len(tokens)
        node = self.trie.get(tokens[i].key) if i < end else None
        if node is None:
            return None
        found = None
        k = i + 1
        while True:
            value = node.get(_END)
            if value is not None:
                found = (k - i, value)
            if k >= end:
                return found
            node = node.get(tokens[k].key)
            if node is None:
                return found
            k += 1


_END = ""  # the trie's key for "a phrase ends here" (no token's key is empty)


def _index(kind: str, skip=lambda e, name: False) -> PhraseIndex:
    phrases: dict[tuple[str, ...], object] = {}
    for entity in reference.entities(kind):
        for name in entity.names:
            if skip(entity, name):
                continue
            k = keys(name)
            if k:
                phrases.setdefault(k, entity)
    return PhraseIndex(phrases)


@lru_cache(maxsize=1)
def org_index() -> PhraseIndex:
    """Known organizations and clusters. Provinces only where named as such ("tỉnh Nghệ An"),
    never by a bare name ("Hồ Chí Minh" is also a person, "Hà Nội" a word of many names).
    A nation-wide association ("Hội …") is also named by its central committee with any of its names
    ("Trung ương Hội LHPN Việt Nam", "TW Hội Chữ thập đỏ Việt Nam")."""
    def bare_province(entity, name):
        return entity.kind == "province" and not re.match(r"(?i)(tỉnh|thành phố|tp\b)", name)
    index = _index("org", bare_province)
    for entity in reference.entities("org"):
        if entity.kind == "org" and entity.label.startswith("Hội ") and not entity.label.startswith("Hội đồng"):
            for name in entity.names:
                k = keys(name)
                if k[:1] == ("hội",):  # (and its central committee by name: "Ban Chấp hành Trung ương Hội Nông dân …")
                    for central in (("trung", "ương"), ("tw",), ("tư",), ("ban", "chấp", "hành", "trung", "ương")):
                        index.phrases.setdefault(central + k, entity)
    for k, entity in list(index.phrases.items()):  # "Quân ủy TW", "Ủy ban Kiểm tra T.Ư": "Trung ương" abbreviated
        if entity is None or "khóa" in k:
            continue  # (a term's own name: written in full)
        at = next((x for x in range(len(k) - 1) if k[x:x + 2] == ("trung", "ương")), None)
        for short in (("tw",), ("tư",), ("t", "ư")) if at is not None else ():
            index.phrases.setdefault(k[:at] + short + k[at + 2:], entity)
        if k[:3] == ("ban", "chấp", "hành"):  # "BCH Trung ương", "BCH Tổng Liên đoàn"
            index.phrases.setdefault(("bch",) + k[3:], entity)
    return PhraseIndex(index.phrases)


@lru_cache(maxsize=1)
def ministries() -> list[tuple[tuple[str, ...], object]]:
    """The ministries the reference data knows, as (the keys of their label, the entity)."""
    return [(keys(e.label), e) for e in reference.entities("org") if e.label.startswith("Bộ ") and e.kind == "org"]


@lru_cache(maxsize=1)
def province_index() -> PhraseIndex:
    return _index("org", lambda e, name: e.kind != "province")


@lru_cache(maxsize=1)
def country_index() -> PhraseIndex:
    """States by every name the reference data gives them ("Lào", "CHDCND Lào", "Cu-ba")."""
    return _index("country")


def country_at(tokens: list[Token], i: int):
    """The country named from token i on, as ``(tokens, Known)``, or None.

    >>> country_at(tokenize("Quốc hội CHDCND Lào"), 2)[1].label
    'Lào'
    """
    return country_index().match(tokens, i)


@lru_cache(maxsize=4096)
def foreign_state(name: str):
    """The foreign state a body's name ends with ("Quốc hội Lào" → Lào, as ``Known``), or None
    (Vietnam's own bodies, and "Hội Hữu nghị Việt Nam - Lào", a Vietnamese body of friendship).

    >>> foreign_state("Nhà nước CHDCND Lào").label, foreign_state("Bộ Công an Việt Nam")
    ('Lào', None)
    """
    toks = tokenize(name)
    for i in range(1, len(toks)):
        m = country_at(toks, i)
        if m and i + m[0] == len(toks) and not re.search(r"[-–]", name[toks[i - 1].end:toks[i].start]):
            return None if m[1].label == "Việt Nam" else m[1]
    return None


@lru_cache(maxsize=4096)  # (a list names each body on many rows)
def province_in(name: str):
    """The province a body's name places it in ("Sở Tư pháp tỉnh Nghệ An", "Tỉnh ủy Hà Tĩnh" →
    Tỉnh Nghệ An, Tỉnh Hà Tĩnh, as ``Known``), the province itself for a province, or None.

    >>> province_in("Hội Nông dân tỉnh Hà Tĩnh").label
    'Tỉnh Hà Tĩnh'
    >>> province_in("Tỉnh ủy Hà Tĩnh").label
    'Tỉnh Hà Tĩnh'
    """
    return next(provinces_named(tokenize(name)), None)


def provinces_named(toks: list[Token]) -> Iterator:
    """The provinces named as such in ``toks``, in order: "tỉnh Nghệ An", "thành phố Hà Nội", and a
    bare name after the Party's or the Youth Union's provincial body ("Tỉnh ủy Hà Tĩnh")."""
    heads = {i + 2 for i in range(len(toks) - 2) if (toks[i].key, toks[i + 1].key) in PROVINCIAL_HEADS}
    for i in sorted(set(starts(org_index(), toks)) | heads):
        m = org_index().match(toks, i) if i not in heads else province_index().match(toks, i)
        if m and m[1].kind == "province":
            yield m[1]


@lru_cache(maxsize=1)
def award_index() -> PhraseIndex:
    """Award types by every name of the scheme and the spellings the press varies them with:
    class numbers in digits or Roman numerals ("hạng 3", "hạng III"), "sỹ" for "sĩ"."""
    index = _index("award")
    for k, entity in list(index.phrases.items()):
        for variant in _award_variants(k):
            index.phrases.setdefault(variant, entity)
    return PhraseIndex(index.phrases)


_CLASS_NUMBERS = {"nhất": ("1", "i"), "nhì": ("2", "ii"), "ba": ("3", "iii")}


def _award_variants(k: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = []
    if len(k) >= 2 and k[-2] == "hạng" and k[-1] in _CLASS_NUMBERS:
        out.extend(k[:-1] + (n,) for n in _CLASS_NUMBERS[k[-1]])
    if "sĩ" in k:
        out.append(tuple("sỹ" if w == "sĩ" else w for w in k))
    return out


@lru_cache(maxsize=1)
def post_index() -> PhraseIndex:
    return _index("post")


def _phrases(*items: str) -> PhraseIndex:
    return PhraseIndex({keys(i): i for i in items})


# Post titles, longest first wins; the organization follows the title ("Chủ tịch Hội Nông dân …").
TITLES = _phrases(
    "Ủy viên", "Ủy viên Ban Thường vụ", "Ủy viên BTV", "Ủy viên Thường vụ", "Ủy viên dự khuyết",
    "Bí thư", "Bí thư thứ nhất", "Bí thư thường trực", "Phó Bí thư", "Phó Bí thư thường trực", "Tổng Bí thư",
    "Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch thường trực", "Chủ tịch Hội đồng thành viên", "Chủ tịch Hội đồng quản trị",
    "Chủ tịch HĐQT", "Phó Chủ tịch HĐQT", "Phó Chủ tịch Hội đồng quản trị", "Chủ tịch HĐTV", "Phó Chủ tịch HĐTV",
    "Phó Chủ tịch Hội đồng thành viên",
    "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Thứ trưởng thường trực",
    "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Quyền Giám đốc",
    "Trưởng ban", "Phó Trưởng ban", "Phó Trưởng ban thường trực", "Chánh Văn phòng", "Phó Chánh Văn phòng",
    "Trưởng Đoàn", "Phó Trưởng Đoàn", "Phó Trưởng Đoàn chuyên trách", "Phó Chánh án",
    "Chủ nhiệm", "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng", "Hiệu trưởng", "Phó Hiệu trưởng",
    "Chánh án", "Tổng Thư ký", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Chính trị viên", "Chính trị viên phó",
    "Tham mưu trưởng", "Phó Tham mưu trưởng", "Kế toán trưởng", "Hiệu phó", "Thư ký", "Cục trưởng", "Phó Cục trưởng",
    "Vụ trưởng", "Phó Vụ trưởng", "Tổng cục trưởng", "Phó Tổng cục trưởng", "Trưởng phòng", "Phó Trưởng phòng",
    "Đại sứ", "Tổng Biên tập", "Chuyên viên", "Chi ủy viên", "Tổ trưởng", "TGĐ", "Phó TGĐ", "PCT", "PBT", "Phó Tổng Biên tập", "Thường trực", "Trưởng", "Phó trưởng", "Chỉ huy trưởng",
    "Tổng Tham mưu trưởng", "Đồn trưởng", "Phó Đồn trưởng", "Đội trưởng", "Phó Đội trưởng", "Trạm trưởng", "Phó Trạm trưởng", "Chi cục trưởng",
    "Sư đoàn trưởng", "Phó Sư đoàn trưởng", "Trung đoàn trưởng", "Phó Trung đoàn trưởng", "Lữ đoàn trưởng",
    "Phó Lữ đoàn trưởng", "Tiểu đoàn trưởng", "Phó Tiểu đoàn trưởng", "Đại đội trưởng", "Phó Đại đội trưởng", "Trung đội trưởng",
    "Phó Trung đội trưởng", "Hải đội trưởng",
    "Phó Chi cục trưởng", "Trưởng khoa", "Phó Trưởng khoa", "Chánh Thanh tra", "Phó Chánh Thanh tra", "Chỉ huy phó", "Đại biểu Quốc hội", "Tổng Kiểm toán", "Phó Tổng Kiểm toán", "Thống đốc", "Phó Thống đốc", "Tổng Thanh tra", "Phó Tổng Thanh tra", "Phó Tổng Thư ký", "Tỉnh trưởng", "Phó Tỉnh trưởng",
    "giáo viên", "bác sĩ", "điều dưỡng", "kỹ sư", "phóng viên", "biên tập viên",
    "Chủ tịch nước", "Phó Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội",
    "Tổng thống", "Phó Tổng thống", "Quốc vương", "Tổng Lãnh sự",
)

# Abbreviated titles written out.
TITLE_EXPANSIONS = {"ủy viên btv": "Ủy viên Ban Thường vụ", "tgđ": "Tổng giám đốc", "phó tgđ": "Phó Tổng giám đốc", "gđ": "Giám đốc", "pgđ": "Phó Giám đốc",
                    "pct": "Phó Chủ tịch", "pbt": "Phó Bí thư"}

# Words that introduce a person's name.
HONORIFICS = _phrases(
    "đồng chí", "đ c", "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "thầy", "cô",
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất",
    "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
    "GS", "PGS", "TS", "ThS", "BS", "GS TS", "PGS TS", "NSND", "NSƯT", "NGND", "NGƯT", "Anh hùng", "Bác sĩ",
    "TS BS", "ThS BS", "GS TS BS", "PGS TS BS", "TSKH", "GS TSKH", "PGS TSKH", "NCS", "GS VS", "GS TSKH VS", "BSCKI", "BSCKII", "BS CKI", "BS CKII", "TTND", "TTƯT", "KTS", "DS",
    "CKI", "CKII", "CK1", "CK2", "BSCK1", "BSCK2", "BS CK1", "BS CK2",  # (a specialist degree: "bác sĩ CKII Trần Văn A")
    "nhà báo", "nghệ nhân", "nghệ sĩ", "liệt sĩ", "Mẹ", "bác",
)

SURNAMES = frozenset(matching_key(s) for s in """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lại Đinh Đào Trịnh Mai Trương Lưu
Tô Hà Cao Lương Chu Tạ Đoàn Thái Tăng Lâm Quách Phùng Kiều Từ Triệu Khúc Giang Châu Vương Thân Nông Lò
Lục Hứa Mạc Tôn La Kim Bạch Âu Diệp Ông Đàm Thạch Nghiêm Hầu Khổng Doãn Quan Ninh Phó Đồng Mẫn Lạc Hàn Lã
Bế Mã Sầm Trình Vi Tống Ứng Nhữ Văn Viên Hạ Khương Lỗ Tiêu Yên Chế Lò Quàng Thào Sùng Giàng Vàng Cầm Lường
Uông Cù Đậu Quản Phí Ngọ Kha Lữ Cấn Khuất Giáp Vy Thiều Mông Đới Ôn Danh
""".split())

# Heads of organization names ("Sở Tư pháp tỉnh Nghệ An"), each followed by a capitalised name.
ORG_HEADS = _phrases(
    "Công ty Cổ phần", "Công ty CP", "Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần Tập đoàn", "Công ty CP Tập đoàn",
    "Tổng công ty Cổ phần", "Tổng Công ty CP", "Trường Đại học", "Trường ĐH",
    "Bộ", "Sở", "Ban", "Ủy ban", "Ủy ban nhân dân", "UBND", "Hội đồng", "Hội đồng nhân dân", "HĐND", "Hội", "Liên đoàn Lao động",
    "LĐLĐ", "Công ty", "Tổng công ty", "TCT", "Tập đoàn", "Trường", "Bệnh viện", "Viện", "Báo", "Hợp tác xã", "HTX",
    "Công an", "Cục", "Vụ", "Tổng cục", "Chi cục", "Nhà xuất bản", "NXB", "Đồn Biên phòng", "Đồn BP", "Bộ Chỉ huy",
    "Bộ đội Biên phòng", "Bộ Tư lệnh", "Quân khu", "Quân đoàn", "Sư đoàn", "Trung đoàn", "Lữ đoàn", "Học viện",
    "Đại học", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Đảng ủy", "Đảng bộ", "Liên hiệp", "Liên hiệp các Hội", "Liên minh", "Trung tâm",
    "Đài", "Tạp chí", "Thời báo", "Ngân hàng", "Trạm", "Cơ quan", "Thông tấn xã", "Quận", "Huyện", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Viện KSND",
    "Hội Liên hiệp Phụ nữ", "Hội LHPN", "Hội Nông dân", "Hội Cựu chiến binh", "Hội CCB", "Hội CTĐ", "Đoàn Thanh niên", "Tỉnh đoàn", "Thành đoàn",
    "Công đoàn", "Chi bộ", "Chi đoàn", "Nhà nước", "TAND", "VKSND", "Chi nhánh", "Phòng Cảnh sát", "Phòng", "Đội", "Cảnh sát", "Bộ đội", "Khối", "Cụm",
    "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán", "Huyện đoàn", "Quận đoàn", "Thị đoàn", "Đoàn xã", "Đoàn phường", "Đoàn thị trấn",
    "Cty", "Cty CP", "Cty TNHH", "TCty", "Tổng Cty", "Tổng Cty CP", "Văn phòng", "Khoa",
    "Bảo hiểm xã hội", "BHXH", "Kho bạc Nhà nước", "KBNN", "Bưu điện", "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH",
    "Bộ CHQS", "BCHQS", "Bộ CHBĐBP", "BĐBP", "Quân chủng", "Binh chủng", "Hiệp hội", "Thanh tra", "Cảng vụ",
    "Tiểu đoàn", "Đại đội", "Liên đoàn", "Phường", "Thị trấn", "Hải đội", "Hải đoàn", "Vùng", "Khu Quản lý", "CTCP", "Binh đoàn",
    "Lực lượng vũ trang", "Lực lượng vũ trang nhân dân", "LLVT",  # (a province's or a region's armed forces: a recipient)
    "Xí nghiệp", "CĐCS", "Hội ND", "Đoàn TN", "UBMTTQ", "Mặt trận Tổ quốc",  # ("Mặt trận Tổ quốc phường Cái Khế": a ward's)
)
_CITY_COMMITTEE = re.compile(r"\b(Thành ủy|Thành đoàn) thành phố (?!Hồ Chí Minh\b)")


def city_committee(name: str) -> str:
    """A city's Party committee or Youth Union named as the press names it: by the city's name alone (but "Thành
    phố Hồ Chí Minh" keeps its first words, which are its name).

    >>> city_committee("Ban Tuyên giáo Thành ủy thành phố Hà Nội"), city_committee("Thành ủy thành phố Hồ Chí Minh")
    ('Ban Tuyên giáo Thành ủy Hà Nội', 'Thành ủy thành phố Hồ Chí Minh')
    """
    return _CITY_COMMITTEE.sub(r"\1 ", name) if "thành phố" in name else name


# Abbreviated heads written out in the canonical label.
HEAD_EXPANSIONS = {
    ("ubnd",): "Ủy ban nhân dân", ("hđnd",): "Hội đồng nhân dân", ("tct",): "Tổng công ty", ("htx",): "Hợp tác xã",
    ("nxb",): "Nhà xuất bản", ("tand",): "Tòa án nhân dân", ("vksnd",): "Viện kiểm sát nhân dân", ("viện", "ksnd"): "Viện kiểm sát nhân dân", ("lđlđ",): "Liên đoàn Lao động", ("đồn", "bp"): "Đồn Biên phòng", ("hội", "lhpn"): "Hội Liên hiệp Phụ nữ", ("hội", "ccb"): "Hội Cựu chiến binh", ("hội", "ctđ"): "Hội Chữ thập đỏ", ("trường", "đh"): "Trường Đại học",
    ("công", "ty", "cp"): "Công ty Cổ phần", ("ctcp",): "Công ty Cổ phần", ("tổng", "công", "ty", "cp"): "Tổng công ty Cổ phần",
    ("cty",): "Công ty", ("cty", "cp"): "Công ty Cổ phần", ("cty", "tnhh"): "Công ty TNHH", ("tcty",): "Tổng công ty",
    ("tổng", "cty"): "Tổng công ty", ("tổng", "cty", "cp"): "Tổng công ty Cổ phần",
    ("bhxh",): "Bảo hiểm xã hội", ("kbnn",): "Kho bạc Nhà nước", ("đoàn", "đbqh"): "Đoàn đại biểu Quốc hội",
    ("bộ", "chqs"): "Bộ Chỉ huy Quân sự", ("bchqs",): "Bộ Chỉ huy Quân sự", ("bộ", "chbđbp"): "Bộ Chỉ huy Bộ đội Biên phòng", ("bộ", "chỉ", "huy", "bđbp"): "Bộ Chỉ huy Bộ đội Biên phòng",
    ("bđbp",): "Bộ đội Biên phòng", ("cđcs",): "Công đoàn cơ sở", ("hội", "nd"): "Hội Nông dân",
    ("đoàn", "tn"): "Đoàn Thanh niên", ("ubmttq",): "Ủy ban Mặt trận Tổ quốc Việt Nam",
}


@lru_cache(maxsize=4096)
def expand_head(name: str, alone: bool = False) -> str:
    """A body's name with its abbreviated head written out, as its canonical label has it (``alone``: a name that is
    its head and nothing more too, "Bộ Chỉ huy BĐBP").

    >>> expand_head("Công ty CP Licogi 14"), expand_head("UBND tỉnh Nghệ An"), expand_head("Sở Y tế")
    ('Công ty Cổ phần Licogi 14', 'Ủy ban nhân dân tỉnh Nghệ An', 'Sở Y tế')
    """
    tokens = tokenize(name)
    for size in (4, 3, 2, 1):
        head = HEAD_EXPANSIONS.get(tuple(t.key for t in tokens[:size])) if len(tokens) > size - alone else None
        if head is not None:
            return head + name[tokens[size - 1].end:]
    return name


# Heads of sub-units whose name may go on with the body they belong to
# ("Cơ quan Cảnh sát điều tra Bộ Công an", "Ban Chính sách pháp luật LĐLĐ Thành phố").
SUBUNIT_HEADS = frozenset(keys(h) for h in (
    "Ban", "Cơ quan", "Cục", "Vụ", "Phòng", "Trung tâm", "Viện", "Văn phòng", "Công đoàn", "CĐCS", "Đảng ủy", "Đảng bộ",
    "Chi bộ", "Chi cục", "Tổng cục", "Đội", "Phòng Cảnh sát", "Hội đồng", "Ủy ban", "Khoa", "Thanh tra"))
# Heads of bodies that exist in every province: their canonical name carries the province.
LOCAL_HEADS = frozenset(keys(h) for h in (
    "Sở", "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Liên đoàn Lao động", "LĐLĐ", "Công an", "Tỉnh ủy",
    "Thành ủy", "Tỉnh đoàn", "Thành đoàn", "Bộ Chỉ huy", "Ban", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội LHPN",
    "Hội Cựu chiến binh", "Hội CCB", "Hội CTĐ", "Hội ND", "UBMTTQ", "Bệnh viện", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Viện KSND", "Đảng bộ", "Cục", "Chi cục", "Bộ đội Biên phòng",
    "Bảo hiểm xã hội", "BHXH", "Kho bạc Nhà nước", "KBNN", "Bưu điện", "Đoàn đại biểu Quốc hội", "Đoàn ĐBQH",
    "Bộ CHQS", "BCHQS", "Bộ CHBĐBP", "BĐBP", "Thanh tra", "Lực lượng vũ trang", "Lực lượng vũ trang nhân dân", "LLVT"))
# Heads that name a province's body by themselves: "Bí thư Tỉnh ủy".
PROVINCIAL_HEADS = frozenset(keys(h) for h in ("Tỉnh ủy", "Thành ủy", "Tỉnh đoàn", "Thành đoàn"))
# Bodies named by their seat: "Tòa án nhân dân cấp cao tại Hà Nội".
SEATED_HEADS = frozenset(keys(h) for h in ("Tòa án nhân dân", "TAND", "Viện kiểm sát nhân dân", "VKSND"))
# Administrative units below a province, written before their name: "UBND huyện Gia Lâm",
# "Công an TP. Móng Cái". After a head they start the name as a capital would.
ADMIN_UNITS = _phrases("tỉnh", "thành phố", "TP", "Tp", "huyện", "quận", "thị xã", "TX", "xã", "phường", "thị trấn")
# Abbreviated unit words that take a full stop inside a name ("TP. Móng Cái", "TX. Sơn Tây").
DOTTED_UNITS = frozenset(("tp", "tx", "tt"))
# Two-syllable words whose second syllable is also a head: "Biên phòng" (border guard), "Quốc phòng", "Hải Phòng".
HEAD_INSIDE_WORD = frozenset((("biên", "phòng"), ("quốc", "phòng"), ("hải", "phòng"), ("cán", "bộ")))  # ("… cán bộ tài chính")
# Words a number counts ("02 lần", "3 năm liền"): a number before them ends no name.
COUNTED = frozenset(("lần", "năm", "tháng", "ngày", "giờ", "người", "tuổi", "lượt", "cá", "tập", "đơn",
                     "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "đồng", "suất", "phần", "chiếc", "bộ", "căn"))  # (and sums)
# Words after which a capitalised "Hội …" is an event or a council, not an association.
NOT_ORG_AFTER_HEAD = frozenset(keys(w)[0] for w in ("nghị", "thảo", "thi", "diễn", "đồng", "chợ", "trại", "xuân"))

# Lower-case word pairs that go on inside a body's name ("Sở Nội vụ", "Cơ quan Cảnh sát điều tra"),
# besides those of the known organizations' names (see :func:`name_pairs`).
_NAME_PHRASES = """
pháp luật, việc làm, thiên tai, điều tra, dầu khí, xây lắp, điện lực, bưu điện, bưu chính, viễn thông, xây dựng, vật liệu, cấp cao,
trung học, tiểu học, cơ sở, phổ thông, thương binh, xã hội, nông nghiệp, lâm nghiệp, thủy sản, công nghiệp,
thương mại, dịch vụ, kinh tế, kỹ thuật, y tế, dược phẩm, tài chính, ngân hàng, kho bạc, hải quan, giao thông,
vận tải, môi trường, tài nguyên, nội vụ, ngoại vụ, tư pháp, văn hóa, thể thao, du lịch, khoa học, công nghệ,
quốc phòng, an ninh, biên phòng, cảnh sát, phòng cháy, chữa cháy, cứu nạn, cứu hộ, hình sự, ma túy, quản lý,
thị trường, thanh tra, kiểm toán, tuyên giáo, dân vận, kiểm tra, nội chính, mặt trận, đoàn kết, hữu nghị,
hợp tác, phát triển, đầu tư, truyền hình, phát thanh, xuất bản, nhân dân, quân đội, hậu cần, tham mưu,
chính trị, chính sách, thi đua, khen thưởng, đào tạo, bồi dưỡng, phụ nữ, nông dân, cựu chiến binh, thanh niên,
thiếu niên, nhi đồng, lao động, công đoàn, chữ thập đỏ, người cao tuổi, liên bang, trung ương, đa khoa, chuyên khoa,
giáo dục, kế hoạch, cơ quan, lao động, nội tiết, ung bướu, nhi đồng, sản nhi, y học, cổ truyền, thông tin, truyền thông,
cơ yếu, tuyên huấn, trung cấp, cao đẳng, đại học, dạy nghề, thể dục, hội nghị, tin học, quân y,
liên lạc, tư lệnh, quân sự, quân khu, dân tộc, nội trú, mầm non, học viện, kiểm sát, tòa án, hành chính, điện tử,
cơ khí, hóa chất, dệt may, lương thực, thực phẩm, cấp nước, thoát nước, đô thị, nhà ở, thống kê,
bảo hiểm, tín dụng, hàng không, đường sắt, hàng hải, đường bộ, thủy lợi, khí tượng, thủy văn, địa chất, khoáng sản,
chức năng, huyết học, truyền máu, tim mạch, chấn thương, chỉnh hình, nhân tạo, lọc máu, vệ sinh, dịch tễ,
pháp y, tâm thần, từ thiện, khuyến học, khuyến nông, doanh nghiệp, doanh nhân, hợp tác xã, nghề nghiệp,
nghệ thuật, văn học, sân khấu, điện ảnh, âm nhạc, mỹ thuật, báo chí, nhà báo, luật sư, công chứng,
trung cấp nghề, thể dục thể thao, viên chức, công chức, chức cán bộ, chuyên án, chuyên đề, công tác, đặc nhiệm, cơ động, trật tự, an toàn, phản ứng nhanh,
dự án, công trình, hướng nghiệp, giáo dục thường xuyên, thi hành án, dân sự, soát bệnh, bệnh tật, trang thiết bị y tế, thiết bị, ngân sách, pháp chế, quản lý các khu, hải quân, lục quân, không quân, phòng không,
cà phê, cao su, xi măng, mía đường, phân bón, gang thép, nước sạch, chiếu sáng, cây xanh, hồi sức, tích cực, cấp cứu, chống độc,
giải quyết, khiếu nại, tố cáo, khu vực, phổ biến, chính quyền, địa phương, nội địa, đối ngoại,
sư phạm, bách khoa, ngoại ngữ, ngoại thương, nông lâm, kiến trúc, y dược, tổng hợp, quảng trường,
trồng trọt, bảo vệ thực vật, chăn nuôi, thú y, kiểm ngư, kiểm lâm, quản lý đất đai, biến đổi khí hậu, khí tượng thủy văn,
phòng giao dịch, tuyên truyền, đặc thù, tự nhiên, nhân văn, thi công, cơ giới, khai thác các công trình khí,
hóa học, vật lý, sinh học, toán học, địa lý, cơ học, dược học, ngôn ngữ học, sử học, khảo cổ học, triết học, xã hội học,
dân tộc học, hải dương học, năng lượng, hạt nhân, vũ trụ, nguyên tử
""".replace("\n", " ").split(",")


# Pairs that are also verbs of report prose ("Tổng cục Chính trị chỉ đạo …"): inside a name only
# right after its capitalised first word ("Ban Chỉ đạo", "Viện Nghiên cứu", "Trung tâm Triển lãm").
_VERB_PHRASES = """
chỉ đạo, nghiên cứu, triển lãm, quy hoạch, thiết kế, tư vấn, xuất khẩu, nhập khẩu, vận hành, sửa chữa, cứu trợ,
bảo trợ, phục hồi, biểu diễn, chế biến, kiểm nghiệm, đăng kiểm, tổ chức, chỉ huy, phòng chống, tìm kiếm,
phát thanh, phát triển, phát hành, phát điện, truyền hình, kiểm soát
""".replace("\n", " ").split(",")


@lru_cache(maxsize=1)
def verb_pairs() -> frozenset[tuple[str, str]]:
    """The pairs of :data:`_VERB_PHRASES` (a name goes on with one only after its capitalised first word)."""
    return frozenset(pair for phrase in _VERB_PHRASES if phrase.strip() for k in [keys(phrase)] for pair in zip(k, k[1:]))


@lru_cache(maxsize=1)
def name_pairs() -> frozenset[tuple[str, str]]:
    """Pairs of adjacent words of organization names (the known organizations' names from the
    reference data, and the phrases bodies are named with): a lower-case word goes on in a name
    only as part of such a pair."""
    pairs = set()
    names = [p for p in _NAME_PHRASES if p.strip()]
    for entity in reference.entities("org"):
        names.extend(entity.names)
    for name in names:
        k = keys(name)
        pairs.update(zip(k, k[1:]))
    return frozenset(pairs)


# Lower-case words that end a name.
STOP = frozenset(matching_key(w) for w in """
đã được cho vì với tại trong là có đến về từ để theo này đó khi sau trước ngày năm tháng lần nhận trao tặng đón
cùng cũng đang sẽ vừa của thuộc do bị như nhằm ra trên dưới đối tham dự phát biểu và hoặc nhưng mà thì nên
tổ chức các những một hai ba đại diện toàn thể lãnh đạo đồng chí ông bà anh chị chủ tịch giám đốc
đề nghị kiến xem xét trình yêu cầu
""".split())
