"""Award lists as tables: CSV (any delimiter; UTF-8 or Windows-1258), XLSX, JSON and JSON Lines.

Emulation-and-commendation offices keep decisions as spreadsheets, one row per recipient. Columns
are recognised by their header in Vietnamese or English ("Họ và tên", "Tên tập thể", "Chức vụ",
"Đơn vị", "Hình thức khen thưởng", "Số quyết định", "Ngày ký", "Năm", "Thành tích" …, see
:data:`HEADERS`), after title rows above the header; ``mapping`` names any other header. Each row
becomes a conferral (the same RDF as a report's: the award scheme's concept, recipient, decision,
date, period) with ``tdkt:sourceSheet`` and ``tdkt:sourceRow``. A row that cannot be read is
reported with its sheet and row and the others still load; ``strict`` makes any problem fatal.

>>> rows = [["STT", "Họ và tên", "Hình thức khen thưởng", "Năm"], ["1", "Nguyễn Văn An", "Giấy khen", "2024"]]
>>> table = read_rows(rows, "list.csv", "list.csv")
>>> [(a.award_label, a.recipient.name, a.period) for a in table.facts.awards]
[('Giấy khen', 'Nguyễn Văn An', '2024')]
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

from tdkt.errors import LoaderError
from tdkt.loaders.normalize import matching_key, search_key
from tdkt.loaders.report import lexicon as lx
from tdkt.loaders.report.facts import Award, Document, Facts, Org, Person, Post
from tdkt.loaders.report.reading import Report, decode
from tdkt.loaders.report.to_rdf import graph_iri, summary, to_ntriples, to_triples
from tdkt.loaders.source import Source, read_input
from tdkt.ontology import reference

HEADERS = {  # field → header names (compared accent-free, case- and punctuation-insensitive)
    "index": ("stt", "tt", "so tt", "so thu tu", "no", "#"),
    "person": ("ho va ten", "ho ten", "ten ca nhan", "ca nhan", "nguoi duoc khen", "full name", "name", "person"),
    "organization": ("ten tap the", "tap the", "ten don vi duoc khen", "don vi duoc khen", "to chuc", "organization",
                     "organisation", "collective"),
    "title": ("chuc vu", "chuc danh", "position", "title", "post"),
    "unit": ("don vi", "don vi cong tac", "co quan", "noi cong tac", "co quan don vi", "unit", "workplace"),
    "award": ("hinh thuc khen thuong", "hinh thuc", "danh hieu", "loai khen thuong", "khen thuong", "award", "award type"),
    "decision": ("so quyet dinh", "quyet dinh", "so qd", "decision", "decision number"),
    "date": ("ngay ky", "ngay quyet dinh", "ngay", "date", "decision date"),
    "year": ("nam", "nam khen thuong", "year"),
    "period": ("giai doan", "thoi gian", "period"),
    "conferrer": ("cap khen", "nguoi ky", "co quan khen thuong", "conferred by", "conferrer"),
    "rationale": ("thanh tich", "ly do", "noi dung thanh tich", "rationale", "achievement"),
}
SUFFIXES = (".csv", ".tsv", ".xlsx", ".json", ".jsonl", ".ndjson")
CHUNK_ROWS = 5000  # conferrals per chunk when a load reads a list
_DECISION_AUTHORITY = {"ttg": "Thủ tướng Chính phủ", "ctn": "Chủ tịch nước"}


@dataclass
class Table:
    """What one list gave: its facts and the problems of the rows that could not be read."""

    facts: Facts
    problems: list[str] = field(default_factory=list)
    rows: int = 0


def _header_field(cell: str, mapping: dict[str, str]) -> str | None:
    key = search_key(str(cell or ""))
    for name, wanted in mapping.items():
        if key == search_key(name):
            return wanted
    for name, synonyms in HEADERS.items():
        if key in synonyms:
            return name
    return None


def _find_header(rows: list[list], mapping: dict[str, str]) -> tuple[int, dict[int, str]]:
    """The first of the top rows that names a recipient and an award column; title rows above it are
    skipped, and a header of two rows (merged cells: "Khen thưởng" over "Hình thức" | "Số QĐ", "Họ và
    tên" over a blank) is read as one."""
    for i, row in enumerate(rows[:20]):
        above = rows[i - 1] if i else []
        merged = [c if c not in (None, "") else (above[j] if j < len(above) else None) for j, c in enumerate(row)]
        fields = {j: f for j, c in enumerate(merged) if (f := _header_field(c, mapping))}
        if "award" in fields.values() and ({"person", "organization"} & set(fields.values())):
            return i, fields
    raise LoaderError("", None, "no header row naming a recipient (Họ và tên / Tên tập thể) and an award "
                                "(Hình thức khen thưởng) in the first 20 rows; give --mapping")


_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?")
_YEARS = re.compile(r"\d{4}(\s*[-–]\s*\d{4})?")
_DECISION_WORD = re.compile(r"(?i)^(?:quyết định|qđ)\s*(?:số)?\s*")
_BY_PM_OR_PRESIDENT = re.compile(r"QĐ-(TTg|CTN)\b", re.I)
_DECISION_SUFFIX = re.compile(r"QĐ-([A-Za-zĐđ]+)")


def _date(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    return _date_text(str(value or "").strip())  # a cell of any kind (JSON may give a list)


@lru_cache(maxsize=4096)  # a list has few dates, each on many rows
def _date_text(text: str) -> str | None:
    try:
        m = _DMY.fullmatch(text)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        m = _ISO_DATE.fullmatch(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        pass
    if text:
        raise ValueError(f"bad date {text!r} (expected dd/mm/yyyy or yyyy-mm-dd)")
    return None


@lru_cache(maxsize=4096)
def _award(name: str):
    k = lx.keys(name)
    known = lx.award_index().phrases.get(k)
    if known is None:  # the longest award name the cell starts with ("Bằng khen của Bộ trưởng …")
        hit = lx.award_index().match(lx.tokenize(name), 0) if k else None
        known = hit[1] if hit else None
    return known


def read_rows(rows: Iterable[list], path: str, sheet: str, mapping: dict[str, str] | None = None, strict: bool = False,
              facts: Facts | None = None) -> Table:
    """Rows of one sheet (lists of cells, the header among the first rows) → facts."""
    table = Table(facts if facts is not None else Facts())
    for _ in read_chunks(rows, path, sheet, mapping, strict, table):
        pass
    return table


def read_chunks(rows: Iterable[list], path: str, sheet: str, mapping: dict[str, str] | None, strict: bool, table: Table,
                chunk_rows: int | None = None) -> Iterator[Facts]:
    """Read rows into ``table``, yielding its facts every ``chunk_rows`` conferrals (never without);
    after each yield it goes on with new facts that keep only the bodies (a load writes each chunk
    out, so a list's conferrals are not all held at once). ``table.facts`` ends with the rest."""
    facts = table.facts
    rows = iter(rows)
    top = list(islice(rows, 20))
    if not any(_filled(r) for r in top) and not any(_filled(r) for r in rows):
        return  # an empty sheet
    try:
        start, columns = _find_header(top, mapping or {})
    except LoaderError as e:
        raise LoaderError(path, None, f"sheet {sheet}: {e.args[0].split(': ', 1)[-1]}") from None
    orgs = facts.orgs  # bodies and decisions are kept across chunks (there are few); persons are not
    decisions = {d.number: d for d in facts.documents}

    named_sheet = sheet != Path(path).name  # a workbook's sheet (a CSV's rows are named by the file alone)
    by_name: dict[str, Org] = {}  # a list names few bodies, and each many times
    conferrers: dict[tuple, object] = {}

    def org(name: str) -> Org:
        if name in by_name:
            return by_name[name]
        known = lx.org_index().phrases.get(lx.keys(name))
        key = known.iri if known else matching_key(name)
        if key not in orgs:
            orgs[key] = Org(key, known.label if known else name, iri=known.iri if known else None)
        orgs[key].spellings.add(name)
        by_name[name] = orgs[key]
        return orgs[key]

    for number, row in enumerate(chain(top[start + 1:], rows), start=start + 2):
        if chunk_rows is not None and len(facts.awards) >= chunk_rows:
            yield facts
            facts = table.facts = Facts(orgs=facts.orgs)  # decisions are written again where cited
        cells = {f: row[j] for j, f in columns.items() if j < len(row) and row[j] not in (None, "")}
        if not any(str(v).strip() for k, v in cells.items() if k != "index"):
            continue  # an empty row, or a total line
        table.rows += 1
        where = f"{path}:{sheet}:{number}" if named_sheet else f"{path}:{number}"
        try:
            award_name = str(cells.get("award", "")).strip()
            known = _award(award_name)
            if known is None:
                raise ValueError(f"unknown award type {award_name!r}" if award_name else "no award type")
            person_name = " ".join(str(cells.get("person", "")).split())
            org_name = " ".join(str(cells.get("organization", "")).split())
            if not person_name and not org_name:
                raise ValueError("no recipient (Họ và tên / Tên tập thể)")
            unit = org(" ".join(str(cells["unit"]).split())) if cells.get("unit") else None
            if person_name:
                key = matching_key(person_name) + (" | " + unit.key if unit else "")
                recipient = facts.persons.get(key)
                if recipient is None:
                    recipient = facts.persons[key] = Person(person_name)
                if cells.get("title") and unit is not None:
                    post = Post(" ".join(str(cells["title"]).split()), unit)
                    if not any(p.title == post.title and p.org is unit for p in recipient.posts):
                        recipient.posts.append(post)
                        recipient.evidence[len(recipient.posts) - 1] = f"{where}: {person_name}, {post.title}, {unit.label}"
            else:
                recipient = org(org_name)
            when = _date(cells.get("date"))
            year = str(cells["year"]).strip() if cells.get("year") else None
            if year and not _YEARS.fullmatch(year):
                raise ValueError(f"bad year {year!r}")
            period = year or (str(cells["period"]).strip() if cells.get("period") else None)
            decision = None
            if cells.get("decision"):
                number_text = _decision_number(str(cells["decision"]))
                decision = decisions.get(number_text)
                if decision is None:
                    decision = decisions[number_text] = Document("Quyết định", number=number_text, date=when)
                    facts.documents.append(decision)
            said = (str(cells.get("conferrer") or ""), decision.number if decision else None, known)
            if said not in conferrers:
                conferrers[said] = _conferrer(cells.get("conferrer"), decision, known, org)
            conferrer = conferrers[said]
            if decision is not None and decision.issuer is None and isinstance(conferrer, Post) \
                    and _BY_PM_OR_PRESIDENT.search(decision.number or ""):
                decision.issuer = conferrer
            facts.awards.append(Award(known.iri, known.label, award_name, recipient, conferrer, None, period, None, when,
                                      decision, str(cells["rationale"]).strip() if cells.get("rationale") else None,
                                      evidence=f"{where}: " + " | ".join(str(v) for v in row if v not in (None, "")),
                                      row=(sheet, number)))
        except ValueError as e:
            problem = f"{where}: {e}"
            if strict:
                raise LoaderError(path, number, f"{('sheet ' + sheet + ': ') if named_sheet else ''}{e}") from None
            table.problems.append(problem)


@lru_cache(maxsize=4096)  # a list cites few decisions, each on many rows
def _decision_number(cell: str) -> str:
    """ "Quyết định số 12/QĐ-UBND" → "12/QĐ-UBND"."""
    return _DECISION_WORD.sub("", " ".join(cell.split()))


def _filled(row: list) -> bool:
    return any(c not in (None, "") for c in row)


def read_mapping(path: str) -> dict[str, str]:
    """A ``--mapping`` file: JSON or YAML, {header as the list writes it: field} (fields: :data:`HEADERS`)."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        if path.lower().endswith((".yaml", ".yml")):
            import yaml
            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except Exception as e:  # noqa: BLE001 - JSON and YAML parsers raise their own kinds
        raise LoaderError(path, getattr(e, "lineno", None), f"invalid mapping file: {e}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) and v in HEADERS for k, v in data.items()):
        raise LoaderError(path, None, f"a mapping is {{header: field}} with fields among {', '.join(HEADERS)}")
    return data


def _conferrer(cell, decision: Document | None, known, org):
    """Who decides: the conferrer column, the decision's suffix (QĐ-TTg, QĐ-CTN), or the law."""
    if cell:
        text = " ".join(str(cell).split())
        post = lx.post_index().phrases.get(lx.keys(text))
        if post is not None:
            return _post(post)
        return org(text)
    suffix = _DECISION_SUFFIX.search(decision.number if decision else "")
    if suffix and suffix.group(1).lower() in _DECISION_AUTHORITY:
        return _post(lx.post_index().phrases[lx.keys(_DECISION_AUTHORITY[suffix.group(1).lower()])])
    authority = reference.authority(known)  # (an office, or a mass organization's body for its own awards)
    if authority is None:
        return None
    return _post(authority) if authority.kind == "post" else Org(authority.iri, authority.label, iri=authority.iri, mentioned=False)


def _post(k) -> Post:
    org_known = reference.by_iri("org").get(k.extra["org"])
    org = Org(org_known.iri, org_known.label, iri=org_known.iri, mentioned=False) if org_known else None
    return Post(k.extra["title"], org, k.iri, k.label)


def sheets(path: str, data: bytes) -> list[tuple[str, Iterable[list]]]:
    """(sheet name, rows) of a CSV, XLSX, JSON or JSON Lines file; CSV and XLSX rows are read as
    they are iterated."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return _xlsx(path, data)
    text, _ = decode(data, path)
    if suffix in (".json", ".jsonl", ".ndjson"):
        return [(Path(path).name, _json_rows(path, text, suffix))]
    delimiter = "\t" if suffix == ".tsv" else _delimiter(text)
    return [(Path(path).name, _csv_rows(path, text, delimiter))]


def _csv_rows(path: str, text: str, delimiter: str) -> Iterator[list]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as e:
        raise LoaderError(path, reader.line_num or None, f"broken CSV: {e}") from None


def _delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into one same number (≥ 2) of fields; title
    lines above the header ("Danh sách …, năm 2024") do not fool it as they fool ``csv.Sniffer``."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    best, score = ",", -1
    for d in (",", ";", "\t", "|"):
        counts: dict[int, int] = {}
        for row in csv.reader(lines, delimiter=d):
            if len(row) >= 2:
                counts[len(row)] = counts.get(len(row), 0) + 1
        top = max(counts.values(), default=0)
        if top > score:
            best, score = d, top
    return best


def _json_rows(path: str, text: str, suffix: str) -> list[list]:
    try:
        if suffix == ".json":
            records = json.loads(text)
            if isinstance(records, dict):
                records = next((v for v in records.values() if isinstance(v, list)), [records])
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as e:
        raise LoaderError(path, e.lineno, f"invalid JSON: {e.msg}") from None
    except RecursionError:
        raise LoaderError(path, None, "JSON nested too deeply to be a list of rows") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise LoaderError(path, None, "JSON must be a list of objects (one per row)")
    keys: list[str] = []
    for r in records:
        keys.extend(k for k in r if k not in keys)
    return [keys] + [[r.get(k) for k in keys] for r in records]


def _xlsx(path: str, data: bytes) -> list[tuple[str, list[list]]]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency
        raise LoaderError(path, None, "reading .xlsx needs openpyxl") from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise LoaderError(path, None, f"not a readable .xlsx file ({type(e).__name__})") from None
    return [(ws.title, (list(r) for r in ws.iter_rows(values_only=True))) for ws in book.worksheets]


class TableLoader:
    """``tdkt load list.xlsx``: an award list, one named graph per file."""

    name = "table"
    suffixes = SUFFIXES

    def __init__(self, mapping: dict[str, str] | None = None, strict: bool = False):
        self.mapping, self.strict = mapping or {}, strict

    def read(self, path: str | Path, data: bytes | None = None) -> Source:
        """The list's facts and triples, all in memory (``tdkt extract``)."""
        path = str(path)
        if data is None:
            data = read_input(path)
        sha = hashlib.sha256(data).hexdigest()
        src = Source(path, sha, str(graph_iri(sha)))
        *_, facts = self._chunks(src, data)
        report = _report(path, sha)
        src.triples, src.summary = to_triples(report, facts), summary(report, facts)
        return src

    def read_for_store(self, path: str | Path) -> Source:
        """The list as N-Triples made :data:`CHUNK_ROWS` conferrals at a time as the store takes
        them (``Source.parts``): its conferrals and triples are never all in memory, and the store
        writes one part while the next is read."""
        path = str(path)
        data = read_input(path)
        sha = hashlib.sha256(data).hexdigest()
        src = Source(path, sha, str(graph_iri(sha)))
        report = _report(path, sha)
        described: set = set()  # what one chunk described, the next does not repeat
        src.parts = (to_ntriples(report, facts, described) for facts in self._chunks(src, data, CHUNK_ROWS))
        return src

    def _chunks(self, src: Source, data: bytes, chunk_rows: int | None = None) -> Iterator[Facts]:
        """The facts of every sheet, ``chunk_rows`` conferrals at a time (bodies are carried from
        one chunk to the next and written with each), the rest last; ``src.counts`` and
        ``src.warnings`` (the rows that could not be read) are complete once it is exhausted."""
        counts = src.counts = {"rows": 0, "awards": 0, "persons": 0, "organizations": 0}
        facts = Facts()
        for sheet, sheet_rows in sheets(src.path, data):
            table = Table(facts)
            for full in read_chunks(sheet_rows, src.path, sheet, self.mapping, self.strict, table, chunk_rows):
                counts["awards"] += len(full.awards)
                counts["persons"] += len(full.persons)  # a person named in two chunks counts twice
                yield full
            src.warnings += table.problems
            counts["rows"] += table.rows
            facts = table.facts
        counts["awards"] += len(facts.awards)
        counts["persons"] += len(facts.persons)
        counts["organizations"] = len(facts.orgs)
        if not counts["awards"]:
            problems = src.warnings
            raise LoaderError(src.path, None, "no row could be read as a conferral" + (f" ({problems[0]} …)" if problems else ""))
        yield facts


def _report(path: str, sha: str) -> Report:
    return Report(path, sha, f"Danh sách khen thưởng {Path(path).name}", [], None, category="award list")
