"""Reading a report file: decoding, its parts (title, date, category, body, author), sentences.

Handles UTF-8 with or without BOM in NFC or NFD, Windows-1258, and HTML pages (article text,
title and date taken with selectolax). Site boilerplate ("Quay lại | Lên đầu trang", comment
forms, "CAPTCHA image") is dropped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.errors import LoaderError
from tdkt.loaders.report import legacy
from tdkt.loaders.normalize import nfc

MAX_BYTES = 20 * 1024 * 1024
_BOILERPLATE = re.compile(
    r"^\s*(Quay lại\s*\|.*|Lên đầu trang|Ý kiến của bạn|CAPTCHA image|Nhập vào mã ở trên|Gửi ý kiến.*|"
    r"Đóng lại|Bình luận|Chia sẻ|In bài|Tin liên quan.*|Các tin khác.*)\s*$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*$")
_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


@dataclass
class Report:
    """A report's parts as read from its file."""

    path: str
    sha256: str
    title: str
    body: list[str]  # paragraphs (lines) of the article, captions included
    published: dt.datetime | None = None
    category: str | None = None
    author: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else None


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes → NFC text; raises :class:`LoaderError` for binary or undecodable input."""
    warnings: list[str] = []
    if not data.strip():
        raise LoaderError(path, None, "empty file")
    if b"\x00" in data[:4096]:
        raise LoaderError(path, None, "binary file, not a report")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        guessed = legacy.guess(data)
        if guessed is None:
            line = data[: e.start].count(b"\n") + 1
            raise LoaderError(path, line, "unreadable encoding (not UTF-8, Windows-1258, TCVN3 or VNI Vietnamese)") from None
        text, encoding = guessed
        warnings.append(f"{path}: not UTF-8, read as {encoding}")
        return text, warnings
    text, encoding = legacy.unmask(text)
    if encoding:
        warnings.append(f"{path}: legacy {encoding} letters in UTF-8 text, converted")
    return text, warnings


# The blocks of an article's text, in document order: paragraphs, headings, list items, captions, cells, and
# the lead most news sites set apart in a classed block of its own ("sapo", "lead", "summary")
_BLOCK_TAGS = ("p", "h2", "h3", "li", "figcaption", "tr")
_LEAD_WORDS = ("sapo", "lead", "summary", "description")
_LEAD_BLOCKS = ", ".join(f"[class*={w}]" for w in _LEAD_WORDS)
_LEAD_CLASS = re.compile("|".join(_LEAD_WORDS))


# the byline: a short last line without a full stop or a number (a name, an agency: "Minh Vũ", "Hoàng Thị Hoa (TTXVN)";
# not a list's last item: "3. Bệnh viện Trung ương Huế")
_BYLINE = re.compile(r"(?!.*[.!?:;]$)(?!.*\d)\S+(?:\s+\S+){0,4}")


def _html_to_lines(text: str) -> tuple[str | None, list[str], str | None, str | None]:
    """A page's title, its article's lines, its date as written and its author (from its metadata), each None when absent."""
    from selectolax.lexbor import LexborHTMLParser  # lexbor: selectolax's maintained HTML5 engine

    tree = LexborHTMLParser(text)
    for node in tree.css("script, style, noscript, nav, header, footer, aside, form, iframe, [class*=related], "
                         "[class*=tin-lien-quan], [class*=comment]"):  # (and the site's blocks of other articles, comments)
        node.decompose()
    title = None
    for sel in ("meta[property='og:title']", "h1", "title"):
        node = tree.css_first(sel)
        if node is not None:
            title = node.attributes.get("content") if sel.startswith("meta") else node.text(strip=True)
            if title:
                break
    author = next((a.strip() for node in tree.css("meta[name='author'], meta[property='article:author']")
                   if (a := node.attributes.get("content")) and a.strip() and "/" not in a), None)  # (not a profile's URL)
    date = None
    for sel in ("meta[property='article:published_time']", "meta[name='pubdate']", "time", "[class*=date]"):
        node = tree.css_first(sel)
        if node is not None:
            date = node.attributes.get("content") or node.attributes.get("datetime") or node.text(strip=True)
            if date:
                break
    article = tree.css_first("article")
    root = article or tree.body or tree.root
    lines = []
    if root is not None:
        # a lead set apart before the article's own block ("<p class="description">" beside "<article>"): its first lines
        leads = [n for n in tree.css(_LEAD_BLOCKS) if article is not None and not _inside(n, article) and _is_block(n)]
        lines = [t for n in leads if (t := n.text(separator=" ", strip=True))] + _article_lines(root)
        if not lines:
            lines = [l for l in root.text(separator="\n").splitlines() if l.strip()]
    return title, lines, date, author


_INLINE_TAGS = frozenset(("-text", "a", "b", "i", "em", "strong", "span", "u", "sup", "sub", "font", "small", "mark", "abbr"))
# a run of loose words kept as a line: a sentence's length and its end (shorter runs are a site's labels, "Bình luận",
# "Từ khóa: …"; runs without a full stop the headlines of other articles in a side block)
_LOOSE_LINE = re.compile(r".{40,}[.!?…:;\"”)]", re.S)


def _is_block(node) -> bool:
    """A block of the article's text read whole: a paragraph, heading, list item, caption or table row, or a lead
    set apart in a classed block of its own (one that holds paragraphs is read by them)."""
    if node.tag in _BLOCK_TAGS:
        return True
    return bool(_LEAD_CLASS.search(node.attributes.get("class") or "")) and node.css_first("p") is None


def _article_lines(root) -> list[str]:
    """The article's lines in document order: each block's text, and the runs of words written outside any block,
    parted by "<br>" (many sites write a story as text and line breaks in one "<div>")."""
    lines: list[str] = []
    loose: list[str] = []

    def flush() -> None:
        text = " ".join("".join(loose).split())
        if _LOOSE_LINE.fullmatch(text):
            lines.append(text)
        loose.clear()

    stack = [root.iter(include_text=True)]  # (a stack, not recursion: a page may nest blocks deeper than Python recurses)
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            flush()  # (the end of a block of loose words)
        elif child.tag == "h1":
            continue  # (the page's title, read as such)
        elif child.tag in _INLINE_TAGS:
            loose.append(child.text())
        elif child.tag == "br":
            flush()
        elif _is_block(child):
            flush()
            text = _row_text(child) if child.tag == "tr" else child.text(separator=" ", strip=True)
            if text:
                lines.append(text)
        else:
            flush()
            stack.append(child.iter(include_text=True))
    return lines


_DAY_FIRST = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})(?:\D{1,4}(\d{1,2}):(\d{2}))?")


def _parse_day_first(text: str) -> dt.datetime | None:
    """A page's date as Vietnamese sites write it, the day first ("Thứ năm, 21/11/2024, 10:30 (GMT+7)"), or None.

    >>> _parse_day_first("Thứ năm, 21/11/2024, 10:30 (GMT+7)")
    datetime.datetime(2024, 11, 21, 10, 30)
    """
    m = _DAY_FIRST.search(text)
    try:
        return dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4) or 0), int(m.group(5) or 0)) if m else None
    except ValueError:
        return None


def _row_text(row) -> str:
    """A table's row as a list's item: its cells joined, a first cell that numbers it a number ("1 | Công an
    tỉnh X | …" → "1. Công an tỉnh X, …"); "" for a header row or one whose cells hold paragraphs (read as such).

    >>> from selectolax.lexbor import LexborHTMLParser
    >>> _row_text(LexborHTMLParser("<table><tr><td>1</td><td>Công an tỉnh Bắc Ninh</td><td>Tập thể</td></tr></table>").css_first("tr"))
    '1. Công an tỉnh Bắc Ninh, Tập thể'
    """
    if row.css_first("p") is not None:
        return ""
    cells = [c.text(separator=" ", strip=True) for c in row.css("td")]
    cells = [c for c in cells if c]
    if not cells:
        return ""
    if len(cells) > 1 and re.fullmatch(r"\d{1,4}\.?", cells[0]):
        return f"{cells[0].rstrip('.')}. " + ", ".join(cells[1:])
    return ", ".join(cells)


def _inside(node, ancestor) -> bool:
    """Whether an HTML node lies inside another."""
    while node is not None:
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


def _parse_date(line: str) -> dt.datetime | None:
    m = _DATE_LINE.match(line)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hour, minute, sec = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
        if m.group(7):
            hour = hour % 12 + (12 if m.group(7).lower() == "pm" else 0)
        try:
            return dt.datetime(year, month, day, hour, minute, sec)
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(line.strip().replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def read_report(path: str | Path, data: bytes | None = None) -> Report:
    """Read one report file. Raises :class:`LoaderError` when it is not a report."""
    path = str(path)
    if data is None:
        try:
            size = Path(path).stat().st_size
            if size > MAX_BYTES:
                raise LoaderError(path, None, f"too large for a report ({size} bytes; limit {MAX_BYTES})")
            data = Path(path).read_bytes()
        except OSError as e:
            raise LoaderError(path, None, f"cannot read: {e.strerror or e}") from None
    sha = hashlib.sha256(data).hexdigest()
    text, warnings = decode(data, path)
    text = nfc_lines(text)
    published = None
    if path.lower().endswith((".html", ".htm")) or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        title, lines, date, author = _html_to_lines(text)
        lines = [nfc(l) for l in lines]
        published = (_parse_date(date) or _parse_day_first(date)) if date else None
        if not title and lines:
            title = lines.pop(0)
        category = None
        if author is None and len(lines) > 1 and _BYLINE.fullmatch(lines[-1]):
            author = lines.pop()  # the article's last line, a name alone ("<p><strong>Thành Chung</strong></p>")
    else:
        raw = [l for l in text.split("\n")]
        lines = [l.strip() for l in raw if l.strip()]
        # drop boilerplate from the first boilerplate line on
        for i, l in enumerate(lines):
            if _BOILERPLATE.match(l):
                lines = lines[:i]
                break
        title = lines.pop(0) if lines else None
        category = author = None
        if lines and _parse_date(lines[0]):
            published = _parse_date(lines.pop(0))
            if lines and len(lines[0]) < 80 and not lines[0].endswith("."):
                category = lines.pop(0)
        if len(lines) > 1 and _BYLINE.fullmatch(lines[-1]):
            author = lines.pop()
        elif lines and (tail := _byline_tail(lines[-1])) is not None:  # "… tốt đẹp. Hoàng Thị Hoa (TTXVN)"
            lines[-1], author = lines[-1][:-len(tail)].rstrip(), tail
    title = nfc(title or "")
    body = [nfc(l) for l in lines]
    if not _VIETNAMESE.search(title + " ".join(body)[:20000]):
        raise LoaderError(path, None, "not a report: no Vietnamese text found")
    return Report(path, sha, title, body, published, category and nfc(category), author and nfc(author), warnings)


_LAST_SENTENCE_END = re.compile(r".*[.!?…”\"]\s+", re.S)
_BYLINE_LEAD = re.compile(r"(?:Theo|Tin|Ảnh|Tin, ảnh|Tin và ảnh|Bài, ảnh)\b\s*:?\s*\S")


def _byline_tail(line: str) -> str | None:
    """The byline at the end of a body written on one line, after its last sentence: a few
    capitalised words, with the agency in parentheses or after "/" ("… tốt đẹp. Hoàng Thị Hoa (TTXVN)",
    "… ./. Theo Dân trí"), or None.

    >>> _byline_tail("Lễ đã diễn ra. Hoàng Thị Hoa (TTXVN)"), _byline_tail("Lễ đã diễn ra. Ông Hòa phát biểu")
    ('Hoàng Thị Hoa (TTXVN)', None)
    """
    m = _LAST_SENTENCE_END.match(line)
    if m is None:
        return None
    tail = line[m.end():].rstrip()
    if not tail or re.search(r"[.!?:;…]$", tail.rstrip()):
        return None
    if _BYLINE_LEAD.match(tail):
        return tail if len(tail.split()) <= 8 else None
    words = re.sub(r"\([^)]*\)|/.*", " ", tail).replace("-", " ").split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    return tail


def nfc_lines(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# ---------------------------------------------------------------------------- sentences
_ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:TP|Tp|TX|Tx|TS|PGS|GS|ThS|BS|Th|St|Q|P|TT|Mr|Ms|Dr)|\b[A-ZĐ])$")
_LIST_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,4}|[a-zđ])\.")
_SPLIT = re.compile(r"([.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-ZĐÀ-Ỹ0-9])")  # a sentence ends at end(1)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences (after . ! ? before a capital), keeping "TP. Hồ Chí Minh"."""
    out: list[str] = []
    start = 0
    for m in _SPLIT.finditer(paragraph):
        end = m.end(1)
        head = paragraph[start:end].rstrip()
        if head.endswith(".") and _ABBREV_BEFORE_DOT.search(head.rstrip(".")[-6:]):  # 3 letters and what precedes
            continue
        if _LIST_NUMBER.fullmatch(head.strip()):
            continue  # "1. Phòng Tư pháp …": the number of a list's item starts it
        piece = head.lstrip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out
