"""Award lists: CSV, XLSX, JSON, JSON Lines → conferrals with sheet and row provenance."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tdkt.cli import main
from tdkt.errors import LoaderError
from tdkt.graph.load import load_paths
from tdkt.loaders.table import TableLoader, read_mapping

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "danh-sach-khen-thuong-vi-du-2024.csv"
HEADER = ["STT", "Họ và tên", "Tên tập thể", "Chức vụ", "Đơn vị", "Hình thức khen thưởng", "Số quyết định", "Ngày ký", "Năm"]
ROWS = [["1", "Nguyễn Thị Hòa", "", "Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An", "Bằng khen của Thủ tướng Chính phủ", "1234/QĐ-TTg", "15/03/2024", "2024"],
        ["2", "", "Hội Nông dân tỉnh Nghệ An", "", "", "Cờ thi đua của Chính phủ", "1234/QĐ-TTg", "15/03/2024", "2023"]]


def facts(summary):
    return sorted((a["award_type"], a["recipient"], a["conferred_by"], a["for_period"], a["date"]) for a in summary["awards"])


EXPECTED = [("Bằng khen của Thủ tướng Chính phủ", "Nguyễn Thị Hòa", "Thủ tướng Chính phủ", "2024", "2024-03-15"),
            ("Cờ thi đua của Chính phủ", "Hội Nông dân tỉnh Nghệ An", "Thủ tướng Chính phủ", "2023", "2024-03-15")]


def test_example_list_rows_become_conferrals_with_posts_and_decisions():
    src = TableLoader().read(EXAMPLE)
    s = src.summary
    assert len(s["awards"]) == 5 and src.warnings == []
    posts = {p["name"]: [(x["title"], x["organization"]) for x in p["posts"]] for p in s["persons"]}
    assert posts["Nguyễn Thị Hòa"] == [("Phó Giám đốc", "Sở Tư pháp tỉnh Nghệ An")]
    assert sorted(d["number"] for d in s["documents"]) == ["1234/QĐ-TTg", "456/QĐ-UBND", "78/QĐ-STP"]
    rows = {(str(o)) for s_, p, o in src.triples if str(p).endswith("#sourceRow")}
    assert rows == {"4", "5", "6", "7", "8"}  # the file's own line numbers (two title lines, then the header)


@pytest.mark.parametrize("fmt", ["csv-comma", "csv-cp1258", "tsv", "json", "jsonl", "xlsx"])
def test_every_format_reads_the_same_facts(tmp_path, fmt):
    records = [dict(zip(HEADER, r)) for r in ROWS]
    if fmt == "csv-comma":
        path = tmp_path / "list.csv"
        path.write_text("\n".join(",".join(r) for r in [HEADER] + ROWS), encoding="utf-8")
    elif fmt == "csv-cp1258":
        from tests.loaders.test_report import to_cp1258
        path = tmp_path / "list.csv"
        path.write_bytes(to_cp1258("\n".join(";".join(r) for r in [HEADER] + ROWS)))
    elif fmt == "tsv":
        path = tmp_path / "list.tsv"
        path.write_text("\n".join("\t".join(r) for r in [HEADER] + ROWS), encoding="utf-8")
    elif fmt == "json":
        path = tmp_path / "list.json"
        path.write_text(json.dumps({"danh_sach": records}, ensure_ascii=False), encoding="utf-8")
    elif fmt == "jsonl":
        path = tmp_path / "list.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    else:
        openpyxl = pytest.importorskip("openpyxl")
        import datetime as dt
        book = openpyxl.Workbook()
        ws = book.active
        ws.title = "QĐ 1234"
        ws.append(["DANH SÁCH KHEN THƯỞNG"])  # a title row above the header
        ws.append(["STT", "Họ và tên", "Tên tập thể", "Chức vụ", "Đơn vị", "Khen thưởng", None, "Ngày ký", "Năm"])
        ws.append([None, None, None, None, None, "Hình thức khen thưởng", "Số quyết định", None, None])  # merged header
        for r in ROWS:
            row = list(r)
            row[7] = dt.datetime(2024, 3, 15)  # a real date cell
            ws.append(row)
        path = tmp_path / "list.xlsx"
        book.save(path)
    assert facts(TableLoader().read(path).summary) == EXPECTED, fmt


def test_bad_rows_are_reported_with_their_row_and_the_rest_loads(tmp_path):
    path = tmp_path / "list.csv"
    rows = [HEADER, ROWS[0], ["2", "Lê Văn Tư", "", "", "", "Phần thưởng Sao Mai", "", "", "2024"],
            ["3", "", "", "", "", "Giấy khen", "", "", "2024"], ["4", "Phạm An", "", "", "", "Giấy khen", "", "31/02/2024", "2024"]]
    path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    src = TableLoader().read(path)
    assert len(src.summary["awards"]) == 1
    assert [w.split(": ", 1)[0] for w in src.warnings] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "unknown award type 'Phần thưởng Sao Mai'" in src.warnings[0] and "no recipient" in src.warnings[1]
    assert "bad date '31/02/2024'" in src.warnings[2]
    with pytest.raises(LoaderError, match=r"list.csv:3: unknown award type"):
        TableLoader(strict=True).read(path)


def test_a_list_without_a_header_is_not_a_list(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(LoaderError, match="no header row"):
        TableLoader().read(path)


def test_mapping_names_other_headers(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Người nhận;Loại hình;Năm\nNguyễn Văn An;Giấy khen;2024\n", encoding="utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("Người nhận: person\nLoại hình: award\n", encoding="utf-8")
    src = TableLoader(mapping=read_mapping(str(mapping))).read(path)
    assert [(a["award_type"], a["recipient"]) for a in src.summary["awards"]] == [("Giấy khen", "Nguyễn Văn An")]
    bad = tmp_path / "bad.json"
    bad.write_text('{"Người nhận": "nobody"}', encoding="utf-8")
    with pytest.raises(LoaderError, match="fields among"):
        read_mapping(str(bad))


def test_same_conferral_from_a_list_and_a_report_is_one_node_with_both_sources(tmp_path, memory_store, example_path):
    path = tmp_path / "list.csv"
    path.write_text("Tên tập thể;Hình thức khen thưởng;Năm\nHội Cựu chiến binh Việt Nam;Bằng khen của Thủ tướng Chính phủ;2024\n",
                    encoding="utf-8")
    load_paths(memory_store, [example_path, path], jobs=1)
    rows = memory_store.query("""SELECT ?c (COUNT(DISTINCT ?src) AS ?n) WHERE {
        ?c a tdkt:AwardConferral ; tdkt:recipient/rdfs:label "Hội Cựu chiến binh Việt Nam"@vi ; dcterms:source ?src } GROUP BY ?c""").rows
    assert len(rows) == 1 and int(rows[0][1]) == 2


def test_cli_strict_loads_nothing_when_a_row_is_bad(tmp_path):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("Họ và tên;Hình thức khen thưởng\nNguyễn Văn An;Giấy khen\n", encoding="utf-8")
    bad.write_text("Họ và tên;Hình thức khen thưởng\nNguyễn Văn Ba;Không có\n", encoding="utf-8")
    store = str(tmp_path / "s")
    res = CliRunner().invoke(main, ["--store", store, "load", "--strict", str(good), str(bad)])
    assert res.exit_code == 2 and "nothing loaded" in res.output and "bad.csv:2" in res.output
    res = CliRunner().invoke(main, ["--store", store, "query", "ASK { ?c a tdkt:AwardConferral }"])
    assert res.output.strip() == "false"
    res = CliRunner().invoke(main, ["--store", store, "load", str(good), str(bad)])
    assert res.exit_code == 0 and "bad.csv:2: unknown award type" in res.output


def _long_list(tmp_path, rows: int = 29, bad_row: int | None = None) -> Path:
    lines = "".join(f"{i};Nguyễn Văn {chr(65 + i % 26)}{i};;Chuyên viên;Sở Tư pháp tỉnh Nghệ An;"
                    f"{'Giấy khen' if i != bad_row else 'Huy hiệu lạ'};{i % 3}/QĐ-STP;02/02/2024;2023;\n"
                    for i in range(1, rows + 1))
    path = tmp_path / "long.csv"
    path.write_text("Danh sách (hư cấu)\nSTT;Họ và tên;Tên tập thể;Chức vụ;Đơn vị;Hình thức khen thưởng;Số quyết định;"
                    "Ngày ký;Năm;Thành tích\n" + lines, encoding="utf-8")
    return path


@pytest.mark.parametrize("store_kind", ["memory", "disk"])
# chunks of 4, 7 and 10 rows (even and odd numbers of chunks, a short last one); runs of one chunk, a few, all
@pytest.mark.parametrize("chunk,run_bytes", [(4, 1), (7, 3000), (10, 1 << 30)])
def test_a_list_longer_than_a_chunk_is_stored_as_read_whole(tmp_path, monkeypatch, chunk, run_bytes, store_kind):
    """A load reads a list a chunk of rows at a time (its triples never all in memory) and the store
    bulk-loads runs of chunks while the next are read (short last chunk; one run per chunk, a few,
    or one): the graph is the one the whole list gives. Read whole instead (--strict, worker
    processes), it goes through a temporary file, gone afterwards."""
    import tempfile

    import pyoxigraph as ox

    from tdkt.graph import store as store_module
    from tdkt.graph.store import open_store
    from tdkt.graph.terms import from_ox
    from tdkt.loaders import table

    path = _long_list(tmp_path)
    whole = TableLoader().read(path)
    monkeypatch.setattr(table, "CHUNK_ROWS", chunk)
    monkeypatch.setattr(store_module, "BULK_PART_BYTES", run_bytes)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    streamed = TableLoader().read_for_store(path)
    assert streamed.parts is not None and streamed.rdf_file is None and not streamed.counts  # nothing read yet
    streamed.spill()
    assert streamed.temporary and Path(streamed.rdf_file).parent == tmp_path / "tmp"
    assert streamed.counts["awards"] == 29
    lines = Path(streamed.rdf_file).read_text(encoding="utf-8").splitlines()
    assert sum("ontology#documentKind>" in line for line in lines) == 3  # each decision described in one chunk only
    assert sum("ontology#postIn>" in line for line in lines) == 1
    streamed.discard()
    store = open_store(memory=True) if store_kind == "memory" else open_store(tmp_path / "store")
    result = load_paths(store, [path], jobs=1)
    assert result.counts["awards"] == 29 and result.counts["rows"] == 29
    stored = {tuple(map(from_ox, (q.subject, q.predicate, q.object))) for q in store.quads(graph=ox.NamedNode(whole.graph))}
    provenance = {t for t in stored if str(t[0]) == whole.graph and "ontology#toolVersion" not in str(t[1])
                  and "wasDerivedFrom" not in str(t[1]) and "22-rdf-syntax-ns#type" not in str(t[1])}
    assert stored - provenance == set(whole.triples)
    assert not any((tmp_path / "tmp").iterdir())


def test_a_list_that_fails_after_parts_were_stored_leaves_nothing(tmp_path, monkeypatch):
    """A row that stops a strict read after some chunks went to the bulk loader: the store is as
    before (no part of the graph, no mark of a load pending), in this session and when reopened."""
    from tdkt.errors import LoaderError
    from tdkt.graph import store as store_module
    from tdkt.graph.load import store_source
    from tdkt.graph.store import open_store
    from tdkt.loaders import table

    monkeypatch.setattr(table, "CHUNK_ROWS", 3)
    monkeypatch.setattr(store_module, "BULK_PART_BYTES", 1)
    store = open_store(tmp_path / "store")
    before = len(store)
    src = TableLoader(strict=True).read_for_store(_long_list(tmp_path, bad_row=20))
    with pytest.raises(LoaderError, match=r"long\.csv:22: unknown award type 'Huy hiệu lạ'"):
        store_source(store, src)
    assert src.graph not in store.graphs() and len(store) == before
    store.close()
    again = open_store(tmp_path / "store")
    assert src.graph not in again.graphs() and len(again) == before


def test_a_list_stored_before_and_unchanged_is_not_read_again(tmp_path, monkeypatch):
    from tdkt.graph.store import open_store

    path = _long_list(tmp_path)
    store = open_store(memory=True)
    first = load_paths(store, [path], jobs=1)
    assert first.loaded == [str(path)] and first.counts["awards"] == 29

    def unread(*args, **kwargs):
        raise AssertionError("read again")
        yield  # pragma: no cover - a generator, as the method it replaces

    monkeypatch.setattr(TableLoader, "_chunks", unread)
    again = load_paths(store, [path], jobs=1)
    assert again.unchanged == [str(path)] and not again.skipped


def test_a_cell_of_any_json_kind_is_a_row_problem_not_a_failed_file(tmp_path):
    rows = [{"Họ và tên": "Nguyễn Văn An", "Hình thức khen thưởng": "Giấy khen", "Ngày ký": ["02/02/2024"]},
            {"Họ và tên": "Trần Thị Bình", "Hình thức khen thưởng": "Giấy khen", "Ngày ký": "02/02/2024"}]
    path = tmp_path / "list.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    src = TableLoader().read(path)
    assert src.counts["awards"] == 1
    assert len(src.warnings) == 1 and "list.json:2: bad date" in src.warnings[0]


def test_a_list_that_breaks_while_it_is_stored_is_skipped_and_the_others_load(tmp_path, monkeypatch):
    """A list is read as it is stored: a failure of the reading library past the first rows (a
    sheet corrupt further down) skips that file with one line, as a failure on opening it would."""
    from tdkt.graph.store import open_store
    from tdkt.loaders import table

    good, bad = _long_list(tmp_path), tmp_path / "bad.csv"
    bad.write_bytes(good.read_bytes().replace("Chuyên viên".encode(), "Cán bộ".encode()))
    real = table.sheets

    def breaking(path, data):
        if not path.endswith("bad.csv"):
            return real(path, data)
        (name, rows), = real(path, data)

        def rows_then_failure():
            yield from list(rows)[:10]
            raise RuntimeError("corrupt sheet data")
        return [(name, rows_then_failure())]

    monkeypatch.setattr(table, "sheets", breaking)
    store = open_store(memory=True)
    result = load_paths(store, [good, bad], jobs=1)
    assert result.loaded == [str(good)]
    assert result.skipped == [(str(bad), f"{bad}: cannot be read (RuntimeError: corrupt sheet data)")]
    assert len(store.graphs()) == len(open_store(memory=True).graphs()) + 1


def test_a_mass_organization_s_own_award_in_a_list_is_decided_by_its_central_body(tmp_path):
    path = tmp_path / "ds.csv"
    rows = [HEADER, ["1", "Lê Văn Hùng", "", "Bí thư", "Đoàn xã Tân Phú", "Giải thưởng Lý Tự Trọng", "", "", "2025"]]
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    [award] = TableLoader().read(path).summary["awards"]
    assert (award["recipient"], award["conferred_by"]) == ("Lê Văn Hùng", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
