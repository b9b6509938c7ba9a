"""Write the hostile-input corpus into this folder (run after changing it; the files are committed):

    python tests/data/bad/make_bad_inputs.py

Each file is one way an input can be wrong. The tests (tests/test_reliability.py) load every one
and also make the big ones (a 50 MB report, a 10 MB line, a zip bomb) in a temporary folder, so
they are not committed. Nothing here is text from a real report.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
NASTY = ['A"B', "back\\slash", "new\nline", "a>b<c", '"""triple', "<script>alert(1)</script>", "} ; DROP ALL ; {",
         "SELECT * WHERE", "\u202eRTL\u202c", "zero\u200bwidth", "=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)"]


def files() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    # reports
    out["empty.txt"] = b""
    out["whitespace.txt"] = b" \n\t\n  "
    out["binary.txt"] = bytes(range(256)) * 8
    out["nul-in-text.txt"] = "Hội nghị\x00 thi đua".encode()
    out["truncated-utf8.txt"] = "Tiêu đề\nHội Nông dân Việt Nam được tặng Cờ thi đua".encode()[:-1]
    out["latin1-not-vietnamese.txt"] = "Résumé - café crème, naïve façade".encode("latin-1")
    out["english-only.txt"] = b"Quarterly report\nThe board met and approved the budget.\n"
    out["only-boilerplate.txt"] = "Quay lại | Lên đầu trang\nCAPTCHA image\n".encode()
    out["lone-surrogates.txt"] = b"Ti\xed\xa0\x80tle\nbody"
    out["bom-only.txt"] = b"\xef\xbb\xbf"
    out["deep.html"] = b"<html><body>" + b"<div>" * 5000 + "Hội Nông dân Việt Nam".encode() + b"</div>" * 5000 + b"</body></html>"
    out["scripts.html"] = ("<html><head><title>Lễ trao <script>alert(1)</script></title></head><body><script>alert(2)</script>"
                           "<p onclick=alert(3)>Đồng chí Nguyễn Văn An trao Bằng khen cho Hội Nông dân Việt Nam.</p>"
                           "<img src=x onerror=alert(4)></body></html>").encode()
    out["unclosed.html"] = "<html><body><p>Hội Nông dân Việt Nam <b>được tặng <i>Cờ thi đua".encode()
    out["html-no-text.html"] = b"<html><body><script>var x = 1;</script><style>p{}</style></body></html>"
    out["nasty-names.txt"] = ("Lễ trao thưởng\n" + "\n".join(
        f"Đồng chí {n} - Chủ tịch Hội Nông dân Việt Nam trao Bằng khen cho Công ty {n}." for n in NASTY)).encode()
    out["long-name.txt"] = ("Tin\nĐồng chí Nguyễn Văn An trao Bằng khen cho Công ty " + "Hoàng Long " * 2000 + ".").encode()
    out["many-quotes.txt"] = ("Tin\nphong trào " + "“" * 3000 + " Hội Nông dân Việt Nam").encode()
    out["numbers-only.txt"] = b"123 456 789\n" * 100
    # award lists
    out["csv-empty.csv"] = b""
    out["csv-header-only.csv"] = "Họ và tên;Hình thức khen thưởng\n".encode()
    out["csv-no-header.csv"] = b"a,b,c\n1,2,3\n"
    out["csv-wrong-columns.csv"] = "Tên;Giá;Số lượng\nBút;5000;3\n".encode()
    out["csv-duplicate-columns.csv"] = "Họ và tên;Họ và tên;Hình thức khen thưởng\nA;B;Giấy khen\n".encode()
    out["csv-ragged.csv"] = "Họ và tên;Hình thức khen thưởng;Năm\nNguyễn Văn An\n;;;;;;\nLê Văn Ba;Giấy khen;2024;x;y\n".encode()
    out["csv-unknown-award.csv"] = "Họ và tên;Hình thức khen thưởng\nNguyễn Văn An;Huy hiệu Không Tồn Tại\n".encode()
    out["csv-bad-dates.csv"] = "Họ và tên;Hình thức khen thưởng;Ngày ký;Năm\nNguyễn Văn An;Giấy khen;45/13/2024;20x4\n".encode()
    out["csv-unclosed-quote.csv"] = 'Họ và tên;Hình thức khen thưởng\n"Nguyễn Văn An;Giấy khen\n'.encode()
    out["csv-binary.csv"] = bytes(range(256)) * 4
    out["csv-nasty-names.csv"] = ("Họ và tên;Tên tập thể;Hình thức khen thưởng;Năm\n" + "\n".join(
        f";{n.replace(chr(10), ' ')};Giấy khen;2024" for n in NASTY)).encode()
    out["csv-formula.csv"] = "Họ và tên;Hình thức khen thưởng\n=CMD|' /C calc'!A0;Giấy khen\n".encode()
    out["json-not-json.json"] = b"{not json"
    out["json-scalar.json"] = b"42"
    out["json-list-of-scalars.json"] = b"[1, 2, 3]"
    out["json-empty-list.json"] = b"[]"
    out["json-deep.json"] = b"[" * 3000 + b"]" * 3000
    out["jsonl-broken-line.jsonl"] = '{"Họ và tên": "A", "Hình thức khen thưởng": "Giấy khen"}\n{broken\n'.encode()
    out["xlsx-not-zip.xlsx"] = b"this is not a spreadsheet"
    out["xlsx-empty-zip.xlsx"] = _zip({})
    out["xlsx-random-zip.xlsx"] = _zip({"hello.txt": b"hi"})
    out["xlsx-zip-bomb.xlsx"] = _zip({"xl/workbook.xml": b"<" + b"a" * 5_000_000})
    out["tsv-spaces.tsv"] = "Họ và tên    Hình thức khen thưởng\nNguyễn Văn An    Giấy khen\n".encode()
    # RDF
    out["rdf-empty.ttl"] = b""
    out["rdf-syntax.ttl"] = b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\nex:d .\n"
    out["rdf-bad-iri.nt"] = b'<http://example.org/a b> <http://example.org/p> "x" .\n'
    out["rdf-unterminated-string.nt"] = b'<http://example.org/a> <http://example.org/p> "unterminated .\n'
    out["rdf-bad-lang.nt"] = b'<http://example.org/a> <http://example.org/p> "x"@-- .\n'
    out["rdf-trig-unclosed.trig"] = b"<http://example.org/g> { <http://example.org/a> <http://example.org/p> <http://example.org/o> .\n"
    out["rdf-nquads-bad-graph.nq"] = b'<http://example.org/a> <http://example.org/p> "x" "graph" .\n'
    out["rdf-jsonld-broken.jsonld"] = b'{"@context": {"@vocab": 5}, "@id": '
    out["rdf-xml-broken.rdf"] = b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
    out["rdf-binary.ttl"] = bytes(range(256)) * 4
    out["rdf-nasty-literals.nt"] = "".join(
        f'<https://example.org/n{i}> <http://www.w3.org/2000/01/rdf-schema#label> {json.dumps(n, ensure_ascii=False)} .\n'
        for i, n in enumerate(NASTY)).encode()
    # not for any loader
    out["unknown.suffix"] = b"anything"
    out["no-suffix"] = "Hội Nông dân Việt Nam".encode()
    return out


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)  # same bytes every run
    return buf.getvalue()


if __name__ == "__main__":
    made = files()
    for name, data in made.items():
        (HERE / name).write_bytes(data)
    print(f"{len(made)} bad inputs in {HERE}")
