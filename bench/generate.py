"""Generate a realistic synthetic tdkt graph as N-Triples, for benchmarks.

Each synthetic report names organizations (drawn from a shared pool, so entities recur across
reports as in real data), officials with posts, award conferrals, an event and a decision, with
Vietnamese labels and the provenance a real report graph carries. About 100 triples per report.

    python bench/generate.py --triples 1000000 -o /tmp/tdkt-1m.nt
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path


from tdkt.loaders.normalize import entity_iri, search_key

TDKT = "https://w3id.org/tdkt/ontology#"
TDKTA = "https://w3id.org/tdkt/award/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SOURCE = "http://purl.org/dc/terms/source"
TITLE = "http://purl.org/dc/terms/title"
XSD = "http://www.w3.org/2001/XMLSchema#"

HEADS = ["Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Liên đoàn Lao động", "Hội Nông dân",
         "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Công an", "Bệnh viện Đa khoa",
         "Trường Trung học phổ thông", "Công ty Cổ phần Xây dựng", "Hợp tác xã Nông nghiệp", "Ban Tuyên giáo"]
PLACES = ["Hà Nội", "Huế", "Đà Nẵng", "Nghệ An", "Thanh Hóa", "Lạng Sơn", "Quảng Ninh", "Cần Thơ",
          "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "An Giang", "Cà Mau", "Hưng Yên", "Ninh Bình"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc"]
GIVEN = ["Hùng", "Hưng", "Lan", "Hòa", "Thủy", "Dũng", "Mai", "Tuấn", "Hương", "Long", "Nam", "Bình",
         "Hạnh", "Phúc", "Khánh", "Trang", "Sơn", "Yến"]
TITLES = ["Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Bí thư", "Trưởng ban"]
AWARDS = ["huan-chuong-lao-dong-hang-ba", "huan-chuong-lao-dong-hang-nhi", "bang-khen-thu-tuong-chinh-phu",
          "co-thi-dua-cua-chinh-phu", "chien-si-thi-dua-toan-quoc", "tap-the-lao-dong-xuat-sac",
          "bang-khen-cap-bo-nganh-tinh", "giay-khen", "lao-dong-tien-tien", "huan-chuong-doc-lap-hang-ba"]


def lit(text: str, lang: str | None = "vi", datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def triples(n_triples: int, seed: int = 7):
    """Yield N-Triples lines until about ``n_triples`` are written."""
    rng = random.Random(seed)
    orgs = [f"{h} tỉnh {p} {i}" if i else f"{h} tỉnh {p}" for h in HEADS for p in PLACES for i in range(12)]
    people = [f"{s} {m} {g}" for s in SURNAMES for m in MIDDLES for g in GIVEN]
    written = 0
    report_no = 0
    while written < n_triples:
        report_no += 1
        report = f"https://w3id.org/tdkt/id/report/{report_no:016x}"
        year = 2015 + report_no % 10
        out = [(report, RDF_TYPE, f"<{TDKT}Report>"),
               (report, TITLE, lit(f"Hội nghị tổng kết công tác thi đua năm {year} số {report_no}")),
               (report, f"{TDKT}sha256", lit(f"{report_no:064x}", lang=None)),
               (report, "http://purl.org/dc/terms/issued", lit(f"{year}-12-{1 + report_no % 28:02d}T08:00:00", datatype=XSD + "dateTime"))]

        def mention(iri: str, cls: str, label: str) -> None:
            out.extend([(iri, RDF_TYPE, f"<{TDKT}{cls}>"), (iri, LABEL, lit(label)),
                        (iri, f"{TDKT}searchKey", lit(search_key(label), lang=None)), (iri, SOURCE, f"<{report}>")])

        org_names = rng.sample(orgs, 3)
        org_iris = [entity_iri("org", o) for o in org_names]
        for iri, name in zip(org_iris, org_names):
            mention(iri, "Organization", name)
        persons = []
        for _ in range(4):
            name = rng.choice(people)
            org = rng.randrange(3)
            person = entity_iri("person", name, org_names[org])
            title = rng.choice(TITLES)
            post = entity_iri("post", f"{title} {org_names[org]}")
            mention(person, "Person", name)
            out.extend([(person, f"{TDKT}holds", f"<{post}>"), (post, RDF_TYPE, f"<{TDKT}Post>"),
                        (post, f"{TDKT}title", lit(title)), (post, f"{TDKT}postIn", f"<{org_iris[org]}>"),
                        (post, f"{TDKT}asOf", lit(f"{year}-12-01", datatype=XSD + "date"))])
            persons.append(person)
        event = f"https://w3id.org/tdkt/id/event/{report_no:016x}"
        out.extend([(event, RDF_TYPE, f"<{TDKT}Event>"), (event, LABEL, lit(f"Hội nghị tổng kết năm {year}")),
                    (event, f"{TDKT}date", lit(f"{year}-12-01", datatype=XSD + "date")),
                    (event, f"{TDKT}organizer", f"<{org_iris[0]}>"), (event, SOURCE, f"<{report}>")])
        decision = f"https://w3id.org/tdkt/id/document/{report_no:016x}"
        out.extend([(decision, RDF_TYPE, f"<{TDKT}Document>"),
                    (decision, f"{TDKT}documentNumber", lit(f"{report_no}/QĐ-UBND", lang=None)),
                    (decision, SOURCE, f"<{report}>")])
        for k in range(5):
            conferral = f"https://w3id.org/tdkt/id/conferral/{report_no:016x}-{k}"
            recipient = rng.choice(org_iris + persons)
            out.extend([(conferral, RDF_TYPE, f"<{TDKT}AwardConferral>"),
                        (conferral, f"{TDKT}awardType", f"<{TDKTA}{rng.choice(AWARDS)}>"),
                        (conferral, f"{TDKT}recipient", f"<{recipient}>"),
                        (conferral, f"{TDKT}presentedBy", f"<{persons[0]}>"),
                        (conferral, f"{TDKT}forPeriod", lit(str(year), lang=None)),
                        (conferral, f"{TDKT}forYear", lit(str(year), datatype=XSD + "gYear")),
                        (conferral, f"{TDKT}atEvent", f"<{event}>"),
                        (conferral, f"{TDKT}decision", f"<{decision}>"),
                        (conferral, f"{TDKT}evidence", lit(f"Tặng Bằng khen cho đơn vị số {k} năm {year}.")),
                        (conferral, SOURCE, f"<{report}>")])
        for s, p, o in out:
            yield f"<{s}> <{p}> {o} .\n"
        written += len(out)


def ensure(n_triples: int, workdir: str | None, prefix: str) -> tuple[Path, Path]:
    """(work folder, generated N-Triples file) for a benchmark, generating the file once."""
    work = Path(workdir or tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    data = work / f"graph-{n_triples}.nt"
    if not data.exists():
        with open(data, "w", encoding="utf-8") as f:
            f.writelines(triples(n_triples))
    print(f"# {' '.join([Path(sys.executable).name, *sys.argv])}")
    return work, data


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    with open(args.output, "w", encoding="utf-8") as f:
        n = 0
        for line in triples(args.triples, args.seed):
            f.write(line)
            n += 1
    print(f"{n} triples -> {args.output}")


if __name__ == "__main__":
    main()
