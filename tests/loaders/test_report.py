import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tdkt.errors import LoaderError
from tdkt.loaders.normalize import matching_key
from tdkt.loaders.report import ReportLoader
from tdkt.loaders.report.extract import extract
from tdkt.loaders.report.facts import Person
from tdkt.loaders.report.reading import Report, read_report

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"


def facts_of(*body, year=2024):
    import datetime as dt
    return extract(Report("t.txt", "0" * 64, "t", list(body), dt.datetime(year, 1, 1)))


def posts_of(facts) -> dict:
    """Each person's name → [(title, body's label)] of their posts."""
    return {p.name: [(x.title, x.org.label if x.org else None) for x in p.posts] for p in facts.persons.values()}


def recipient_of(award) -> str:
    """A conferral's recipient as named: a person's name, a body's or a group's label."""
    return getattr(award.recipient, "name", None) or award.recipient.label


def giver_of(x) -> str | None:
    """A conferrer's name: a body's label, or an office not in the reference data as title and body."""
    return None if x is None else x.label or f"{x.title} {x.org.label}"


def test_seed_scores_one_on_the_required_categories(seed_path):
    if not SCORER.exists():
        pytest.skip("../shared/tools is absent")
    tdkt = str(Path(sys.executable).with_name("tdkt"))
    proc = subprocess.run([sys.executable, str(SCORER), str(seed_path.parent), "--project", str(ROOT), "--min-f1", "1",
                           "--require", "awards,organizations,persons,posts", "--cmd", f"{tdkt} extract"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_seed_report_parts(seed_path):
    r = read_report(seed_path)
    assert r.published.isoformat() == "2017-07-28T08:44:08"
    assert r.category == "Tin HĐTĐKT Tỉnh, Bộ, Ngành"
    assert r.author == "Minh Vũ"
    assert not any("CAPTCHA" in line or "Quay lại" in line for line in r.body)


def test_example_report_facts(example_path):
    src = ReportLoader().read(example_path)
    s = src.summary
    awards = {(a["award_type"], a["recipient"], a["for_period"]) for a in s["awards"]}
    assert awards == {("Bằng khen của Thủ tướng Chính phủ", "Hội Cựu chiến binh Việt Nam", "2024"),
                      ("Bằng khen của Thủ tướng Chính phủ", "Tổng Liên đoàn Lao động Việt Nam", "2024"),
                      ("Cờ thi đua của Chính phủ", "Hội Liên hiệp Phụ nữ Việt Nam", "2024")}
    # the proposal in the last paragraph ("đề nghị … xét tặng") is not a conferral
    assert not any(a["recipient"] == "Hội Nông dân Việt Nam" for a in s["awards"])
    persons = {p["name"]: {(x["title"], x["organization"]) for x in p["posts"]} for p in s["persons"]}
    assert persons["Đỗ Thị Lan"] == {("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam")}
    assert "Ngọc Anh" not in persons  # the byline is not an official
    assert all(a["presented_by"] == "Phạm Minh Khoa" for a in s["awards"] if a["award_type"].startswith("Bằng khen"))


def test_one_conferral_per_recipient_and_none_for_revocations():
    f = facts_of("Bộ trưởng Nguyễn Văn An đã trao Bằng khen của Thủ tướng Chính phủ cho Hội Nông dân Việt Nam, "
                 "Hội Cựu chiến binh Việt Nam và Tổng Liên đoàn Lao động Việt Nam vì đã có thành tích xuất sắc năm 2023.",
                 "Chủ tịch nước đã ký quyết định hủy bỏ Huân chương Lao động hạng Ba đối với Hội Nông dân Việt Nam.")
    assert [a.recipient.label for a in f.awards] == ["Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam",
                                                     "Tổng Liên đoàn Lao động Việt Nam"]
    assert {a.period for a in f.awards} == {"2023"}


def test_abbreviations_and_spellings_give_one_organization():
    f = facts_of("Hội LHPN Việt Nam được trao Cờ thi đua của Chính phủ.",
                 "Hội Liên hiệp Phụ nữ Việt Nam tổ chức Hội nghị tổng kết năm 2024.")
    labels = [o.label for o in f.orgs.values()]
    assert labels.count("Hội Liên hiệp Phụ nữ Việt Nam") == 1


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"\x00\x01\x02binary", "binary"),
                                         (b"just some english text here.\n", "no Vietnamese")])
def test_bad_inputs_are_refused_with_a_reason(tmp_path, data, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(LoaderError, match=reason):
        read_report(p)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters precomposed, tones combining."""
    import unicodedata
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            for m in marks:  # the mark that makes a letter of the code page (â ă ê ô ơ ư)
                composed = unicodedata.normalize("NFC", base + m)
                if len(composed) == 1 and composed.encode("cp1258", errors="ignore"):
                    base, marks = composed, [x for x in marks if x != m]
                    break
            out += base.encode("cp1258")
            out += "".join(marks).encode("cp1258")
    return bytes(out)


def test_nfd_bom_and_windows_1258_read_the_same(tmp_path, example_path):
    import unicodedata
    text = example_path.read_text(encoding="utf-8")
    variants = {"nfd.txt": b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode("utf-8"),
                "cp1258.txt": to_cp1258(text)}
    base = ReportLoader().read(example_path).summary
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        s = ReportLoader().read(tmp_path / name).summary
        assert s["awards"] == base["awards"] and s["organizations"] == base["organizations"], name


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes as a legacy editor saved them: capitals with marks fall back to lower case
    (they lived in a second font), so the reading keeps the words, not their capitals."""
    from tdkt.loaders.report.legacy import TCVN3
    inverse = {v: k for k, v in TCVN3.items()}
    out = "".join(inverse.get(c) or inverse.get(c.lower()) or c for c in unicodedata.normalize("NFC", text))
    return out.encode("cp1252")


def to_vni(text: str) -> bytes:
    from tdkt.loaders.report.legacy import VNI
    inverse: dict[str, str] = {}
    for k, v in VNI.items():
        inverse.setdefault(v, k)
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("cp1252")


@pytest.mark.parametrize("encode, name", [(to_vni, "VNI"), (to_tcvn3, "TCVN3")])
def test_legacy_font_encodings_are_detected_converted_and_warned(tmp_path, example_path, encode, name):
    text = example_path.read_text(encoding="utf-8")
    path = tmp_path / f"{name}.txt"
    path.write_bytes(encode(text))
    src = ReportLoader().read(path)
    assert any(str(path) in w and name in w for w in src.warnings), src.warnings
    base = ReportLoader().read(example_path).summary
    facts = lambda s: [(a["award_type"], a["recipient"], a["for_period"]) for a in s["awards"]]  # noqa: E731
    assert facts(src.summary) == facts(base)  # TCVN3 lost capitals with marks; known names still match
    if name == "VNI":  # VNI keeps every letter: the same summary
        assert src.summary["awards"] == base["awards"]


def test_utf8_file_holding_tcvn3_letters_is_converted(tmp_path, example_path):
    text = example_path.read_text(encoding="utf-8")
    path = tmp_path / "mojibake.txt"
    path.write_text(to_tcvn3(text).decode("cp1252"), encoding="utf-8")
    src = ReportLoader().read(path)
    assert any("TCVN3" in w for w in src.warnings)
    assert "Thủ tướng" in " ".join(a["award_type"] for a in src.summary["awards"])


def test_corpus_extracts_without_errors():
    corpus = ROOT.parent / "shared" / "corpus" / "magizbox-vn-news" / "articles"
    if not corpus.exists():
        pytest.skip("../shared/corpus is absent")
    for f in sorted(corpus.glob("*.txt")):
        src = ReportLoader().read(f)
        assert src.triples is not None and len(src.triples) > 5, f.name


def test_event_place_and_cluster_members_listed_after_gom():
    f = facts_of("Sáng 20/3, tại Hà Nội, Khối thi đua các tổ chức chính trị - xã hội tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
                 "Khối thi đua các tổ chức chính trị - xã hội gồm 6 thành viên: Hội Nông dân Việt Nam, Hội Cựu chiến binh Việt Nam "
                 "và Tổng Liên đoàn Lao động Việt Nam.")
    assert [(e.name, e.place, e.date) for e in f.events] == [("Hội nghị ký kết giao ước thi đua năm 2024", "Hà Nội", "2024-03-20")]
    assert [(m.member.label, m.role) for m in f.memberships] == [
        ("Hội Nông dân Việt Nam", "thành viên"), ("Hội Cựu chiến binh Việt Nam", "thành viên"),
        ("Tổng Liên đoàn Lao động Việt Nam", "thành viên")]


def test_organiser_of_a_ceremony_and_members_of_a_body_are_not_recipients():
    f = facts_of("Đảng ủy Văn phòng Chính phủ đã tổ chức buổi lễ trao tặng Huy hiệu Đảng trang trọng.",
                 "Thủ tướng gửi lời chúc mừng các đồng chí đảng viên của Đảng bộ Văn phòng Chính phủ đã vinh dự được trao tặng "
                 "Huy hiệu Đảng, Huân chương và Bằng khen đợt này.")
    assert f.awards == []


def test_conditions_are_not_conferrals_and_a_bare_honorific_refers_back():
    f = facts_of("Đồng chí Đỗ Văn Hải là Chủ tịch Hội Nông dân Việt Nam.",
                 "Nhiều năm liền, đồng chí được công nhận danh hiệu Chiến sĩ thi đua cơ sở.",
                 "Bà Lê Thị Mai có thể được thưởng nếu được Chủ tịch tỉnh tặng Bằng khen.")
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [("Chiến sĩ thi đua cơ sở", "Đỗ Văn Hải")]


def test_two_named_medals_of_one_kind_stay_two_and_bodies_keep_their_seat_and_province():
    f = facts_of("Ông Trần Văn Nam được Tổng Liên đoàn Lao động Việt Nam tặng Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức "
                 "Công đoàn”, Kỷ niệm chương “Vì thế hệ trẻ”.",
                 "Hội đồng xét xử TAND cấp cao tại Hà Nội đã tuyên án.",
                 "Sở Nội vụ tỉnh Cà Mau đã đề xuất khen thưởng cho bà Lê Thị Mai, cán bộ Sở Tư pháp tỉnh này.")
    assert sorted(a.name for a in f.awards) == ["Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”",
                                                "Kỷ niệm chương “Vì thế hệ trẻ”"]
    labels = {o.label for o in f.orgs.values()}
    assert "Tòa án nhân dân cấp cao tại Hà Nội" in labels
    assert "Sở Tư pháp tỉnh Cà Mau" in labels


def test_bodies_of_districts_and_cities_are_named_with_their_unit_word_written_out():
    f = facts_of("Ngày 3/6, UBND TP. Hạ Vân đã khen thưởng đột xuất cho Công an huyện Tân Lộc và UBND thị xã Sơn Hà.",
                 "Đại diện UBND thành phố Hạ Vân và Công an TX. Sơn Hà phát biểu.",
                 "Bộ đội Biên Phòng Tân Lộc và Trường THCS số 2 Tân Lộc được UBND tỉnh Sông Lam 02 lần tặng Bằng khen.")
    by_label = {o.label: sorted(o.spellings) for o in f.orgs.values()}
    assert by_label["Ủy ban nhân dân thành phố Hạ Vân"] == ["UBND TP. Hạ Vân", "UBND thành phố Hạ Vân"]
    assert by_label["Công an thị xã Sơn Hà"] == ["Công an TX. Sơn Hà"]
    assert "Công an huyện Tân Lộc" in by_label and "Ủy ban nhân dân thị xã Sơn Hà" in by_label
    assert "Trường THCS số 2 Tân Lộc" in by_label and "Ủy ban nhân dân tỉnh Sông Lam" in by_label
    assert not any(label.startswith("Phòng") for label in by_label)  # "Biên Phòng" is a word, not a "Phòng …"


def test_a_body_that_gives_an_award_in_the_active_voice_is_its_conferrer():
    f = facts_of("UBND huyện Tân Lộc đã tặng Giấy khen cho ông Trần Văn Nam.",
                 "Công ty Cổ phần Sông Lam vừa trao tặng Giấy khen cho bà Lê Thị Mai.",
                 "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Công ty Cổ phần Sông Lam.",
                 "Ông Đỗ Văn Hải thay mặt Đảng ủy Khối tặng Giấy khen cho ông Lê Văn Tâm.",
                 "Dịp này, Bộ Y tế trao 25 Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.")
    assert [a.award_label for a in f.awards if a.name == "Bằng khen"] == ["Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"]
    givers = {a.recipient.label if hasattr(a.recipient, "label") else a.recipient.name:
              a.conferred_by.label if a.conferred_by else None for a in f.awards}
    assert givers == {"Trần Văn Nam": "Ủy ban nhân dân huyện Tân Lộc", "Lê Thị Mai": "Công ty Cổ phần Sông Lam",
                      "Công ty Cổ phần Sông Lam": "Chủ tịch nước", "Lê Văn Tâm": "Đảng ủy Khối",  # (for whom Hải hands it over)
                      "các tập thể, cá nhân": "Bộ Y tế"}


def test_each_award_of_a_list_goes_to_the_recipients_after_it_only():
    f = facts_of("Tại buổi lễ, ông Trần Văn Nam đã trao tặng Huân chương Lao động hạng Nhất cho 2 cá nhân, "
                 "Huân chương Độc lập hạng Nhì cho 9 cá nhân và Huân chương Độc lập hạng Ba cho 40 cá nhân của nước bạn.")
    assert sorted((a.award_label, a.recipient.count) for a in f.awards) == [
        ("Huân chương Lao động hạng Nhất", 2), ("Huân chương Độc lập hạng Ba", 40), ("Huân chương Độc lập hạng Nhì", 9)]


def test_names_listed_after_gom_are_persons_and_suspects_named_in_passing_are_not():
    f = facts_of("Theo đó, 2 sinh viên được khen thưởng gồm: Hoàng Trọng Hiệp và Trần Đức Thắng (cùng 19 tuổi).",
                 "Tại cơ quan công an, các đối tượng gồm: Lê Thanh Tú, Nguyễn Văn Bảo (cùng 21 tuổi) đã khai nhận.")
    assert sorted(p.name for p in f.persons.values()) == ["Hoàng Trọng Hiệp", "Trần Đức Thắng"]


def test_names_go_on_through_their_compound_words_and_stop_at_verbs_and_commas():
    f = facts_of("Ban Chỉ đạo 389 tỉnh Sông Lam, Trung tâm Hội nghị tỉnh Sông Lam và Tổng cục Thể dục thể thao phối hợp tổ chức.",
                 "Cục trưởng Cục Tuyên huấn Lê Văn Tâm phát biểu; Tổng cục Chính trị chỉ đạo các đơn vị.",
                 "Cảm ơn Đảng ủy Khối các cơ quan Trung ương, Đảng ủy Văn phòng Chính phủ đã tổ chức buổi lễ.")
    labels = {o.label for o in f.orgs.values()}
    assert {"Ban Chỉ đạo 389 tỉnh Sông Lam", "Trung tâm Hội nghị tỉnh Sông Lam", "Tổng cục Thể dục thể thao",
            "Cục Tuyên huấn", "Tổng cục Chính trị", "Đảng ủy Khối các cơ quan Trung ương",
            "Đảng ủy Văn phòng Chính phủ"} <= labels
    assert not any(label.startswith("Cục trưởng") for label in labels)
    assert "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" not in labels  # "Trung ương, Đảng" is two names' words


def test_provincial_bodies_named_without_their_province_are_the_report_provinces():
    f = facts_of("Lễ kỷ niệm 50 năm thành lập Công ty Cổ phần Sông Lam diễn ra tại tỉnh Phú Thọ.",
                 "Dự buổi lễ có ông Hoàng Văn Mạc - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; ông Vi Trọng Lễ - Ủy viên BTV Tỉnh ủy, "
                 "Phó Chủ tịch Thường trực HĐND tỉnh; ông Lê Thanh Hải - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.",
                 "Ông Phết Ta Von, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Nậm Thà (Lào) phát biểu.",
                 "Bà Lê Thị Mai, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An dự lễ.")
    posts = posts_of(f)
    assert posts["Hoàng Văn Mạc"] == [("Bí thư", "Tỉnh ủy Phú Thọ"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ")]
    assert posts["Vi Trọng Lễ"] == [("Ủy viên Ban Thường vụ", "Tỉnh ủy Phú Thọ"),
                                    ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh Phú Thọ")]
    assert posts["Lê Thanh Hải"] == [("Tỉnh ủy viên", "Tỉnh ủy Phú Thọ"), ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ")]
    assert posts["Lê Thị Mai"] == [("Bí thư", "Tỉnh ủy Nghệ An"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")]
    assert posts.get("Phết Ta Von", []) == []  # a province we do not know: no guess
    assert [e.name for e in f.events] == ["Lễ kỷ niệm 50 năm thành lập Công ty Cổ phần Sông Lam"]  # not "Lễ - Ủy viên …"


def test_givers_in_a_list_of_awards_are_no_recipients_and_an_official_who_decides_is_the_office():
    f = facts_of("Lực lượng kiểm lâm đã được Nhà nước trao tặng nhiều Huân chương Lao động, Cờ thi đua và Bằng khen của "
                 "Bộ trưởng Bộ Thương mại, Bộ trưởng Bộ Công Thương, Cờ thi đua và Bằng khen của Ủy ban nhân dân tỉnh.",
                 "Chủ tịch UBND tỉnh Sông Lam Nguyễn Văn Hòa vừa quyết định tặng Bằng khen cho 22 cá nhân.",
                 "Ông Lê Văn Tâm, Giám đốc Sở Nội vụ tỉnh Sông Lam trao Giấy khen cho 5 cá nhân.")
    def giver(x):
        return None if x is None else x.label or f"{x.title} {x.org.label}"  # a body, or an office not in the reference data
    given = [(a.award_label, a.recipient.label, giver(a.conferred_by), a.presented_by.name if a.presented_by else None)
             for a in f.awards]
    assert given == [("Bằng khen", "22 cá nhân", "Chủ tịch Ủy ban nhân dân tỉnh Sông Lam", None),
                     ("Giấy khen", "5 cá nhân", "Giám đốc Sở Nội vụ tỉnh Sông Lam", "Lê Văn Tâm")]  # the office gives, he hands it


def test_posts_in_bodies_of_a_city_named_short():
    f = facts_of("Sáng 18-6, Liên đoàn Lao động TP.HCM đã tổ chức hội nghị tuyên dương.",
                 "Phát biểu tại buổi lễ, bà Trần Kim Yến, Chủ tịch LĐLĐ TP.HCM, cho biết công chức đã tiết kiệm điện.",
                 "Trưởng ban Dân vận Thành ủy Nguyễn Thị Lệ khen thưởng các cá nhân tiêu biểu.",
                 "Dịp này, LĐLĐ TP đã biểu dương 55 tập thể.")
    posts = posts_of(f)
    assert posts == {"Trần Kim Yến": [("Chủ tịch", "Liên đoàn Lao động thành phố Hồ Chí Minh")],
                     "Nguyễn Thị Lệ": [("Trưởng ban", "Ban Dân vận Thành ủy thành phố Hồ Chí Minh")]}
    union = next(o for o in f.orgs.values() if o.label == "Liên đoàn Lao động thành phố Hồ Chí Minh")
    assert "LĐLĐ TP" in union.spellings  # the city's federation, named short once the city is known


def test_event_names_places_and_organisers_read_to_their_ends():
    f = facts_of("Sáng 5/7, tại Trung tâm Hội nghị tỉnh Sông Lam, Công ty Cổ phần Sông Lam tổ chức Lễ kỷ niệm 35 năm thành lập.",
                 "Lễ kỷ niệm có đồng chí Lê Văn Tâm, Chủ tịch UBND tỉnh Sông Lam tới dự.",
                 "Chiều 6/7, tại Thành phố Sơn La diễn ra Lễ trao Huân chương Hữu nghị là sự kiện quan trọng.")
    assert [(e.name, e.place, e.organizer.label if e.organizer else None) for e in f.events] == [
        ("Lễ kỷ niệm 35 năm thành lập", "Trung tâm Hội nghị tỉnh Sông Lam", "Công ty Cổ phần Sông Lam"),
        ("Lễ trao Huân chương Hữu nghị", None, None)]


def test_schools_named_after_persons_and_a_district_before_brackets():
    f = facts_of("Lễ tuyên dương được Phòng GD & ĐT quận Tây Hồ (Hà Nội) tổ chức trang trọng.",
                 "Riêng trường THCS Chu Văn An có nhiều học sinh đạt giải.",
                 "Ông Nguyễn Văn Bình, Hiệu trưởng Trường THPT Trần Phú phát biểu.")
    assert {o.label for o in f.orgs.values()} >= {"Phòng Giáo dục và Đào tạo quận Tây Hồ", "Trường THPT Trần Phú"}
    assert any("Phòng GD & ĐT quận Tây Hồ" in o.spellings for o in f.orgs.values())  # (as written: an alias)
    assert sorted(p.name for p in f.persons.values()) == ["Nguyễn Văn Bình"]  # not "Chu Văn An", a school's namesake


def test_posts_before_names_in_a_list_parted_by_semicolons():
    f = facts_of("Dự có: Thủ tướng Chính phủ Trần Văn Nam, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương; Chủ tịch Quốc hội "
                 "Lê Thị Mai; Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Đỗ Văn Hải.",
                 "Thượng tướng Lê Văn Tâm, Bí thư T.Ư Đảng, Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng chủ trì.",
                 "Văn phòng đã tham mưu cho Hội đồng Thi đua - Khen thưởng hoạt động có hiệu quả.")
    posts = {p.name: sorted((x.title, x.org.label) for x in p.posts) for p in f.persons.values()}
    assert posts["Lê Thị Mai"] == [("Chủ tịch", "Quốc hội")]
    assert posts["Đỗ Văn Hải"] == [("Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
                                   ("Trưởng Ban", "Ban Tổ chức Trung ương")]
    assert posts["Lê Văn Tâm"] == [("Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
                                   ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng")]
    assert "Hội đồng Thi đua - Khen thưởng" not in {o.label for o in f.orgs.values()}  # a council of no body named


def test_conferrers_of_titles_flags_and_a_second_award_of_one_subject():
    f = facts_of("Sáng 12/5, tại tỉnh Nghệ An, Công ty Cổ phần Sông Lam đón nhận Cờ thi đua của UBND tỉnh.",
                 "Ông Nguyễn Văn Tâm được truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
                 "Hợp tác xã Tân Lộc được Chủ tịch nước tặng Huân chương Lao động hạng Ba và được Thủ tướng Chính phủ "
                 "tặng Bằng khen.")
    def name(x):
        return x.name if isinstance(x, Person) else x.label
    assert [(a.award_label, name(a.recipient), a.conferred_by.label) for a in f.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công ty Cổ phần Sông Lam", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Anh hùng Lực lượng vũ trang nhân dân", "Nguyễn Văn Tâm", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Ba", "Hợp tác xã Tân Lộc", "Chủ tịch nước"),
        ("Bằng khen của Thủ tướng Chính phủ", "Hợp tác xã Tân Lộc", "Thủ tướng Chính phủ")]


def test_a_medal_named_without_quotes_keeps_its_name():
    f = facts_of("Bộ Y tế tặng Kỷ niệm chương Vì sự nghiệp Y tế cho 20 cá nhân có nhiều đóng góp.")
    assert [(a.name, a.recipient.label, a.conferred_by.label) for a in f.awards] == [
        ("Kỷ niệm chương Vì sự nghiệp Y tế", "20 cá nhân", "Bộ Y tế")]


PROVINCE_LEVEL = "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"  # a province's Bằng khen is this concept


def test_a_decision_s_issuer_gives_and_coordinated_groups_both_receive():
    f = facts_of("Theo Quyết định số 123/QĐ-UBND ngày 5/6/2024 của UBND tỉnh Nghệ An, 15 tập thể và 30 cá nhân được tặng "
                 "Bằng khen vì có thành tích xuất sắc.",
                 "Chủ tịch UBND tỉnh Nghệ An đã ký quyết định công nhận danh hiệu Tập thể lao động xuất sắc cho 12 tập thể.")
    def giver(x):
        return x.label or f"{x.title} {x.org.label}"
    assert [(a.award_label, a.recipient.label, giver(a.conferred_by)) for a in f.awards] == [
        (PROVINCE_LEVEL, "15 tập thể", "Ủy ban nhân dân tỉnh Nghệ An"), (PROVINCE_LEVEL, "30 cá nhân", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Tập thể lao động xuất sắc", "12 tập thể", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An")]


def _bundled_and_shared_inputs():
    yield ROOT / "examples" / "khoi-thi-dua-vi-du-2024.txt"
    yield ROOT / "examples" / "danh-sach-khen-thuong-vi-du-2024.csv"
    shared = ROOT.parent / "shared"
    yield from sorted((shared / "seed").glob("*.txt"))
    yield from sorted((shared / "corpus" / "magizbox-vn-news" / "articles").glob("*.txt"))


def test_both_term_makers_write_the_same_graph(tmp_path):
    """A load stores N-Triples written without rdflib; ``extract`` shows rdflib terms: one mapping,
    the same triples, also for text that needs escaping."""
    import pyoxigraph as ox

    from tdkt.graph.terms import to_ox
    from tdkt.loaders import registry

    tricky = tmp_path / "tricky.txt"
    tricky.write_text('Lễ trao "Huân chương" \\ năm 2024\n\nÔng Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Nghệ An, được '
                      'tặng Bằng khen của Thủ tướng Chính phủ vì "thành tích\\xuất sắc"\r\n\tnăm 2024.\n', encoding="utf-8")
    paths = [tricky, *_bundled_and_shared_inputs()]
    for path in paths:
        loader = registry.loader_for(path)
        rdflib_made = {ox.Triple(*map(to_ox, t)) for t in loader.read(path).triples}
        written = loader.read_for_store(path)
        text = written.ntriples if written.parts is None else b"".join(written.parts)  # a list comes in parts
        parsed = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)}
        assert parsed == rdflib_made, path.name
    assert len(paths) > 3


def test_gated_patterns_find_what_the_bare_patterns_find():
    """The word gates in front of the sentence patterns only skip work: on every sentence of the
    bundled and shared reports, gated and bare patterns give the same matches."""
    import importlib

    from tdkt.loaders.report.reading import read_report, sentences

    ex = importlib.import_module("tdkt.loaders.report.extract")
    gates = {name: g for name, g in vars(ex).items() if isinstance(g, ex._Gated)}
    assert len(gates) >= 8
    texts = ["Ban tổ chức LONG TRỌNG TỔ CHỨC Lễ đón nhận; PHONG TRÀO “Thi đua”; Dự hội nghị có 53 Cá nhân."]
    for path in _bundled_and_shared_inputs():
        if path.suffix == ".txt":
            texts += [s for paragraph in read_report(path).body for s in sentences(paragraph)]
    hits = 0
    for text in texts:
        for name, gate in gates.items():
            gated = [m.span() for m in gate.finditer(text)]
            assert gated == [m.span() for m in gate.pattern.finditer(text)], (name, text)
            hits += bool(gated)
    assert hits > 10


def test_an_abbreviation_in_brackets_inside_a_name_does_not_break_it():
    sentence = "Ông Lê Văn Tâm, Chủ tịch Liên đoàn Lao động (LĐLĐ) tỉnh Sông Lam, trao Bằng khen cho Công đoàn Trường THPT Tân Lộc."
    f = facts_of(sentence,
                 "Hội Liên hiệp Phụ nữ (LHPN) TP. Hạ Vân và Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Sông Lam dự lễ.",
                 "Tổng công ty Xây lắp Sông Lam (SLC) đã tặng Giấy khen cho 12 công nhân.")
    labels = {o.label for o in f.orgs.values()}
    assert {"Liên đoàn Lao động tỉnh Sông Lam", "Hội Liên hiệp Phụ nữ thành phố Hạ Vân",
            "Sở Lao động - Thương binh và Xã hội tỉnh Sông Lam", "Tổng công ty Xây lắp Sông Lam"} <= labels
    assert not any("(" in label or "  " in label for label in labels)
    (person,) = f.persons.values()
    assert [(p.title, p.org.label) for p in person.posts] == [("Chủ tịch", "Liên đoàn Lao động tỉnh Sông Lam")]
    assert person.evidence[0] == sentence  # the evidence is the sentence as written
    # an abbreviation that ends the name still names the body ("SLC"), and letters that are no initials stay
    assert any(a.conferred_by is not None and a.conferred_by.label == "Tổng công ty Xây lắp Sông Lam" for a in f.awards)


def test_counted_workers_and_members_receive_and_one_of_several_is_the_only_recipient():
    f = facts_of("Công ty CP Thép Tân Lộc tặng Giấy khen cho 35 công nhân và 12 đoàn viên.",
                 "Công ty CP Thép Tân Lộc là một trong số 4 doanh nghiệp được nhận Cờ thi đua của Chính phủ.",
                 "Thứ trưởng Bộ GD&ĐT Lê Văn Phúc đã trao danh hiệu Nhà giáo Nhân dân cho 20 nhà giáo.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Giấy khen", "35 công nhân"), ("Giấy khen", "12 đoàn viên"),
        ("Cờ thi đua của Chính phủ", "Công ty Cổ phần Thép Tân Lộc"), ("Nhà giáo Nhân dân", "20 nhà giáo")]


def test_bodies_officials_and_orders_of_a_foreign_state_are_its_own():
    f = facts_of("Chủ tịch Quốc hội Lào Somsay Phomvilay và Chủ tịch Quốc hội Trần Văn Minh dự lễ.",
                 "Ông Khăm Phăn Xổm Vi Lay, Tỉnh trưởng tỉnh Chăm Pa Sắc, Bộ trưởng Bộ Nội vụ nước CHDCND Lào, phát biểu.",
                 "Đồng chí Bun-thoong Chít-ma-ni, Bộ trưởng Bộ Quốc phòng Lào, trao Huân chương Itsala hạng Nhất cho Bộ Công an.",
                 "Nhà nước Cu-ba tặng Huân chương Lao động hạng Nhì cho Bệnh viện Tân Lộc.",
                 "Ông Hàn Quốc Văn, Giám đốc Sở Y tế tỉnh Sông Lam, dự lễ cùng Đại sứ Hàn Quốc.")
    posts = posts_of(f)
    assert posts == {
        "Somsay Phomvilay": [("Chủ tịch", "Quốc hội Lào")], "Trần Văn Minh": [("Chủ tịch", "Quốc hội")],
        "Khăm Phăn Xổm Vi Lay": [("Bộ trưởng", "Bộ Nội vụ Lào")],
        "Bun-thoong Chít-ma-ni": [("Bộ trưởng", "Bộ Quốc phòng Lào")], "Hàn Quốc Văn": [("Giám đốc", "Sở Y tế tỉnh Sông Lam")]}
    known = {o.label: o.iri for o in f.orgs.values()}
    assert known["Quốc hội Lào"] is None and known["Quốc hội"] is not None  # Vietnam's body stays its own
    assert "Bộ Nội vụ" not in known and "Bộ Quốc phòng" not in known
    orders = [(a.award_label, a.name, a.recipient.label, a.conferred_by.label) for a in f.awards]
    assert orders == [("Huân chương của nước ngoài", "Huân chương Itsala hạng Nhất", "Bộ Công an", "Nhà nước Lào"),
                      ("Huân chương của nước ngoài", "Huân chương Lao động hạng Nhì", "Bệnh viện Tân Lộc", "Nhà nước Cuba")]


def test_a_foreign_head_of_state_confers_an_order_with_its_own_name():
    f = facts_of("Chủ tịch nước CHDCND Lào Sổm-xạ Vông-khăm đã trao Huân chương Vàng cho Chủ tịch nước Trần Văn Minh.",
                 "Chủ tịch nước Lào trao Huân chương Tự do hạng Nhì tặng ông Lê Văn Bình, Giám đốc Sở Y tế tỉnh Sông Lam.",
                 "Chủ tịch nước trao Huân chương Độc lập hạng Ba cho Bệnh viện Tân Lộc.")
    assert posts_of(f)["Sổm-xạ Vông-khăm"] == [("Chủ tịch nước", "Nhà nước Lào")]
    def giver(x):
        return x.label or f"{x.title} @ {x.org.label if x.org else None}"
    orders = [(a.award_label, a.name, a.recipient.name if hasattr(a.recipient, "name") else a.recipient.label,
               giver(a.conferred_by)) for a in f.awards]
    assert orders == [
        ("Huân chương của nước ngoài", "Huân chương Vàng", "Trần Văn Minh", "Nhà nước Lào"),
        ("Huân chương của nước ngoài", "Huân chương Tự do hạng Nhì", "Lê Văn Bình", "Chủ tịch nước @ Nhà nước Lào"),
        ("Huân chương Độc lập hạng Ba", "Huân chương Độc lập hạng Ba", "Bệnh viện Tân Lộc", "Chủ tịch nước")]


def test_envoys_and_heads_of_government_belong_to_their_state():
    f = facts_of("Dự lễ có Đại sứ Lào tại Việt Nam Khăm-phao Ơn-thạ-vông, Đại sứ Việt Nam tại Lào Lê Văn Quang, "
                 "Thủ tướng Lào Xỉ-xổm-phon Phôm-vi-hản và Tổng thống Pháp Jean-Marc Dupont.",
                 "Trường Đại học Tân Lộc vinh dự nhận Huân chương Lao động hạng Nhất của Nhà nước Lào.")
    assert posts_of(f) == {
        "Khăm-phao Ơn-thạ-vông": [("Đại sứ", "Nhà nước Lào")],
        "Lê Văn Quang": [("Đại sứ", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")],
        "Xỉ-xổm-phon Phôm-vi-hản": [("Thủ tướng", "Chính phủ Lào")], "Jean-Marc Dupont": [("Tổng thống", "Nhà nước Pháp")]}
    assert [(a.award_label, a.recipient.label, a.conferred_by.label) for a in f.awards] == [
        ("Huân chương của nước ngoài", "Trường Đại học Tân Lộc", "Nhà nước Lào")]  # (its "Trường" kept)


def test_a_minister_who_signs_the_decision_gives_and_a_teacher_s_school_receives_nothing():
    f = facts_of("Bộ trưởng Bộ Y tế Trần Thị Lan đã ký Quyết định tặng Bằng khen cho 30 tập thể thuộc ngành y tế.",
                 "Bộ trưởng Bộ Công an quyết định tặng Bằng khen cho Ban Chuyên án và thưởng nóng 50 triệu đồng.",
                 "Ông Lê Văn Phúc trao Bằng khen của Thủ tướng Chính phủ cho bà Đỗ Thị Hoa, giáo viên Trường Tiểu học Kim Đồng.")
    def giver(x):
        return x.label or f"{x.title} {x.org.label}"
    assert [(a.award_label, getattr(a.recipient, "label", None) or a.recipient.name, giver(a.conferred_by)) for a in f.awards] == [
        (PROVINCE_LEVEL, "30 tập thể", "Bộ trưởng Bộ Y tế"), (PROVINCE_LEVEL, "Ban Chuyên án", "Bộ trưởng Bộ Công an"),
        ("Bằng khen của Thủ tướng Chính phủ", "Đỗ Thị Hoa", "Thủ tướng Chính phủ")]
    hoa = next(p for p in f.persons.values() if p.name == "Đỗ Thị Hoa")
    assert [(p.title, p.org.label) for p in hoa.posts] == [("giáo viên", "Trường Tiểu học Kim Đồng")]


def test_clusters_are_named_through_their_lower_case_words():
    f = facts_of("Khối thi đua các tỉnh miền núi phía Bắc đã ký giao ước thi đua năm 2024.",
                 "Cụm thi đua số 3 gồm các huyện Tân Lộc, Hạ Vân.",
                 "Khối thi đua các cơ quan Đảng tỉnh Sông Lam tổ chức hội nghị tổng kết.",
                 "UBND tỉnh Sông Lam là Trưởng khối thi đua năm 2024.")
    assert sorted(o.label for o in f.orgs.values() if o.cls == "cluster") == [
        "Cụm thi đua số 3", "Khối thi đua các cơ quan Đảng tỉnh Sông Lam", "Khối thi đua các tỉnh miền núi phía Bắc"]


def test_provinces_listed_bare_are_a_cluster_s_members():
    f = facts_of("Khối thi đua các tỉnh miền Đông Nam Bộ gồm 6 tỉnh, thành phố: Đồng Nai, Bình Dương, Bình Phước, "
                 "Tây Ninh, Bà Rịa - Vũng Tàu và Thành phố Hồ Chí Minh.",
                 "Khối thi đua các tỉnh Tây Nguyên gồm: Gia Lai, Kon Tum và UBND tỉnh Lâm Đồng; Hội nghị do tỉnh Đắk Lắk chủ trì.")
    assert [(m.cluster.label, m.member.label) for m in f.memberships] == [
        *(("Khối thi đua các tỉnh miền Đông Nam Bộ", p) for p in (
            "Tỉnh Đồng Nai", "Tỉnh Bình Dương", "Tỉnh Bình Phước", "Tỉnh Tây Ninh", "Tỉnh Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh")),
        ("Khối thi đua các tỉnh Tây Nguyên", "Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("Khối thi đua các tỉnh Tây Nguyên", "Tỉnh Gia Lai"), ("Khối thi đua các tỉnh Tây Nguyên", "Tỉnh Kon Tum")]


def test_the_count_on_the_award_counts_recipients_described_in_words():
    f = facts_of("Chủ tịch nước đã trao 11 Huân chương Lao động hạng Ba tặng các đồng chí lãnh đạo 15 huyện của tỉnh bạn.",
                 "Bộ Y tế trao 25 Bằng khen cho các cá nhân có thành tích xuất sắc.",
                 "UBND tỉnh Sông Lam trao 30 Bằng khen cho các tập thể, cá nhân tiêu biểu.",
                 "Bộ Y tế trao Bằng khen cho các cá nhân có thành tích xuất sắc.",  # no count: a phrase, not a group
                 "Bà Lê Thị Hoa đã trao 2 Huân chương Độc lập hạng Nhì, 7 Huân chương Độc lập hạng Ba tặng các đồng chí "
                 "lãnh đạo tỉnh bạn vì đã có thành tích xuất sắc.")
    assert [(a.award_label, a.recipient.label, a.recipient.count, a.recipient.kind) for a in f.awards] == [
        ("Huân chương Lao động hạng Ba", "các đồng chí lãnh đạo 15 huyện của tỉnh bạn", 11, "individual"),
        (PROVINCE_LEVEL, "các cá nhân", 25, "individual"), ("Bằng khen", "các tập thể, cá nhân", 30, "any"),
        ("Huân chương Độc lập hạng Nhì", "các đồng chí lãnh đạo tỉnh bạn", 2, "individual"),
        ("Huân chương Độc lập hạng Ba", "các đồng chí lãnh đạo tỉnh bạn", 7, "individual")]


def test_a_central_body_of_the_front_gives_the_central_level_award():
    f = facts_of("Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho Công đoàn Viên chức tỉnh Sông Lam; "
                 "Hội Nông dân Việt Nam tặng Cờ thi đua cho Hội Nông dân tỉnh Sông Lam.")
    assert [(a.award_label, a.recipient.label, a.conferred_by.label) for a in f.awards] == [
        (PROVINCE_LEVEL, "Công đoàn Viên chức tỉnh Sông Lam", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Hội Nông dân tỉnh Sông Lam", "Hội Nông dân Việt Nam")]


def test_a_second_award_after_a_comma_goes_to_the_same_subject_from_its_own_giver():
    f = facts_of("Năm 2023, Công an huyện Tân Lộc được Bộ Công an tặng Cờ thi đua, được Chủ tịch nước tặng "
                 "Huân chương Bảo vệ Tổ quốc hạng Ba.")
    assert [(a.award_label, a.recipient.label, a.conferred_by.label or a.conferred_by.title) for a in f.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công an huyện Tân Lộc", "Bộ Công an"),
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Công an huyện Tân Lộc", "Chủ tịch nước")]


def test_a_person_after_a_title_and_its_body_and_provinces_named_bare():
    f = facts_of("Chủ tịch UBND tỉnh Nghệ An Trần Đức Minh trao Bằng khen cho 15 tập thể.",
                 "Giám đốc Sở Y tế Hà Nội Lê Khắc Hiền và Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng dự lễ.",
                 "Công an Hà Tĩnh và Sở Tư pháp Nghệ An được tặng Giấy khen.",
                 "Ông Phạm Quang Huy - Giám đốc NXB Kim Đồng phát biểu.")
    posts = posts_of(f)
    assert posts == {"Trần Đức Minh": [("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")],
                     "Lê Khắc Hiền": [("Giám đốc", "Sở Y tế thành phố Hà Nội")],
                     "Hoàng Trung Dũng": [("Bí thư", "Tỉnh ủy Hà Tĩnh")],
                     "Phạm Quang Huy": [("Giám đốc", "Nhà xuất bản Kim Đồng")]}  # "Kim Đồng" is no person
    labels = {o.label for o in f.orgs.values()}
    assert {"Công an tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Nghệ An"} <= labels


def test_a_decision_s_list_of_recipients_inline_or_one_item_a_paragraph():
    f = facts_of("Ngày 15/12/2024, Chủ tịch UBND tỉnh Nghệ An ký Quyết định số 3456/QĐ-UBND về việc khen thưởng năm 2024.",
                 "Theo đó, tặng Bằng khen của Chủ tịch UBND tỉnh cho:",
                 "1. Phòng Tư pháp huyện Tân Lộc;",
                 "2. Ông Lê Văn Hải, Trưởng phòng Nội vụ huyện Tân Lộc;",
                 "- Bà Đỗ Thị Mai, Phó Hiệu trưởng Trường Tiểu học Hạ Vân.",
                 "Buổi lễ kết thúc lúc 11 giờ; 3. Trường THPT Tân Lộc không được khen.",
                 "Các cá nhân được tặng Giấy khen gồm: ông Trần Văn Ba, Trưởng Công an xã Diễn Lâm; bà Hoàng Thị Thu.")
    (doc,) = f.documents
    assert (doc.number, doc.date, doc.issuer.title, doc.issuer.org.label) == (
        "3456/QĐ-UBND", "2024-12-15", "Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")
    def who(r):
        return getattr(r, "label", None) or r.name
    assert [(a.award_label, who(a.recipient)) for a in f.awards] == [
        (PROVINCE_LEVEL, "Phòng Tư pháp huyện Tân Lộc"), (PROVINCE_LEVEL, "Lê Văn Hải"), (PROVINCE_LEVEL, "Đỗ Thị Mai"),
        ("Giấy khen", "Trần Văn Ba"), ("Giấy khen", "Hoàng Thị Thu")]
    listed = f.awards[1]
    assert listed.conferred_by.title == "Chủ tịch" and listed.conferred_by.org.label == "Ủy ban nhân dân tỉnh Nghệ An"
    assert listed.evidence == "Theo đó, tặng Bằng khen của Chủ tịch UBND tỉnh cho:\n2. Ông Lê Văn Hải, Trưởng phòng Nội vụ huyện Tân Lộc;"
    ba = next(p for p in f.persons.values() if p.name == "Trần Văn Ba")
    assert [(p.title, p.org.label) for p in ba.posts] == [("Trưởng", "Công an xã Diễn Lâm")]


def test_campaigns_with_who_launched_them_and_who_took_them_up():
    f = facts_of("Sáng 15/3, Tỉnh đoàn Sông Lam tổ chức Lễ phát động phong trào thi đua “Tuổi trẻ Sông Lam xung kích” "
                 "giai đoạn 2024 - 2025.",
                 "Bộ Công an phát động đợt thi đua cao điểm “150 ngày đêm trấn áp tội phạm” năm 2024.",
                 "UBND tỉnh Sông Lam đã ban hành Kế hoạch triển khai phong trào thi đua “Sông Lam chung tay vì người nghèo”.",
                 "Hưởng ứng phong trào thi đua “Chung sức xây dựng nông thôn mới” do Thủ tướng Chính phủ phát động, "
                 "Hội Nông dân tỉnh Sông Lam đã vận động hội viên hiến 2.000 m2 đất.")
    def who(x):
        return None if x is None else x.label or x.title
    assert [(c.name, c.kind, who(c.launched_by), [o.label for o in c.adopted_by], c.period) for c in f.campaigns] == [
        ("Tuổi trẻ Sông Lam xung kích", "phong trào", "Tỉnh đoàn Sông Lam", [], "2024 - 2025"),
        ("150 ngày đêm trấn áp tội phạm", "phong trào", "Bộ Công an", [], "2024"),
        ("Sông Lam chung tay vì người nghèo", "phong trào", None, ["Ủy ban nhân dân tỉnh Sông Lam"], None),
        ("Chung sức xây dựng nông thôn mới", "phong trào", "Thủ tướng Chính phủ", ["Hội Nông dân tỉnh Sông Lam"], None)]


def test_a_union_conference_its_place_and_the_unions_it_rewards():
    f = facts_of("Ngày 20/12, tại thành phố Tân Lộc, Liên đoàn Lao động tỉnh Sông Lam tổ chức Hội nghị tổng kết "
                 "phong trào công nhân năm 2024.",
                 "Tại hội nghị, 12 công đoàn cơ sở và 4 chi bộ được tặng Bằng khen của Tổng Liên đoàn; "
                 "20 trường hợp được tặng Giấy khen.")
    [ev] = f.events
    assert (ev.name, ev.date, ev.place, ev.organizer.label) == (
        "Hội nghị tổng kết phong trào công nhân năm 2024", "2024-12-20", "thành phố Tân Lộc", "Liên đoàn Lao động tỉnh Sông Lam")
    assert [(a.recipient.label, a.recipient.kind, a.event and a.event.name) for a in f.awards] == [
        ("12 công đoàn cơ sở", "collective", ev.name), ("4 chi bộ", "collective", ev.name)]


def test_police_units_named_in_lower_case_words_and_an_office_s_body_is_no_recipient():
    f = facts_of("Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Nguyễn Văn Long, Phó Giám đốc Công an tỉnh Sông Lam trao "
                 "Huân chương Bảo vệ Tổ quốc hạng Ba cho Phòng Cảnh sát kinh tế.",
                 "Ban Chuyên án đã nhận được Thư khen của Bộ trưởng Bộ Công an và được Giám đốc Công an tỉnh Sông Lam "
                 "tặng Giấy khen.")
    given = [(a.award_label, a.recipient.label) for a in f.awards]
    assert given[0] == ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Phòng Cảnh sát kinh tế")
    assert ("Giấy khen", "Bộ Công an") not in given  # (the Giấy khen is the Ban Chuyên án's; not found yet)


def test_bodies_in_a_heading_in_capitals_get_their_usual_spelling():
    f = facts_of("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ NỘI VỤ TỈNH HÀ TĨNH", "CÔNG TY CỔ PHẦN THÉP TÂN LỘC",
                 "Bộ trưởng trao Bằng khen cho UBND tỉnh Nghệ An.")
    assert sorted(o.label for o in f.orgs.values()) == [
        "Công ty Cổ phần Thép Tân Lộc", "Sở Nội vụ tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Nghệ An"]  # one body, not two


def test_a_decision_s_own_text_confers_under_its_number_and_date():
    f = facts_of("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 123/QĐ-UBND", "Nghệ An, ngày 15 tháng 12 năm 2024",
                 "QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh",
                 "Căn cứ Quyết định số 45/QĐ-TTg ngày 1/2/2024 của Thủ tướng Chính phủ;", "QUYẾT ĐỊNH:",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 tập thể.",
                 "Điều 2. Tặng danh hiệu Tập thể lao động xuất sắc năm 2024 cho các tập thể sau: Phòng Tư pháp huyện "
                 "Hưng Nguyên; Trường THPT Lê Viết Thuật.")
    assert [(d.label, d.date, d.issuer.label) for d in f.documents] == [
        ("Quyết định 123/QĐ-UBND", "2024-12-15", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Quyết định 45/QĐ-TTg", "2024-02-01", "Thủ tướng Chính phủ")]
    def giver(x):
        return x.label or f"{x.title} {x.org.label}"
    assert [(a.award_label, a.recipient.label, a.decision.label, giver(a.conferred_by)) for a in f.awards] == [
        (PROVINCE_LEVEL, "03 tập thể", "Quyết định 123/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
        ("Tập thể lao động xuất sắc", "Phòng Tư pháp huyện Hưng Nguyên", "Quyết định 123/QĐ-UBND", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Tập thể lao động xuất sắc", "Trường THPT Lê Viết Thuật", "Quyết định 123/QĐ-UBND", "Ủy ban nhân dân tỉnh Nghệ An")]


def test_a_passive_agent_with_a_title_is_the_office():
    f = facts_of("Dịp này, 5 tập thể được Bộ trưởng Bộ Công an tặng Bằng khen; Công ty CP Thép Tân Lộc được "
                 "UBND tỉnh Nghệ An tặng Cờ thi đua.")
    givers = [a.conferred_by for a in f.awards]
    assert [(g.title, g.org.label) for g in givers[:1]] == [("Bộ trưởng", "Bộ Công an")]
    assert givers[1].label == "Ủy ban nhân dân tỉnh Nghệ An"


def test_an_award_handed_over_in_the_report_of_a_ceremony_is_given_there():
    f = facts_of("Sáng 27/2, tại Hà Nội, Bộ Y tế tổ chức Lễ kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam.",
                 "Phó Thủ tướng Trần Văn Minh đã trao danh hiệu Thầy thuốc Nhân dân cho 5 cá nhân.",
                 "Năm 2020, Bệnh viện Tân Lộc được Chủ tịch nước trao tặng Huân chương Lao động hạng Ba.")
    assert [(a.recipient.label, a.event and a.event.name) for a in f.awards] == [
        ("5 cá nhân", "Lễ kỷ niệm 69 năm Ngày Thầy thuốc Việt Nam"), ("Bệnh viện Tân Lộc", None)]


def test_a_medal_s_unquoted_name_is_kept_whole():
    f = facts_of("Bộ trưởng Bộ Y tế Đào Hồng Lan trao Kỷ niệm chương Vì sức khỏe nhân dân cho 30 cá nhân nhân dịp này.")
    assert [(a.award_label, a.name) for a in f.awards] == [("Kỷ niệm chương", "Kỷ niệm chương Vì sức khỏe nhân dân")]


def test_a_proposal_goes_on_through_its_clauses_but_not_past_what_was_done():
    proposal = facts_of("Hội đồng Thi đua - Khen thưởng tỉnh thống nhất đề nghị Chủ tịch nước tặng Huân chương Lao động "
                        "hạng Ba cho 2 tập thể; Thủ tướng Chính phủ tặng Bằng khen cho 10 cá nhân.")
    assert proposal.awards == []
    done = facts_of("Hội đồng đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; đồng thời "
                    "Chủ tịch UBND tỉnh Nghệ An đã tặng Bằng khen cho 10 cá nhân.")
    assert [(a.award_label, a.recipient.label) for a in done.awards] == [(PROVINCE_LEVEL, "10 cá nhân")]


def test_cluster_leaders_and_deputies_in_their_many_shapes():
    f = facts_of("Khối thi đua các tổ chức chính trị - xã hội tổ chức Hội nghị tổng kết công tác thi đua năm 2024.",
                 "Hội nghị đã bầu Hội Cựu chiến binh Việt Nam làm Trưởng khối, Hội Nông dân Việt Nam làm Phó khối năm 2025.",
                 "UBND huyện Tân Lộc (Trưởng Cụm thi đua số 3) chủ trì hội nghị.")
    assert [(m.cluster.label, m.member.label, m.role, m.year) for m in f.memberships] == [
        ("Khối thi đua các tổ chức Chính trị - Xã hội", "Hội Cựu chiến binh Việt Nam", "khối trưởng", "2025"),  # (the year
        ("Khối thi đua các tổ chức Chính trị - Xã hội", "Hội Nông dân Việt Nam", "khối phó", "2025"),  # ends the clause: both)
        ("Cụm thi đua số 3", "Ủy ban nhân dân huyện Tân Lộc", "khối trưởng", None)]


def test_bodies_that_attend_take_part_but_offices_of_attendees_do_not():
    f = facts_of("Sáng 10/12, tại Hà Nội, Ban Thi đua - Khen thưởng Trung ương tổ chức Hội nghị tổng kết công tác thi đua, "
                 "khen thưởng năm 2024.",
                 "Tham dự hội nghị có đại diện lãnh đạo Bộ Nội vụ, Văn phòng Chủ tịch nước và các Khối thi đua Trung ương.",
                 "Tới dự có ông Lê Văn Hòa - Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Nghệ An; ông Trần Văn Minh - Tỉnh ủy viên.")
    [ev] = f.events
    assert [o.label for o in ev.participants] == ["Bộ Nội vụ", "Văn phòng Chủ tịch nước"]
    assert [p.name for p in ev.attendees] == ["Lê Văn Hòa", "Trần Văn Minh"]


def test_a_unit_after_a_title_in_lower_case_and_a_parent_by_its_full_name():
    f = facts_of("Chiều 10/2, Đảng bộ Cơ quan LĐLĐ Thành phố Hà Nội tổ chức lễ trao tặng Huy hiệu 30 năm tuổi Đảng cho "
                 "đảng viên Lê Văn Hòa - Chuyên viên ban Chính sách pháp luật LĐLĐ Thành phố.",
                 "Đồng chí Lê Văn Hòa là tổ trưởng công đoàn Ban Chính sách pháp luật LĐLĐ thành phố.")
    assert posts_of(f)["Lê Văn Hòa"][0] == ("Chuyên viên", "Ban Chính sách pháp luật Liên đoàn Lao động thành phố Hà Nội")
    labels = sorted(o.label for o in f.orgs.values())
    assert labels == ["Ban Chính sách pháp luật Liên đoàn Lao động thành phố Hà Nội",
                      "Liên đoàn Lao động thành phố Hà Nội",
                      "Đảng bộ Cơ quan Liên đoàn Lao động thành phố Hà Nội"]  # each body once, by its full name


def test_a_foreign_agency_named_on_to_its_state():
    f = facts_of("Đại sứ Nga đã trao Kỷ niệm chương của Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga cho "
                 "Thượng tướng Lê Văn Hòa.")
    assert [(a.name, a.conferred_by.label) for a in f.awards] == [
        ("Kỷ niệm chương của Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga",
         "Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga")]


def test_a_province_that_holds_a_ceremony_and_receives_an_order():
    f = facts_of("Tối 24/3, tỉnh Quảng Trị tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh và đón nhận Huân chương Độc lập "
                 "hạng Nhất.",
                 "Chủ tịch nước Trần Văn Minh đã trao Huân chương Độc lập hạng Nhất tặng Đảng bộ, chính quyền và Nhân dân "
                 "tỉnh Quảng Trị.")
    [ev] = f.events
    assert ev.organizer.label == "Tỉnh Quảng Trị"
    [a] = f.awards
    assert (a.award_label, a.recipient.label, a.recipient.iri is not None, a.event is ev) == (
        "Huân chương Độc lập hạng Nhất", "Tỉnh Quảng Trị", True, True)
    assert "Đảng bộ, chính quyền và Nhân dân tỉnh Quảng Trị" in a.recipient.spellings


def test_a_department_named_with_a_verb_pair_and_an_award_after_its_and():
    f = facts_of("Bộ trưởng Lê Văn Hòa đã trao Cờ thi đua của Chính phủ cho Vụ Tổ chức cán bộ và Bằng khen cho 3 cá nhân.",
                 "Bộ trưởng tặng Bằng khen cho Vụ Tổ chức cán bộ Bộ Nội vụ.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [  # (one department: named short, then with its ministry)
        ("Cờ thi đua của Chính phủ", "Vụ Tổ chức cán bộ Bộ Nội vụ"), ("Bằng khen", "3 cá nhân"),
        ("Bằng khen", "Vụ Tổ chức cán bộ Bộ Nội vụ")]
    assert "Vụ Tổ chức cán bộ" in f.awards[0].recipient.spellings


def test_event_names_go_on_through_their_usual_commas():
    f = facts_of("Ngày 8/1, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.")
    g = facts_of("Sáng 20/12, LĐLĐ tỉnh Nghệ An tổ chức Hội nghị tổng kết phong trào công nhân, viên chức, lao động và "
                 "hoạt động công đoàn năm 2024, Bộ trưởng Lê Văn Hòa dự.")
    assert [e.name for e in f.events + g.events] == [
        "Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
        "Hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2024"]


def test_a_party_committee_and_its_party_organization_are_one_body_labelled_dang_bo():
    # committee first, organization after: the organization's name becomes the label
    f = facts_of("Đồng chí Trần Văn Nam - Bí thư Đảng ủy cơ quan Sở Tư pháp tỉnh Nghệ An phát biểu.",
                 "Đảng bộ Cơ quan Sở Tư pháp tỉnh Nghệ An tổ chức lễ trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Lê Văn Bình.")
    party = [o for o in f.orgs.values() if o.label.startswith("Đảng")]
    assert [o.label for o in party] == ["Đảng bộ Cơ quan Sở Tư pháp tỉnh Nghệ An"]
    assert {"Đảng ủy cơ quan Sở Tư pháp tỉnh Nghệ An", "Đảng bộ Cơ quan Sở Tư pháp tỉnh Nghệ An"} <= party[0].spellings
    assert posts_of(f)["Trần Văn Nam"] == [("Bí thư", "Đảng bộ Cơ quan Sở Tư pháp tỉnh Nghệ An")]
    # organization first; a committee of another body stays apart
    f = facts_of("Đảng bộ xã Hưng Lộc tổ chức đại hội. Đảng ủy xã Hưng Lộc và Đảng ủy xã Nghi Phú ký kết giao ước thi đua.")
    assert sorted(o.label for o in f.orgs.values() if o.label.startswith("Đảng")) == ["Đảng bộ xã Hưng Lộc", "Đảng ủy xã Nghi Phú"]


def test_an_office_named_with_and_without_its_body_is_one_post():
    f = facts_of("Dự hội nghị có đồng chí Trần Hồng Hà, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ.",
                 "Phó Thủ tướng Trần Hồng Hà trao Huân chương Lao động hạng Nhì cho Tổng cục Khí tượng Thủy văn.",
                 "Phó Thủ tướng Lê Minh Khái dự lễ. Đồng chí Lê Minh Khái, Phó Thủ tướng Chính phủ phát biểu.")
    posts = posts_of(f)
    assert posts["Trần Hồng Hà"] == [("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"), ("Phó Thủ tướng", "Chính phủ")]
    assert posts["Lê Minh Khái"] == [("Phó Thủ tướng", "Chính phủ")]  # the body named later completes the post


def test_an_award_of_a_body_named_after_cua_runs_to_the_end_of_its_name_and_is_given_by_it():
    f = facts_of("Dịp này, 15 tập thể được tặng Cờ thi đua của Bộ Tài nguyên và Môi trường.",
                 "Trường THPT Phan Bội Châu được tặng Cờ thi đua của UBND tỉnh Nghệ An.",
                 "Bệnh viện Đa khoa tỉnh Hà Tĩnh được tặng Bằng khen của Bộ Y tế.")
    got = {(a.name, a.conferred_by.label if a.conferred_by else None) for a in f.awards}
    assert got == {("Cờ thi đua của Bộ Tài nguyên và Môi trường", "Bộ Tài nguyên và Môi trường"),
                   ("Cờ thi đua của UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
                   ("Bằng khen của Bộ Y tế", "Bộ Y tế")}
    assert {a.award_label for a in f.awards} == {"Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương",
                                                 "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"}


def test_a_permanent_deputy_is_an_office_of_its_own_not_a_title_thuong_truc():
    f = facts_of("Đồng chí Trương Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng thường trực Chính phủ phát biểu.",
                 "Phó Thủ tướng thường trực Trương Hòa Bình trao Cờ thi đua của Chính phủ cho Cục Quản lý thị trường.")
    assert posts_of(f)["Trương Hòa Bình"] == [("Ủy viên", "Bộ Chính trị"), ("Phó Thủ tướng thường trực", "Chính phủ")]


def test_a_department_named_bare_is_the_department_of_the_province_the_report_is_about():
    f = facts_of("Ngày 20/12, UBND tỉnh Quảng Nam tổ chức Lễ tuyên dương điển hình tiên tiến.",
                 "Sở Giáo dục và Đào tạo được tặng Cờ thi đua của UBND tỉnh.")
    assert "Sở Giáo dục và Đào tạo tỉnh Quảng Nam" in {o.label for o in f.orgs.values()}
    # a report about two provinces alike does not say whose department it is
    f = facts_of("UBND tỉnh Quảng Nam và UBND tỉnh Quảng Ngãi ký kết giao ước thi đua.",
                 "Sở Giáo dục và Đào tạo được tặng Bằng khen.")
    assert "Sở Giáo dục và Đào tạo" in {o.label for o in f.orgs.values()}


def test_a_person_described_between_commas_receives_not_the_body_of_the_description():
    f = facts_of("Ông Nguyễn Văn Tùng, Chủ tịch Công đoàn cơ sở Công ty TNHH Hải Vương, được Tổng Liên đoàn Lao động "
                 "Việt Nam tặng Bằng khen.",
                 "Chị Trần Thị Hương, công nhân Công ty CP Dệt may Phú Hòa An, vinh dự nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
                 "Ông Lê Văn Hùng, Công ty Cổ phần Sông Lam và Công ty TNHH Minh Phát được tặng Bằng khen của UBND tỉnh.")
    got = {(a.award_label, a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label) for a in f.awards}
    assert got == {("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Nguyễn Văn Tùng"),
                   ("Chiến sĩ thi đua toàn quốc", "Trần Thị Hương"),
                   # a list of recipients, not a description
                   ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Lê Văn Hùng"),
                   ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công ty Cổ phần Sông Lam"),
                   ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công ty TNHH Minh Phát")}


def test_counted_recipients_of_a_body_are_the_recipients_not_the_body():
    f = facts_of("Dịp này, 3 tập thể và 5 cá nhân thuộc Công an tỉnh Lạng Sơn được Bộ trưởng Bộ Công an tặng Bằng khen.",
                 "12 cá nhân của Sở Y tế tỉnh Lạng Sơn được tặng Giấy khen.")
    assert sorted((a.award_label, a.recipient.label) for a in f.awards) == [
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "3 tập thể"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "5 cá nhân"), ("Giấy khen", "12 cá nhân")]


def test_a_person_with_a_long_description_before_the_verb_still_receives():
    f = facts_of("Ông Lê Đình Sơn, Cựu chiến binh xã Quảng Lưu, huyện Quảng Xương được Trung ương Hội Cựu chiến binh "
                 "Việt Nam tặng Bằng khen.")
    assert [(a.recipient.name, a.conferred_by.label) for a in f.awards] == [("Lê Đình Sơn", "Hội Cựu chiến binh Việt Nam")]


def test_the_party_committee_of_a_province_places_a_report_and_its_officials_in_that_province():
    f = facts_of("Sáng 27/7, Tỉnh ủy Hà Tĩnh tổ chức Lễ trao Huy hiệu Đảng.",
                 "Đồng chí Hoàng Trung Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy trao Huy hiệu 75 năm tuổi Đảng cho "
                 "đồng chí Nguyễn Văn Bảy.")
    assert posts_of(f)["Hoàng Trung Dũng"][-1] == ("Bí thư", "Tỉnh ủy Hà Tĩnh")
    from tdkt.loaders.report.to_rdf import person_iri
    from tdkt.loaders.normalize import entity_iri
    person = next(p for p in f.persons.values() if p.name == "Hoàng Trung Dũng")
    assert person_iri(person) == entity_iri("person", "Hoàng Trung Dũng", "Tỉnh Hà Tĩnh")  # one province: its person


def test_a_university_cluster_its_members_named_again_and_its_leaders():
    f = facts_of("Ngày 15/1, Khối thi đua các trường đại học, cao đẳng tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác thi đua.",
                 "Khối gồm 8 đơn vị: Trường ĐH Vinh, Trường Đại học Y khoa Vinh, Trường Cao đẳng Kỹ thuật Việt Đức Nghệ An "
                 "và các trường thành viên.",
                 "Năm 2024, Trường Đại học Vinh làm Trưởng khối, Trường Đại học Y khoa Vinh làm Phó khối.",
                 "Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Hà Tĩnh tặng Giấy khen cho Đại học Quốc gia Hà Nội.")
    clusters = sorted(o.label for o in f.orgs.values() if o.cls == "cluster")
    assert clusters == ["Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Hà Tĩnh",
                        "Khối thi đua các trường đại học, cao đẳng tỉnh Nghệ An"]
    assert sorted((m.member.label, m.role) for m in f.memberships) == [
        ("Trường Cao đẳng Kỹ thuật Việt Đức Nghệ An", "thành viên"), ("Trường Đại học Vinh", "khối trưởng"),
        ("Trường Đại học Vinh", "thành viên"), ("Trường Đại học Y khoa Vinh", "khối phó"),
        ("Trường Đại học Y khoa Vinh", "thành viên")]
    assert {o.label for o in f.orgs.values() if o.cls == "org"} == {
        "Trường Đại học Vinh", "Trường Đại học Y khoa Vinh", "Trường Cao đẳng Kỹ thuật Việt Đức Nghệ An",
        "Đại học Quốc gia Hà Nội"}  # (no "… Vinh làm Phó", no "Đại học Vinh" without its "Trường")


def test_a_title_achieved_is_a_conferral_and_a_title_aimed_at_is_not():
    f = facts_of("Năm 2024, Trường Tiểu học Lê Lợi đạt danh hiệu Tập thể lao động xuất sắc.",
                 "Chị Lê Thị Hoa đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2024.",
                 "Phấn đấu 80% đơn vị đạt danh hiệu Tập thể lao động xuất sắc.",
                 "Cá nhân phải đạt danh hiệu Lao động tiên tiến hai năm liền.")
    got = [(a.award_label, a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label, a.period) for a in f.awards]
    assert got == [("Tập thể lao động xuất sắc", "Trường Tiểu học Lê Lợi", None),
                   ("Chiến sĩ thi đua cơ sở", "Lê Thị Hoa", "2024")]


def test_a_body_in_a_recipient_s_description_receives_nothing():
    f = facts_of("Chủ tịch nước truy tặng Huân chương Dũng cảm cho liệt sĩ Trần Văn Tú, chiến sĩ Đội Cảnh sát PCCC và CNCH "
                 "Công an huyện Diễn Châu.",
                 "UBND tỉnh Nghệ An tặng Bằng khen cho ông Lê Văn An, Công ty Cổ phần Sông Lam.")  # (a list: both receive)
    got = sorted((a.award_label, a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label) for a in f.awards)
    assert got == [("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công ty Cổ phần Sông Lam"),
                   ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Lê Văn An"),
                   ("Huân chương Dũng cảm", "Trần Văn Tú")]


def test_a_school_named_after_a_person_keeps_the_whole_name():
    f = facts_of("Bà Nguyễn Thị Lan, Hiệu trưởng Trường THPT Chu Văn An được nhận Bằng khen.",
                 "Trường THCS Lê Văn Tám được tặng Giấy khen.",
                 "Dự lễ có ông Hoàng Văn Chất, Chủ tịch HĐND tỉnh Sơn La Hoàng Văn Chất.")  # (a name after a body: a person's)
    assert posts_of(f)["Nguyễn Thị Lan"] == [("Hiệu trưởng", "Trường THPT Chu Văn An")]
    assert {o.label for o in f.orgs.values()} == {"Trường THPT Chu Văn An", "Trường THCS Lê Văn Tám",
                                                  "Hội đồng nhân dân tỉnh Sơn La"}


def test_the_people_of_a_district_or_commune_receive_as_that_district_or_commune():
    f = facts_of("Sáng 2/9, UBND tỉnh Nghệ An tổ chức lễ kỷ niệm.",
                 "Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh Nghệ An trao Huân chương Lao động hạng Nhì của Chủ tịch nước cho "
                 "Đảng bộ, chính quyền và Nhân dân huyện Yên Thành.",
                 "Quân và dân xã Tân Hóa được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    got = [(a.award_label, a.recipient.label, a.recipient.context, a.conferred_by.label) for a in f.awards]
    assert got == [("Huân chương Lao động hạng Nhì", "Huyện Yên Thành", "Tỉnh Nghệ An", "Chủ tịch nước"),
                   ("Anh hùng Lực lượng vũ trang nhân dân", "Xã Tân Hóa", "Tỉnh Nghệ An", "Chủ tịch nước")]
    f = facts_of("Quân và dân tỉnh Quảng Trị được tặng Huân chương Sao vàng.")  # (every order is the President's)
    assert [(a.recipient.label, a.conferred_by.label) for a in f.awards] == [("Tỉnh Quảng Trị", "Chủ tịch nước")]


def test_districts_and_communes_whose_names_begin_like_a_person_s_are_bodies():
    f = facts_of("UBND huyện Yên Thành tổ chức hội nghị.", "UBND xã Hoàng Văn Thụ tặng Giấy khen cho 3 hộ gia đình.",
                 "Dự lễ có ông Lò Văn Chất, Chủ tịch HĐND tỉnh Sơn La Lò Văn Chất.")
    assert {o.label for o in f.orgs.values()} == {"Ủy ban nhân dân huyện Yên Thành", "Ủy ban nhân dân xã Hoàng Văn Thụ",
                                                  "Hội đồng nhân dân tỉnh Sơn La"}


def test_a_bang_khen_of_a_party_committee_is_the_party_s_concept():
    f = facts_of("Sáng 1/2, Tỉnh ủy Nghệ An tổ chức hội nghị.",
                 "12 tập thể và 25 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen.",
                 "UBND tỉnh Nghệ An tặng Bằng khen cho 7 doanh nghiệp.")
    got = sorted((a.recipient.label, a.award_label, a.conferred_by.label) for a in f.awards)
    assert got == [("12 tập thể", "Bằng khen của cấp ủy Đảng", "Ban Thường vụ Tỉnh ủy Nghệ An"),
                   ("25 cá nhân", "Bằng khen của cấp ủy Đảng", "Ban Thường vụ Tỉnh ủy Nghệ An"),
                   ("7 doanh nghiệp", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Ủy ban nhân dân tỉnh Nghệ An")]


def test_party_organisations_counted_are_a_group_of_collectives():
    f = facts_of("Ban Thường vụ Tỉnh ủy Nghệ An tặng Bằng khen cho 5 tổ chức cơ sở đảng và 30 đảng viên.")
    assert sorted((a.recipient.label, a.recipient.count, a.recipient.kind) for a in f.awards) == [
        ("30 đảng viên", 30, "individual"), ("5 tổ chức cơ sở đảng", 5, "collective")]


def test_persons_listed_after_a_shared_title_each_hold_it_and_a_semicolon_parts_their_posts():
    f = facts_of("Dự lễ có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ Nguyễn Minh An; các Phó Thủ tướng: "
                 "Trần Văn Bình, Lê Thị Cúc.",
                 "Tới dự có các đồng chí Ủy viên Trung ương Đảng: Phạm Văn Dũng, Bộ trưởng Bộ Y tế; Thượng tướng Hoàng Văn Em, "
                 "Thứ trưởng Bộ Công an; Đỗ Thị Giang, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam cùng đại diện các ban, bộ, ngành.",
                 "Tới dự có các đồng chí: Ngô Văn Hải, Chủ tịch nước; Vũ Thị Kim, Chủ tịch Quốc hội.")
    politburo, committee = ("Ủy viên", "Bộ Chính trị"), ("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")
    posts = posts_of(f)
    assert posts["Nguyễn Minh An"] == [("Thủ tướng", "Chính phủ"), politburo]
    assert posts["Trần Văn Bình"] == [("Phó Thủ tướng", "Chính phủ"), politburo]
    assert posts["Lê Thị Cúc"] == [politburo, ("Phó Thủ tướng", "Chính phủ")]
    assert posts["Phạm Văn Dũng"] == [("Bộ trưởng", "Bộ Y tế"), committee]
    assert posts["Hoàng Văn Em"] == [("Thứ trưởng", "Bộ Công an"), committee]  # not Phạm Văn Dũng's minister post
    assert posts["Đỗ Thị Giang"] == [("Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam"), committee]
    assert posts["Vũ Thị Kim"] == [("Chủ tịch", "Quốc hội")]  # not Ngô Văn Hải's "Chủ tịch nước" before the semicolon


def test_a_sentence_going_on_with_theo_do_takes_the_decision_named_before_and_long_names_keep_their_district():
    f = facts_of("Ngày 10/10/2025, Chủ tịch UBND tỉnh Hà Tĩnh ký Quyết định số 2345/QĐ-UBND ngày 10/10/2025 về việc khen "
                 "thưởng thành tích xuất sắc trong phòng, chống thiên tai.",
                 "Theo đó, tặng Bằng khen của Chủ tịch UBND tỉnh cho Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn "
                 "huyện Kỳ Anh và Trạm Y tế xã Kỳ Xuân.",
                 "UBND tỉnh cũng tặng Giấy khen cho 3 cá nhân.")  # (no "Theo đó": the decision is not said to be this one's)
    got = sorted((a.recipient.label, a.decision.number if a.decision else None, a.date) for a in f.awards)
    assert got == [("3 cá nhân", None, None),
                   ("Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện Kỳ Anh", "2345/QĐ-UBND", "2025-10-10"),
                   ("Trạm Y tế xã Kỳ Xuân", "2345/QĐ-UBND", "2025-10-10")]


def test_a_known_name_with_a_comma_in_it_is_read_whole():
    f = facts_of("Tối 28/2, Bộ Văn hoá, Thể thao và Du lịch tổ chức Lễ trao tặng danh hiệu Nghệ sĩ Nhân dân.",
                 "Trung ương, Đảng ủy Khối các cơ quan Trung ương tặng Bằng khen cho 5 cá nhân.")  # (no "Trung ương Đảng")
    labels = {o.label for o in f.orgs.values()}
    assert "Bộ Văn hóa, Thể thao và Du lịch" in labels and "Bộ Văn hóa" not in labels
    assert "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam" not in labels


def test_a_team_leader_receives_not_his_team_nor_its_police():
    f = facts_of("Đại úy Nguyễn Văn Long, Đội trưởng Đội Cảnh sát hình sự Công an huyện Hương Sơn được Giám đốc Công an "
                 "tỉnh tặng Giấy khen.")
    assert posts_of(f)["Nguyễn Văn Long"] == [("Đội trưởng", "Đội Cảnh sát hình sự Công an huyện Hương Sơn")]
    assert [a.recipient.name for a in f.awards] == ["Nguyễn Văn Long"]


def test_a_period_written_from_one_year_to_another_is_that_range():
    f = facts_of("Chủ tịch nước tặng Huân chương Lao động hạng Ba cho ông Nguyễn Hữu Thắng, đã có thành tích xuất sắc "
                 "trong công tác từ năm 2015 đến năm 2024.",
                 "UBND tỉnh Nghệ An tặng Bằng khen cho 5 cá nhân có thành tích trong năm học 2023 - 2024.")
    assert [a.period for a in f.awards] == ["2015 - 2024", "2023 - 2024"]


def test_a_deputy_who_hands_over_an_award_is_no_conferrer_his_body_is():
    f = facts_of("Đồng chí Phan Văn Hòa, Phó Chủ tịch Tổng LĐLĐ Việt Nam đã trao Kỷ niệm chương cho 45 cá nhân.",
                 "Phó Chủ tịch UBND tỉnh Nghệ An trao Bằng khen cho 20 tập thể.")
    assert [(a.recipient.label, a.conferred_by.label) for a in f.awards] == [
        ("45 cá nhân", "Tổng Liên đoàn Lao động Việt Nam"), ("20 tập thể", "Ủy ban nhân dân tỉnh Nghệ An")]
    assert f.awards[0].presented_by.name == "Phan Văn Hòa"


def test_recipients_named_among_a_group_receive_too():
    f = facts_of("Đồng chí Phan Văn Hòa đã trao Kỷ niệm chương cho 45 cá nhân, trong đó có đồng chí Trần Văn Bình, nguyên "
                 "Chủ tịch LĐLĐ tỉnh Quảng Ngãi.",
                 "UBND tỉnh Nghệ An tặng Bằng khen cho 12 tập thể, trong đó có Trường THPT Phan Bội Châu.")
    got = [a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label for a in f.awards]
    assert got == ["45 cá nhân", "Trần Văn Bình", "12 tập thể", "Trường THPT Phan Bội Châu"]  # (not the LĐLĐ of his post)


def test_a_decision_s_recipients_listed_after_a_colon_each_receive_from_its_issuer():
    f = facts_of("Ngày 5/3/2024, Chủ tịch UBND tỉnh Nghệ An ký Quyết định số 915/QĐ-UBND về việc tặng Bằng khen cho các "
                 "tập thể, cá nhân có thành tích xuất sắc.",
                 "Theo đó, tặng Bằng khen cho 3 tập thể: UBND huyện Tân Kỳ; UBND xã Nghĩa Hồng, huyện Nghĩa Đàn; Phòng Y tế "
                 "huyện Anh Sơn.",
                 "Tặng Bằng khen cho 2 cá nhân: ông Lê Văn Sơn, Chủ tịch UBND xã Tam Đình; bà Hồ Thị Mai, Trưởng phòng "
                 "Kinh tế huyện Con Cuông.")
    got = [(a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label, giver_of(a.conferred_by),
            a.decision.number, a.award_label) for a in f.awards]
    chairman, number, kind = "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", "915/QĐ-UBND", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"
    assert got == [("Ủy ban nhân dân huyện Tân Kỳ", chairman, number, kind),  # (not "3 tập thể" a fourth time,
                   ("Ủy ban nhân dân xã Nghĩa Hồng", chairman, number, kind),  #  nor "các tập thể, cá nhân")
                   ("Phòng Y tế huyện Anh Sơn", chairman, number, kind),
                   ("Lê Văn Sơn", chairman, number, kind), ("Hồ Thị Mai", chairman, number, kind)]


def test_groups_of_a_body_receive_not_the_body():
    f = facts_of("Bộ trưởng Bộ Công an tặng Bằng khen cho 4 tập thể và 9 cá nhân thuộc Công an tỉnh Hà Tĩnh.")
    assert [a.recipient.label for a in f.awards] == ["4 tập thể", "9 cá nhân"]


def test_a_cluster_named_again_lists_provinces_and_elects_its_leaders_for_a_year():
    f = facts_of("Ngày 12/1, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
                 "Cụm thi đua gồm 4 tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình.",
                 "Năm 2024, tỉnh Nghệ An là Cụm trưởng, tỉnh Hà Tĩnh là Cụm phó.",
                 "Hội nghị thống nhất bầu tỉnh Quảng Bình làm Cụm trưởng, tỉnh Thanh Hóa làm Cụm phó năm 2025.")
    cluster = "Cụm thi đua các tỉnh Bắc Trung Bộ"
    assert [o.label for o in f.orgs.values() if o.cls == "cluster"] == [cluster]  # (no "Cụm thi đua gồm 4")
    got = [(m.cluster.label, m.member.label, m.role, m.year) for m in f.memberships]
    assert got == [(cluster, "Tỉnh Thanh Hóa", "thành viên", None), (cluster, "Tỉnh Nghệ An", "thành viên", None),
                   (cluster, "Tỉnh Hà Tĩnh", "thành viên", None), (cluster, "Tỉnh Quảng Bình", "thành viên", None),
                   (cluster, "Tỉnh Nghệ An", "khối trưởng", "2024"), (cluster, "Tỉnh Hà Tĩnh", "khối phó", "2024"),
                   (cluster, "Tỉnh Quảng Bình", "khối trưởng", "2025"), (cluster, "Tỉnh Thanh Hóa", "khối phó", "2025")]
    assert [e.name for e in f.events] == ["Hội nghị tổng kết công tác thi đua năm 2024"]  # (not "Hội nghị thống nhất …")


def test_a_province_s_name_ends_a_company_s_name_and_starts_no_person():
    f = facts_of("Công ty CP Nhựa Thái Bình và Trung tâm Dịch vụ việc làm Hà Nội được Tổng LĐLĐ Việt Nam tặng Cờ thi đua.",
                 "Bà Trần Thu Hà, Giám đốc Sở Y tế Hà Nam Nguyễn Văn Tuấn cùng dự.")
    assert [a.recipient.label for a in f.awards] == ["Công ty Cổ phần Nhựa Thái Bình", "Trung tâm Dịch vụ việc làm Hà Nội"]
    assert "Nguyễn Văn Tuấn" in posts_of(f)  # (a person's name after a body's still ends it)


def test_a_city_s_body_named_bare_is_no_body_of_the_province_the_report_is_about():
    f = facts_of("Sáng 3/4, UBND tỉnh Quảng Ninh tổ chức hội nghị tổng kết.",
                 "UBND thành phố tặng Giấy khen cho 12 cá nhân; UBND tỉnh tặng Bằng khen cho 3 tập thể.")
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("12 cá nhân", None), ("3 tập thể", "Ủy ban nhân dân tỉnh Quảng Ninh")]


def test_two_passive_clauses_each_give_their_own_subject():
    f = facts_of("Theo Quyết định số 1120/QĐ-CTN của Chủ tịch nước, tỉnh Nghệ An có 2 nhà giáo được phong tặng danh hiệu "
                 "Nhà giáo Nhân dân và 17 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Nhà giáo Nhân dân", "2 nhà giáo"), ("Nhà giáo Ưu tú", "17 nhà giáo")]


def test_names_with_words_of_prose_in_them():
    f = facts_of("Thầy Hoàng Văn Lực, Hiệu trưởng Trường THPT chuyên Phan Bội Châu dự lễ.",
                 "Ông Lê Văn Nam, Giám đốc Ban Quản lý dự án huyện Quỳnh Lưu và Cục Thi hành án dân sự tỉnh Nghệ An được tặng "
                 "Bằng khen.",
                 "Bộ trưởng trao danh hiệu Chiến sĩ thi đua ngành Tư pháp cho 6 cá nhân.")
    assert posts_of(f) == {"Hoàng Văn Lực": [("Hiệu trưởng", "Trường THPT chuyên Phan Bội Châu")],  # (no person "Phan Bội Châu")
                           "Lê Văn Nam": [("Giám đốc", "Ban Quản lý dự án huyện Quỳnh Lưu")]}
    assert "Cục Thi hành án dân sự tỉnh Nghệ An" in {o.label for o in f.orgs.values()}
    assert f.awards[-1].award_label == "Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"


def test_who_hands_an_award_over_and_for_whom():
    f = facts_of("Ông Trần Văn Hưng thay mặt Thủ tướng Chính phủ Lê Minh Đức trao Bằng khen cho Nhà xuất bản Sông Lam.",
                 "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ trao Cờ thi đua của UBND tỉnh cho 20 tập thể và Bằng khen cho "
                 "50 cá nhân.",
                 "Đồng chí Hồ Văn Lâm, Phó Chủ tịch LĐLĐ tỉnh Nghệ An trao Kỷ niệm chương cho 12 cá nhân.",
                 "Trường THPT Đô Lương được Bộ trưởng Bộ Giáo dục và Đào tạo Phạm Văn Sơn tặng Bằng khen.",
                 "Đồng chí Phan Thị Hoa, Bí thư Tỉnh ủy trao Huy hiệu 50 năm tuổi Đảng cho đồng chí Lê Văn Tư.",
                 "Đồng chí Nguyễn Văn Đệ, Chủ tịch UBND tỉnh trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Lê Văn Tuấn.")
    got = [(a.award_label, giver_of(a.conferred_by), a.presented_by.name if a.presented_by else None) for a in f.awards]
    assert got == [
        ("Bằng khen của Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Trần Văn Hưng"),  # (not the one he stands for)
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Ủy ban nhân dân tỉnh Nghệ An", "Nguyễn Văn Đệ"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An", "Nguyễn Văn Đệ"),
        ("Kỷ niệm chương", "Liên đoàn Lao động tỉnh Nghệ An", "Hồ Văn Lâm"),  # (a deputy hands over the body's medal)
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Bộ trưởng Bộ Giáo dục và Đào tạo", None),  # (he gives it:
        ("Huy hiệu 50 năm tuổi Đảng", "Bí thư Tỉnh ủy Nghệ An", "Phan Thị Hoa"),  # who hands it over, the report does not say)
        ("Huy hiệu 40 năm tuổi Đảng", None, "Nguyễn Văn Đệ")]  # (a Party badge is the Party's, whoever hands it over)


def test_a_hospital_or_academy_named_after_a_place_or_person_is_read_whole():
    f = facts_of("Công đoàn Bệnh viện Bạch Mai và Học viện Lê Quý Đôn được Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua.")
    assert [a.recipient.label for a in f.awards] == ["Công đoàn Bệnh viện Bạch Mai", "Học viện Lê Quý Đôn"]
    assert f.persons == {}


def test_orders_a_foreign_envoy_hands_over_are_his_state_s():
    f = facts_of("Chiều 4/9, tại Hà Nội, Đại sứ quán Lào tại Việt Nam tổ chức lễ trao Huân chương của Nhà nước Lào.",
                 "Đại sứ Khamphao Ernthavanh đã trao Huân chương Hữu nghị cho ông Trần Văn Lợi.",
                 "Trước đó, Chủ tịch nước đã tặng Huân chương Hữu nghị cho 5 cá nhân Lào.")
    assert "Hà Nội" not in {p.name for p in f.persons.values()}  # ("tại Hà Nội, Đại sứ …": a place, then a title)
    assert "Đại sứ quán Lào" in {o.label for o in f.orgs.values()}
    assert [(a.award_label, a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label,
             giver_of(a.conferred_by)) for a in f.awards] == [
        ("Huân chương của nước ngoài", "Trần Văn Lợi", "Nhà nước Lào"), ("Huân chương Hữu nghị", "5 cá nhân", "Chủ tịch nước")]


def test_mothers_and_martyrs_counted_are_groups():
    f = facts_of("Dịp này, 3 bà mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng; 12 liệt sĩ được truy tặng Huân chương "
                 "Chiến công hạng Ba.", "Năm 2023, 5 phòng, đơn vị thuộc Sở được tặng Bằng khen.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Bà mẹ Việt Nam anh hùng", "3 bà mẹ"), ("Huân chương Chiến công hạng Ba", "12 liệt sĩ"), ("Bằng khen", "5 phòng, đơn vị")]
    assert f.awards[-1].recipient.kind == "collective"


def test_a_decision_s_own_text_its_title_signer_and_annexed_list():
    f = facts_of("ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN", "Số: 318/QĐ-UBND", "Nam Đàn, ngày 14 tháng 3 năm 2024",
                 "QUYẾT ĐỊNH Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích trong phong trào thi đua năm 2023",
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN", "QUYẾT ĐỊNH:",
                 "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho 2 tập thể và 1 cá nhân (có danh sách kèm theo).",
                 "DANH SÁCH", "1. Trường THCS Xuân Lâm;", "2. Trạm Y tế xã Nam Kim;",
                 "3. Ông Hồ Văn Tùng, Chủ tịch UBND xã Nam Anh.")
    chairman = "Chủ tịch Ủy ban nhân dân huyện Nam Đàn"
    assert [(a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label, giver_of(a.conferred_by),
             a.decision.number) for a in f.awards] == [  # (not "2 tập thể", "1 cá nhân" nor the title's "các tập thể, cá nhân")
        ("Trường THCS Xuân Lâm", chairman, "318/QĐ-UBND"), ("Trạm Y tế xã Nam Kim", chairman, "318/QĐ-UBND"),
        ("Hồ Văn Tùng", chairman, "318/QĐ-UBND")]
    decision = f.awards[0].decision
    assert (decision.date, giver_of(decision.issuer)) == ("2024-03-14", chairman)
    assert decision.title == "tặng Giấy khen cho các tập thể, cá nhân có thành tích trong phong trào thi đua năm 2023"
    assert "Ủy ban nhân dân huyện Nam Đàn" in {o.label for o in f.orgs.values()}  # (not "… Huyện Nam Đàn")


def test_offices_in_central_committees_and_the_national_assembly():
    f = facts_of("Dự lễ có bà Nguyễn Thị Thu, Chủ tịch Trung ương Hội LHPN Việt Nam; ông Lê Văn Tâm, Phó Chủ tịch TW Hội "
                 "Nông dân Việt Nam; Đại biểu Quốc hội Trần Văn Dũng; ông Hồ Văn Lam, nguyên Đại biểu Quốc hội.")
    assert posts_of(f) == {"Nguyễn Thị Thu": [("Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam")],
                           "Lê Văn Tâm": [("Phó Chủ tịch", "Hội Nông dân Việt Nam")],
                           "Trần Văn Dũng": [("Đại biểu", "Quốc hội")], "Hồ Văn Lam": [("nguyên Đại biểu", "Quốc hội")]}


def test_a_party_resolution_keeps_its_term_written_after_its_issuer():
    f = facts_of("Các hội tiếp tục triển khai Nghị quyết Trung ương 6 của BCH TW Đảng (khóa XIII) về “Đổi mới công tác "
                 "thi đua”.", "Các hội quán triệt Nghị quyết Trung ương 6 về đổi mới công tác thi đua.")
    assert [(d.label, d.title, d.issuer.label) for d in f.documents] == [
        ("Nghị quyết Trung ương 6 khóa XIII", "Đổi mới công tác thi đua", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")]


def test_campaigns_joined_by_and_share_who_launched_or_took_them_up():
    f = facts_of("Bộ Công an phát động phong trào “Vì an ninh làng bản” năm 2024 và cuộc vận động “Chiến sĩ gần dân”.",
                 "Hội Nông dân tỉnh Hà Tĩnh hưởng ứng phong trào “Nông dân chung tay” và cuộc vận động “Ruộng đồng xanh”.")
    got = [(c.name, c.kind, getattr(c.launched_by, "label", None), [o.label for o in c.adopted_by]) for c in f.campaigns]
    assert got == [("Vì an ninh làng bản", "phong trào", "Bộ Công an", []), ("Chiến sĩ gần dân", "cuộc vận động", "Bộ Công an", []),
                   ("Nông dân chung tay", "phong trào", None, ["Hội Nông dân tỉnh Hà Tĩnh"]),
                   ("Ruộng đồng xanh", "cuộc vận động", None, ["Hội Nông dân tỉnh Hà Tĩnh"])]


def test_posts_one_is_elected_to_and_a_body_s_term_is_no_word_of_its_name():
    f = facts_of("Đại hội đã bầu 45 đồng chí vào Ban Chấp hành Liên đoàn Lao động tỉnh Hà Tĩnh khóa XX; đồng chí Võ Văn "
                 "Sơn tái đắc cử Chủ tịch Liên đoàn Lao động tỉnh Hà Tĩnh.",
                 "Ông Lê Văn Hải được bầu giữ chức Chủ tịch Hội Nông dân tỉnh Nghệ An.")
    assert posts_of(f) == {"Võ Văn Sơn": [("Chủ tịch", "Liên đoàn Lao động tỉnh Hà Tĩnh")],
                           "Lê Văn Hải": [("Chủ tịch", "Hội Nông dân tỉnh Nghệ An")]}
    assert not any("khóa" in o.label for o in f.orgs.values())


def test_one_named_among_unnumbered_recipients_receives_and_those_who_join_attend():
    f = facts_of("Tối 25/2, Bộ Y tế tổ chức Lễ kỷ niệm Ngày Thầy thuốc Việt Nam. Cùng dự có bà Lê Thị Hạnh, Thứ trưởng Bộ Y tế.",
                 "Phó Thủ tướng Trần Văn Quý dự và phát biểu chỉ đạo.",
                 "Phó Thủ tướng Trần Văn Quý đã trao danh hiệu Thầy thuốc Nhân dân cho các cá nhân, trong đó có GS.TS Hồ "
                 "Văn Lâm, Giám đốc Bệnh viện Sông Lam.")
    assert [p.name for p in f.events[0].attendees] == ["Lê Thị Hạnh", "Trần Văn Quý"]
    assert [(a.award_label, a.recipient.name, a.presented_by.name) for a in f.awards] == [
        ("Thầy thuốc Nhân dân", "Hồ Văn Lâm", "Trần Văn Quý")]


def test_a_deputy_of_an_office_and_a_nation_wide_body_s_provincial_committee():
    f = facts_of("Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức lễ kỷ niệm. Tới dự có Phó Chủ tịch Quốc hội Trần Văn Phúc.",
                 "Hội Chữ thập đỏ Việt Nam tỉnh Nghệ An nhận Bằng khen của Trung ương Hội Chữ thập đỏ Việt Nam.")
    labels = {o.label for o in f.orgs.values()}
    assert {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị", "Hội Chữ thập đỏ Việt Nam tỉnh Nghệ An"} <= labels
    assert "Mặt trận Tổ quốc Việt Nam" not in labels
    assert posts_of(f) == {"Trần Văn Phúc": [("Phó Chủ tịch", "Quốc hội")]}  # (not the Chairman)
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Hội Chữ thập đỏ Việt Nam tỉnh Nghệ An", "Hội Chữ thập đỏ Việt Nam")]


def test_bodies_listed_bare_before_a_named_province_are_that_province_s():
    f = facts_of("Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị long trọng tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng.",
                 "Thường trực HĐND và UBND huyện tham dự.")
    assert f.events[0].organizer.label == "Tỉnh ủy Quảng Trị"
    assert [o.label for o in f.events[0].participants] == [
        "Hội đồng nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị"]


def test_a_body_named_again_by_its_head_alone_receives():
    f = facts_of("Sáng 14/10, Tổng công ty Điện lực Sông Lam (SLPC) tổ chức Lễ kỷ niệm 30 năm thành lập.",
                 "Thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Thành, Phó Thủ tướng Chính phủ đã trao Huân chương Lao động "
                 "hạng Nhất cho Tổng công ty.",
                 "Bộ trưởng Bộ Công Thương tặng Bằng khen cho đơn vị.")
    assert [(a.award_label, a.recipient.label, a.presented_by.name if a.presented_by else None) for a in f.awards] == [
        ("Huân chương Lao động hạng Nhất", "Tổng công ty Điện lực Sông Lam", "Lê Văn Thành"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Tổng công ty Điện lực Sông Lam", None)]


def test_an_ede_name_after_an_honorific_is_read_whole():
    f = facts_of("Dự lễ có đồng chí Y Thanh Hà Niê Kđăm, Ủy viên Trung ương Đảng, Chủ tịch Hội đồng Dân tộc của Quốc hội; "
                 "ông Y Biêr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk.",
                 "Sở Y Tế tỉnh Đắk Lắk tổ chức hội nghị.")
    assert posts_of(f) == {"Y Thanh Hà Niê Kđăm": [("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
                                                   ("Chủ tịch", "Hội đồng Dân tộc của Quốc hội")],  # (a council of a body)
                           "Y Biêr Niê": [("Phó Bí thư", "Tỉnh ủy Đắk Lắk")]}


def test_a_numbered_body_named_again_without_its_number_and_sums_after_a_name():
    f = facts_of("Ngày 27/12, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị tổng kết.",
                 "Dịp này, Bộ Tư lệnh Quân khu tặng Bằng khen cho 15 tập thể.",
                 "Các đơn vị ủng hộ quỹ: Công an quận Tân Bình 100 triệu đồng; Công an quận Gò Vấp 50 triệu đồng.")
    labels = {o.label for o in f.orgs.values()}
    assert "Bộ Tư lệnh Quân khu" not in labels and "Công an quận Tân Bình" in labels and "Công an quận Tân Bình 100" not in labels
    assert [(a.recipient.label, a.conferred_by.label) for a in f.awards] == [("15 tập thể", "Bộ Tư lệnh Quân khu 9")]


def test_an_award_named_again_less_exactly_is_the_same_conferral():
    f = facts_of("Thứ trưởng Bộ Công an Lê Văn Hùng đã trao Huân chương Chiến công hạng Nhì cho Công an tỉnh Hà Tĩnh.",
                 "Thứ trưởng Lê Văn Hùng trao Huân chương cho Công an tỉnh Hà Tĩnh.",
                 "Ông Trần Văn Lâm được tặng Bằng khen của Thủ tướng Chính phủ và Bằng khen của Bộ Công an.")
    assert [(a.award_label, getattr(a.recipient, "label", None) or a.recipient.name) for a in f.awards] == [
        ("Huân chương Chiến công hạng Nhì", "Công an tỉnh Hà Tĩnh"),  # (not a second, "Huân chương")
        ("Bằng khen của Thủ tướng Chính phủ", "Trần Văn Lâm"), ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Trần Văn Lâm")]


def test_posts_in_parentheses_and_a_provincial_board_named_after_its_head():
    f = facts_of("Tham dự có ông Nguyễn Văn Hải (Giám đốc Sở Nội vụ tỉnh Nghệ An) và bà Lê Thị Hoa (Phó Chủ tịch UBND tỉnh "
                 "Nghệ An).", "Theo ông Trần Văn Tâm – Trưởng ban Thi đua - Khen thưởng tỉnh Hà Tĩnh, năm 2023 tỉnh có 50 tập thể "
                 "được tặng Cờ thi đua.")
    assert posts_of(f) == {"Nguyễn Văn Hải": [("Giám đốc", "Sở Nội vụ tỉnh Nghệ An")],
                           "Lê Thị Hoa": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")],
                           "Trần Văn Tâm": [("Trưởng ban", "Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh")]}


def test_two_medals_of_one_kind_to_one_person_are_two_conferrals_in_the_graph(tmp_path):
    path = tmp_path / "knc.txt"
    path.write_text("Trao Kỷ niệm chương\n7/28/2024 8:00:00 AM\nTin tức\nÔng Lê Văn Bình được tặng Kỷ niệm chương “Vì sự "
                    "nghiệp xây dựng tổ chức Công đoàn” và Kỷ niệm chương “Vì sự nghiệp thi đua, khen thưởng”.\n", encoding="utf-8")
    src = ReportLoader().read(path)
    conferrals = {s for s, p, o in src.triples if str(o).endswith("#AwardConferral")}
    assert len(conferrals) == 2


def test_who_holds_a_ceremony_to_receive_an_order_receives_it():
    f = facts_of("Sáng 14/10, Công ty CP Sông Lam long trọng tổ chức Lễ kỷ niệm 55 năm thành lập và đón nhận Huân chương Lao "
                 "động hạng Nhất.", "Sáng 20/10, Hội Nông dân tỉnh Nghệ An tổ chức lễ trao Huy hiệu Đảng cho 5 đảng viên.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Huân chương Lao động hạng Nhất", "Công ty Cổ phần Sông Lam"), ("Huy hiệu Đảng", "5 đảng viên")]


def test_a_worker_described_without_a_closing_comma_receives_not_the_company():
    f = facts_of("Anh Lê Văn Hùng, công nhân Công ty TNHH Điện tử Sông Lam được Tổng LĐLĐ Việt Nam tặng Bằng khen.")
    assert [a.recipient.name for a in f.awards] == ["Lê Văn Hùng"]


def test_a_decision_issued_by_an_office_named_after_it_decides_its_awards():
    f = facts_of("Theo Quyết định số 1234/QĐ-BNV ngày 12/5/2024 của Bộ trưởng Bộ Nội vụ, 20 tập thể được tặng Bằng khen.")
    assert [(d.number, giver_of(d.issuer)) for d in f.documents] == [("1234/QĐ-BNV", "Bộ trưởng Bộ Nội vụ")]
    assert [(a.recipient.label, giver_of(a.conferred_by), a.award_label) for a in f.awards] == [
        ("20 tập thể", "Bộ trưởng Bộ Nội vụ", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương")]


def test_an_event_organised_by_a_body_named_after_it_and_a_place_at_the_sentence_s_end():
    f = facts_of("Sáng 5/3, Hội nghị tổng kết công tác thi đua năm 2023 do UBND tỉnh Nghệ An tổ chức đã diễn ra tại "
                 "thành phố Vinh.")
    assert [(e.name, e.organizer.label, e.place) for e in f.events] == [
        ("Hội nghị tổng kết công tác thi đua năm 2023", "Ủy ban nhân dân tỉnh Nghệ An", "thành phố Vinh")]


def test_military_political_and_staff_titles():
    f = facts_of("Dự lễ có Thượng tá Lê Văn Hòa, Chính trị viên Ban Chỉ huy Quân sự huyện Diễn Châu; Đại tá Hồ Văn Nam, "
                 "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An.")
    assert posts_of(f) == {"Lê Văn Hòa": [("Chính trị viên", "Ban Chỉ huy Quân sự huyện Diễn Châu")],
                           "Hồ Văn Nam": [("Tham mưu trưởng", "Bộ Chỉ huy Quân sự tỉnh Nghệ An")]}


def test_a_counted_group_whose_members_are_listed_after_gom_is_them():
    f = facts_of("Chủ tịch nước đã phong tặng danh hiệu Nghệ nhân Ưu tú cho 3 nghệ nhân của tỉnh, gồm: ông Nguyễn Văn Gốm "
                 "(làng gốm Thanh Hà), bà Lê Thị Dệt (làng dệt Mã Châu) và ông Trần Văn Mộc.")
    assert [a.recipient.name for a in f.awards] == ["Nguyễn Văn Gốm", "Lê Thị Dệt", "Trần Văn Mộc"]


def test_what_follows_a_proposal_with_cu_the_is_proposed_too():
    f = facts_of("UBND tỉnh Nghệ An vừa có Tờ trình đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể.",
                 "Cụ thể, tặng Bằng khen cho Sở Tư pháp tỉnh Nghệ An và Trường THPT Huỳnh Thúc Kháng.",
                 "Trước đó, Chủ tịch UBND tỉnh đã tặng Bằng khen cho Sở Y tế tỉnh Nghệ An.")
    assert [a.recipient.label for a in f.awards] == ["Sở Y tế tỉnh Nghệ An"]


def test_a_person_described_with_a_body_whose_name_holds_va_receives_and_lists_go_on_after_a_description():
    f = facts_of("Bà Nguyễn Thị Thanh, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam được tặng Huân chương Lao "
                 "động hạng Ba.", "Ông Lê Văn Bình, Chủ tịch Hội Nông dân xã Tân Phú và bà Hồ Thị Lan được tặng Giấy khen.")
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [
        ("Huân chương Lao động hạng Ba", "Nguyễn Thị Thanh"), ("Giấy khen", "Lê Văn Bình"), ("Giấy khen", "Hồ Thị Lan")]


def test_a_bare_ministerial_title_in_a_report_about_one_ministry_and_a_deputy_minister_hands_over():
    f = facts_of("Chiều 19/11, Bộ Giao thông vận tải tổ chức Lễ tuyên dương điển hình tiên tiến.",
                 "Thứ trưởng Lê Đình Thọ dự lễ.",
                 "Đồng chí Hồ Văn Sơn, Thứ trưởng Bộ Giao thông vận tải trao Kỷ niệm chương cho 30 cá nhân.")
    assert posts_of(f)["Lê Đình Thọ"] == [("Thứ trưởng", "Bộ Giao thông vận tải")]
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [("30 cá nhân", "Bộ Giao thông vận tải")]


def test_a_district_youth_union_and_the_central_youth_union_s_bang_khen():
    f = facts_of("Huyện đoàn Diễn Châu được Trung ương Đoàn tặng Bằng khen vì có thành tích xuất sắc trong công tác Đoàn "
                 "năm 2023.")
    assert [(a.recipient.label, a.award_label) for a in f.awards] == [
        ("Huyện đoàn Diễn Châu", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương")]


def test_a_company_written_cp_and_co_phan_is_one_body_and_its_number_stays_before_a_semicolon():
    f = facts_of("Sáng 8/7, Công ty CP Xây lắp 27 tổ chức lễ kỷ niệm 30 năm thành lập.",
                 "Ông Lê Văn Hòa trao Huân chương Lao động hạng Ba cho Công ty cổ phần Xây lắp 27; đồng chí Trần Văn Bình "
                 "trao Bằng khen cho 5 cá nhân.")
    assert [o.label for o in f.orgs.values()] == ["Công ty Cổ phần Xây lắp 27"]
    assert [(a.award_label, a.recipient.label) for a in f.awards][0] == ("Huân chương Lao động hạng Ba", "Công ty Cổ phần Xây lắp 27")


def test_a_board_s_chairman_who_is_also_director_of_the_company_named_by_its_head_alone():
    f = facts_of("Sáng 8/7, Công ty CP Xây lắp 27 tổ chức lễ kỷ niệm 30 năm thành lập.",
                 "Thứ trưởng Bộ Xây dựng Đỗ Văn Lâm trao Huân chương Lao động hạng Nhì cho đồng chí Phan Gia Lộc - Chủ tịch HĐQT, "
                 "kiêm Tổng giám đốc Công ty.",
                 "Ông Vũ Văn Tân, Phó Chủ tịch HĐQT kiêm Giám đốc Công ty phát biểu.")
    company = "Công ty Cổ phần Xây lắp 27"
    assert posts_of(f)["Phan Gia Lộc"] == [("Chủ tịch HĐQT", company), ("Tổng giám đốc", company)]
    assert posts_of(f)["Vũ Văn Tân"] == [("Phó Chủ tịch HĐQT", company), ("Giám đốc", company)]


def test_a_flag_of_an_excellent_unit_given_by_a_ministry_is_the_ministry_s_emulation_flag():
    f = facts_of("Thứ trưởng Đỗ Văn Lâm trao Cờ Đơn vị xuất sắc trong phong trào thi đua năm 2023 của Bộ Xây dựng tặng "
                 "Công ty CP Xây lắp 27.")
    assert [(a.award_label, a.recipient.label, giver_of(a.conferred_by), a.period) for a in f.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Công ty Cổ phần Xây lắp 27", "Bộ Xây dựng", "2023")]


def test_a_byline_after_the_last_sentence_of_a_one_line_body_is_the_author_not_a_person(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Trao Huân chương cho tỉnh bạn\nChiều 5/7, tại tỉnh Sơn La diễn ra Lễ trao Huân chương. Ông Lê Văn Hòa "
                 "phát biểu tại buổi lễ. Năm hữu nghị sẽ thành công tốt đẹp. Đinh Thị Hoa (TTXVN)\n", encoding="utf-8")
    r = read_report(p)
    assert r.author == "Đinh Thị Hoa (TTXVN)" and r.body[-1].endswith("tốt đẹp.")
    assert [p.name for p in extract(r).persons.values()] == ["Lê Văn Hòa"]


def test_a_foreign_name_after_a_lower_case_honorific_and_before_a_title_without_comma():
    f = facts_of("Thay mặt lãnh đạo các tỉnh, đồng chí Bun-thoong Xỉ-la-văn, Bí thư Tỉnh ủy gửi lời cảm ơn.",
                 "Dự lễ có bà Somsy Phetvilay Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Lào.")
    assert list(posts_of(f)) == ["Bun-thoong Xỉ-la-văn", "Somsy Phetvilay"]
    assert posts_of(f)["Somsy Phetvilay"][-1] == ("Chủ tịch", "Quốc hội Lào")


def test_a_committee_named_by_its_body_s_head_alone_and_a_name_with_dan_dang():
    f = facts_of("Ngày 7/7, Công đoàn cơ quan Dân, Đảng huyện Gia Lâm tổ chức Đại hội Công đoàn lần thứ V.",
                 "Ban Thường vụ Công đoàn mong muốn các đơn vị tiếp tục thi đua.",
                 "Ban Chấp hành đã phối hợp với Thủ trưởng cơ quan - Đảng ủy – Ban Chấp hành Công đoàn thực hiện tốt nhiệm vụ.")
    assert [o.label for o in f.orgs.values()] == [
        "Công đoàn cơ quan Dân, Đảng huyện Gia Lâm", "Ban Thường vụ Công đoàn cơ quan Dân, Đảng huyện Gia Lâm",
        "Ban Chấp hành Công đoàn cơ quan Dân, Đảng huyện Gia Lâm"]


def test_an_agent_list_with_a_comma_and_trung_uong_cuc_in_a_name():
    f = facts_of("Kết thúc cuộc kháng chiến, Ban Tuyên huấn Trung ương Cục miền Nam đã được Đảng, Nhà nước tặng thưởng "
                 "Huân chương Kháng chiến hạng Nhất năm 1975.")
    assert [(a.award_label, a.recipient.label, a.period) for a in f.awards] == [
        ("Huân chương Kháng chiến hạng Nhất", "Ban Tuyên huấn Trung ương Cục miền Nam", "1975")]


def test_posts_separated_by_spaced_dashes_and_a_rarer_surname():
    f = facts_of("Đến dự có ông Trần Quốc Vinh - Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng - Chủ nhiệm Ủy ban Kiểm tra "
                 "Trung ương; Phó Chủ tịch Quốc hội Uông Chu Hải.")
    assert posts_of(f) == {
        "Trần Quốc Vinh": [("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"),
                           ("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")],
        "Uông Chu Hải": [("Phó Chủ tịch", "Quốc hội")]}


def test_a_campaign_launched_by_a_body_s_standing_committee_and_a_number_with_a_space_after_its_dash():
    f = facts_of("Ngày 26-12-2023, Thường vụ Quân ủy Trung ương ban hành Chỉ thị số 91- CT/QUTW về phát động phong trào.",
                 "Tổng cục Chính trị thực hiện Cuộc vận động “Rèn đức, luyện tài” do Thường vụ Quân ủy Trung ương phát động "
                 "vào cuối năm 2023.")
    assert [d.number for d in f.documents] == ["91-CT/QUTW"]
    assert [(c.name, c.launched_by.label) for c in f.campaigns] == [("Rèn đức, luyện tài", "Quân ủy Trung ương")]


def test_a_counted_group_named_in_the_next_sentence_receives_as_its_members():
    f = facts_of("UBND tỉnh Đắk Nông vừa ban hành quyết định tặng Bằng khen cho 2 cá nhân đã có hành động dũng cảm cứu người.",
                 "Theo đó, 2 sinh viên được khen thưởng gồm: Hoàng Trọng Hiếu và Trần Đức Thành (cùng học Trường Trung cấp "
                 "nghề tỉnh Đắk Nông).",
                 "UBND tỉnh cũng tặng Giấy khen cho 3 cá nhân.", "Các cá nhân được khen thưởng gồm: Lê Văn An và Lê Văn Bình.")
    assert [(a.award_label, recipient_of(a)) for a in f.awards] == [
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Hoàng Trọng Hiếu"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Trần Đức Thành"),
        ("Giấy khen", "3 cá nhân"), ("Giấy khen", "Lê Văn An"), ("Giấy khen", "Lê Văn Bình")]
    # (two names for three: a part of the group, which keeps its award; the two named receive it too)


def test_a_decision_s_counted_groups_named_in_part_in_the_sentences_after_it():
    f = facts_of("Ngày 5/11/2024, Chủ tịch UBND tỉnh Quảng Ngãi Lê Văn Thành đã ký Quyết định số 2456/QĐ-UBND về việc tặng "
                 "Bằng khen cho 10 tập thể và 18 cá nhân có thành tích trong công tác phòng, chống thiên tai năm 2024.",
                 "Các tập thể được tặng Bằng khen gồm: Bộ Chỉ huy Quân sự tỉnh; Sở Nông nghiệp và Phát triển nông thôn; "
                 "UBND xã Trà Sơn.",
                 "Các cá nhân gồm: ông Nguyễn Văn Hùng, Chủ tịch UBND xã Trà Sơn; Thiếu tá Lê Văn Nam, Bộ Chỉ huy Quân sự tỉnh.",
                 "Các đơn vị gồm: Công an tỉnh và Sở Y tế đã tham gia diễn tập.")  # (the groups are named once)
    given = [(a.award_label, recipient_of(a), giver_of(a.conferred_by),
              a.period, a.decision.number if a.decision else None) for a in f.awards]
    award, giver, decision = "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi", "2456/QĐ-UBND"
    assert given == [(award, x, giver, "2024", decision) for x in (
        "10 tập thể", "18 cá nhân", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi",
        "Ủy ban nhân dân xã Trà Sơn", "Nguyễn Văn Hùng", "Lê Văn Nam")]  # (the persons', not the bodies of their posts)


def test_phong_chong_in_a_name():
    f = facts_of("Sở Y tế đã chỉ đạo Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum triển khai các bước cần thiết.")
    assert "Trung tâm Phòng, chống HIV/AIDS tỉnh Kon Tum" in [o.label for o in f.orgs.values()]


def test_a_known_body_with_trung_uong_abbreviated():
    f = facts_of("Cán bộ, chiến sĩ chấp hành nghiêm chỉ thị, mệnh lệnh của Quân ủy T.Ư, Bộ Quốc phòng và Ủy ban Kiểm tra TW.")
    assert [o.label for o in f.orgs.values()] == ["Quân ủy Trung ương", "Bộ Quốc phòng", "Ủy ban Kiểm tra Trung ương"]


def test_a_committee_of_the_national_assembly_a_count_of_provinces_and_the_standing_deputy_named_twice():
    f = facts_of("Phó Thủ tướng thường trực Chính phủ Trương Hòa Minh tới dự.",
                 "Tham dự có đại diện Ủy ban Kinh tế Quốc hội, Chi cục Quản lý thị trường 63 tỉnh, thành phố.",
                 "Phó Thủ tướng Chính phủ Trương Hòa Minh trao Cờ thi đua của Chính phủ cho Cục Quản lý thị trường.",
                 "Thứ trưởng Bộ Công Thương Đỗ Thắng Hà trao tặng Kỷ niệm chương “Vì sự nghiệp Quản lý thị trường” cho các "
                 "cá nhân đã có những đóng góp.")
    assert posts_of(f)["Trương Hòa Minh"] == [("Phó Thủ tướng thường trực", "Chính phủ")]
    labels = [o.label for o in f.orgs.values()]
    assert "Ủy ban Kinh tế Quốc hội" in labels and "Chi cục Quản lý thị trường" in labels
    assert [(a.award_label, a.recipient.label) for a in f.awards][-1] == ("Kỷ niệm chương", "các cá nhân")


def test_a_district_s_bodies_named_without_the_district_and_its_office_named_after_a_ministry():
    f = facts_of("Sáng 30/5, Lễ tuyên dương học sinh giỏi được Phòng GD & ĐT quận Tây Hồ (Hà Nội) tổ chức tại Hội trường.",
                 "Nhân dịp này, Chủ tịch UBND quận đã tặng Giấy khen cho 30 giáo viên.", "Lãnh đạo Quận ủy chúc mừng.")
    assert [o.label for o in f.orgs.values()] == [
        "Phòng Giáo dục và Đào tạo quận Tây Hồ", "Ủy ban nhân dân quận Tây Hồ", "Quận ủy Tây Hồ"]
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("30 giáo viên", "Chủ tịch Ủy ban nhân dân quận Tây Hồ")]


def test_a_bare_district_body_in_a_report_naming_two_districts_stays_unnamed():
    f = facts_of("Quận Ba Đình và quận Tây Hồ phối hợp tổ chức hội thi.", "Chủ tịch UBND quận phát biểu.")
    assert "Ủy ban nhân dân quận Tây Hồ" not in [o.label for o in f.orgs.values()]


def test_a_known_committee_abbreviated_bch_issues_its_resolution():
    f = facts_of("Thầy trò thực hiện Nghị quyết 29 của BCH Trung ương khóa XI về đổi mới giáo dục.")
    assert [(d.number, d.issuer.label) for d in f.documents] == [("29", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam")]


def test_a_police_unit_s_name_in_lower_case_words_up_to_its_abbreviation():
    f = facts_of("Bí thư Thành ủy thưởng nóng cho Phòng CSĐT tội phạm về ma túy (PC47) và Phòng Cảnh sát hình sự (PC45).")
    assert [o.label for o in f.orgs.values()][-2:] == ["Phòng CSĐT tội phạm về ma túy", "Phòng Cảnh sát hình sự"]


def test_names_after_a_noun_for_a_person_and_a_ministry_s_ceremony_gives_its_own_bang_khen():
    f = facts_of("Chiều 23-6, Bộ Nội vụ tổ chức Lễ trao tặng bằng khen cho hai lão nông Nguyễn Công Tâm và Nguyễn Tiến Lực "
                 "(huyện Thuận Thành) có thành tích xuất sắc.",
                 "Bí thư Lê Văn Hòa trao huy hiệu 30 năm tuổi Đảng cho đảng viên Đỗ Kim Hải Với những đóng góp, đồng chí được "
                 "tặng Bằng khen.")
    assert [(a.award_label, a.recipient.name, giver_of(a.conferred_by)) for a in f.awards][:2] == [
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Nguyễn Công Tâm", "Bộ trưởng Bộ Nội vụ"),  # (the minister's,
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Nguyễn Tiến Lực", "Bộ trưởng Bộ Nội vụ")]  # as the law says)
    assert "Đỗ Kim Hải" in [p.name for p in f.persons.values()]


def test_a_name_followed_by_a_former_office():
    f = facts_of("Chủ tịch nước vừa ký quyết định hủy bỏ Quyết định khen thưởng Huân chương Lao động hạng Ba đối với Trịnh Xuân "
                 "Thắng, nguyên Chủ tịch Tổng Công ty Xây lắp Sông Đà (SDC).")
    assert posts_of(f) == {"Trịnh Xuân Thắng": [("nguyên Chủ tịch", "Tổng Công ty Xây lắp Sông Đà")]}
    assert f.awards == []


def test_a_company_written_cty_its_name_up_to_its_abbreviation_and_named_again_by_its_head():
    f = facts_of("Ngày 27/6, Cty CP Cơ giới và Xây lắp số 7 (LICOGI 7) tổ chức kỷ niệm 40 năm ngày thành lập.",
                 "Ông Phan Thanh Hà - Chủ tịch HĐQT Cty trải lòng về những năm tháng khó khăn.",
                 "Cty đã hoàn thành đúng tiến độ công trình và tại công trình này Cty đã được UBND tỉnh Sông Bé tặng cờ thi đua "
                 "xuất sắc.", "Licogi 7 cũng được Bộ Xây dựng tặng Bằng khen.")
    company = "Công ty Cổ phần Cơ giới và Xây lắp số 7"
    assert [o.label for o in f.orgs.values()][0] == company
    assert posts_of(f)["Phan Thanh Hà"] == [("Chủ tịch HĐQT", company)]
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        (company, "Ủy ban nhân dân tỉnh Sông Bé"), (company, "Bộ Xây dựng")]


def test_a_deputy_prime_minister_who_hands_over_the_government_s_flag_does_not_confer_it():
    f = facts_of("Tới dự có đồng chí Trương Hòa Minh, Phó Thủ tướng Chính phủ.",
                 "Tại buổi lễ, Cục Quản lý thị trường vinh dự được Phó Thủ tướng Chính phủ Trương Hòa Minh trao tặng Cờ thi đua "
                 "của Chính phủ.", "Phát biểu tại buổi lễ, Phó Thủ tướng thường trực Chính phủ Trương Hòa Minh biểu dương.")
    assert [(giver_of(a.conferred_by), a.presented_by.name) for a in f.awards] == [("Thủ tướng Chính phủ", "Trương Hòa Minh")]
    assert posts_of(f)["Trương Hòa Minh"] == [("Phó Thủ tướng thường trực", "Chính phủ")]


def test_a_person_and_a_qualified_group_receive_and_a_semicolon_list_of_titled_persons():
    f = facts_of("Phó Thủ tướng Vương Đình Hải và 8 đảng viên đạt tiêu chuẩn “hoàn thành xuất sắc nhiệm vụ” 5 năm liền "
                 "(2012-2016) đã được tặng Bằng khen của Đảng ủy Khối các cơ quan Trung ương.",
                 "Thủ tướng Chính phủ Nguyễn Xuân Bình đã trao Huy hiệu Đảng tặng cán bộ lão thành cách mạng, nguyên Bí thư "
                 "Trung ương Đảng Nguyễn Văn Tâm; nguyên Thủ tướng Chính phủ Lê Tấn Dương; nguyên Phó Thủ tướng Chính phủ Vũ "
                 "Văn Nam.")
    assert [(a.award_label, recipient_of(a)) for a in f.awards] == [
        ("Bằng khen của cấp ủy Đảng", "Vương Đình Hải"), ("Bằng khen của cấp ủy Đảng", "8 đảng viên"),
        ("Huy hiệu Đảng", "Nguyễn Văn Tâm"), ("Huy hiệu Đảng", "Lê Tấn Dương"), ("Huy hiệu Đảng", "Vũ Văn Nam")]


def test_an_award_to_an_uncounted_group_said_more_exactly_for_counted_ones_is_not_a_conferral_of_its_own():
    f = facts_of("Chủ tịch Quốc hội Nguyễn Thị Kim Hà đã trao tặng Huân chương cho các cá nhân của nước bạn Lào.",
                 "Tại buổi lễ, Chủ tịch Quốc hội Nguyễn Thị Kim Hà đã trao tặng Huân chương Lao động hạng Nhất cho 3 cá nhân và "
                 "Huân chương Độc lập hạng Ba cho 74 cá nhân của nước bạn Lào.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Huân chương Lao động hạng Nhất", "3 cá nhân"), ("Huân chương Độc lập hạng Ba", "74 cá nhân")]


def test_a_company_named_with_and_without_its_legal_form_is_one_body_and_a_ceremony_held_by_a_passive_agent():
    f = facts_of("Sáng 10/6, Lễ tuyên dương điển hình tiên tiến năm 2024 đã được Hội đồng Thi đua - Khen thưởng Trung ương tổ "
                 "chức trọng thể tại Hà Nội.",
                 "Ông Lê Văn Toàn, nguyên Chủ tịch Tổng Công ty Xây lắp Sông Hồng (SHC) phát biểu.",
                 "Thủ tướng Chính phủ yêu cầu thu hồi Huân chương đối với Tổng Công ty Cổ phần Xây lắp Sông Hồng.")
    assert [o.label for o in f.orgs.values() if o.label.startswith("Tổng")] == ["Tổng Công ty Cổ phần Xây lắp Sông Hồng"]
    assert f.events[0].organizer.label == "Hội đồng Thi đua - Khen thưởng Trung ương"


def test_an_award_quoted_as_itself_to_the_hospital_named_again_in_lower_case():
    f = facts_of("Bệnh viện Quân y 175 tổ chức hội nghị tổng kết.",
                 "Với những thành tích đạt được, bệnh viện đã được Bộ Quốc phòng tặng “Cờ thi đua” đơn vị xuất sắc trong phong "
                 "trào thi đua Quyết thắng năm 2016.",
                 "Bệnh viện phát động phong trào “Cờ thi đua đỏ thắm”.")
    assert [(a.award_label, a.recipient.label, giver_of(a.conferred_by), a.period) for a in f.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Bệnh viện Quân y 175", "Bộ Quốc phòng", "2016")]


def test_the_same_giver_and_presenter_for_the_next_award_of_a_clause_or_a_list_parted_by_semicolons():
    f = facts_of("Sáng 15/3, UBND tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
                 "Đồng chí Đỗ Minh Tuấn trao Cờ thi đua của Chính phủ cho 4 tập thể; trao Bằng khen của Thủ tướng Chính phủ cho "
                 "12 tập thể; Huân chương Lao động hạng Ba tặng ông Lê Văn Tú, Giám đốc Sở Tài chính.",
                 "Dịp này, UBND tỉnh tặng Cờ thi đua cho 35 tập thể và Bằng khen cho 120 cá nhân.")
    event = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023"
    got = [(a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label, giver_of(a.conferred_by),
            a.presented_by.name if a.presented_by else None, a.event.name if a.event else None) for a in f.awards]
    assert got == [("4 tập thể", "Thủ tướng Chính phủ", "Đỗ Minh Tuấn", event),
                   ("12 tập thể", "Thủ tướng Chính phủ", "Đỗ Minh Tuấn", event),
                   ("Lê Văn Tú", "Chủ tịch nước", "Đỗ Minh Tuấn", event),
                   ("35 tập thể", "Ủy ban nhân dân tỉnh Thanh Hóa", None, event),
                   ("120 cá nhân", "Ủy ban nhân dân tỉnh Thanh Hóa", None, event)]


def test_a_decision_s_groups_named_in_a_list_items_in_lower_case_and_a_department_of_a_hospital():
    f = facts_of("Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh vừa ký Quyết định số 456/QĐ-UBND ngày 12/8/2023 tặng Bằng khen "
                 "cho 3 tập thể và 10 cá nhân có thành tích xuất sắc trong công tác phòng, chống dịch bệnh.",
                 "Các tập thể được khen thưởng gồm: Sở Y tế; Trung tâm Kiểm soát bệnh tật tỉnh; Công an tỉnh.",
                 "Trước đó, Thủ tướng Chính phủ đã tặng Bằng khen cho bác sĩ Nguyễn Thị Hoa, Trưởng khoa Truyền nhiễm Bệnh viện "
                 "Đa khoa tỉnh Quảng Ngãi.",
                 "Ban Thường vụ Tỉnh ủy đề nghị Trung ương xem xét tặng Huân chương Lao động hạng Ba cho Sở Y tế.")
    assert [a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label for a in f.awards] == [
        "10 cá nhân", "Sở Y tế tỉnh Quảng Ngãi", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ngãi", "Công an tỉnh Quảng Ngãi",
        "Nguyễn Thị Hoa"]
    assert posts_of(f)["Nguyễn Thị Hoa"] == [("Trưởng khoa", "Khoa Truyền nhiễm Bệnh viện Đa khoa tỉnh Quảng Ngãi")]
    assert "Ban Thường vụ Tỉnh ủy Quảng Ngãi" in [o.label for o in f.orgs.values()]


def test_a_cluster_named_again_by_its_head_gives_an_award():
    f = facts_of("Ngày 20/12, Cụm thi đua các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết phong trào thi đua năm 2023.",
                 "Dịp này, Cụm thi đua tặng Giấy khen cho 5 tập thể có thành tích xuất sắc.")
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("5 tập thể", "Cụm thi đua các tỉnh Tây Nguyên")]


def test_a_name_does_not_run_over_and_into_a_rank_and_a_giver_who_also_gives():
    f = facts_of("Dịp này, Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát hình sự và Đại tá Nguyễn Văn Hùng, Trưởng phòng "
                 "An ninh kinh tế.", "UBND tỉnh Bình Định cũng tặng Bằng khen cho 15 tập thể thuộc Công an tỉnh.")
    assert [(a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label, giver_of(a.conferred_by))
            for a in f.awards] == [("Phòng Cảnh sát hình sự", "Bộ trưởng Bộ Công an"),
                                   ("Nguyễn Văn Hùng", "Bộ trưởng Bộ Công an"),
                                   ("15 tập thể", "Ủy ban nhân dân tỉnh Bình Định")]


def test_a_decision_s_issuer_from_its_signer_s_known_office_or_its_number_and_a_border_guard_of_a_province():
    f = facts_of("Ngày 5/9, Chủ tịch nước Võ Văn Thành đã ký Quyết định số 1234/QĐ-CTN truy tặng danh hiệu Anh hùng Lực lượng "
                 "vũ trang nhân dân cho liệt sĩ Hoàng Văn Thái, nguyên chiến sĩ Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo, Bộ đội "
                 "Biên phòng tỉnh Quảng Trị.", "Theo Quyết định số 601/QĐ-TTg, Thủ tướng tặng Bằng khen cho 3 cá nhân.")
    assert [(d.number, giver_of(d.issuer)) for d in f.documents] == [
        ("1234/QĐ-CTN", "Chủ tịch nước"), ("601/QĐ-TTg", "Thủ tướng Chính phủ")]
    assert "Bộ đội Biên phòng tỉnh Quảng Trị" in [o.label for o in f.orgs.values()]


def test_a_street_named_after_a_person_on_a_route_is_no_person():
    f = facts_of("Tài xế Phạm Văn Hải cho biết anh chở vị khách nam từ Lê Văn Lương đi Bình Trị Đông A.")
    assert [p.name for p in f.persons.values()] == ["Phạm Văn Hải"]


def test_an_award_to_an_uncounted_group_that_a_counted_group_receives_too_is_said_again():
    f = facts_of("Thủ tướng Nguyễn Xuân Bình tặng cờ thi đua của Chính phủ cho các tập thể tại lễ tuyên dương.",
                 "Tại buổi lễ, Thủ tướng Nguyễn Xuân Bình đã trao Cờ thi đua của Chính phủ cho 19 đơn vị.")
    assert [a.recipient.label for a in f.awards] == ["19 đơn vị"]


def test_an_order_named_without_its_class_is_the_president_s():
    f = facts_of("Giai đoạn 2020 - 2025, tỉnh Nghệ An có 15 tập thể được tặng thưởng Huân chương Lao động.")
    assert [(a.award_label, giver_of(a.conferred_by)) for a in f.awards] == [("Huân chương Lao động", "Chủ tịch nước")]


def test_an_association_s_central_committee_by_name_and_a_giver_again_after_a_semicolon():
    f = facts_of("Tham dự có đồng chí Lương Quốc Hà, Ủy viên Trung ương Đảng, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân "
                 "Việt Nam.",
                 "Trung ương Hội Nông dân Việt Nam tặng Cờ thi đua cho Hội Nông dân huyện Đức Thọ; tặng Bằng khen cho 12 tập thể.")
    assert posts_of(f)["Lương Quốc Hà"][-1] == ("Chủ tịch", "Hội Nông dân Việt Nam")
    assert [(a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Hội Nông dân huyện Đức Thọ", "Hội Nông dân Việt Nam"), ("12 tập thể", "Hội Nông dân Việt Nam")]


def test_a_campaign_named_before_taken_up_by_the_bodies_after_the_comma():
    f = facts_of("Sáng 12/4, UBND tỉnh Quảng Ninh tổ chức lễ phát động phong trào thi đua “Cả tỉnh chung sức xây dựng nông thôn "
                 "mới” giai đoạn 2021 - 2025.",
                 "Hưởng ứng phong trào, Liên đoàn Lao động tỉnh và Tỉnh đoàn Quảng Ninh đã ký giao ước thi đua.")
    c = f.campaigns[0]
    assert (c.launched_by.label, [o.label for o in c.adopted_by]) == (
        "Ủy ban nhân dân tỉnh Quảng Ninh", ["Liên đoàn Lao động tỉnh Quảng Ninh", "Tỉnh đoàn Quảng Ninh"])


def test_posts_joined_by_va_la_and_dong_thoi_la():
    f = facts_of("Hiện, đồng chí Đỗ Kim Hải là chi ủy viên Chi bộ Ban Chính sách pháp luật và là Chủ tịch Công đoàn Ban Chính "
                 "sách pháp luật.", "Ông Lê Văn An là Giám đốc Sở Nội vụ tỉnh Nghệ An, đồng thời là Phó Chủ tịch Hội đồng Thi đua "
                 "- Khen thưởng tỉnh Nghệ An.")
    assert posts_of(f) == {
        "Đỗ Kim Hải": [("chi ủy viên", "Chi bộ Ban Chính sách pháp luật"), ("Chủ tịch", "Công đoàn Ban Chính sách pháp luật")],
        "Lê Văn An": [("Giám đốc", "Sở Nội vụ tỉnh Nghệ An"), ("Phó Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An")]}


def test_the_items_under_an_award_to_the_groups_below_are_its_recipients():
    r = Report("t.txt", "0" * 64, "t", [
        "Ngày 12/6, Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn đã ký quyết định tặng Bằng khen cho các tập thể, cá nhân sau:",
        "- Phòng Cảnh sát giao thông Công an tỉnh;", "- Ông Nguyễn Văn Ân, Trưởng Công an huyện Vị Xuyên;",
        "- Bà Lê Thị Bích, giáo viên Trường THCS Lê Quý Đôn."], None)
    f = extract(r)
    assert [a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label for a in f.awards] == [
        "Phòng Cảnh sát giao thông Công an tỉnh Hà Giang", "Nguyễn Văn Ân", "Lê Thị Bích"]


def test_an_office_of_a_party_committee_and_the_cluster_role_of_a_person_s_unit():
    f = facts_of("Dự hội nghị có đồng chí Nguyễn Thị Hương – Trưởng Ban Tuyên giáo Tỉnh ủy Bắc Giang, Khối trưởng Khối thi đua "
                 "các cơ quan Đảng tỉnh Bắc Giang.",
                 "Khối thi đua gồm 3 thành viên: Văn phòng Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy và Báo Bắc Giang.")
    roles = {(m.member.label, m.role) for m in f.memberships}
    assert ("Ban Tuyên giáo Tỉnh ủy Bắc Giang", "khối trưởng") in roles and ("Tỉnh ủy Bắc Giang", "khối trưởng") not in roles
    assert ("Văn phòng Tỉnh ủy Bắc Giang", "thành viên") in roles


def test_a_congress_over_two_days_is_dated_by_its_first():
    f = facts_of("Trong hai ngày 9 và 10/8, tại Trung tâm Hội nghị tỉnh, Liên đoàn Lao động tỉnh Lạng Sơn tổ chức Đại hội Công "
                 "đoàn tỉnh lần thứ XVI, nhiệm kỳ 2023 - 2028.", year=2023)
    assert (f.events[0].date, f.events[0].organizer.label) == ("2023-08-09", "Liên đoàn Lao động tỉnh Lạng Sơn")



def test_a_resolution_of_a_numbered_congress_is_issued_by_that_congress(tmp_path):
    f = facts_of("Các cấp ủy quán triệt Nghị quyết Đại hội XIII của Đảng.",
                 "Các cấp hội quán triệt Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc.")
    issuers = {d.name: d.issuer for d in f.documents}
    assert issuers["Nghị quyết Đại hội XIII"].name == "Đại hội XIII"
    assert issuers["Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc"] is None  # (which congress: not said)
    from tdkt.graph.load import sources_dataset
    p = tmp_path / "r.txt"
    p.write_text("Tin\nCác cấp ủy quán triệt Nghị quyết Đại hội XIII của Đảng.\n", encoding="utf-8")
    ds = sources_dataset([ReportLoader().read(p)])
    rows = list(ds.query("PREFIX tdkt: <https://w3id.org/tdkt/ontology#> SELECT ?e WHERE { "
                         "GRAPH ?g { ?d tdkt:issuedBy ?e . ?e a tdkt:Event } }"))
    assert len(rows) == 1


def test_those_named_among_the_recipients_of_a_title_receive_it():
    f = facts_of("Phó Chủ tịch nước Võ Thị Ánh Xuân đã trao danh hiệu Nghệ sĩ Nhân dân cho 5 nghệ sĩ.",
                 "Trong số các nghệ sĩ được phong tặng danh hiệu Nghệ sĩ Nhân dân lần này có ca sĩ Tạ Minh Tân, đạo diễn Lê "
                 "Quý Dũng.")
    assert [(a.award_label, a.recipient.name if isinstance(a.recipient, Person) else a.recipient.label) for a in f.awards] == [
        ("Nghệ sĩ Nhân dân", "5 nghệ sĩ"), ("Nghệ sĩ Nhân dân", "Tạ Minh Tân"), ("Nghệ sĩ Nhân dân", "Lê Quý Dũng")]


def test_the_members_of_a_counted_group_named_with_the_award_and_their_units_in_brackets():
    f = facts_of("Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thành vừa ký quyết định tặng Bằng khen cho 3 cá nhân có thành tích.",
                 "Các cá nhân được tặng Bằng khen gồm: Thượng úy Nguyễn Văn Tuấn (Đội Cảnh sát PCCC và CNCH quận Thanh Xuân); "
                 "anh Phạm Văn Dũng và chị Hoàng Thị Mai (người dân phường Khương Đình).")
    assert [(a.recipient.name, giver_of(a.conferred_by)) for a in f.awards] == [
        (n, "Chủ tịch Ủy ban nhân dân thành phố Hà Nội") for n in ("Nguyễn Văn Tuấn", "Phạm Văn Dũng", "Hoàng Thị Mai")]
    g = facts_of("Tặng Bằng khen cho Thượng úy Nguyễn Văn Tuấn (Đội Cảnh sát PCCC quận Thanh Xuân) và anh Phạm Văn Dũng.")
    assert [a.recipient.name for a in g.awards] == ["Nguyễn Văn Tuấn", "Phạm Văn Dũng"]


def test_names_after_chained_academic_and_medical_titles():
    f = facts_of("Dự lễ có TS.BS Trần Văn Hải, Phó Giám đốc Sở Y tế Đồng Nai.",
                 "Dịp này, ThS.BS Lê Thị Ngọc, Trưởng khoa Nội tiết được tặng danh hiệu Thầy thuốc Ưu tú.")
    assert list(posts_of(f)) == ["Trần Văn Hải", "Lê Thị Ngọc"]
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [("Thầy thuốc Ưu tú", "Lê Thị Ngọc")]


def test_a_province_s_national_assembly_delegation_and_social_insurance():
    f = facts_of("Dự có các đồng chí: Nguyễn Văn Đức, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh Bắc Ninh; Phạm "
                 "Văn Long, Giám đốc Bảo hiểm xã hội tỉnh Bắc Ninh.")
    assert posts_of(f) == {"Nguyễn Văn Đức": [("Phó Trưởng Đoàn chuyên trách", "Đoàn đại biểu Quốc hội tỉnh Bắc Ninh")],
                           "Phạm Văn Long": [("Giám đốc", "Bảo hiểm xã hội tỉnh Bắc Ninh")]}
    assert "Quốc hội" not in [o.label for o in f.orgs.values()]


def test_a_ward_named_like_a_head_stays_in_its_body_s_name():
    f = facts_of("Chi đoàn Công an phường Trường Thi được Trung ương Đoàn tuyên dương và tặng Bằng khen.")
    assert [a.recipient.label for a in f.awards] == ["Chi đoàn Công an phường Trường Thi"]


def test_a_unit_with_its_parent_in_brackets_holds_the_ceremony_and_receives():
    f = facts_of("Sáng 1/7, Sư đoàn 324 (Quân khu 4) tổ chức lễ kỷ niệm 69 năm Ngày truyền thống và đón nhận danh hiệu Anh hùng "
                 "Lực lượng vũ trang nhân dân lần thứ hai.",
                 "Thừa ủy quyền của Chủ tịch nước, Thượng tướng Trịnh Văn Quyết trao danh hiệu Anh hùng Lực lượng vũ trang nhân "
                 "dân cho Sư đoàn.")
    assert [(a.recipient.label, a.presented_by.name if a.presented_by else None) for a in f.awards] == [
        ("Sư đoàn 324", "Trịnh Văn Quyết")]


def test_a_title_recognised_by_a_body_quoted_as_itself():
    f = facts_of("Năm 2023, Trường THCS Nguyễn Du được UBND tỉnh Quảng Nam công nhận danh hiệu “Tập thể lao động xuất sắc”.")
    assert [(a.award_label, a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Tập thể lao động xuất sắc", "Trường THCS Nguyễn Du", "Ủy ban nhân dân tỉnh Quảng Nam")]


def test_a_title_for_persons_goes_to_the_persons_not_to_the_bodies_named_beside_them():
    f = facts_of("Trong số các nhà giáo được phong tặng danh hiệu Nhà giáo Nhân dân có GS.TS Trần Văn Khải, Trường Đại học "
                 "Kỹ thuật Sông Lam và PGS.TS Lê Thị Hòa, Hiệu trưởng Trường Đại học Sư phạm Sông Lam.")
    assert sorted((a.award_label, recipient_of(a)) for a in f.awards) == [
        ("Nhà giáo Nhân dân", "Lê Thị Hòa"), ("Nhà giáo Nhân dân", "Trần Văn Khải")]


def test_departments_named_in_lower_case_up_to_the_next_one_or_their_owner_and_the_owner_receives_nothing():
    f = facts_of("Ngày 22/12/2023, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức Lễ kỷ niệm 50 năm thành lập.",
                 "Đồng chí Bùi Văn Nam trao Bằng khen của Thủ tướng Chính phủ cho Khoa Hồi sức tích cực và Khoa Cấp cứu "
                 "của Bệnh viện.",
                 "Giám đốc Sở Y tế tặng Giấy khen cho Phòng Kế hoạch tổng hợp, Phòng Điều dưỡng thuộc Bệnh viện.")
    hospital = "Bệnh viện Đa khoa tỉnh Phú Thọ"  # (each unit named with its owner, its short name an alias)
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Bằng khen của Thủ tướng Chính phủ", f"Khoa Hồi sức tích cực {hospital}"),
        ("Bằng khen của Thủ tướng Chính phủ", f"Khoa Cấp cứu {hospital}"),
        ("Giấy khen", f"Phòng Kế hoạch tổng hợp {hospital}"), ("Giấy khen", f"Phòng Điều dưỡng {hospital}")]
    assert "Khoa Cấp cứu" in next(a.recipient for a in f.awards if a.recipient.label.startswith("Khoa Cấp cứu")).spellings


def test_some_of_a_counted_group_named_in_the_next_sentence_receive_its_award_and_the_group_keeps_it():
    f = facts_of("Thủ tướng Chính phủ vừa ký Quyết định số 1102/QĐ-TTg ngày 18/9/2024 tặng Bằng khen cho 15 tập thể và "
                 "25 cá nhân thuộc tỉnh Hà Tĩnh đã có thành tích trong xây dựng nông thôn mới.",
                 "Trong đó, có Sở Tài chính tỉnh Hà Tĩnh; UBND xã Thạch Sơn và ông Trần Văn Lộc, Phó Chủ tịch UBND huyện Đức Thọ.",
                 "Trong đó có nhiều tập thể tiêu biểu.")  # (the groups are named once)
    assert [(a.award_label, recipient_of(a), a.decision.number) for a in f.awards] == [
        ("Bằng khen của Thủ tướng Chính phủ", x, "1102/QĐ-TTg") for x in (
            "15 tập thể", "25 cá nhân", "Sở Tài chính tỉnh Hà Tĩnh", "Ủy ban nhân dân xã Thạch Sơn", "Trần Văn Lộc")]


def test_a_police_unit_named_by_its_crimes_and_an_office_named_in_lower_case_up_to_its_province():
    f = facts_of("Đại tướng Lê Văn Sơn trao Huân chương Chiến công hạng Nhất cho Cục Cảnh sát điều tra tội phạm về ma túy và "
                 "Huân chương Chiến công hạng Ba cho Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Sơn La.",
                 "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh.")
    assert [a.recipient.label for a in f.awards] == [
        "Cục Cảnh sát điều tra tội phạm về ma túy",
        "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Sơn La",
        "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh"]


def test_a_division_hosting_its_ceremony_with_its_corps_after_a_comma_and_named_again_by_its_head():
    f = facts_of("Ngày 20/12/2024, Sư đoàn 318, Quân đoàn 14 tổ chức Lễ kỷ niệm 75 năm Ngày thành lập và đón nhận danh hiệu "
                 "Anh hùng Lực lượng vũ trang nhân dân.",
                 "Dịp này, Sư đoàn được Bộ Quốc phòng tặng Cờ thi đua năm 2024.",
                 "Đại tá Hoàng Văn Thạch, Sư đoàn trưởng, ôn lại truyền thống của đơn vị.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Anh hùng Lực lượng vũ trang nhân dân", "Sư đoàn 318"),
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Sư đoàn 318")]
    assert posts_of(f)["Hoàng Văn Thạch"] == [("Sư đoàn trưởng", "Sư đoàn 318")]


def test_a_foreign_envoy_s_awards_in_a_clause_without_its_verb_and_in_a_sentence_without_its_subject():
    f = facts_of("Ngày 2/12, Đại sứ quán Cộng hòa Dân chủ Nhân dân Lào tại Việt Nam tổ chức lễ trao Huân chương của Nhà nước "
                 "Lào cho tỉnh Điện Biên.",
                 "Đại sứ Khamphao Ernthavanh đã trao Huân chương Itsala hạng Nhất cho Tỉnh ủy Điện Biên; Huân chương Lao động "
                 "hạng Nhì cho ông Trần Văn Cường, Bí thư Tỉnh ủy.",
                 "Đồng thời trao Huân chương Hữu nghị cho 5 tập thể và Huy chương Hữu nghị cho 20 cá nhân của tỉnh.")
    assert [(a.name, recipient_of(a), giver_of(a.conferred_by),
             a.presented_by.name if a.presented_by else None) for a in f.awards] == [
        (award, recipient, "Nhà nước Lào", "Khamphao Ernthavanh") for award, recipient in (
            ("Huân chương Itsala hạng Nhất", "Tỉnh ủy Điện Biên"), ("Huân chương Lao động hạng Nhì", "Trần Văn Cường"),
            ("Huân chương Hữu nghị", "5 tập thể"), ("Huy chương Hữu nghị", "20 cá nhân"))]
    assert {a.award_label for a in f.awards} == {"Huân chương của nước ngoài"}


def test_the_verb_of_a_clause_goes_on_to_the_next_award_and_its_recipients():
    f = facts_of("Đồng chí Lê Văn An đã trao Huân chương Độc lập hạng Nhất cho Tỉnh ủy Điện Biên; Huân chương Lao động hạng "
                 "Nhì cho ông Trần Văn Cường, Bí thư Tỉnh ủy; Bằng khen của Thủ tướng Chính phủ cho 3 cá nhân.",
                 "Ban Tổ chức thông báo kết quả; Huân chương Lao động hạng Ba cho xã Thanh Hà sẽ được xét sau.")
    assert [(a.award_label, recipient_of(a), a.presented_by.name) for a in f.awards] == [
        ("Huân chương Độc lập hạng Nhất", "Tỉnh ủy Điện Biên", "Lê Văn An"),
        ("Huân chương Lao động hạng Nhì", "Trần Văn Cường", "Lê Văn An"),
        ("Bằng khen của Thủ tướng Chính phủ", "3 cá nhân", "Lê Văn An")]


def test_a_campaign_launched_by_the_body_that_works_with_another_or_by_the_one_named_in_a_later_sentence():
    f = facts_of("Chiều 17/10, Ủy ban MTTQ Việt Nam tỉnh Bắc Giang phối hợp với UBND tỉnh tổ chức Lễ phát động phong trào "
                 "thi đua “Chung sức vì người nghèo” giai đoạn 2024 - 2025.")
    assert [(c.name, c.launched_by.label) for c in f.campaigns] == [
        ("Chung sức vì người nghèo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Giang")]
    f = facts_of("UBND tỉnh Bắc Giang tổ chức Lễ phát động cuộc vận động “Vì người nghèo quê hương”.",
                 "Cuộc vận động này do Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động từ năm 2000.")
    assert [(c.name, c.launched_by.label) for c in f.campaigns] == [
        ("Vì người nghèo quê hương", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_more_kinds_of_counted_recipients():
    f = facts_of("Hội LHPN tỉnh Tuyên Quang tặng Giấy khen cho 30 cơ sở Hội và 45 phụ nữ; Tỉnh đoàn tặng Bằng khen cho 12 thanh "
                 "niên và 50 gương điển hình; Sở Văn hóa tặng Giấy khen cho 8 vận động viên.")
    assert [(a.recipient.label, a.recipient.kind) for a in f.awards] == [
        ("30 cơ sở Hội", "collective"), ("45 phụ nữ", "individual"), ("12 thanh niên", "individual"),
        ("50 gương điển hình", "individual"), ("8 vận động viên", "individual")]


def test_an_award_named_as_a_body_s_is_that_body_s_whoever_hands_it_over():
    f = facts_of("Chiều 25/6, UBND tỉnh Bình Định tổ chức Đại hội Thi đua yêu nước tỉnh Bình Định lần thứ VI.",
                 "Đồng chí Hồ Văn Dũng, Bí thư Tỉnh ủy trao Cờ thi đua của UBND tỉnh cho 20 tập thể.")
    assert [(a.recipient.label, giver_of(a.conferred_by), a.presented_by.name) for a in f.awards] == [
        ("20 tập thể", "Ủy ban nhân dân tỉnh Bình Định", "Hồ Văn Dũng")]


def test_each_title_reached_by_its_own_subject_and_counts_with_a_thousands_dot():
    f = facts_of("Năm 2024, 3 tập thể được công nhận danh hiệu Tập thể lao động xuất sắc; 25 cá nhân đạt danh hiệu Chiến sĩ "
                 "thi đua cơ sở và 1.250 người đạt danh hiệu Lao động tiên tiến.")
    assert [(a.award_label, a.recipient.label, a.recipient.count) for a in f.awards] == [
        ("Tập thể lao động xuất sắc", "3 tập thể", 3), ("Chiến sĩ thi đua cơ sở", "25 cá nhân", 25),
        ("Lao động tiên tiến", "1.250 người", 1250)]


def test_a_title_of_a_body_the_report_does_not_name_does_not_end_the_titles_after_it():
    f = facts_of("Đồng chí Phan Văn Đông, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Vinh đã trao Huy hiệu 70 năm tuổi "
                 "Đảng cho đồng chí Nguyễn Văn Tư.")
    assert posts_of(f)["Phan Văn Đông"] == [("Bí thư", "Thành ủy Vinh")]


def test_a_person_called_again_by_the_given_name_after_an_honorific():
    f = facts_of("Chủ tịch nước truy tặng Huân chương Dũng cảm cho anh Lê Văn Thắng vì đã dũng cảm cứu người.",
                 "UBND tỉnh Hà Tĩnh đã tặng Bằng khen cho anh Thắng và em Nguyễn Văn Long.",
                 "Bà Mai cho biết gia đình rất tự hào.")  # (no "Mai" named before: nobody)
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [
        ("Huân chương Dũng cảm", "Lê Văn Thắng"), ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Lê Văn Thắng"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Nguyễn Văn Long")]
    assert sorted(p.name for p in f.persons.values()) == ["Lê Văn Thắng", "Nguyễn Văn Long"]


def test_a_principal_of_the_school_the_report_is_about():
    f = facts_of("Sáng 14/11, Trường Đại học Y Sông Lam tổ chức Lễ kỷ niệm 60 năm thành lập.",
                 "GS.TS Nguyễn Hữu Tâm, Hiệu trưởng nhà trường được tặng danh hiệu Thầy thuốc Nhân dân.")
    assert posts_of(f)["Nguyễn Hữu Tâm"] == [("Hiệu trưởng", "Trường Đại học Y Sông Lam")]
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [("Thầy thuốc Nhân dân", "Nguyễn Hữu Tâm")]


def test_a_name_ends_at_a_lower_case_verb_though_a_capitalised_word_follows():
    f = facts_of("Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy Hải Dương ban hành Nghị quyết số 12-NQ/TU về công tác thi đua.",
                 "UBND huyện Gia Lộc triển khai Kế hoạch số 35/KH-UBND của UBND tỉnh.")
    assert [o.label for o in f.orgs.values()] == [
        "Tỉnh ủy Hải Dương", "Ban Thường vụ Tỉnh ủy Hải Dương", "Ủy ban nhân dân huyện Gia Lộc", "Ủy ban nhân dân tỉnh Hải Dương"]
    assert [(d.number, d.date, d.issuer.label) for d in f.documents][:1] == [
        ("12-NQ/TU", "2024-03-05", "Ban Thường vụ Tỉnh ủy Hải Dương")]


def test_awards_listed_one_a_paragraph_with_their_recipients_after_a_colon():
    f = facts_of("Sáng 20/1/2025, UBND tỉnh Quảng Bình tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
                 "Tại hội nghị, các tập thể, cá nhân được khen thưởng như sau:",
                 "- Huân chương Lao động hạng Ba: Sở Giáo dục và Đào tạo, Công ty Cổ phần Cảng Nhật Lệ.",
                 "- Bằng khen của Thủ tướng Chính phủ: 8 tập thể, 15 cá nhân.",
                 "- Danh hiệu Chiến sĩ thi đua toàn quốc: ông Trần Văn Hùng, Giám đốc Sở Y tế.",
                 "Hội đồng Thi đua - Khen thưởng tỉnh thống nhất đề nghị khen thưởng như sau:",
                 "- Cờ thi đua của Chính phủ: UBND huyện Bố Trạch.")
    assert [(a.award_label, recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Huân chương Lao động hạng Ba", "Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Ba", "Công ty Cổ phần Cảng Nhật Lệ", "Chủ tịch nước"),
        ("Bằng khen của Thủ tướng Chính phủ", "8 tập thể", "Thủ tướng Chính phủ"),
        ("Bằng khen của Thủ tướng Chính phủ", "15 cá nhân", "Thủ tướng Chính phủ"),
        ("Chiến sĩ thi đua toàn quốc", "Trần Văn Hùng", "Thủ tướng Chính phủ")]  # (the proposal's list confers nothing)


def test_a_district_cluster_s_members_listed_by_name_and_a_district_with_a_province_s_name():
    f = facts_of("Ngày 15/1, Cụm thi đua số 5 tỉnh Quảng Bình gồm các huyện: Lệ Thủy, Quảng Ninh, Bố Trạch và thành phố Đồng Hới "
                 "tổ chức hội nghị tổng kết.",
                 "Năm 2024, UBND huyện Lệ Thủy là Cụm trưởng, UBND huyện Quảng Ninh là Cụm phó.")
    got = sorted((m.member.label, m.role) for m in f.memberships)
    assert got == sorted([
        ("Ủy ban nhân dân huyện Lệ Thủy", "thành viên"), ("Ủy ban nhân dân huyện Quảng Ninh", "thành viên"),
        ("Ủy ban nhân dân huyện Bố Trạch", "thành viên"), ("Ủy ban nhân dân thành phố Đồng Hới", "thành viên"),
        ("Ủy ban nhân dân huyện Lệ Thủy", "khối trưởng"), ("Ủy ban nhân dân huyện Quảng Ninh", "khối phó")])
    assert "Tỉnh Quảng Ninh" not in [o.label for o in f.orgs.values()]


def test_posts_before_a_comma_and_a_rank_are_the_ranked_person_s():
    f = facts_of("Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giàng đã ký quyết định tặng Bằng khen cho 15 tập thể.",
                 "Tới dự có ông Nguyễn Văn An, Bộ trưởng Bộ Y tế, ông Trần Văn Bình.",
                 "Thừa ủy quyền của Chủ tịch nước, đồng chí Đỗ Văn Hưng trao Huân chương Lao động hạng Ba cho Sở Tài chính.")
    assert posts_of(f) == {"Phan Văn Giàng": [("Bộ trưởng", "Bộ Quốc phòng")], "Nguyễn Văn An": [("Bộ trưởng", "Bộ Y tế")],
                           "Trần Văn Bình": [], "Đỗ Văn Hưng": []}
    assert giver_of(f.awards[0].conferred_by) == "Bộ trưởng Bộ Quốc phòng"


def test_a_date_in_words_a_heroic_mothers_group_a_bank_s_provincial_branch_and_a_deputy_governor():
    f = facts_of("Ngày 25 tháng 7 năm 2024, UBND tỉnh Quảng Nam tổ chức lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ "
                 "Việt Nam anh hùng” cho 12 mẹ.",
                 "Phó Thống đốc Ngân hàng Nhà nước Đào Minh Tâm đã trao Cờ thi đua của Chính phủ cho Ngân hàng Nhà nước chi "
                 "nhánh tỉnh Nghệ An.")
    assert f.events[0].date == "2024-07-25"
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Bà mẹ Việt Nam anh hùng", "12 mẹ"), ("Cờ thi đua của Chính phủ", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Nghệ An")]
    assert posts_of(f)["Đào Minh Tâm"] == [("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam")]


def test_abbreviated_titles_campaigns_in_other_quotes_and_a_company_named_in_lower_case_to_its_district():
    f = facts_of("Dự hội nghị có đ/c Nguyễn Văn Đệ, PCT UBND tỉnh Nghệ An.",
                 "Năm 2024, huyện phát động cuộc vận động 'Người Việt Nam ưu tiên dùng hàng Việt Nam' và phong trào "
                 "«Yên Thành chung sức xây dựng nông thôn mới».",
                 "Phó Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho Công ty TNHH MTV Dịch vụ công ích quận 1.")
    assert posts_of(f)["Nguyễn Văn Đệ"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]
    assert [(c.name, c.kind) for c in f.campaigns] == [("Người Việt Nam ưu tiên dùng hàng Việt Nam", "cuộc vận động"),
                                                       ("Yên Thành chung sức xây dựng nông thôn mới", "phong trào")]
    assert [a.recipient.label for a in f.awards] == ["Công ty TNHH MTV Dịch vụ công ích quận 1"]


def test_a_chairman_named_after_the_city_s_committee_counted_departments_of_their_hospital_and_a_giver_after_tu():
    f = facts_of("Sáng 10/10, UBND thành phố Hà Nội tổ chức Lễ tuyên dương công dân tiêu biểu.",
                 "Chủ tịch UBND thành phố Trần Sỹ Thành trao Bằng khen cho 10 công dân.",
                 "Danh hiệu “Tập thể lao động xuất sắc” được trao cho 12 khoa, phòng của Bệnh viện Bạch Mai.",
                 "Chị Nguyễn Thị Lan, điều dưỡng Khoa Nhi nhận Bằng khen từ Bộ trưởng Bộ Y tế.")
    assert posts_of(f)["Trần Sỹ Thành"] == [("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")]
    assert [(a.award_label, recipient_of(a), giver_of(a.conferred_by))
            for a in f.awards] == [("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "10 công dân",
                                    "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"),
                                   ("Tập thể lao động xuất sắc", "12 khoa, phòng", None),
                                   ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Nguyễn Thị Lan", "Bộ trưởng Bộ Y tế")]
    assert "Ủy ban nhân dân thành phố Trần Sỹ Thành" not in [o.label for o in f.orgs.values()]


def test_a_counted_group_named_after_gom_a_place_ending_a_company_s_name_and_a_vague_group_said_again():
    f = facts_of("Thủ tướng Chính phủ vừa ký quyết định tặng Bằng khen cho 3 học sinh đoạt huy chương tại Olympic Toán học "
                 "quốc tế năm 2024, gồm các em: Phạm Việt Hưng, Võ Hoàng Hải và Đào Quang Minh.",
                 "Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Công ty Than Hạ Long.")
    assert [recipient_of(a) for a in f.awards] == [
        "Phạm Việt Hưng", "Võ Hoàng Hải", "Đào Quang Minh", "Công ty Than Hạ Long"]
    f = facts_of("Các đồng chí được trao Huân chương Lao động hạng Nhì gồm: Vũ Xuân Cường, nguyên Phó Bí thư Thường trực Tỉnh "
                 "ủy Lào Cai; Nguyễn Văn Vịnh, nguyên Bí thư Tỉnh ủy.",
                 "Thừa ủy quyền của Chủ tịch nước, đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy Lào Cai trao Huân chương Lao động "
                 "hạng Nhì cho các đồng chí.")
    assert [(a.recipient.name, a.presented_by.name) for a in f.awards] == [
        ("Vũ Xuân Cường", "Đặng Xuân Phong"), ("Nguyễn Văn Vịnh", "Đặng Xuân Phong")]


def test_bodies_that_respectively_receive_two_awards():
    f = facts_of("Công ty Than Mạo Khê và Công ty Than Hạ Long lần lượt nhận Cờ thi đua của Chính phủ và Bằng khen của Thủ "
                 "tướng Chính phủ tại hội nghị tổng kết năm 2024.",
                 "Công ty Than Vàng Danh và Công ty Than Nam Mẫu nhận Bằng khen của Thủ tướng Chính phủ.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Cờ thi đua của Chính phủ", "Công ty Than Mạo Khê"), ("Bằng khen của Thủ tướng Chính phủ", "Công ty Than Hạ Long"),
        ("Bằng khen của Thủ tướng Chính phủ", "Công ty Than Vàng Danh"),
        ("Bằng khen của Thủ tướng Chính phủ", "Công ty Than Nam Mẫu")]


def test_a_proposal_notice_keeps_no_award_its_candidate_had_before():
    import datetime as dt
    body = ["Ban Thi đua - Khen thưởng tỉnh Thanh Hóa lấy ý kiến nhân dân đối với ông Lê Văn Tám, Giám đốc Công ty Cổ phần "
            "Mía đường Lam Sơn được đề nghị xét tặng danh hiệu Anh hùng Lao động.",
            "Ông Lê Văn Tám đã được tặng Huân chương Lao động hạng Nhì năm 2018 và Bằng khen của Thủ tướng Chính phủ năm 2015."]
    notice = extract(Report("t.txt", "0" * 64, "Lấy ý kiến nhân dân về đề nghị tặng danh hiệu Anh hùng Lao động", body,
                            dt.datetime(2024, 1, 1)))
    assert notice.awards == []
    news = extract(Report("t.txt", "0" * 64, "Công ty Mía đường Lam Sơn đón nhận Huân chương", body, dt.datetime(2024, 1, 1)))
    assert [a.award_label for a in news.awards] == ["Huân chương Lao động hạng Nhì", "Bằng khen của Thủ tướng Chính phủ"]


def test_event_names_go_on_over_a_comma_before_a_title_or_a_second_campaign():
    f = facts_of("Sáng 18/11, Bộ Giáo dục và Đào tạo tổ chức Lễ trao tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 16.",
                 "Sáng 28/4, Liên đoàn Lao động tỉnh Nghệ An tổ chức Lễ phát động Tháng Công nhân, Tháng hành động về an toàn, "
                 "vệ sinh lao động năm 2025 với chủ đề “Công nhân đoàn kết”.")
    assert [e.name for e in f.events] == [
        "Lễ trao tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 16",
        "Lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2025"]


def test_an_anniversary_held_without_le_and_a_board_chairman_of_the_company_his_other_post_names():
    f = facts_of("Ngày 28/8, Công ty Cổ phần Xây lắp số 9 tổ chức kỷ niệm 40 năm ngày thành lập và đón nhận Huân chương Lao "
                 "động hạng Ba.",
                 "Ông Dương Xuân Quân - Chủ tịch HĐQT kiêm Tổng giám đốc Tổng công ty Xây dựng Sông Lam phát biểu.")
    assert [(e.name, e.organizer.label) for e in f.events] == [
        ("Kỷ niệm 40 năm ngày thành lập và đón nhận Huân chương Lao động hạng Ba", "Công ty Cổ phần Xây lắp số 9")]
    assert posts_of(f)["Dương Xuân Quân"] == [("Chủ tịch HĐQT", "Tổng công ty Xây dựng Sông Lam"),
                                               ("Tổng giám đốc", "Tổng công ty Xây dựng Sông Lam")]
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Huân chương Lao động hạng Ba", "Công ty Cổ phần Xây lắp số 9")]


def test_a_law_s_number_after_its_name():
    f = facts_of("Luật Thi đua, khen thưởng số 06/2022/QH15 có hiệu lực từ ngày 1/1/2024.",
                 "Luật Thi đua, khen thưởng năm 2022 quy định rõ các hình thức khen thưởng.")
    assert [(d.kind, d.name, d.number) for d in f.documents] == [("Luật", "Luật Thi đua, khen thưởng", "06/2022/QH15")]


def test_military_bodies_abbreviated_and_a_deputy_head_of_a_delegation():
    f = facts_of("Dự hội nghị có đồng chí Nguyễn Văn Ánh, Phó Chủ tịch UBND tỉnh Nghệ An; Đại tá Trần Võ Thành, Chỉ huy trưởng "
                 "Bộ CHQS tỉnh; bà Thái Thị An Chung, Phó Trưởng Đoàn ĐBQH tỉnh.")
    assert posts_of(f) == {"Nguyễn Văn Ánh": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")],
                           "Trần Võ Thành": [("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nghệ An")],
                           "Thái Thị An Chung": [("Phó Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Nghệ An")]}


def test_a_party_title_without_its_place_before_a_post_of_a_commune_s_body():
    f = facts_of("Tới dự có ông Lê Văn Ba, Bí thư Đảng ủy, Chủ tịch HĐND xã Thanh Hà; ông Lê Văn Năm, Phó Bí thư Đảng ủy, "
                 "Chủ tịch UBND phường Hưng Bình; ông Trần Văn Tư, Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Hà Tĩnh.")
    assert posts_of(f) == {
        "Lê Văn Ba": [("Bí thư", "Đảng ủy xã Thanh Hà"), ("Chủ tịch", "Hội đồng nhân dân xã Thanh Hà")],
        "Lê Văn Năm": [("Phó Bí thư", "Đảng ủy phường Hưng Bình"), ("Chủ tịch", "Ủy ban nhân dân phường Hưng Bình")],
        "Trần Văn Tư": [("Tỉnh ủy viên", "Tỉnh ủy Hà Tĩnh"), ("Giám đốc", "Sở Y tế tỉnh Hà Tĩnh")]}


def test_bodies_of_the_report_s_province_by_a_bare_tinh_and_names_with_phat_words():
    f = facts_of("Sáng 5/3, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết.",
                 "Ông Lê Văn An trao Bằng khen cho Công đoàn Viên chức tỉnh, Đài Phát thanh và Truyền hình tỉnh, Trường Chính trị "
                 "tỉnh và Ngân hàng Phát triển Việt Nam.",
                 "Ông Lê Văn An phát biểu. Hội phát triển mạnh.")
    assert [a.recipient.label for a in f.awards] == [
        "Công đoàn Viên chức tỉnh Nghệ An", "Đài Phát thanh và Truyền hình tỉnh Nghệ An", "Trường Chính trị tỉnh Nghệ An",
        "Ngân hàng Phát triển Việt Nam"]


def test_bodies_listed_by_name_after_their_head_said_once():
    f = facts_of("UBND tỉnh Nghệ An tổ chức hội nghị tổng kết.",
                 "Chủ tịch UBND tỉnh tặng Bằng khen cho các Sở: Du lịch, Kế hoạch và Đầu tư, Nội vụ và Công an tỉnh.",
                 "Chủ tịch UBND tỉnh tặng Cờ thi đua cho UBND các huyện: Nam Đàn, Thanh Chương và Đô Lương.")
    assert [a.recipient.label for a in f.awards] == [
        "Sở Du lịch tỉnh Nghệ An", "Sở Kế hoạch và Đầu tư tỉnh Nghệ An", "Sở Nội vụ tỉnh Nghệ An", "Công an tỉnh Nghệ An",
        "Ủy ban nhân dân huyện Nam Đàn", "Ủy ban nhân dân huyện Thanh Chương", "Ủy ban nhân dân huyện Đô Lương"]


def test_the_school_a_report_is_about_named_again_as_truong_or_nha_truong():
    f = facts_of("Trường THPT Huỳnh Thúc Kháng tổ chức lễ tổng kết năm học.",
                 "Trường được UBND tỉnh Nghệ An tặng danh hiệu Tập thể lao động xuất sắc năm học 2023-2024.",
                 "Trường hợp vi phạm sẽ bị xử lý. Năm nay, nhà trường vinh dự nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Tập thể lao động xuất sắc", "Trường THPT Huỳnh Thúc Kháng"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Trường THPT Huỳnh Thúc Kháng")]


def test_the_host_of_the_ceremony_named_again_as_don_vi():
    f = facts_of("Ngày 20/12/2024, Sư đoàn 316 tổ chức Lễ kỷ niệm 75 năm Ngày thành lập.",
                 "Đơn vị vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Quân công hạng Nhất; năm 2024, đơn vị được Bộ "
                 "Quốc phòng tặng Cờ thi đua.")
    assert [(a.award_label, a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Huân chương Quân công hạng Nhất", "Sư đoàn 316", "Chủ tịch nước"),
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Sư đoàn 316", "Bộ Quốc phòng")]
    assert facts_of("Ông Lê Văn An dự hội nghị.", "Đơn vị được tặng Cờ thi đua.").awards == []  # (no host named: nobody)


def test_an_apostrophe_inside_a_place_s_name_and_quotes_around_a_campaign():
    f = facts_of("Cụm thi đua các huyện phía Nam do UBND huyện Đắk R'lấp làm Cụm trưởng năm 2024.",
                 "Huyện Ea H'leo phát động phong trào 'Ea H'leo chung sức xây dựng nông thôn mới'.")
    assert "Ủy ban nhân dân huyện Đắk R'lấp" in [o.label for o in f.orgs.values()]
    assert [c.name for c in f.campaigns] == ["Ea H'leo chung sức xây dựng nông thôn mới"]


def test_a_caption_s_credit_ends_a_name_and_this_morning_is_the_day_of_publication():
    import datetime as dt
    body = ["Sáng nay, Sở Giáo dục và Đào tạo tỉnh Quảng Trị tổ chức Lễ khai giảng năm học mới và đón nhận Huân chương "
            "Lao động hạng Nhì.",
            "Phó Chủ tịch UBND tỉnh Hoàng Nam trao Huân chương Lao động hạng Nhì cho Sở Giáo dục và Đào tạo - Ảnh: T.L"]
    f = extract(Report("t.html", "0" * 64, "t", body, dt.datetime(2024, 9, 5, 8, 30)))
    assert [o.label for o in f.orgs.values()] == ["Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"]
    assert [(e.date, e.organizer.label) for e in f.events] == [("2024-09-05", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị")]


def test_a_standing_committee_member_of_the_committee_the_next_post_names_and_no_city_committee_of_a_province():
    f = facts_of("UBND tỉnh Nghệ An tổ chức hội nghị tổng kết.",
                 "Tới dự có đồng chí Nguyễn Văn Thông, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An; đồng chí Trần "
                 "Văn Dũng, Thành ủy viên, Chủ tịch UBND quận Hoàn Kiếm; đồng chí Lê Văn An, Bí thư Thành ủy.")
    assert posts_of(f) == {
        "Nguyễn Văn Thông": [("Ủy viên Ban Thường vụ", "Tỉnh ủy Nghệ An"), ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Nghệ An")],
        "Trần Văn Dũng": [("Chủ tịch", "Ủy ban nhân dân quận Hoàn Kiếm")],
        "Lê Văn An": []}  # (a "Thành ủy" in a report about a province is one of its cities', unnamed)


def test_each_award_counted_before_it_gives_its_own_count_to_the_group_after_them():
    f = facts_of("UBND tỉnh Nghệ An tổ chức hội nghị tổng kết.",
                 "UBND tỉnh đã tặng 35 Cờ thi đua và 250 Bằng khen cho các tập thể, cá nhân.")
    assert [(a.award_label, a.recipient.label, a.recipient.count) for a in f.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "các tập thể, cá nhân", 35),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "các tập thể, cá nhân", 250)]


def test_a_ministry_s_cluster_named_with_the_ministry_it_belongs_to_and_its_members_newspaper_and_school():
    f = facts_of("Ngày 10/7, tại Hà Nội, Khối thi đua các đơn vị sự nghiệp thuộc Bộ Tài chính tổ chức Hội nghị sơ kết "
                 "công tác thi đua.",
                 "Khối thi đua gồm 3 đơn vị: Học viện Tài chính, Thời báo Tài chính Việt Nam và Trường Bồi dưỡng cán bộ tài chính.",
                 "Năm 2024, Học viện Tài chính là Khối trưởng.")
    cluster = "Khối thi đua các đơn vị sự nghiệp thuộc Bộ Tài chính"
    assert [(m.cluster.label, m.member.label, m.role) for m in f.memberships] == [
        (cluster, "Học viện Tài chính", "thành viên"), (cluster, "Thời báo Tài chính Việt Nam", "thành viên"),
        (cluster, "Trường Bồi dưỡng cán bộ tài chính", "thành viên"), (cluster, "Học viện Tài chính", "khối trưởng")]
    assert [e.organizer.label for e in f.events] == [cluster]


def test_a_unit_named_before_a_comma_and_the_body_it_belongs_to():
    f = facts_of("Công an tỉnh Bình Phước tổ chức Lễ kỷ niệm Ngày truyền thống.",
                 "Dự buổi lễ có ông Nguyễn Đức Long, Trưởng phòng Tổ chức cán bộ, Sở Y tế; ông Lý Quang Hưng, Vụ trưởng "
                 "Vụ Thi đua - Khen thưởng, Bộ Tài chính.",
                 "Đồng chí Nguyễn Mạnh Cường trao Bằng khen của Bộ trưởng Bộ Công an cho Phòng Cảnh sát hình sự và Phòng An "
                 "ninh kinh tế, Công an tỉnh Bình Phước.",
                 "Dịp này, Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh.")
    assert posts_of(f) == {"Nguyễn Đức Long": [("Trưởng phòng", "Phòng Tổ chức cán bộ Sở Y tế tỉnh Bình Phước")],
                           "Lý Quang Hưng": [("Vụ trưởng", "Vụ Thi đua - Khen thưởng Bộ Tài chính")],
                           "Nguyễn Mạnh Cường": []}
    assert [a.recipient.label for a in f.awards] == [  # (not the police of the province: the units' owner)
        "Phòng Cảnh sát hình sự Công an tỉnh Bình Phước", "Phòng An ninh kinh tế Công an tỉnh Bình Phước",
        "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước"]
    unit = next(o for o in f.orgs.values() if o.label == "Vụ Thi đua - Khen thưởng Bộ Tài chính")
    assert "Vụ Thi đua - Khen thưởng" in unit.spellings  # (the name as written, an alias)


def test_the_city_named_as_its_province_and_a_counted_group_named_after_la():
    f = facts_of("UBND tỉnh Kon Tum tổ chức Đại hội Thi đua yêu nước.",
                 "Đồng chí Trần Quốc Tuấn trao Cờ thi đua của Chính phủ cho UBND huyện Ngọc Hồi và UBND thành phố Kon Tum.",
                 "Tỉnh có 1 nhà giáo được phong tặng danh hiệu Nhà giáo Nhân dân là thầy Nguyễn Văn Thành, Hiệu trưởng Trường THPT "
                 "chuyên Kon Tum, và 8 nhà giáo được phong tặng danh hiệu Nhà giáo Ưu tú.")
    assert [(a.award_label, getattr(a.recipient, "label", None) or a.recipient.name) for a in f.awards] == [
        ("Cờ thi đua của Chính phủ", "Ủy ban nhân dân huyện Ngọc Hồi"),
        ("Cờ thi đua của Chính phủ", "Ủy ban nhân dân thành phố Kon Tum"),  # (the city, not the province)
        ("Nhà giáo Nhân dân", "Nguyễn Văn Thành"), ("Nhà giáo Ưu tú", "8 nhà giáo")]


def test_a_qualified_counted_group_whose_members_follow_gom_and_a_company_of_medical_equipment():
    f = facts_of("Chủ tịch UBND tỉnh Bình Định tặng Cờ thi đua cho 3 tập thể dẫn đầu các khối, cụm thi đua của tỉnh, gồm: "
                 "Sở Tài chính, UBND thị xã An Nhơn và Công ty Cổ phần Dược - Trang thiết bị y tế Bình Định.")
    assert [a.recipient.label for a in f.awards] == [
        "Sở Tài chính tỉnh Bình Định", "Ủy ban nhân dân thị xã An Nhơn", "Công ty Cổ phần Dược - Trang thiết bị y tế Bình Định"]


def test_who_hands_over_the_decision_presents_the_award_it_gives():
    f = facts_of("Ngày 25/6, Thứ trưởng Bộ Công an Lê Quốc Hùng đã trao Quyết định của Chủ tịch nước về việc truy tặng "
                 "Huân chương Dũng cảm cho liệt sĩ, Đại úy Trần Văn Nam.",
                 "Bộ trưởng Bộ Công an Nguyễn Văn An quyết định tặng Bằng khen cho Thượng úy Vũ Đức Minh.")
    assert [(a.recipient.name, giver_of(a.conferred_by), a.presented_by and a.presented_by.name) for a in f.awards] == [
        ("Trần Văn Nam", "Chủ tịch nước", "Lê Quốc Hùng"),
        ("Vũ Đức Minh", "Bộ trưởng Bộ Công an", None)]  # (who decides gives it; who hands it over is not said)


def test_a_title_alone_as_the_subject_is_the_one_the_report_named_with_it_and_straight_quotes_end_each_name():
    f = facts_of('Dự Hội nghị có đồng chí Nguyễn Hải Long, Bộ trưởng Bộ Tư pháp; đồng chí Lê Văn An, Phó Giám đốc Sở Tư pháp.',
                 'Bộ trưởng cũng trao danh hiệu "Tập thể lao động xuất sắc" cho Vụ Pháp luật hình sự - hành chính và Kỷ niệm '
                 'chương "Vì sự nghiệp Tư pháp" cho 15 cá nhân.',
                 'Phó Chủ tịch đã trao Giấy khen cho 3 cá nhân.')  # (no one the report named holds that title)
    got = [(a.name, a.recipient.label, giver_of(a.conferred_by), a.presented_by and a.presented_by.name) for a in f.awards]
    assert got == [
        ("Tập thể lao động xuất sắc", "Vụ Pháp luật hình sự - hành chính", "Bộ trưởng Bộ Tư pháp", "Nguyễn Hải Long"),
        ('Kỷ niệm chương "Vì sự nghiệp Tư pháp"', "15 cá nhân", "Bộ trưởng Bộ Tư pháp", "Nguyễn Hải Long"),
        ("Giấy khen", "3 cá nhân", None, None)]


def test_a_counted_group_named_as_persons_with_notes_in_brackets_and_a_smaller_group():
    f = facts_of("Phó Thủ tướng Trần Hồng Hà vừa ký Quyết định số 2011/QĐ-TTg tặng Bằng khen của Thủ tướng Chính phủ cho "
                 "12 vận động viên đã có thành tích xuất sắc.",
                 "Các vận động viên được khen thưởng gồm: Nguyễn Thị Oanh (điền kinh), Phạm Thanh Bảo (bơi), Trần Quốc Cường "
                 "(điền kinh) và 9 vận động viên môn bóng đá nữ.")
    assert [recipient_of(a) for a in f.awards] == [
        "Nguyễn Thị Oanh", "Phạm Thanh Bảo", "Trần Quốc Cường", "9 vận động viên"]  # (twelve, not the twelve again)


def test_a_youth_union_s_award_given_at_the_ceremony_it_holds_and_an_event_named_after_tai_is_no_place():
    f = facts_of("Tối 25/3, tại Hà Nội, Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức Lễ tuyên dương và "
                 "trao Giải thưởng Lý Tự Trọng năm 2024 cho 100 cán bộ Đoàn tiêu biểu.")
    assert [(e.name, e.place) for e in f.events] == [("Lễ tuyên dương và trao Giải thưởng Lý Tự Trọng năm 2024", "Hà Nội")]
    assert [(a.award_label, a.recipient.label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Giải thưởng Lý Tự Trọng", "100 cán bộ", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    g = facts_of("Phó Thủ tướng Trần Hồng Hà ký Quyết định số 2011/QĐ-TTg ngày 30/12/2025 tặng Bằng khen cho 12 vận động viên đã "
                 "có thành tích xuất sắc tại Đại hội Thể thao Đông Nam Á lần thứ 33.")
    assert [(e.name, e.place) for e in g.events] == [("Đại hội Thể thao Đông Nam Á lần thứ 33", None)]


def test_committees_of_a_people_s_council_a_four_word_name_before_a_comma_and_no_name_ends_in_va():
    f = facts_of("Ông Trần Hải Châu, Chủ tịch HĐND tỉnh Quảng Bình trao Bằng khen cho Ban Kinh tế - Ngân sách HĐND tỉnh và "
                 "Ban Pháp chế HĐND tỉnh.",
                 "Bà Đinh Thị Thu Hà, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh được tặng Kỷ niệm chương.",
                 "Tỉnh đề nghị tặng Huân chương Lao động hạng Ba cho Trường Đại học Tây Nguyên và ông Y Ngông Niê Kdăm.")
    assert [(recipient_of(a)) for a in f.awards] == [
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Bình", "Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Bình",
        "Đinh Thị Thu Hà"]
    assert "Trường Đại học Tây Nguyên" in [o.label for o in f.orgs.values()]  # (not "… Tây Nguyên và")


def test_a_rationale_does_not_withhold_an_award_and_a_province_s_name_ends_no_longer_name():
    f = facts_of("Ngày 3/8, ông Nguyễn Văn Phương, Phó Chủ tịch UBND tỉnh Thừa Thiên Huế đã ký quyết định tặng Bằng khen cho anh "
                 "Hồ Văn Lợi (trú tại xã Phong Hải) vì đã có hành động dũng cảm cứu sống 3 em học sinh bị đuối nước.",
                 "Trước đó, Tỉnh đoàn Thừa Thiên Huế đã đề nghị Trung ương Đoàn tặng Huy hiệu Tuổi trẻ dũng cảm cho anh Lợi.")
    assert [(a.recipient.name, a.award_label) for a in f.awards] == [
        ("Hồ Văn Lợi", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương")]  # (the badge is only proposed)
    assert "Tỉnh đoàn Thừa Thiên Huế" in [o.label for o in f.orgs.values()]


def test_recognised_bodies_listed_with_the_rest_counted_a_brand_ending_a_company_and_two_posts_joined_by_kiem():
    f = facts_of("UBND tỉnh Thái Bình ban hành Quyết định công nhận danh hiệu Tập thể lao động xuất sắc cho 5 tập thể.",
                 "Các tập thể được công nhận gồm: Sở Công Thương; Ban Quản lý các Khu công nghiệp tỉnh và 3 tập thể khác.")
    assert [a.recipient.label for a in f.awards] == [
        "Sở Công Thương tỉnh Thái Bình", "Ban Quản lý các Khu công nghiệp tỉnh Thái Bình", "3 tập thể"]
    g = facts_of("Thiếu tướng Tào Đức Thắng, Chủ tịch kiêm Tổng Giám đốc Viettel cho biết như vậy.",
                 "Bộ trưởng Bộ Quốc phòng tặng Bằng khen cho Tổng công ty Viễn thông Viettel.")
    viettel = "Tập đoàn Công nghiệp - Viễn thông Quân đội"
    assert posts_of(g) == {"Tào Đức Thắng": [("Chủ tịch", viettel), ("Tổng Giám đốc", viettel)]}
    assert [a.recipient.label for a in g.awards] == ["Tổng công ty Viễn thông Viettel"]


def test_an_event_named_with_the_campaign_it_reviews():
    f = facts_of("Ngày 18/6, Ban Dân vận Tỉnh ủy Hà Nam tổ chức Hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn "
                 "2020 - 2025.")
    assert [e.name for e in f.events] == ["Hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2020 - 2025"]
    assert [(c.name, c.period) for c in f.campaigns] == [("Dân vận khéo", "2020 - 2025")]


def test_provincial_committees_named_with_a_bare_tinh_and_navy_ranks():
    f = facts_of("UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết.",
                 "Tham dự có đồng chí Võ Thị Minh Sinh, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Lê Đình Lý - Giám đốc Sở Nội vụ, Phó "
                 "Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng tỉnh; Phó Đô đốc Trần Thanh Nghiêm, Tư lệnh Quân chủng "
                 "Hải quân dự.")
    assert posts_of(f) == {
        "Võ Thị Minh Sinh": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An")],
        "Lê Đình Lý": [("Giám đốc", "Sở Nội vụ tỉnh Nghệ An"),
                       ("Phó Chủ tịch Thường trực", "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An")],
        "Trần Thanh Nghiêm": [("Tư lệnh", "Quân chủng Hải quân")]}


def test_an_order_received_on_a_body_s_behalf_and_a_school_describing_one_of_those_named():
    f = facts_of("Chủ tịch nước Võ Văn Thưởng trao Huân chương Hồ Chí Minh cho Đại học Quốc gia Hà Nội.",
                 "GS.TS Lê Quân, Giám đốc Đại học Quốc gia Hà Nội đã đón nhận Huân chương.")
    assert [a.recipient.label for a in f.awards] == ["Đại học Quốc gia Hà Nội"]  # (not its director too)
    g = facts_of("Ngày 5/5, UBND quận Hoàn Kiếm tổ chức Lễ biểu dương người tốt, việc tốt năm 2024.",
                 "Bà Phạm Thị Thanh Hương, Phó Chủ tịch UBND quận đã trao Giấy khen cho 50 cá nhân tiêu biểu.",
                 "Trong đó có ông Đỗ Văn Toàn đã trả lại 200 triệu đồng; em Nguyễn Minh Khôi, học sinh Trường THCS Ngô Sĩ Liên "
                 "đã dũng cảm cứu bạn.")
    assert [e.name for e in g.events] == ["Lễ biểu dương người tốt, việc tốt năm 2024"]
    assert [recipient_of(a) for a in g.awards] == [
        "50 cá nhân", "Đỗ Văn Toàn", "Nguyễn Minh Khôi"]  # (not the school of one of them)


def test_a_cluster_s_members_without_the_bodies_inside_their_names():
    f = facts_of("Ngày 18/7, Khối thi đua các cơ quan Đảng, đoàn thể tỉnh Gia Lai tổ chức Hội nghị sơ kết.",
                 "Khối thi đua gồm 4 thành viên: Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao "
                 "động tỉnh.")
    assert [m.member.label for m in f.memberships] == [  # (not "Tỉnh ủy Gia Lai", nor the nation's Front)
        "Văn phòng Tỉnh ủy Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai",
        "Liên đoàn Lao động tỉnh Gia Lai"]


def test_recipients_go_on_past_a_stop_word_inside_a_name_and_a_subject_past_a_note_in_brackets():
    f = facts_of("Ngày 12/3, Công an tỉnh Quảng Trị tổ chức Lễ đón nhận Huân chương Chiến công hạng Ba của Chủ tịch nước tặng "
                 "Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) và Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo.",
                 "Ông Lò Văn Páo (SN 1958, trú tại bản Nà Tấu, xã Mường Phăng, huyện Điện Biên) vừa được Chủ tịch nước tặng "
                 "thưởng Huân chương Lao động hạng Ba.")
    assert [recipient_of(a) for a in f.awards] == [
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Quảng Trị", "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo", "Lò Văn Páo"]
    assert "Phòng Cảnh sát điều tra tội phạm về ma túy" in f.awards[0].recipient.spellings  # (the host's unit, as written)


def test_a_revocation_s_report_gives_none_of_the_awards_it_tells_were_given_before():
    body = ["Chủ tịch UBND tỉnh Bắc Ninh vừa ký quyết định thu hồi Bằng khen đã tặng cho ông Đặng Văn Tùng do vi phạm pháp luật.",
            "Trước đó, năm 2022, ông Tùng được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích trong phong trào thi đua."]
    import datetime as dt
    f = extract(Report("t.txt", "0" * 64, "Thu hồi Bằng khen đã tặng cho Giám đốc doanh nghiệp", body, dt.datetime(2024, 5, 1)))
    assert f.awards == []


def test_mothers_named_after_a_posthumous_title_and_the_ceremony_named_with_the_quoted_titles():
    f = facts_of("Sáng 27/7, UBND tỉnh Phú Thọ tổ chức Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho 3 mẹ.",
                 "Các mẹ được truy tặng gồm: mẹ Nguyễn Thị Lan, mẹ Hà Thị Nụ (huyện Thanh Sơn) và mẹ Bùi Thị Xuyến.")
    assert [e.name for e in f.events] == ["Lễ truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”"]
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [
        ("Bà mẹ Việt Nam anh hùng", "Nguyễn Thị Lan"), ("Bà mẹ Việt Nam anh hùng", "Hà Thị Nụ"),
        ("Bà mẹ Việt Nam anh hùng", "Bùi Thị Xuyến")]


def test_a_one_letter_given_name_with_a_mark_and_the_youth_union_s_grassroots_units():
    f = facts_of("Bà Nguyễn Thị Như Ý, Chủ tịch Liên đoàn Lao động tỉnh Đồng Nai phát biểu.",
                 "Dịp này, Tỉnh đoàn Bến Tre tặng Bằng khen cho 10 cơ sở Đoàn có thành tích xuất sắc.")
    assert posts_of(f) == {"Nguyễn Thị Như Ý": [("Chủ tịch", "Liên đoàn Lao động tỉnh Đồng Nai")]}
    assert [(a.recipient.label, a.recipient.count) for a in f.awards] == [("10 cơ sở Đoàn", 10)]


def test_classes_written_alone_after_an_order_and_formations_named_with_their_command():
    f = facts_of("Đại tá Hoàng Văn Thắng trao Huy chương Chiến sĩ vẻ vang hạng Nhất cho 5 đồng chí, hạng Nhì cho 12 đồng chí và "
                 "hạng Ba cho 20 đồng chí.",
                 "Thứ trưởng Bộ Quốc phòng ký Quyết định tặng danh hiệu Đơn vị quyết thắng cho Sư đoàn 316, Quân khu 2 và Lữ đoàn "
                 "Công binh 543, Quân khu 2.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [
        ("Huy chương Chiến sĩ vẻ vang hạng Nhất", "5 đồng chí"), ("Huy chương Chiến sĩ vẻ vang hạng Nhì", "12 đồng chí"),
        ("Huy chương Chiến sĩ vẻ vang hạng Ba", "20 đồng chí"),
        ("Đơn vị quyết thắng", "Sư đoàn 316"), ("Đơn vị quyết thắng", "Lữ đoàn Công binh 543")]  # (not the region)


def test_a_teacher_called_co_again_and_a_school_of_a_company_in_a_school_year():
    f = facts_of("Cô Phạm Thị Lan, Hiệu trưởng Trường Tiểu học Kim Đồng đã có 35 năm gắn bó với nghề.",
                 "Năm 2017, cô được Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú.",
                 "Cô từng 3 lần được công nhận Chiến sĩ thi đua cấp tỉnh và được Thủ tướng Chính phủ tặng Bằng khen năm 2020.")
    assert [(a.award_label, a.recipient.name) for a in f.awards] == [
        ("Nhà giáo Ưu tú", "Phạm Thị Lan"), ("Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Phạm Thị Lan"),
        ("Bằng khen của Thủ tướng Chính phủ", "Phạm Thị Lan")]
    g = facts_of("Công ty Cổ phần Cao su Phước Hòa tổ chức Lễ kỷ niệm 40 năm ngày thành lập.",
                 "Năm học 2021 - 2022, Trường Mầm non Phước Hòa của Công ty được UBND tỉnh Bình Dương tặng Cờ thi đua.")
    assert [(a.recipient.label, a.period) for a in g.awards] == [("Trường Mầm non Phước Hòa", "2021 - 2022")]


def test_a_document_cited_with_its_title_is_also_labelled_as_reports_cite_it(tmp_path):
    path = tmp_path / "nq.txt"
    path.write_text("Học tập Nghị quyết\n7/28/2024 8:00:00 AM\nTin tức\nCác đơn vị thực hiện Nghị quyết Trung ương 4 khóa XII về "
                    "“Tăng cường xây dựng, chỉnh đốn Đảng” và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n",
                    encoding="utf-8")
    src = ReportLoader().read(path)
    alt = {str(o) for s, p, o in src.triples if str(p).endswith("core#altLabel")}
    assert "Nghị quyết Trung ương 4 khóa XII về “Tăng cường xây dựng, chỉnh đốn Đảng”" in alt


def test_a_title_ending_in_its_body_s_head_and_no_body_inside_a_title():
    f = facts_of("Dự hội nghị có ông Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng; ông Phạm Gia Túc, Phó Trưởng Ban Thường trực "
                 "Ban Tổ chức Trung ương.")
    assert posts_of(f) == {"Lê Minh Hưng": [("Chánh Văn phòng", "Văn phòng Trung ương Đảng")],
                           "Phạm Gia Túc": [("Phó Trưởng Ban Thường trực", "Ban Tổ chức Trung ương")]}
    g = facts_of("Tặng Bằng khen cho bà Đinh Thị Hương, Trạm trưởng Trạm Y tế xã Dân Hóa.")
    assert posts_of(g) == {"Đinh Thị Hương": [("Trạm trưởng", "Trạm Y tế xã Dân Hóa")]}
    assert not any(o.label.startswith("Ban Thường trực") for o in f.orgs.values())


def test_the_host_of_a_ceremony_receives_nothing_the_report_gives_to_another_body():
    f = facts_of("Ngày 10/10, Uỷ ban nhân dân huyện Đông Anh (Hà Nội) tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.",
                 "Đồng chí Trần Sỹ Thanh trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và Nhân dân huyện Đông Anh.")
    assert [a.recipient.label for a in f.awards] == ["Huyện Đông Anh"]  # (not the committee that held the ceremony)
    assert "Hà Nội" not in [p.name for p in f.persons.values()]  # (a place in brackets)
    g = facts_of("Sáng 14/10, Công ty Cổ phần Sông Lam tổ chức Lễ kỷ niệm 55 năm thành lập và đón nhận Huân chương Lao động "
                 "hạng Nhì.", "Ông Nguyễn Văn Đệ trao Huân chương Lao động hạng Nhì cho Công ty Cổ phần Sông Lam và Công đoàn Công ty.")
    assert [a.recipient.label for a in g.awards] == ["Công ty Cổ phần Sông Lam", "Công đoàn Công ty Cổ phần Sông Lam"]


def test_units_listed_before_the_department_they_belong_to():
    f = facts_of("Sáng 28/8, Sở Tư pháp tỉnh Bình Dương tổ chức Lễ kỷ niệm.",
                 "Ông Võ Văn Minh trao Bằng khen của Bộ trưởng Bộ Tư pháp cho Phòng Hành chính tư pháp, Phòng Bổ trợ tư pháp thuộc "
                 "Sở Tư pháp và 5 cá nhân.")
    assert [a.recipient.label for a in f.awards] == [
        "Phòng Hành chính tư pháp Sở Tư pháp tỉnh Bình Dương", "Phòng Bổ trợ tư pháp Sở Tư pháp tỉnh Bình Dương", "5 cá nhân"]


def test_a_unit_holding_a_ceremony_with_its_command_named_after_a_comma_receives_the_title():
    f = facts_of("Ngày 25/4, tại Hải Phòng, Lữ đoàn 147, Vùng 1 Hải quân tổ chức Lễ kỷ niệm 45 năm Ngày truyền thống và đón nhận "
                 "danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert [(a.award_label, a.recipient.label) for a in f.awards] == [("Anh hùng Lực lượng vũ trang nhân dân", "Lữ đoàn 147")]


def test_an_occasion_names_no_organizer_a_medal_s_giver_after_its_name_and_a_one_word_department():
    f = facts_of("Ngày 14/10, nhân kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam, Hội Nông dân tỉnh Nghệ An tổ chức Lễ tôn vinh "
                 "nông dân sản xuất, kinh doanh giỏi năm 2024.")
    assert [e.organizer.label for e in f.events] == ["Hội Nông dân tỉnh Nghệ An"]
    g = facts_of("Sở Y tế tỉnh Cà Mau tổ chức Lễ trao Kỷ niệm chương Vì sức khỏe nhân dân của Bộ trưởng Bộ Y tế cho 50 cán bộ y tế.",
                 "Dịp này, BS.CKI Phạm Thị Ngọc, Trưởng khoa Nhi, Bệnh viện Sản - Nhi Cà Mau được phong tặng danh hiệu Thầy thuốc "
                 "Ưu tú.")
    assert [(a.name, giver_of(a.conferred_by)) for a in g.awards][0] == ("Kỷ niệm chương Vì sức khỏe nhân dân", "Bộ trưởng Bộ Y tế")
    assert posts_of(g) == {"Phạm Thị Ngọc": [("Trưởng khoa", "Khoa Nhi Bệnh viện Sản - Nhi tỉnh Cà Mau")]}


def test_badges_listed_without_their_verb_a_ward_s_committee_named_bare_and_a_flag_named_with_its_giver():
    f = facts_of("Sáng 3/2, Đảng ủy phường Trường Thi, thành phố Vinh tổ chức Lễ trao Huy hiệu Đảng.",
                 "Đồng chí Lê Văn Nam, Bí thư Đảng ủy phường trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Nguyễn Văn Hải; Huy hiệu "
                 "50 năm tuổi Đảng cho đồng chí Trần Thị Mai và Huy hiệu 40 năm tuổi Đảng cho 5 đồng chí.")
    assert posts_of(f)["Lê Văn Nam"] == [("Bí thư", "Đảng ủy phường Trường Thi")]
    assert [(a.award_label, recipient_of(a)) for a in f.awards] == [
        ("Huy hiệu 60 năm tuổi Đảng", "Nguyễn Văn Hải"), ("Huy hiệu 50 năm tuổi Đảng", "Trần Thị Mai"),
        ("Huy hiệu 40 năm tuổi Đảng", "5 đồng chí")]
    g = facts_of("Ông Nguyễn Đình Khang, Chủ tịch Tổng Liên đoàn Lao động Việt Nam trao Cờ thi đua của Ban Chấp hành Tổng Liên đoàn "
                 "Lao động Việt Nam cho Công đoàn Đường sắt Việt Nam.")
    assert [(a.award_label, giver_of(a.conferred_by)) for a in g.awards] == [
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Tổng Liên đoàn Lao động Việt Nam")]  # (by its committee)


def test_an_html_page_s_lead_in_a_classed_block_is_read_once_with_its_paragraphs(tmp_path):
    page = tmp_path / "bai-viet.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trao Huân chương - Báo Nghệ An</title></head><body>'
        '<header><ul><li>Thời sự</li></ul></header><div class="detail"><h1>Trao Huân chương cho Trường Đại học Vinh</h1>'
        '<time datetime="2024-10-18T09:00:00+07:00">18/10/2024</time>'
        '<div class="sapo"><strong>Sáng 18/10, Trường Đại học Vinh tổ chức Lễ kỷ niệm 65 năm thành lập.</strong></div>'
        '<p class="lead">Dự buổi lễ có đồng chí Nguyễn Kim Sơn, Bộ trưởng Bộ Giáo dục và Đào tạo.</p>'
        '<div class="content"><p>Bộ trưởng trao Huân chương Lao động hạng Nhất cho Trường.</p></div></div>'
        '<footer>© Báo Nghệ An</footer></body></html>', encoding="utf-8")
    r = read_report(page)
    assert (r.title, r.published.isoformat()) == ("Trao Huân chương cho Trường Đại học Vinh", "2024-10-18T09:00:00")
    assert r.body == ["Sáng 18/10, Trường Đại học Vinh tổ chức Lễ kỷ niệm 65 năm thành lập.",
                      "Dự buổi lễ có đồng chí Nguyễn Kim Sơn, Bộ trưởng Bộ Giáo dục và Đào tạo.",
                      "Bộ trưởng trao Huân chương Lao động hạng Nhất cho Trường."]


def test_a_note_in_brackets_before_a_title_a_business_association_and_an_event_named_over_a_comma():
    f = facts_of("Tối 12/10, UBND tỉnh Hải Dương tổ chức Lễ tuyên dương doanh nghiệp, doanh nhân tiêu biểu năm 2024 nhân kỷ niệm "
                 "20 năm Ngày Doanh nhân Việt Nam.",
                 "Đồng chí Lê Ngọc Châu (thứ 3 từ trái sang), Chủ tịch UBND tỉnh trao Bằng khen cho các doanh nhân tiêu biểu.",
                 "Dịp này, Hiệp hội Doanh nghiệp tỉnh tặng Giấy khen cho 70 hội viên.")
    assert [e.name for e in f.events] == ["Lễ tuyên dương doanh nghiệp, doanh nhân tiêu biểu năm 2024"]
    assert posts_of(f) == {"Lê Ngọc Châu": [("Chủ tịch", "Ủy ban nhân dân tỉnh Hải Dương")]}
    assert [(a.award_label, giver_of(a.conferred_by)) for a in f.awards][-1] == ("Giấy khen", "Hiệp hội Doanh nghiệp tỉnh Hải Dương")


def test_a_provincial_centre_named_with_a_bare_tinh_before_the_next_item_of_a_list():
    f = facts_of("Chủ tịch UBND tỉnh Long An tặng Bằng khen cho Trung tâm Kiểm soát bệnh tật tỉnh và Trung tâm Y tế huyện Đức Hòa.")
    assert [a.recipient.label for a in f.awards] == ["Trung tâm Kiểm soát bệnh tật tỉnh Long An", "Trung tâm Y tế huyện Đức Hòa"]


def test_inspectorates_and_the_bodies_a_title_s_last_words_head():
    f = facts_of("UBND tỉnh Nghệ An tổ chức hội nghị.",
                 "Tới dự có ông Nguyễn Văn Hải, Chánh Thanh tra Bộ Y tế; bà Lê Thị Hoa, Chánh Thanh tra tỉnh; bà Trần Thị Hằng, "
                 "Chánh Văn phòng Tỉnh ủy.",
                 "Thanh tra Chính phủ tặng Bằng khen cho Thanh tra huyện Nam Đàn và Thanh tra Bộ Y tế.")
    assert posts_of(f) == {"Nguyễn Văn Hải": [("Chánh Thanh tra", "Thanh tra Bộ Y tế")],
                           "Lê Thị Hoa": [("Chánh Thanh tra", "Thanh tra tỉnh Nghệ An")],
                           "Trần Thị Hằng": [("Chánh Văn phòng", "Văn phòng Tỉnh ủy Nghệ An")]}
    assert [a.recipient.label for a in f.awards] == ["Thanh tra huyện Nam Đàn", "Thanh tra Bộ Y tế"]


def test_a_department_that_also_launches_a_campaign_for_a_period_after_its_scope():
    f = facts_of("UBND tỉnh Quảng Ninh phát động đợt thi đua cao điểm.",
                 "Sở Giáo dục và Đào tạo tỉnh cũng phát động phong trào “Dạy tốt, học tốt” trong toàn ngành giai đoạn 2025 - 2026.")
    assert [(c.name, c.launched_by.label, c.period) for c in f.campaigns] == [
        ("Dạy tốt, học tốt", "Sở Giáo dục và Đào tạo tỉnh Quảng Ninh", "2025 - 2026")]


def test_officers_listed_with_their_posts_by_semicolons_before_the_verb_all_receive():
    f = facts_of("Công an tỉnh Hà Tĩnh tổ chức hội nghị.",
                 "Thượng tá Nguyễn Văn Hùng, Phó Trưởng Công an huyện Kỳ Anh; Trung tá Lê Văn Nam, Trưởng Công an xã Kỳ Tân; Đại "
                 "úy Trần Thị Lan, cán bộ Phòng Tham mưu, Công an tỉnh được tặng Giấy khen.",
                 "Tới dự có Thượng tá Lê Văn Tâm, Phó Trưởng Công an huyện Kỳ Anh; Đại úy Hồ Thị Mai, cán bộ Phòng Tham mưu, Công "
                 "an tỉnh được tặng Giấy khen.")  # (the first an attendee)
    assert [a.recipient.name for a in f.awards] == ["Nguyễn Văn Hùng", "Lê Văn Nam", "Trần Thị Lan", "Hồ Thị Mai"]


def test_a_port_authority_named_with_a_city_whose_name_ends_in_a_head():
    f = facts_of("Dịp này, ông Hoàng Minh Tuấn, Giám đốc Cảng vụ Hàng hải Hải Phòng được tặng danh hiệu Chiến sĩ thi đua toàn quốc.")
    assert posts_of(f) == {"Hoàng Minh Tuấn": [("Giám đốc", "Cảng vụ Hàng hải Hải Phòng")]}


def test_a_bank_s_branch_in_a_province_named_by_its_shape():
    f = facts_of("Chủ tịch UBND tỉnh Nghệ An tặng Cờ thi đua cho Cục Thuế tỉnh, Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An và "
                 "Bưu điện tỉnh.")
    assert [a.recipient.label for a in f.awards] == [
        "Cục Thuế tỉnh Nghệ An", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An", "Bưu điện tỉnh Nghệ An"]


def test_event_days_said_as_yesterday_in_brackets_or_over_two_days():
    import datetime as dt
    published = dt.datetime(2024, 8, 13, 9)
    days = []
    for text in ("Sáng qua (25/3), UBND tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác thi đua năm 2024.",
                 "Trong 2 ngày 5 - 6/8, Sở Y tế tỉnh Nghệ An tổ chức Hội nghị sơ kết công tác thi đua.",
                 "Hôm qua, Sở Y tế tỉnh Nghệ An tổ chức Hội nghị sơ kết công tác thi đua.",
                 "Tối 10.8, Sở Y tế tỉnh Nghệ An tổ chức Lễ tuyên dương thầy thuốc trẻ."):  # (a day written with a dot)
        days += [e.date for e in extract(Report("t.txt", "0" * 64, "t", [text], published)).events]
    assert days == ["2024-03-25", "2024-08-05", "2024-08-12", "2024-08-10"]


def test_documents_take_no_date_or_issuer_of_the_one_cited_before_or_after_them():
    f = facts_of("Thực hiện Thông tư số 12/2019/TT-BNV ngày 4/11/2019 của Bộ Nội vụ, Sở Y tế tỉnh Nghệ An đã ban hành Hướng dẫn số "
                 "45/HD-SYT.",
                 "Căn cứ Nghị định số 98/2023/NĐ-CP, Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị và Chỉ thị 03, 05 của Ban Bí thư.")
    got = {d.number: (d.date, getattr(d.issuer, "label", None)) for d in f.documents}
    assert got == {"12/2019/TT-BNV": ("2019-11-04", "Bộ Nội vụ"), "45/HD-SYT": (None, "Sở Y tế tỉnh Nghệ An"),
                   "98/2023/NĐ-CP": (None, "Chính phủ"), "34-CT/TW": ("2014-04-07", "Bộ Chính trị"), "03": (None, "Ban Bí thư")}
    assert "Chính phủ" not in [o.label for o in f.orgs.values()]  # (implied by the decree's number, not named)


def test_an_order_pinned_to_a_body_s_flag_is_conferred_on_the_body_by_who_pins_it():
    f = facts_of("Ngày 2/9/2024, Bộ đội Biên phòng tỉnh Quảng Trị tổ chức Lễ đón nhận Huân chương Chiến công hạng Nhì.",
                 "Thừa ủy quyền của Chủ tịch nước, Trung tướng Lê Đức Thái, Tư lệnh Bộ đội Biên phòng đã gắn Huân chương Chiến công "
                 "hạng Nhì lên lá cờ truyền thống của Bộ đội Biên phòng tỉnh Quảng Trị.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name, a.event.name) == (
        "Bộ đội Biên phòng tỉnh Quảng Trị", "Lê Đức Thái", "Lễ đón nhận Huân chương Chiến công hạng Nhì")


def test_awards_given_on_the_same_occasion_are_given_at_the_report_s_event():
    f = facts_of("Sáng 5/10/2024, Công an tỉnh Hà Giang tổ chức Lễ kỷ niệm 65 năm Ngày truyền thống.",
                 "Cùng dịp, Phòng Cảnh sát giao thông được tặng Bằng khen của Bộ trưởng Bộ Công an.")
    [a] = f.awards
    assert (a.event.name, a.date) == ("Lễ kỷ niệm 65 năm Ngày truyền thống", "2024-10-05")


def test_a_submission_is_a_document_of_the_body_that_has_it():
    f = facts_of("Ban Thi đua - Khen thưởng Trung ương vừa có Tờ trình số 88/TTr-BTĐKT ngày 3/7/2024 đề nghị xét tặng danh hiệu "
                 "Anh hùng Lao động cho Công ty cổ phần Mía đường Sơn La; Sở Nội vụ gửi Báo cáo số 12/BC-SNV.")
    got = {d.number: (d.kind, d.date, getattr(d.issuer, "label", None)) for d in f.documents}
    assert got == {"88/TTr-BTĐKT": ("Tờ trình", "2024-07-03", "Ban Thi đua - Khen thưởng Trung ương"),
                   "12/BC-SNV": ("Báo cáo", None, None)}
    assert f.awards == []  # (proposed)
    assert "Công ty cổ phần Mía đường Sơn La" in [o.label for o in f.orgs.values()]


def test_a_company_named_after_its_product_keeps_the_product_s_lower_case_word():
    f = facts_of("Liên đoàn Lao động tỉnh Gia Lai tặng Bằng khen cho Công ty TNHH MTV Cà phê 705 và Công ty cổ phần Xi măng Sông Lam.")
    assert [recipient_of(a) for a in f.awards] == ["Công ty TNHH MTV Cà phê 705", "Công ty cổ phần Xi măng Sông Lam"]


def test_a_year_said_before_a_cluster_s_leader_holds_for_its_leader_and_deputy():
    f = facts_of("Khối thi đua các sở, ngành kinh tế tỉnh Nghệ An gồm 11 đơn vị, năm 2024 do Sở Công Thương làm Khối trưởng, Sở Xây "
                 "dựng làm Khối phó.")
    got = sorted((m.member.label, m.role, m.year) for m in f.memberships if m.role != "thành viên")
    assert got == [("Sở Công Thương tỉnh Nghệ An", "khối trưởng", "2024"), ("Sở Xây dựng tỉnh Nghệ An", "khối phó", "2024")]


def test_a_ceremony_announcing_a_decision_is_named_with_whose_decision_it_is():
    f = facts_of("Ngày 15/11/2024, tại Hà Nội, Bộ Y tế tổ chức Lễ công bố quyết định của Chủ tịch nước phong tặng danh hiệu Thầy "
                 "thuốc Nhân dân, Thầy thuốc Ưu tú lần thứ 15.")
    assert [e.name for e in f.events] == [
        "Lễ công bố quyết định của Chủ tịch nước phong tặng danh hiệu Thầy thuốc Nhân dân, Thầy thuốc Ưu tú lần thứ 15"]


def test_a_counted_group_named_with_its_body_is_the_group_alone():
    f = facts_of("Thường trực HĐND tỉnh Bình Phước tặng Giấy khen cho 12 đại biểu HĐND tỉnh.")
    assert [recipient_of(a) for a in f.awards] == ["12 đại biểu"]


def test_a_unit_named_again_without_its_owner_is_the_unit_named_with_it():
    f = facts_of("Đại tá Trần Văn Hải, Giám đốc Công an tỉnh Bắc Giang trao thưởng cho Đội Cảnh sát kinh tế Công an huyện Yên Thế.",
                 "Giám đốc Công an tỉnh cũng tặng Giấy khen cho 3 cán bộ Đội Cảnh sát kinh tế.")
    unit = [o for o in f.orgs.values() if o.label.startswith("Đội")]
    assert [(o.label, "Đội Cảnh sát kinh tế" in o.spellings) for o in unit] == [("Đội Cảnh sát kinh tế Công an huyện Yên Thế", True)]


def test_a_commander_of_the_region_the_report_is_about_holds_a_post_in_it():
    f = facts_of("Ngày 20/12/2024, Bộ Tư lệnh Quân khu 7 tổ chức Hội nghị tổng kết công tác quân sự, quốc phòng năm 2024.",
                 "Trung tướng Trần Hoài Trung, Tư lệnh Quân khu chủ trì hội nghị.")
    assert posts_of(f) == {"Trần Hoài Trung": [("Tư lệnh", "Quân khu 7")]}
    assert [e.name for e in f.events] == ["Hội nghị tổng kết công tác quân sự, quốc phòng năm 2024"]


def test_the_central_committee_of_an_association_named_alone_is_the_association_the_report_named():
    f = facts_of("Chiều 15/10/2024, Trung ương Hội Nông dân Việt Nam tổ chức Hội nghị biểu dương nông dân xuất sắc.",
                 "Hội Nông dân tỉnh Bến Tre nhận Bằng khen của Trung ương Hội.")
    [a] = f.awards
    assert (recipient_of(a), giver_of(a.conferred_by)) == ("Hội Nông dân tỉnh Bến Tre", "Hội Nông dân Việt Nam")


def test_an_army_wide_emulation_fighter_is_of_a_ministry_s_level_and_the_state_capital_committee_is_known():
    f = facts_of("Thiếu tá Lê Minh Đức được tặng danh hiệu Chiến sĩ thi đua toàn quân.",
                 "Dự có ông Nguyễn Văn Phúc, Phó Chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.")
    assert [a.award_label for a in f.awards] == ["Chiến sĩ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"]
    assert posts_of(f)["Nguyễn Văn Phúc"] == [("Phó Chủ tịch", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")]


def test_who_hands_over_an_award_given_in_the_sentence_before_presents_it():
    f = facts_of("Trung ương Đoàn TNCS Hồ Chí Minh tặng Kỷ niệm chương “Vì thế hệ trẻ” cho ông Lê Văn Toàn, Phó Chủ tịch UBND tỉnh Bình Thuận.",
                 "Anh Nguyễn Minh Triết, Bí thư thứ nhất Trung ương Đoàn trao Kỷ niệm chương và chúc mừng ông Lê Văn Toàn.",
                 "Ông Lê Văn Toàn được tặng Bằng khen. Bà Trần Thị Mai, Phó Chủ tịch UBND tỉnh trao Kỷ niệm chương cho em Lê Thị Hà.")
    got = [(recipient_of(a), getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("Lê Văn Toàn", "Nguyễn Minh Triết"), ("Lê Văn Toàn", None), ("Lê Thị Hà", "Trần Thị Mai")]


def test_a_city_named_after_its_province_does_not_hide_the_province_s_bodies():
    f = facts_of("Sở Nội vụ tỉnh Lâm Đồng tổ chức hội nghị.",
                 "Ông Võ Ngọc Hiệp, Phó Chủ tịch UBND tỉnh trao Bằng khen cho bà Lê Thị Hạnh, Phó Chủ tịch UBND phường 3, "
                 "thành phố Đà Lạt.")
    assert posts_of(f)["Võ Ngọc Hiệp"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng")]


def test_a_bank_s_branch_named_after_its_abbreviation_and_awards_handed_over_for_its_governor():
    f = facts_of("Ngày 10/1/2025, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam (Agribank) Chi nhánh tỉnh Nghệ An tổ chức "
                 "Hội nghị tổng kết năm 2024.",
                 "Thừa ủy quyền của Thống đốc Ngân hàng Nhà nước Việt Nam, ông Nguyễn Văn Bình, Giám đốc Ngân hàng Nhà nước Chi "
                 "nhánh tỉnh Nghệ An trao Cờ thi đua cho Agribank Chi nhánh tỉnh Nghệ An.")
    [a] = f.awards
    branch = "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh tỉnh Nghệ An"
    assert (recipient_of(a), giver_of(a.conferred_by), a.presented_by.name, a.award_label) == (
        branch, "Thống đốc Ngân hàng Nhà nước Việt Nam", "Nguyễn Văn Bình", "Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương")
    assert f.events[0].organizer.label == branch


def test_a_decision_s_title_on_the_line_after_its_heading():
    f = facts_of("ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN", "Số: 88/QĐ-UBND", "QUYẾT ĐỊNH",
                 "Về việc tặng Giấy khen cho các tập thể có thành tích trong phong trào thi đua năm 2024",
                 "Điều 1. Tặng Giấy khen cho Trường Tiểu học Nam Anh.")
    assert [recipient_of(a) for a in f.awards] == ["Trường Tiểu học Nam Anh"]
    assert f.documents[0].title == "tặng Giấy khen cho các tập thể có thành tích trong phong trào thi đua năm 2024"


def test_an_association_named_again_by_its_head_alone_receives():
    f = facts_of("Ngày 5/9/2024, Hội Người cao tuổi tỉnh Yên Bái tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.",
                 "Thay mặt lãnh đạo Đảng, Nhà nước, ông Trần Huy Tuấn, Chủ tịch UBND tỉnh trao Huân chương cho Hội.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name) == ("Hội Người cao tuổi tỉnh Yên Bái", "Trần Huy Tuấn")


def test_a_commune_s_name_ending_in_a_head_word_and_a_youth_union_of_a_commune():
    f = facts_of("Anh Phạm Văn Đức, Bí thư Đoàn xã Tân Hội và chị Lê Thị Na, Chủ tịch UBND phường Đông Phòng được tặng Bằng khen.")
    assert posts_of(f) == {"Phạm Văn Đức": [("Bí thư", "Đoàn xã Tân Hội")],
                           "Lê Thị Na": [("Chủ tịch", "Ủy ban nhân dân phường Đông Phòng")]}


def test_a_ceremony_honouring_a_quoted_title_is_named_with_it():
    f = facts_of("Tối 26/3/2025, Thành đoàn Hải Phòng tổ chức Lễ tuyên dương “Thanh niên sống đẹp” năm 2024.")
    assert [e.name for e in f.events] == ["Lễ tuyên dương “Thanh niên sống đẹp” năm 2024"]


def test_the_chair_of_the_council_named_again_by_its_head_alone():
    f = facts_of("Chiều 3/10/2024, Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam họp xét khen thưởng.",
                 "Đồng chí Trương Quốc Huy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng chủ trì phiên họp.",
                 "Ông Lê Văn Nam, Chủ tịch Hội đồng nhân dân xã Thanh Hà dự.")  # (a council named in full is that one)
    assert posts_of(f) == {"Trương Quốc Huy": [("Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
                                               ("Chủ tịch", "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam")],
                           "Lê Văn Nam": [("Chủ tịch", "Hội đồng nhân dân xã Thanh Hà")]}


def test_counted_groups_named_next_with_units_listed_with_their_owners():
    f = facts_of("Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể và 2 cá nhân thuộc Sở Y tế thành phố Cần Thơ.",
                 "Cụ thể, các tập thể được tặng Bằng khen gồm: Trung tâm Kiểm soát bệnh tật thành phố; Khoa Chống độc, Bệnh viện Đa "
                 "khoa thành phố Cần Thơ.",
                 "Các cá nhân gồm: BSCKII Lê Văn Tùng, Trưởng khoa Nội, Bệnh viện Nhi đồng; ThS Trần Thị Lụa, Phó Giám đốc Sở Y tế.")
    assert [recipient_of(a) for a in f.awards] == [
        "Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ", "Khoa Chống độc Bệnh viện Đa khoa thành phố Cần Thơ",
        "Lê Văn Tùng", "Trần Thị Lụa"]


def test_a_counted_group_named_in_the_next_sentence_s_conferral_of_the_same_award():
    f = facts_of("Sáng 27/7/2024, UBND huyện Duy Xuyên tổ chức Lễ truy tặng danh hiệu “Bà mẹ Việt Nam anh hùng” cho 2 mẹ.",
                 "Ông Trần Anh Tuấn, Phó Chủ tịch UBND tỉnh trao danh hiệu “Bà mẹ Việt Nam anh hùng” cho thân nhân các mẹ Lê Thị "
                 "Ba và Võ Thị Năm.",
                 "UBND huyện tặng Giấy khen cho 3 tập thể. Trường Tiểu học Duy Sơn được tặng Giấy khen.")  # (not as many)
    assert [recipient_of(a) for a in f.awards] == ["Lê Thị Ba", "Võ Thị Năm", "3 tập thể", "Trường Tiểu học Duy Sơn"]


def test_a_body_named_after_a_person_among_a_counted_group_of_individuals_is_theirs():
    f = facts_of("Ông Lê Văn Hải trao Bằng khen cho 3 cá nhân, trong đó có kỹ sư Trần Văn Quý, Công ty cổ phần Cảng Quy Nhơn.")
    assert [recipient_of(a) for a in f.awards] == ["3 cá nhân", "Trần Văn Quý"]


def test_bodies_taking_up_a_drive_named_before():
    f = facts_of("Bộ Xây dựng phát động đợt thi đua cao điểm “200 ngày đêm hoàn thành dự án” năm 2025.",
                 "Hưởng ứng đợt thi đua, Tổng công ty Xây dựng Hà Nội và Tập đoàn Sông Đà đã ký cam kết thi đua.")
    [c] = f.campaigns
    assert (c.launched_by.label, [o.label for o in c.adopted_by]) == (
        "Bộ Xây dựng", ["Tổng công ty Xây dựng Hà Nội", "Tập đoàn Sông Đà"])


def test_a_province_named_in_a_post_is_the_one_named_there_not_further_on():
    f = facts_of("Ngày 10/10/2024, tại tỉnh Lai Châu, ông Xay Xổm Phôm Vi Hản, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông Xa Lỳ đã trao "
                 "Huân chương Tự do hạng Nhì của Nhà nước Lào cho Bộ Chỉ huy Quân sự tỉnh Lai Châu và Huân chương Hữu nghị cho 3 "
                 "cá nhân.")
    assert "Tỉnh ủy Lai Châu" not in [o.label for o in f.orgs.values()]
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Bộ Chỉ huy Quân sự tỉnh Lai Châu", "Nhà nước Lào"), ("3 cá nhân", "Nhà nước Lào")]


def test_a_platoon_leader_s_units_named_one_after_another_are_one_unit_and_no_recipients():
    f = facts_of("Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho liệt sĩ Lê Văn Tám, nguyên Trung đội "
                 "trưởng, Đại đội 5, Tiểu đoàn 2, Trung đoàn 48 và phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho "
                 "Đồn Biên phòng Pa Thơm.")
    assert posts_of(f) == {"Lê Văn Tám": [("nguyên Trung đội trưởng", "Đại đội 5 Tiểu đoàn 2 Trung đoàn 48")]}
    assert [(recipient_of(a), a.presented_by) for a in f.awards] == [("Lê Văn Tám", None), ("Đồn Biên phòng Pa Thơm", None)]


def test_national_teams_sports_federations_and_a_coach_named_first_in_a_sentence():
    f = facts_of("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen cho đội tuyển bóng chuyền nữ quốc gia.",
                 "Ông Nguyễn Văn Phú, Chủ tịch Liên đoàn Bóng chuyền Việt Nam dự.",
                 "Huấn luyện viên Nguyễn Tuấn Kiệt được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert [recipient_of(a) for a in f.awards] == ["Đội tuyển bóng chuyền nữ quốc gia", "Nguyễn Tuấn Kiệt"]
    assert posts_of(f)["Nguyễn Văn Phú"] == [("Chủ tịch", "Liên đoàn Bóng chuyền Việt Nam")]


def test_a_rationale_that_tells_of_harm_says_nothing_of_whether_the_award_is_given():
    f = facts_of("Trung ương Đoàn trao Huy hiệu “Tuổi trẻ dũng cảm” cho em Lê Văn Hùng, học sinh Trường THCS Diễn Kim vì đã dũng cảm "
                 "cứu 3 em nhỏ bị đuối nước.",
                 "Sở Y tế thu hồi Giấy khen của ông Trần Văn Lâm vì bị kỷ luật.")
    [a] = f.awards
    assert (recipient_of(a), a.award_label, a.name) == (
        "Lê Văn Hùng", "Huy hiệu Tuổi trẻ dũng cảm", "Huy hiệu “Tuổi trẻ dũng cảm”")


def test_a_law_s_name_holds_one_comma_at_most():
    f = facts_of("Theo Luật Thi đua, khen thưởng, cá nhân bị kỷ luật thì bị thu hồi hiện vật; Luật Phòng, chống ma túy quy định rõ.")
    assert sorted(d.name for d in f.documents) == ["Luật Phòng, chống ma túy", "Luật Thi đua, khen thưởng"]


def test_who_hands_over_to_those_the_sentence_before_counted_presents_their_conferral():
    f = facts_of("Chiều 19/11/2024, Sở Giáo dục và Đào tạo tỉnh Đồng Nai tổ chức Lễ trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho "
                 "20 nhà giáo.",
                 "Ông Võ Tấn Đức, Chủ tịch UBND tỉnh trao Kỷ niệm chương cho các nhà giáo.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name) == ("20 nhà giáo", "Võ Tấn Đức")
    assert [e.name for e in f.events] == ["Lễ trao Kỷ niệm chương “Vì sự nghiệp giáo dục”"]


def test_a_title_the_scheme_does_not_list_is_an_award_named_by_its_quotation():
    f = facts_of("Tối 12/10/2024, UBND thành phố Hải Phòng tổ chức Lễ tuyên dương “Công dân Hải Phòng tiêu biểu” năm 2024.",
                 "Chủ tịch UBND thành phố Nguyễn Văn Tùng trao danh hiệu “Công dân Hải Phòng tiêu biểu” cho 5 cá nhân.",
                 "Các cá nhân được tuyên dương gồm: nhà giáo Lê Thị Mai, Trường Tiểu học Lê Lợi; bác sĩ Phạm Văn Hòa...",
                 "Trường THCS Hồng Bàng đạt danh hiệu “Tập thể lao động xuất sắc”.")  # (a title the scheme knows: its own)
    got = [(recipient_of(a), a.award_label, a.name) for a in f.awards]
    assert got == [("5 cá nhân", "Danh hiệu khác", "Công dân Hải Phòng tiêu biểu"),
                   ("Lê Thị Mai", "Danh hiệu khác", "Công dân Hải Phòng tiêu biểu"),
                   ("Phạm Văn Hòa", "Danh hiệu khác", "Công dân Hải Phòng tiêu biểu"),
                   ("Trường THCS Hồng Bàng", "Tập thể lao động xuất sắc", "Tập thể lao động xuất sắc")]


def test_who_hands_a_title_over_to_the_body_that_received_it_presents_it():
    f = facts_of("Ngày 1/6/2024, Tổng công ty Điện lực miền Bắc tổ chức Lễ kỷ niệm 55 năm Ngày thành lập.",
                 "Tại buổi lễ, Tổng công ty Điện lực miền Bắc vinh dự đón nhận danh hiệu Anh hùng Lao động.",
                 "Phó Thủ tướng Trần Hồng Hà trao danh hiệu cho Tổng công ty Điện lực miền Bắc.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name) == ("Tổng công ty Điện lực miền Bắc", "Trần Hồng Hà")


def test_items_of_a_decision_s_list_are_conferred_under_it():
    f = facts_of("Chủ tịch UBND tỉnh Bạc Liêu vừa ban hành Quyết định số 905/QĐ-UBND ngày 15/10/2024 khen thưởng các tập thể, cụ "
                 "thể như sau:", "- Tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể: Trung tâm Y tế huyện Hòa Bình và Trạm Y "
                 "tế xã Vĩnh Hậu.")
    assert [(recipient_of(a), a.decision.number, a.date) for a in f.awards] == [
        ("Trung tâm Y tế huyện Hòa Bình", "905/QĐ-UBND", "2024-10-15"), ("Trạm Y tế xã Vĩnh Hậu", "905/QĐ-UBND", "2024-10-15")]


def test_a_school_named_again_in_lower_case_after_cho_and_an_unlisted_prize_given_by_the_organisers():
    f = facts_of("Sáng 11/10/2024, Trường Đại học Vinh tổ chức Lễ kỷ niệm 65 năm Ngày thành lập.",
                 "Chủ tịch nước Lương Cường trao Huân chương Lao động hạng Nhất cho nhà trường.",
                 "Ban tổ chức đã trao Giải thưởng “Nhà khoa học trẻ tiêu biểu” cho 5 giảng viên.")
    got = [(recipient_of(a), a.award_label, a.name, getattr(a.presented_by, "name", None), a.event is f.events[0]) for a in f.awards]
    assert got == [("Trường Đại học Vinh", "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhất", "Lương Cường", True),
                   ("5 giảng viên", "Giải thưởng khác", "Giải thưởng “Nhà khoa học trẻ tiêu biểu”", None, True)]


def test_a_numbered_cluster_of_a_ministry_and_the_provinces_bodies_listed_by_province():
    f = facts_of("Ngày 22/12/2024, Cụm thi đua số 3 Bộ Công an tổ chức Hội nghị tổng kết phong trào Thi đua vì an ninh Tổ quốc "
                 "năm 2024.", "Cụm gồm Công an các tỉnh: Lạng Sơn, Cao Bằng và Bắc Kạn.")
    got = sorted((m.cluster.label, m.member.label) for m in f.memberships)
    assert got == [("Cụm thi đua số 3 Bộ Công an", "Công an tỉnh Bắc Kạn"), ("Cụm thi đua số 3 Bộ Công an", "Công an tỉnh Cao Bằng"),
                   ("Cụm thi đua số 3 Bộ Công an", "Công an tỉnh Lạng Sơn")]
    assert [e.name for e in f.events] == ["Hội nghị tổng kết phong trào Thi đua vì an ninh Tổ quốc năm 2024"]


def test_a_rank_then_a_degree_before_a_name():
    f = facts_of("Thiếu tướng, PGS.TS Nguyễn Văn Ba, Giám đốc Học viện Quân y phát biểu. Đại tá, TS Lê Văn Hải, Giám đốc Bệnh viện "
                 "Quân y 103 dự.")
    assert posts_of(f) == {"Nguyễn Văn Ba": [("Giám đốc", "Học viện Quân y")], "Lê Văn Hải": [("Giám đốc", "Bệnh viện Quân y 103")]}


def test_persons_described_by_their_work_and_listed_before_the_verb_all_receive():
    f = facts_of("Anh Trần Văn Toàn, công nhân Công ty TNHH Xây dựng Hòa Bình và anh Lê Minh Quang, tài xế tại quận Cầu Giấy đã "
                 "được Chủ tịch nước tặng thưởng Huân chương Dũng cảm.")
    assert [recipient_of(a) for a in f.awards] == ["Trần Văn Toàn", "Lê Minh Quang"]


def test_who_hands_over_the_kind_of_award_given_before_presents_it():
    f = facts_of("Ban Thường vụ Tỉnh ủy Hà Tĩnh tặng Bằng khen cho 30 tập thể.",
                 "Đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy trao Bằng khen cho các tập thể.")
    assert [(recipient_of(a), a.award_label, a.presented_by.name) for a in f.awards] == [
        ("30 tập thể", "Bằng khen của cấp ủy Đảng", "Hoàng Trung Dũng")]


def test_one_of_a_counted_group_named_after_the_rationale_receives_too():
    f = facts_of("Chủ tịch UBND tỉnh Gia Lai công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 20 cá nhân đã có thành tích tiêu "
                 "biểu năm 2023, trong đó có bà Lê Thị Thu, Phó Giám đốc Sở Nội vụ.")
    assert [recipient_of(a) for a in f.awards] == ["20 cá nhân", "Lê Thị Thu"]


def test_an_html_page_s_lead_beside_its_article_and_a_date_written_day_first(tmp_path):
    page = tmp_path / "tin.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trao Huân chương - Báo Thái Bình</title></head><body>'
        '<div class="main"><h1>Trao Huân chương cho Bệnh viện Nhi Thái Bình</h1>'
        '<span class="date">Thứ năm, 21/11/2024, 10:30 (GMT+7)</span>'
        '<p class="description">Sáng 20/11, Bệnh viện Nhi Thái Bình tổ chức Lễ kỷ niệm 50 năm thành lập.</p>'
        '<article class="fck_detail"><p class="Normal">Bộ trưởng Bộ Y tế trao Huân chương Lao động hạng Ba cho Bệnh viện.</p>'
        '</article></div><aside><p class="description">Tin liên quan khác</p></aside></body></html>', encoding="utf-8")
    r = read_report(page)
    assert r.published.isoformat() == "2024-11-21T10:30:00"
    assert r.body == ["Sáng 20/11, Bệnh viện Nhi Thái Bình tổ chức Lễ kỷ niệm 50 năm thành lập.",
                      "Bộ trưởng Bộ Y tế trao Huân chương Lao động hạng Ba cho Bệnh viện."]
    assert [e.date for e in extract(r).events] == ["2024-11-20"]


def test_a_company_named_with_its_group_s_brand_after_a_dash_and_named_again_without_it():
    f = facts_of("Sáng 8/7/2024, Công ty Than Mạo Khê - TKV tổ chức Lễ kỷ niệm 50 năm Ngày thành lập.",
                 "Ông Vũ Văn Hải, Giám đốc Công ty Than Mạo Khê cho biết, công ty đã khai thác 50 triệu tấn than.")
    assert posts_of(f) == {"Vũ Văn Hải": [("Giám đốc", "Công ty Than Mạo Khê - TKV")]}
    assert [o.label for o in f.orgs.values() if o.label.startswith("Công ty")] == ["Công ty Than Mạo Khê - TKV"]


def test_a_street_named_after_a_head_is_no_body_and_a_described_unit_s_owner_no_recipient():
    f = facts_of("Chủ tịch UBND thành phố tặng Bằng khen cho Thượng úy Nguyễn Đức Anh, cán bộ Đội Cảnh sát hình sự, Công an quận "
                 "Đống Đa vì đã cứu người trong vụ cháy tại phố Đội Cấn.")
    assert [recipient_of(a) for a in f.awards] == ["Nguyễn Đức Anh"]
    assert "Đội Cấn" not in [o.label for o in f.orgs.values()]


def test_one_unit_and_its_owner_after_a_comma_are_one_recipient():
    f = facts_of("Thừa ủy quyền của Chủ tịch nước, Bộ trưởng Bộ Công an trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho "
                 "Phòng Cảnh sát cơ động, Công an tỉnh Lai Châu.")
    assert [recipient_of(a) for a in f.awards] == ["Phòng Cảnh sát cơ động Công an tỉnh Lai Châu"]


def test_an_award_named_with_its_giver_then_handed_over_again_is_that_giver_s():
    f = facts_of("Chiều 5/6/2024, UBND huyện Bù Đăng tổ chức trao Bằng khen của Chủ tịch UBND tỉnh Bình Phước cho Công an xã Đức "
                 "Liễu.", "Ông Lê Văn Hùng, Chủ tịch UBND huyện trao Bằng khen cho 3 cá nhân.",
                 "Đồng chí Trần Tuệ Hiền, Bí thư Tỉnh ủy trao Huy hiệu và chúc mừng đồng chí Nguyễn Văn Tám.")
    got = [(recipient_of(a), giver_of(a.conferred_by), getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("Công an xã Đức Liễu", "Chủ tịch Ủy ban nhân dân tỉnh Bình Phước", None),
                   ("3 cá nhân", "Chủ tịch Ủy ban nhân dân tỉnh Bình Phước", "Lê Văn Hùng")]


def test_who_hands_a_party_badge_over_and_congratulates_its_recipient_presents_it():
    f = facts_of("Sáng 2/2/2025, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức Lễ trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Lê Văn Sơn.",
                 "Đồng chí Nguyễn Doãn Anh, Bí thư Tỉnh ủy đã trao Huy hiệu và chúc mừng đồng chí Lê Văn Sơn.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name) == ("Lê Văn Sơn", "Nguyễn Doãn Anh")


def test_a_cup_is_a_prize_named_as_written_and_a_campaign_called_for_at_its_launch_is_the_organiser_s():
    f = facts_of("Sáng 10/3/2025, UBND tỉnh Nam Định tổ chức Lễ phát động phong trào thi đua cao điểm năm 2025.",
                 "Phát biểu phát động, ông Phạm Đình Nghị, Chủ tịch UBND tỉnh kêu gọi hưởng ứng phong trào “Nam Định đổi mới”.",
                 "Ông Trần Lê Đoài, Phó Chủ tịch UBND tỉnh trao Cúp “Doanh nghiệp vì cộng đồng” cho 5 doanh nghiệp.")
    [c] = f.campaigns
    assert (c.name, c.launched_by.label) == ("Nam Định đổi mới", "Ủy ban nhân dân tỉnh Nam Định")
    assert [(recipient_of(a), a.award_label, a.name) for a in f.awards] == [
        ("5 doanh nghiệp", "Giải thưởng khác", "Cúp “Doanh nghiệp vì cộng đồng”")]


def test_a_counted_group_named_by_its_noun_in_a_list_after_a_colon_in_the_next_sentence():
    f = facts_of("Chiều 3/5/2024, Sở Văn hóa tỉnh Bắc Ninh tổ chức trao Quyết định của Chủ tịch nước phong tặng danh hiệu “Nghệ "
                 "nhân Ưu tú” cho 3 nghệ nhân quan họ.",
                 "Ông Vương Quốc Tuấn, Chủ tịch UBND tỉnh trao quyết định và chúc mừng các nghệ nhân: Nguyễn Thị Lựu, Lê Thị Nhị "
                 "và Trần Văn Tư.")
    got = [(recipient_of(a), a.award_label, a.presented_by.name) for a in f.awards]
    assert got == [(n, "Nghệ nhân Ưu tú", "Vương Quốc Tuấn") for n in ("Nguyễn Thị Lựu", "Lê Thị Nhị", "Trần Văn Tư")]


def test_one_award_from_two_givers_is_two_conferrals():
    f = facts_of("Ông Lê Văn Hải là thương binh. Ông đã được tặng 2 Bằng khen của Hội Cựu chiến binh Việt Nam.",
                 "Năm 2024, ông được UBND tỉnh Thanh Hóa tặng Bằng khen.",
                 "Bà Trần Thị Lan được tặng Bằng khen của UBND tỉnh Thanh Hóa. Chủ tịch UBND tỉnh Thanh Hóa trao Bằng khen cho bà "
                 "Trần Thị Lan.")  # (one body, as a body and as its chair: one)
    got = [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards]
    assert got == [("Lê Văn Hải", "Hội Cựu chiến binh Việt Nam"), ("Lê Văn Hải", "Ủy ban nhân dân tỉnh Thanh Hóa"),
                   ("Trần Thị Lan", "Ủy ban nhân dân tỉnh Thanh Hóa")]


def test_two_conferrals_of_one_award_to_one_recipient_from_two_givers_are_two_nodes(tmp_path):
    report = tmp_path / "tin.txt"
    report.write_text("Cựu chiến binh Lê Văn Hải\nÔng Lê Văn Hải đã được tặng Bằng khen của Hội Cựu chiến binh Việt Nam.\n"
                      "Năm 2024, ông được UBND tỉnh Thanh Hóa tặng Bằng khen.\n", encoding="utf-8")
    from rdflib import RDF

    from tdkt.ontology.namespace import TDKT
    triples = ReportLoader().read(report).triples
    conferrals = {s for s, p, o in triples if p == RDF.type and o == TDKT.AwardConferral}
    assert len(conferrals) == 2
    assert all(len({o for s, p, o in triples if s == c and p == TDKT.conferredBy}) == 1 for c in conferrals)


def test_a_minister_named_by_title_alone_gives_what_he_hands_over_earlier_not_at_the_ceremony():
    f = facts_of("Sáng 27/7/2024, Bộ Lao động - Thương binh và Xã hội tổ chức Lễ biểu dương người có công với cách mạng tiêu biểu.",
                 "Trước đó, Bộ trưởng Đào Ngọc Dung đã trao Kỷ niệm chương “Vì sự nghiệp Lao động - Thương binh và Xã hội” cho "
                 "ông Lê Văn Tư.")
    [a] = f.awards
    assert (giver_of(a.conferred_by), a.presented_by.name, a.event) == (
        "Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Đào Ngọc Dung", None)
    assert [e.name for e in f.events] == ["Lễ biểu dương người có công với cách mạng tiêu biểu"]


def test_an_agency_named_with_a_comma_between_its_duties():
    f = facts_of("Tổng Thanh tra Chính phủ trao Cờ thi đua của Chính phủ cho Cục Giải quyết khiếu nại, tố cáo và Thanh tra tỉnh "
                 "Bắc Giang.")
    assert [recipient_of(a) for a in f.awards] == ["Cục Giải quyết khiếu nại, tố cáo", "Thanh tra tỉnh Bắc Giang"]


def test_a_department_named_again_by_its_head_alone_receives_and_a_unit_with_a_comma_in_its_name():
    f = facts_of("Ngày 15/1/2025, Sở Tư pháp tỉnh Tây Ninh tổ chức Hội nghị tổng kết công tác tư pháp năm 2024.",
                 "Sở được Bộ trưởng Bộ Tư pháp tặng Cờ thi đua.",
                 "Ông Trần Văn Chiến, Phó Chủ tịch UBND tỉnh trao Bằng khen cho Phòng Phổ biến, giáo dục pháp luật.")
    assert [recipient_of(a) for a in f.awards] == ["Sở Tư pháp tỉnh Tây Ninh", "Phòng Phổ biến, giáo dục pháp luật Sở Tư pháp tỉnh Tây Ninh"]
    assert "Phòng Phổ biến, giáo dục pháp luật" in f.awards[1].recipient.spellings  # (the host's unit, as written)


def test_a_city_named_as_its_province_places_the_report_in_that_province():
    f = facts_of("Sáng 9/9/2024, UBND xã Hòa Phú, thành phố Buôn Ma Thuột tổ chức lễ.",  # (a city of another name: none)
                 "Sáng 9/9/2024, UBND phường Nghĩa Chánh, thành phố Quảng Ngãi tổ chức Lễ đón nhận Bằng công nhận.",
                 "Ông Trần Phước Hiền, Phó Chủ tịch UBND tỉnh trao Bằng khen cho phường.")
    assert posts_of(f)["Trần Phước Hiền"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")]


def test_who_hands_over_a_title_presents_the_title_only():
    f = facts_of("Ngày 1/6/2024, Tổng công ty Sông Đà đón nhận danh hiệu Anh hùng Lao động và Bằng khen của UBND tỉnh Hòa Bình.",
                 "Phó Thủ tướng Trần Lưu Quang trao danh hiệu cho Tổng công ty Sông Đà.")
    assert [(a.award_label, getattr(a.presented_by, "name", None)) for a in f.awards] == [
        ("Anh hùng Lao động", "Trần Lưu Quang"), ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", None)]


def test_a_table_of_recipients_in_an_html_page_is_a_list_one_item_a_row(tmp_path):
    page = tmp_path / "qd.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Khen thưởng phòng chống bão</title></head><body><article>'
        '<p>Chủ tịch UBND tỉnh Hải Phòng vừa ký Quyết định số 250/QĐ-UBND ngày 18/9/2024 tặng Bằng khen cho các tập thể sau:</p>'
        '<table><tr><th>STT</th><th>Tên tập thể</th></tr><tr><td>1</td><td>Công an thành phố Hải Phòng</td></tr>'
        '<tr><td>2</td><td>Công ty Điện lực Hải Phòng</td></tr></table></article></body></html>', encoding="utf-8")
    r = read_report(page)
    assert r.body[1:] == ["1. Công an thành phố Hải Phòng", "2. Công ty Điện lực Hải Phòng"]
    assert [recipient_of(a) for a in extract(r).awards] == ["Công an thành phố Hải Phòng", "Công ty Điện lực Hải Phòng"]


def test_a_power_or_telecom_unit_named_by_its_trade_and_province():
    f = facts_of("Ông Nguyễn Văn Hải, Giám đốc Điện lực Thanh Hóa và ông Lê Văn Nam, Giám đốc Viễn thông Hà Nội được tặng Bằng khen.",
                 "Ngành Điện lực Việt Nam kỷ niệm 70 năm Ngày truyền thống.")
    assert posts_of(f) == {"Nguyễn Văn Hải": [("Giám đốc", "Điện lực Thanh Hóa")], "Lê Văn Nam": [("Giám đốc", "Viễn thông Hà Nội")]}
    assert "Điện lực Việt Nam" not in [o.label for o in f.orgs.values()]


def test_a_commune_receives_and_a_district_s_chair_named_bare_is_of_the_district_named_before_a_person():
    f = facts_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Ngày 28/6/2024, UBND huyện Yên Thành tổ chức Đại hội Thi đua yêu nước lần thứ V; Chủ tịch UBND huyện Yên Thành Trần "
                 "Văn Hùng chủ trì.",
                 "Chủ tịch UBND huyện tặng Giấy khen cho 30 tập thể. Xã Công Thành được tặng Cờ thi đua của UBND tỉnh Nghệ An.")
    got = [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards]
    assert got == [("30 tập thể", "Chủ tịch Ủy ban nhân dân huyện Yên Thành"), ("Xã Công Thành", "Ủy ban nhân dân tỉnh Nghệ An")]
    assert not any("Xã Hội" in o.label for o in f.orgs.values())


def test_naval_units_and_regions_named_by_number():
    f = facts_of("Chuẩn Đô đốc Nguyễn Văn Bổng, Tư lệnh Vùng 2 Hải quân chủ trì hội nghị.",
                 "Lữ đoàn 125 và Hải đội 511 được Bộ Quốc phòng tặng Cờ thi đua.",
                 "Các tỉnh Vùng Đông Nam Bộ dự.")  # (a region, no body)
    assert posts_of(f) == {"Nguyễn Văn Bổng": [("Tư lệnh", "Vùng 2 Hải quân")]}
    assert [recipient_of(a) for a in f.awards] == ["Lữ đoàn 125", "Hải đội 511"]
    assert not any(o.label.startswith("Vùng Đông") for o in f.orgs.values())


def test_a_district_office_named_after_a_head_of_office_s_title_is_named_in_full():
    f = facts_of("Bà Lê Thị Hương, Trưởng phòng GD-ĐT thành phố Thái Bình được tặng Bằng khen.")
    assert posts_of(f) == {"Lê Thị Hương": [("Trưởng phòng", "Phòng Giáo dục và Đào tạo thành phố Thái Bình")]}


def test_a_governor_named_by_title_alone_in_a_report_about_the_state_bank_and_a_department_of_local_government():
    f = facts_of("Sáng 25/9/2024, Ngân hàng Nhà nước Việt Nam tổ chức Đại hội Thi đua yêu nước ngành Ngân hàng lần thứ VI.",
                 "Thống đốc Nguyễn Thị Hồng trao Cờ thi đua của Chính phủ cho Vụ Chính quyền địa phương.")
    assert posts_of(f) == {"Nguyễn Thị Hồng": [("Thống đốc", "Ngân hàng Nhà nước Việt Nam")]}
    assert [recipient_of(a) for a in f.awards] == ["Vụ Chính quyền địa phương"]


def test_a_list_under_a_heading_that_says_who_was_awarded_names_the_counted_groups():
    f = facts_of("Chủ tịch UBND tỉnh Ninh Bình vừa ký Quyết định số 22/QĐ-UBND ngày 1/7/2024 tặng Bằng khen cho 1 tập thể và 1 cá "
                 "nhân.", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN", "1. Phòng Cải cách hành chính, Sở Nội vụ;",
                 "2. Ông Nguyễn Văn An, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ.")
    assert [recipient_of(a) for a in f.awards] == ["Phòng Cải cách hành chính Sở Nội vụ tỉnh Ninh Bình", "Nguyễn Văn An"]


def test_a_city_s_committee_named_bare_in_a_report_about_one_city_of_a_province():
    f = facts_of("Sáng 9/9/2024, UBND xã Tân Lập, thành phố Thái Nguyên, tỉnh Thái Nguyên tổ chức Lễ đón nhận Bằng công nhận.",
                 "Dịp này, UBND thành phố tặng Giấy khen cho 10 tập thể.")
    assert [giver_of(a.conferred_by) for a in f.awards] == ["Ủy ban nhân dân thành phố Thái Nguyên"]


def test_a_national_council_and_a_road_management_area_are_bodies():
    f = facts_of("GS.TS Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương "
                 "phát biểu.", "Khu Quản lý đường bộ II được tặng Cờ thi đua của Bộ Giao thông vận tải.")
    assert posts_of(f)["Nguyễn Xuân Thắng"][-1] == ("Chủ tịch", "Hội đồng Lý luận Trung ương")
    assert [recipient_of(a) for a in f.awards] == ["Khu Quản lý đường bộ II"]


def test_who_was_saved_from_harm_says_nothing_of_whether_an_award_is_given():
    f = facts_of("Sáng 18/5/2024, UBND tỉnh Bắc Giang tổ chức Lễ tuyên dương các tập thể, cá nhân điển hình năm 2024.",
                 "Ông Lê Ánh Dương, Chủ tịch UBND tỉnh trao Bằng khen cho 100 cá nhân, trong đó có cháu Nguyễn Minh Khôi đã dũng "
                 "cảm cứu bạn bị đuối nước.", "Ông Trần Văn Hòa bị kỷ luật nên không được tặng Bằng khen.")
    assert [recipient_of(a) for a in f.awards] == ["100 cá nhân", "Nguyễn Minh Khôi"]
    assert [e.name for e in f.events] == ["Lễ tuyên dương các tập thể, cá nhân điển hình năm 2024"]


def test_among_a_counted_group_named_two_sentences_on_with_a_unit_whose_name_holds_commas():
    f = facts_of("Tối 22/10/2024, UBND thành phố Đà Nẵng tổ chức Lễ trao tặng danh hiệu “Công dân ưu tú” cho 10 cá nhân.",
                 "Chủ tịch UBND thành phố Lê Trung Chinh trao danh hiệu cho các cá nhân.",
                 "Trong số 10 cá nhân được vinh danh có Thượng úy Hồ Văn Tâm, cán bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu "
                 "nạn, cứu hộ, Công an thành phố và bác sĩ Lê Thị Thu, Bệnh viện Đà Nẵng.")
    got = [(recipient_of(a), getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("10 cá nhân", "Lê Trung Chinh"), ("Hồ Văn Tâm", None), ("Lê Thị Thu", None)]
    assert "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố Đà Nẵng" in [o.label for o in f.orgs.values()]
    # (read whole, commas and all, and the unit of the body after its last comma)


def test_a_joint_stock_company_abbreviated_ctcp_is_one_with_its_full_name():
    f = facts_of("UBND tỉnh tặng Bằng khen cho CTCP May Hưng Yên.", "Công ty cổ phần May Hưng Yên đã ủng hộ quỹ khuyến học.")
    assert [o.label for o in f.orgs.values() if "May" in o.label] == ["Công ty Cổ phần May Hưng Yên"]
    assert [recipient_of(a) for a in f.awards] == ["Công ty Cổ phần May Hưng Yên"]


def test_an_award_given_and_another_proposed_in_one_sentence():
    f = facts_of("UBND tỉnh Nghệ An tặng Bằng khen cho 10 tập thể và đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể.",
                 "Bộ Công Thương thu hồi Bằng khen đối với ông A; Huân chương, Huy chương và tiền thưởng (nếu có) đối với Tổng công "
                 "ty Sông Hồng sau khi có quyết định của Chủ tịch nước về việc thu hồi Huân chương.")  # (a revocation still)
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [("10 tập thể", "Ủy ban nhân dân tỉnh Nghệ An")]


def test_one_of_a_counted_group_said_after_it_receives_and_who_hands_the_prize_over_presents():
    f = facts_of("Sáng 5/5/2024, Tỉnh đoàn Quảng Ngãi tổ chức Lễ trao Giải thưởng Lý Tự Trọng cho 5 cán bộ Đoàn tiêu biểu.",
                 "Chị Nguyễn Thị Hoa, Bí thư Huyện đoàn Sơn Tịnh là một trong 5 cán bộ được nhận giải thưởng.",
                 "Anh Trần Văn Minh, Phó Bí thư Thường trực Tỉnh đoàn trao giải thưởng cho các cán bộ.")
    got = [(recipient_of(a), getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("5 cán bộ", "Trần Văn Minh"), ("Nguyễn Thị Hoa", "Trần Văn Minh")]  # (the prizes he handed over: hers too)


def test_a_host_placed_after_a_comma_receives_for_the_school_years_it_names():
    f = facts_of("Sáng 5/9/2024, Trường THCS Lê Lợi, quận 3, TP Hồ Chí Minh tổ chức Lễ khai giảng năm học mới và đón nhận Huân "
                 "chương Lao động hạng Ba của Chủ tịch nước vì đã có thành tích xuất sắc từ năm học 2018 - 2019 đến năm học 2022 - 2023.")
    [a] = f.awards
    assert (recipient_of(a), a.award_label, a.period) == ("Trường THCS Lê Lợi", "Huân chương Lao động hạng Ba", "2018 - 2023")


def test_an_html_page_s_blocks_of_related_articles_and_comments_are_no_text_of_it(tmp_path):
    page = tmp_path / "tin.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="pubdate" content="2024-07-12T09:00:00+07:00">'
        '<title>Trao Bằng khen</title></head><body><div class="content-detail"><h1>Trao Bằng khen công tác dân số</h1>'
        '<div class="summary">Chiều 11/7, Sở Y tế tỉnh Yên Bái tổ chức Lễ mít tinh hưởng ứng Ngày Dân số thế giới.</div>'
        '<div class="detail"><p>Chủ tịch UBND tỉnh tặng Bằng khen cho Trung tâm Y tế huyện Văn Yên.</p></div>'
        '<div class="box-related"><h3>Tin liên quan</h3><ul><li>Yên Bái tổng kết công tác y tế</li></ul></div>'
        '<div class="comment-list"><p>Bạn đọc Lê Văn A: bài viết hay.</p></div></div></body></html>', encoding="utf-8")
    r = read_report(page)
    assert r.body == ["Chiều 11/7, Sở Y tế tỉnh Yên Bái tổ chức Lễ mít tinh hưởng ứng Ngày Dân số thế giới.",
                      "Chủ tịch UBND tỉnh tặng Bằng khen cho Trung tâm Y tế huyện Văn Yên."]


def test_security_departments_named_with_lower_case_words():
    f = facts_of("Giám đốc Công an tỉnh trao Bằng khen cho Phòng An ninh kinh tế và Phòng An ninh nội địa.")
    assert [recipient_of(a) for a in f.awards] == ["Phòng An ninh kinh tế", "Phòng An ninh nội địa"]


def test_members_of_a_counted_group_listed_after_gom_with_the_honorifics_of_teachers():
    f = facts_of("Đồng chí Lò Văn Phúc đã trao danh hiệu Nhà giáo Ưu tú cho 2 nhà giáo của tỉnh, gồm: thầy Vàng Văn Dìn, "
                 "Hiệu trưởng Trường Tiểu học Bản Phố; cô Hà Thị Lụa, giáo viên Trường THCS Lũng Cú.")
    assert [recipient_of(a) for a in f.awards] == ["Vàng Văn Dìn", "Hà Thị Lụa"]


def test_a_university_school_named_with_lower_case_words_and_a_place_with_its_university_after_a_dash():
    f = facts_of("Ngày 13/3, tại Trường Đại học Sư phạm - Đại học Thái Nguyên, Khối thi đua các trường đại học, cao đẳng tỉnh "
                 "Thái Nguyên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
                 "UBND tỉnh tặng Cờ thi đua cho Trường Đại học Ngoại ngữ và Trường Đại học Bách khoa.")
    [ev] = f.events
    assert (ev.place, ev.organizer.label) == ("Trường Đại học Sư phạm - Đại học Thái Nguyên",
                                              "Khối thi đua các trường đại học, cao đẳng tỉnh Thái Nguyên")
    assert [recipient_of(a) for a in f.awards] == ["Trường Đại học Ngoại ngữ", "Trường Đại học Bách khoa"]


def test_who_hands_a_posthumous_title_to_the_kin_presents_it_and_a_commune_is_a_place():
    f = facts_of("Sáng 26/7, tại xã Hòa Phú, huyện Chư Păh, Bộ Chỉ huy Quân sự tỉnh Gia Lai tổ chức Lễ truy tặng danh hiệu Anh "
                 "hùng Lực lượng vũ trang nhân dân cho liệt sĩ Lê Văn Tám.",
                 "Đại tá Rơ Châm Thơm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đã trao danh hiệu cho thân nhân liệt sĩ.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name, f.events[0].place) == ("Lê Văn Tám", "Rơ Châm Thơm", "xã Hòa Phú")


def test_a_body_of_a_city_named_with_thanh_pho_in_lower_case_after_a_department_head():
    f = facts_of("Thứ trưởng trao Cờ thi đua của Chính phủ cho Cục Thuế thành phố Hà Nội và Cục Hải quan thành phố Hải Phòng.")
    assert [recipient_of(a) for a in f.awards] == ["Cục Thuế thành phố Hà Nội", "Cục Hải quan thành phố Hải Phòng"]


def test_the_state_treasury_is_known_and_its_regional_units_are_its_own():
    f = facts_of("Thứ trưởng trao Huân chương Lao động hạng Ba cho Kho bạc Nhà nước và Bằng khen cho Kho bạc Nhà nước "
                 "khu vực XI.")
    assert [recipient_of(a) for a in f.awards] == ["Kho bạc Nhà nước", "Kho bạc Nhà nước khu vực XI"]
    assert f.awards[0].recipient.iri is not None and f.awards[1].recipient.iri is None


def test_a_get_together_held_to_receive_an_order_is_the_event_and_its_host_receives():
    f = facts_of("Ngày 20/10, Hội LHPN tỉnh Sóc Trăng tổ chức họp mặt kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam và "
                 "đón nhận Huân chương Lao động hạng Nhất.")
    [ev], [a] = f.events, f.awards
    assert ev.name.startswith("Họp mặt kỷ niệm 95 năm") and ev.organizer.label == "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng"
    assert recipient_of(a) == "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng"


def test_a_nation_wide_body_named_with_a_district_is_the_district_s_and_its_province_s_two_spellings_are_one():
    f = facts_of("Chiều 2/4, Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh Bắc Kạn tổ chức Lễ phát động phong trào thi đua.",
                 "Dịp này, Ủy ban MTTQ tỉnh tặng Giấy khen cho 12 tập thể; Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam "
                 "tặng Bằng khen cho Ủy ban MTTQ huyện Ba Bể.")
    assert [(recipient_of(a), a.conferred_by.label) for a in f.awards] == [
        ("12 tập thể", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ba Bể", "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
    assert f.events[0].organizer.key == f.awards[0].conferred_by.key  # (one node in the graph)
    assert sorted(o.label for o in f.orgs.values() if "Mặt trận" in o.label) == [
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ba Bể",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_those_among_an_uncounted_noun_of_a_counted_group_receive_its_award():
    f = facts_of("Tại kỳ họp, Thường trực HĐND tỉnh Tây Ninh đã trao Bằng khen cho 8 đại biểu HĐND tỉnh có thành tích xuất sắc.",
                 "Trong số các đại biểu được khen thưởng có bà Trần Thị Thu Hà, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh.")
    assert [recipient_of(a) for a in f.awards] == ["8 đại biểu", "Trần Thị Thu Hà"]


def test_children_named_before_are_those_of_hai_em_and_2_em_given_an_award_later():
    f = facts_of("Thủ tướng Chính phủ tặng Bằng khen cho em Lò Văn Nam, học sinh lớp 9 Trường THCS Mường Lạn và em Quàng Thị "
                 "Xuân, học sinh lớp 8 cùng trường, đã dũng cảm cứu 3 em nhỏ bị đuối nước.",
                 "Trước đó, ngày 2/6, Chủ tịch UBND tỉnh Sơn La đã tặng Bằng khen cho hai em.",
                 "Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 2 em và 15 học sinh của trường.",
                 "Công an huyện tặng Giấy khen cho 3 em nhỏ.")
    got = [(recipient_of(a), a.award_label) for a in f.awards]
    assert got == [("Lò Văn Nam", "Bằng khen của Thủ tướng Chính phủ"), ("Quàng Thị Xuân", "Bằng khen của Thủ tướng Chính phủ"),
                   ("Lò Văn Nam", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
                   ("Quàng Thị Xuân", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
                   ("Lò Văn Nam", "Giấy khen"), ("Quàng Thị Xuân", "Giấy khen"), ("15 học sinh", "Giấy khen")]


def test_the_people_s_committee_of_a_listed_province_leading_its_cluster_is_the_province():
    f = facts_of("Cụm thi đua các tỉnh Bắc Trung Bộ gồm 3 tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh.",
                 "Ông Lê Văn Phương, Chủ tịch UBND tỉnh Hà Tĩnh, Cụm trưởng năm 2025 phát biểu.")
    assert [(m.member.label, m.role, m.year) for m in f.memberships if m.role != "thành viên"] == [("Tỉnh Hà Tĩnh", "khối trưởng", "2025")]


def test_items_of_a_decision_s_awards_listed_after_cu_the_one_a_paragraph_with_cho():
    f = facts_of("Chủ tịch nước vừa ký Quyết định số 312/QĐ-CTN ngày 18/3/2025 tặng thưởng Huân chương Lao động cho các tập thể, "
                 "cá nhân tỉnh Long An đã có thành tích xuất sắc trong công tác từ năm 2019 đến năm 2023, cụ thể:",
                 "- Huân chương Lao động hạng Nhì cho Sở Tài chính tỉnh Long An.",
                 "- Huân chương Lao động hạng Ba cho Trường THPT Tân An và ông Nguyễn Văn Út, Giám đốc Sở Xây dựng.",
                 "Lễ trao tặng sẽ được tổ chức vào dịp khác.")
    got = [(recipient_of(a), a.award_label, a.period, a.decision.number if a.decision else None) for a in f.awards]
    assert got == [("Sở Tài chính tỉnh Long An", "Huân chương Lao động hạng Nhì", "2019 - 2023", "312/QĐ-CTN"),
                   ("Trường THPT Tân An", "Huân chương Lao động hạng Ba", "2019 - 2023", "312/QĐ-CTN"),
                   ("Nguyễn Văn Út", "Huân chương Lao động hạng Ba", "2019 - 2023", "312/QĐ-CTN")]


def test_a_counted_group_followed_by_la_and_the_persons_it_is():
    f = facts_of("Thượng tá Hồ Văn Mười đã trao Bằng khen cho tập thể Công an xã Phú Lộc và 2 cá nhân là Đại úy Y Niê, Trưởng "
                 "Công an xã và Thượng úy Nguyễn Văn Hậu, Phó Trưởng Công an xã.",
                 "Công an tỉnh tặng Giấy khen cho 3 cá nhân là cán bộ Công an xã Phú Lộc.")
    assert [recipient_of(a) for a in f.awards] == ["Công an xã Phú Lộc", "Y Niê", "Nguyễn Văn Hậu", "3 cá nhân"]


def test_an_army_corps_of_economic_builders_binh_doan_is_a_body():
    f = facts_of("Đại tướng Phan Văn Giang đã trao Cờ thi đua của Chính phủ tặng Quân khu 7, Quân chủng Phòng không - Không quân "
                 "và Binh đoàn 12.")
    assert [recipient_of(a) for a in f.awards] == ["Quân khu 7", "Quân chủng Phòng không - Không quân", "Binh đoàn 12"]


def test_a_badge_named_in_straight_quotes_keeps_its_closing_quote_and_its_giver_after_it():
    f = facts_of('Tỉnh đoàn Bình Dương trao Huy hiệu "Tuổi trẻ dũng cảm" của Ban Chấp hành Trung ương Đoàn cho anh Nguyễn '
                 'Hoàng Phúc.')
    [a] = f.awards
    assert (a.name, a.conferred_by.label) == ('Huy hiệu "Tuổi trẻ dũng cảm"',
                                              "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")


def test_a_square_named_by_a_day_is_the_place():
    f = facts_of("Sáng 7/5, tại Quảng trường 7/5, thành phố Điện Biên Phủ, tỉnh Điện Biên tổ chức Lễ kỷ niệm 71 năm Chiến thắng "
                 "Điện Biên Phủ.")
    assert f.events[0].place == "Quảng trường 7/5"


def test_every_suspect_of_a_long_list_is_named_in_passing():
    f = facts_of("Phòng Cảnh sát hình sự bắt giữ 4 đối tượng gồm Nguyễn Văn Tuấn (SN 1990), Trần Văn Long (SN 1995), Lê Văn "
                 "Hòa (SN 1988) và Phạm Văn Chiến (SN 1999), cùng trú tại tỉnh Bắc Giang.",
                 "Đại tá Nguyễn Văn Bình, Giám đốc Công an tỉnh và ông Lê Văn Hòa, Chủ tịch UBND huyện dự lễ.")
    assert sorted(p.name for p in f.persons.values()) == ["Lê Văn Hòa", "Nguyễn Văn Bình"]


def test_two_awards_joined_before_cho_are_both_the_recipient_s():
    f = facts_of("Ông Nguyễn Hùng Nam đã trao Huân chương Lao động hạng Ba và Bằng khen của Thủ tướng Chính phủ cho bà Đỗ Thị "
                 "Hà, Giám đốc Sở Tư pháp.",
                 "Đại sứ trao Huân chương và Kỷ niệm chương cho ông Trương Văn Khải.")  # (an order unnamed: said again)
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [
        ("Đỗ Thị Hà", "Huân chương Lao động hạng Ba"), ("Đỗ Thị Hà", "Bằng khen của Thủ tướng Chính phủ"),
        ("Trương Văn Khải", "Kỷ niệm chương")]


def test_groups_of_bodies_and_persons_counted_in_words():
    f = facts_of("Giám đốc Sở Tư pháp tặng Giấy khen cho hai tập thể và năm cá nhân thuộc Sở.",
                 "Hai sinh viên được Chủ tịch UBND tỉnh tặng Bằng khen.")  # (two named before, again)
    assert [(recipient_of(a), a.recipient.count) for a in f.awards] == [("hai tập thể", 2), ("năm cá nhân", 5)]


def test_the_border_guard_s_command_is_a_known_body_and_a_province_s_command_and_its_soldiers_are_not_it():
    f = facts_of("Thiếu tướng Nguyễn Anh Tuấn, Phó Tư lệnh Bộ đội Biên phòng trao Bằng khen cho Bộ Chỉ huy Bộ đội Biên phòng "
                 "tỉnh Kiên Giang.", "Cán bộ, chiến sĩ bộ đội Biên phòng đã giúp dân.")
    assert posts_of(f) == {"Nguyễn Anh Tuấn": [("Phó Tư lệnh", "Bộ đội Biên phòng")]}
    assert [recipient_of(a) for a in f.awards] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang"]
    assert sorted(o.label for o in f.orgs.values()) == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "Bộ đội Biên phòng"]


def test_who_reads_out_the_decision_and_hands_over_the_order_presents_it():
    f = facts_of("Ngày 2/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức Lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.",
                 "Thiếu tướng Nguyễn Anh Tuấn, Phó Tư lệnh Bộ đội Biên phòng đã công bố Quyết định số 1876/QĐ-CTN ngày 10/10/2025 "
                 "của Chủ tịch nước và trao Huân chương cho đơn vị.")
    [a] = f.awards
    assert (recipient_of(a), a.presented_by.name, a.conferred_by.label) == (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "Nguyễn Anh Tuấn", "Chủ tịch nước")


def test_a_cluster_of_a_ministry_s_departments_named_with_two_heads_and_departments_named_in_lower_case():
    f = facts_of("Chiều 29/12, Khối thi đua các Tổng cục, Cục quản lý nhà nước thuộc Bộ Nông nghiệp và Môi trường tổ chức "
                 "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.",
                 "Năm 2025, Cục Chăn nuôi và Thú y là Trưởng khối, Cục Trồng trọt và Bảo vệ thực vật là Phó khối.")
    cluster = "Khối thi đua các Tổng cục, Cục quản lý nhà nước thuộc Bộ Nông nghiệp và Môi trường"
    assert f.events[0].organizer.label == cluster
    assert [(m.cluster.label, m.member.label, m.role) for m in f.memberships] == [
        (cluster, "Cục Chăn nuôi và Thú y", "khối trưởng"), (cluster, "Cục Trồng trọt và Bảo vệ thực vật", "khối phó")]


def test_the_head_of_a_national_assembly_delegation_written_in_lower_case_or_after_a_surname_like_head():
    f = facts_of("Dự có đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy Hà Tĩnh, Trưởng đoàn ĐBQH tỉnh; bà Lê Thị Hoa, Phó Trưởng đoàn "
                 "chuyên trách Đoàn ĐBQH tỉnh Hà Tĩnh.")
    assert posts_of(f) == {"Hoàng Trung Dũng": [("Bí thư", "Tỉnh ủy Hà Tĩnh"), ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")],
                           "Lê Thị Hoa": [("Phó Trưởng đoàn chuyên trách", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")]}


def test_a_national_team_named_again_and_players_and_members_counted():
    f = facts_of("Đội tuyển bóng đá nữ Việt Nam vừa được Chủ tịch nước tặng Huân chương Lao động hạng Nhất.",
                 "Phó Thủ tướng Chính phủ Mai Văn Chính đã trao Huân chương Lao động hạng Nhất cho đội tuyển và Huân chương Lao "
                 "động hạng Ba cho huấn luyện viên trưởng Mai Đức Chung.",
                 "Thủ tướng Chính phủ cũng tặng Bằng khen cho 23 cầu thủ và 8 thành viên ban huấn luyện.")
    got = [(recipient_of(a), getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("Đội tuyển bóng đá nữ Việt Nam", "Mai Văn Chính"), ("Mai Đức Chung", "Mai Văn Chính"),
                   ("23 cầu thủ", None), ("8 thành viên", None)]


def test_a_cluster_of_provincial_police_listed_after_a_count_of_provinces():
    f = facts_of("Cụm thi đua số 2 Bộ Công an tổ chức Hội nghị ký kết giao ước thi đua năm 2025.",
                 "Cụm gồm Công an 3 tỉnh: Thái Bình, Nam Định và Ninh Bình.")
    assert [(m.member.label, m.role) for m in f.memberships] == [
        ("Công an tỉnh Thái Bình", "thành viên"), ("Công an tỉnh Nam Định", "thành viên"), ("Công an tỉnh Ninh Bình", "thành viên")]
    assert not any("3 tỉnh" in o.label for o in f.orgs.values())


def test_a_bank_branch_holding_a_conference_to_receive_a_flag_receives_it_and_is_named_again_as_the_branch():
    f = facts_of("Sáng 19/4, Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Sơn La tổ chức Hội nghị tổng kết hoạt động năm "
                 "2024 và đón nhận Cờ thi đua của Chính phủ.",
                 "Thừa ủy quyền của Thủ tướng Chính phủ, ông Nguyễn Đức Hải đã trao Cờ thi đua của Chính phủ cho Chi nhánh.",
                 "Dịp này, Tổng Giám đốc NHCSXH tặng Bằng khen cho Phòng giao dịch NHCSXH huyện Mộc Châu.")
    got = [(recipient_of(a), a.award_label, getattr(a.presented_by, "name", None)) for a in f.awards]
    assert got == [("Ngân hàng Chính sách xã hội tỉnh Sơn La", "Cờ thi đua của Chính phủ", "Nguyễn Đức Hải"),
                   ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Mộc Châu", "Bằng khen", None)]


def test_households_of_farmers_counted_whole():
    f = facts_of("Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể, 10 hộ nông dân; UBND tỉnh tặng Bằng khen cho 30 hộ "
                 "dân và 4 hộ gia đình.")
    assert [(recipient_of(a), a.recipient.kind) for a in f.awards] == [
        ("5 tập thể", "collective"), ("10 hộ nông dân", "household"), ("30 hộ dân", "household"), ("4 hộ gia đình", "household")]


def test_a_khmer_surname_a_crew_counted_and_a_prize_given_by_who_holds_its_ceremony():
    f = facts_of("Chủ tịch UBND tỉnh Kiên Giang vừa ký quyết định tặng Bằng khen cho ông Danh Sơn, thuyền trưởng tàu cá KG 95123 TS "
                 "và 5 thuyền viên trên tàu.",
                 "Tối 28/4, Tổng Liên đoàn Lao động Việt Nam tổ chức Lễ trao Giải thưởng Nguyễn Đức Cảnh lần thứ VII cho 30 công nhân.")
    got = [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards]
    assert got == [("Danh Sơn", "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang"), ("5 thuyền viên", "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang"),
                   ("30 công nhân", "Tổng Liên đoàn Lao động Việt Nam")]


def test_a_unit_named_without_its_body_in_a_report_of_that_body_s_event_is_the_host_s():
    f = facts_of("Sáng 12/3, Công an tỉnh Quảng Ninh tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống lực lượng Cảnh sát nhân dân.",
                 "Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Cảnh sát giao thông và Đội Cảnh sát hình sự Công an huyện Tiên Yên.")
    assert [recipient_of(a) for a in f.awards] == ["Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh",
                                                   "Đội Cảnh sát hình sự Công an huyện Tiên Yên"]
    assert "Phòng Cảnh sát giao thông" in f.awards[0].recipient.spellings
    other = facts_of("Sáng 12/3, Công an tỉnh Nghệ An tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống lực lượng Cảnh sát nhân dân.",
                     "Giám đốc Công an tỉnh tặng Giấy khen cho Phòng Cảnh sát giao thông.")
    assert other.awards[0].recipient.key != f.awards[0].recipient.key  # (two provinces' departments, two nodes)


def test_a_mass_organization_s_own_award_is_decided_by_its_central_body_whoever_hands_it_over():
    f = facts_of("Tỉnh đoàn Bình Dương trao Huy hiệu Tuổi trẻ dũng cảm cho anh Nguyễn Hoàng Phúc.",
                 "Anh Lê Văn Hùng được trao Giải thưởng Lý Tự Trọng năm 2025.", "Chị Trần Thị Mai nhận Giải thưởng Phụ nữ Việt Nam.")
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Nguyễn Hoàng Phúc", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Lê Văn Hùng", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Trần Thị Mai", "Hội Liên hiệp Phụ nữ Việt Nam")]
    assert [o.label for o in f.orgs.values() if o.mentioned] == ["Tỉnh đoàn Bình Dương"]  # (implied, not named)


def test_an_office_of_the_reference_data_named_twice_is_one_post():
    f = facts_of("Phó Thủ tướng Thường trực Nguyễn Hòa Bình dự và chỉ đạo hội nghị.",
                 "Tại hội nghị, Phó Thủ tướng Thường trực Nguyễn Hòa Bình đã trao Cờ thi đua của Chính phủ cho Thanh tra tỉnh Đồng Nai.")
    assert posts_of(f) == {"Nguyễn Hòa Bình": [("Phó Thủ tướng thường trực", "Chính phủ")]}


def test_a_decision_s_text_its_annex_in_parts_its_signer_and_a_decree_dated_in_words():
    f = facts_of("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 812/QĐ-UBND", "QUYẾT ĐỊNH", "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh",
                 "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 01 tập thể và 01 cá nhân đã có thành tích xuất sắc (có danh "
                 "sách kèm theo).", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền",
                 "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN", "(Kèm theo Quyết định số 812/QĐ-UBND của Chủ tịch UBND tỉnh)",
                 "I. Tập thể", "1. UBND xã Tịnh Ấn Tây, huyện Sơn Tịnh.", "II. Cá nhân", "1. Ông Võ Văn Tâm, nông dân thôn Phú Lộc.")
    assert [recipient_of(a) for a in f.awards] == ["Ủy ban nhân dân xã Tịnh Ấn Tây", "Võ Văn Tâm"]
    assert posts_of(f)["Trần Phước Hiền"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    assert [d.date for d in f.documents if d.kind == "Nghị định"] == ["2023-12-31"]


def test_an_ede_man_s_name_after_a_title_and_its_body_and_not_a_school_of_medicine():
    f = facts_of("Chủ tịch UBND huyện Krông Pắc Y Ngông Niê trao Giấy khen cho 30 tập thể.",
                 "Bà Trần Thị Minh, Hiệu trưởng Trường Đại học Y Hà Nội dự lễ.")
    assert posts_of(f) == {"Y Ngông Niê": [("Chủ tịch", "Ủy ban nhân dân huyện Krông Pắc")],
                           "Trần Thị Minh": [("Hiệu trưởng", "Trường Đại học Y Hà Nội")]}
    assert giver_of(f.awards[0].conferred_by) == "Chủ tịch Ủy ban nhân dân huyện Krông Pắc"


def test_an_institute_named_again_by_its_head_in_a_post_chain_and_a_school_of_propaganda():
    f = facts_of("Sáng 15/9, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Lễ kỷ niệm 76 năm Ngày truyền thống.",
                 "Dự có đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện, Chủ tịch Hội đồng Lý luận Trung ương.",
                 "Học viện Báo chí và Tuyên truyền được tặng Huân chương Lao động hạng Nhất.")
    assert posts_of(f)["Nguyễn Xuân Thắng"] == [("Ủy viên", "Bộ Chính trị"), ("Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh"),
                                                ("Chủ tịch", "Hội đồng Lý luận Trung ương")]
    assert [recipient_of(a) for a in f.awards] == ["Học viện Báo chí và Tuyên truyền"]


def test_an_event_honouring_entrepreneurs_and_businesses_named_whole():
    f = facts_of("Tối 11/10, Hiệp hội Doanh nghiệp tỉnh Bình Dương tổ chức Lễ tôn vinh doanh nhân, doanh nghiệp tiêu biểu nhân kỷ niệm "
                 "21 năm Ngày Doanh nhân Việt Nam.")
    assert [e.name for e in f.events] == ["Lễ tôn vinh doanh nhân, doanh nghiệp tiêu biểu"]


def test_a_foreign_order_named_in_lower_case_words_before_its_state():
    f = facts_of("Đại sứ quán Nhật Bản tại Việt Nam trao Huân chương Mặt trời mọc của Nhà nước Nhật Bản cho ông Nguyễn Quốc Cường, "
                 "nguyên Thứ trưởng Bộ Ngoại giao.")
    [a] = f.awards
    assert (a.name, a.award_label, giver_of(a.conferred_by)) == ("Huân chương Mặt trời mọc", "Huân chương của nước ngoài",
                                                                 "Nhà nước Nhật Bản")


def test_a_district_chairman_named_after_his_office_is_no_district_and_a_street_named_after_a_person_is_no_person():
    f = facts_of("Chiều 23/12, UBND quận Hoàn Kiếm tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2025.",
                 "Tới dự có đồng chí Phạm Tuấn Long, Phó Bí thư Quận ủy, Chủ tịch UBND quận.",
                 "Tại hội nghị, Chủ tịch UBND quận Phạm Tuấn Long đã trao Giấy khen cho 45 tập thể.",
                 "Đoàn đã đến thăm phường Trần Hưng Đạo.")
    assert posts_of(f) == {"Phạm Tuấn Long": [("Phó Bí thư", "Quận ủy Hoàn Kiếm"), ("Chủ tịch", "Ủy ban nhân dân quận Hoàn Kiếm")]}
    [a] = f.awards
    assert (giver_of(a.conferred_by), a.presented_by.name) == ("Chủ tịch Ủy ban nhân dân quận Hoàn Kiếm", "Phạm Tuấn Long")
    assert not any("Phạm Tuấn Long" in o.label for o in f.orgs.values())


def test_a_province_a_district_or_a_commune_as_the_subject_that_received():
    f = facts_of("Năm 2025, tỉnh Nghệ An được Chính phủ tặng Cờ thi đua.",
                 "Năm 2025, huyện Nam Đàn được UBND tỉnh Nghệ An tặng Cờ thi đua xuất sắc.",
                 "Xã Tân Phú vinh dự được tặng Bằng khen của Chủ tịch UBND tỉnh Nghệ An.")
    assert [recipient_of(a) for a in f.awards] == ["Tỉnh Nghệ An", "Huyện Nam Đàn", "Xã Tân Phú"]
    assert f.awards[1].recipient.context == "Tỉnh Nghệ An"  # (a district of the report's province)


def test_an_event_honouring_models_of_a_quoted_movement_is_named_with_it():
    f = facts_of('Ngày 9/7, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức Hội nghị tuyên dương điển hình "Dân vận khéo" giai đoạn 2020 - 2025.')
    assert [e.name for e in f.events] == ['Hội nghị tuyên dương điển hình "Dân vận khéo" giai đoạn 2020 - 2025']


def test_a_power_company_s_district_units_are_bodies_of_the_report_s_province():
    f = facts_of("Ngày 7/2, tại TP Vinh, tỉnh Nghệ An, Công ty Điện lực Nghệ An tổ chức Hội nghị người lao động năm 2025.",
                 "Điện lực Nam Đàn và Điện lực Đô Lương được Công ty tặng Giấy khen.", "Ngành Điện lực Việt Nam phát triển.")
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Điện lực Nam Đàn", "Công ty Điện lực Nghệ An"), ("Điện lực Đô Lương", "Công ty Điện lực Nghệ An")]
    assert f.awards[0].recipient.context == "Tỉnh Nghệ An"


def test_the_command_of_a_coast_guard_region_is_named_whole():
    f = facts_of("Bộ trưởng Bộ Quốc phòng tặng Cờ thi đua cho Bộ Tư lệnh Vùng Cảnh sát biển 2 và Hải đoàn 42.")
    assert [recipient_of(a) for a in f.awards] == ["Bộ Tư lệnh Vùng Cảnh sát biển 2", "Hải đoàn 42"]


def test_the_coast_guard_s_commander_gives_as_its_commander():
    f = facts_of("Tư lệnh Cảnh sát biển tặng Bằng khen cho 25 tập thể.", "Vùng Cảnh sát biển 3 được tặng Cờ thi đua.")
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("25 tập thể", "Tư lệnh Cảnh sát biển Việt Nam"), ("Vùng Cảnh sát biển 3", None)]


def test_an_html_page_whose_story_is_text_and_line_breaks_in_one_block(tmp_path):
    page = tmp_path / "tin.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="pubdate" content="2025-09-03T10:00:00+07:00">'
        '<title>Trao Huân chương</title></head><body><div id="menu"><ul><li>Thời sự</li></ul></div><div id="main">'
        '<h1>Long An trao Huân chương Lao động cho 3 tập thể</h1><div class="side"><a href="#">Thủ tướng tặng Bằng khen cho '
        'nhiều tập thể của tỉnh Bình Dương</a></div><div class="post-content">Chiều 2/9, UBND tỉnh Long An tổ chức Lễ trao '
        'Huân chương Lao động.<br>Ông Nguyễn Văn Út, Chủ tịch UBND tỉnh đã trao <b>Huân chương Lao động hạng Ba</b> cho Sở '
        'Nội vụ.<br><em>Ông Nguyễn Văn Út trao Huân chương. Ảnh: Hoàng Anh</em><br>Bình luận</div></div></body></html>',
        encoding="utf-8")
    r = read_report(page)
    assert r.body == ["Thời sự", "Chiều 2/9, UBND tỉnh Long An tổ chức Lễ trao Huân chương Lao động.",
                      "Ông Nguyễn Văn Út, Chủ tịch UBND tỉnh đã trao Huân chương Lao động hạng Ba cho Sở Nội vụ."]
    # (not the headline of another article in a side block, nor a label; a caption that ends on its credit neither)


def test_a_cluster_of_associations_its_members_and_a_province_said_once_after_the_list():
    f = facts_of("Chiều 8/1, Khối thi đua các Hội đặc thù tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác thi đua năm 2024.",
                 "Khối thi đua gồm 5 đơn vị: Hội Văn học nghệ thuật, Liên hiệp các Hội Khoa học và Kỹ thuật, Hội Người mù, "
                 "Hội Đông y và Hội Khuyến học tỉnh.",
                 "Năm 2024, Hội Người mù tỉnh là Khối trưởng, Hội Đông y tỉnh là Khối phó.",
                 "Các đơn vị đã bầu Hội Khuyến học tỉnh làm Khối trưởng năm 2025.")
    cluster = "Khối thi đua các Hội đặc thù tỉnh Quảng Trị"
    assert [e.organizer.label for e in f.events] == [cluster]
    assert sorted((m.cluster.label, m.member.label, m.role, m.year) for m in f.memberships) == sorted([
        (cluster, "Hội Văn học nghệ thuật tỉnh Quảng Trị", "thành viên", None),
        (cluster, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Trị", "thành viên", None),
        (cluster, "Hội Người mù tỉnh Quảng Trị", "thành viên", None),
        (cluster, "Hội Đông y tỉnh Quảng Trị", "thành viên", None),
        (cluster, "Hội Khuyến học tỉnh Quảng Trị", "thành viên", None),
        (cluster, "Hội Người mù tỉnh Quảng Trị", "khối trưởng", "2024"),
        (cluster, "Hội Đông y tỉnh Quảng Trị", "khối phó", "2024"),
        (cluster, "Hội Khuyến học tỉnh Quảng Trị", "khối trưởng", "2025"),  # (not "Hội Khuyến học tỉnh làm Khối")
    ])


def test_a_province_said_once_after_a_list_is_not_given_to_a_body_of_another_kind_or_place():
    f = facts_of("Tới dự có đại diện Công ty Cổ phần Sông Đà, Hội Nông dân huyện Cam Lộ và Hội Luật gia tỉnh Quảng Trị.")
    assert {o.label for o in f.orgs.values()} >= {"Công ty Cổ phần Sông Đà", "Hội Nông dân huyện Cam Lộ",
                                                  "Hội Luật gia tỉnh Quảng Trị"}


def test_bodies_of_the_province_named_with_a_bare_province_word_receive_together():
    f = facts_of("Sáng 8/1, UBND tỉnh Nghệ An tổ chức hội nghị.",
                 "Dịp này, Hội Chữ thập đỏ tỉnh được UBND tỉnh tặng Cờ thi đua; Hội Nhà báo tỉnh và Hội Đông y tỉnh được "
                 "Chủ tịch UBND tỉnh tặng Bằng khen.")
    assert sorted((a.award_label, recipient_of(a)) for a in f.awards) == [
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Hội Nhà báo tỉnh Nghệ An"),
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Hội Đông y tỉnh Nghệ An"),
        ("Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Hội Chữ thập đỏ tỉnh Nghệ An"),
    ]


def test_one_of_a_counted_group_named_later_has_the_group_s_giver_year_and_event():
    f = facts_of("Ngày 5/2, Chủ tịch UBND tỉnh Bình Định ký Quyết định số 412/QĐ-UBND tặng danh hiệu Chiến sĩ thi đua cấp "
                 "tỉnh cho 12 cá nhân đã có thành tích tiêu biểu năm 2024.",
                 "Trong số các cá nhân được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh có ông Lê Văn Hòa, Trưởng phòng "
                 "Quản lý xây dựng Sở Xây dựng.")
    named = next(a for a in f.awards if recipient_of(a) == "Lê Văn Hòa")
    assert (giver_of(named.conferred_by), named.period, named.decision.number) == \
        ("Chủ tịch Ủy ban nhân dân tỉnh Bình Định", "2024", "412/QĐ-UBND")
    g = facts_of("Ngày 14/10, Hội Nông dân tỉnh Sóc Trăng tổ chức Hội nghị tuyên dương nông dân sản xuất, kinh doanh giỏi.",
                 "Tại hội nghị, Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 7 cá nhân.",
                 "Ông Danh Sóc, nông dân xã Phú Tân là một trong những cá nhân được nhận Bằng khen của Trung ương Hội.")
    named = next(a for a in g.awards if recipient_of(a) == "Danh Sóc")
    assert (giver_of(named.conferred_by), named.event.name) == \
        ("Hội Nông dân Việt Nam", "Hội nghị tuyên dương nông dân sản xuất, kinh doanh giỏi")


def test_units_and_a_body_named_whole_listed_before_the_body_they_belong_to():
    f = facts_of("Bộ trưởng Bộ Công an tặng Bằng khen cho Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế và Công an quận "
                 "Gò Vấp thuộc Công an TP Hồ Chí Minh vì đã có thành tích xuất sắc.")
    assert sorted(recipient_of(a) for a in f.awards) == [
        "Công an quận Gò Vấp", "Phòng Cảnh sát hình sự Công an thành phố Hồ Chí Minh",
        "Phòng Cảnh sát kinh tế Công an thành phố Hồ Chí Minh"]


def test_a_department_named_once_for_several_provinces_after_a_colon():
    f = facts_of("Phó Thủ tướng Lê Thành Long đã trao Cờ thi đua của Chính phủ cho Sở GD&ĐT các tỉnh: Nghệ An, Thanh Hóa và "
                 "Bắc Ninh.")
    assert sorted(recipient_of(a) for a in f.awards) == [
        "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh", "Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa"]


def test_a_physician_with_a_specialist_degree_and_a_personal_title_never_given_to_a_body():
    f = facts_of("Sáng 27/2, Bệnh viện Đa khoa tỉnh Quảng Nam tổ chức Lễ đón nhận Huân chương Lao động hạng Nhì.",
                 "Dịp này, bác sĩ CKII Trần Văn Thành, Giám đốc Bệnh viện được tặng danh hiệu Thầy thuốc Ưu tú.")
    assert [(recipient_of(a), a.award_label) for a in f.awards if a.award_label == "Thầy thuốc Ưu tú"] == \
        [("Trần Văn Thành", "Thầy thuốc Ưu tú")]
    g = facts_of("Dịp này, Giám đốc Bệnh viện Đa khoa tỉnh Quảng Nam được tặng danh hiệu Thầy thuốc Ưu tú.")
    assert [recipient_of(a) for a in g.awards] == []  # (the director, not named: not the hospital)


def test_one_named_among_a_counted_group_that_receives_a_title():
    f = facts_of("Dịp này, 5 nhà giáo được Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú, trong đó có cô giáo Lê Thị Mai, "
                 "Hiệu trưởng Trường THPT Lam Sơn.")
    assert sorted(recipient_of(a) for a in f.awards) == ["5 nhà giáo", "Lê Thị Mai"]


def test_the_labour_confederation_s_creative_labour_certificate():
    f = facts_of("Tại buổi lễ, ông Nguyễn Văn Lộc, Chủ tịch LĐLĐ tỉnh Bình Dương đã trao Bằng Lao động sáng tạo của Tổng Liên "
                 "đoàn Lao động Việt Nam cho kỹ sư Trần Minh Khoa.")
    assert [(a.award_label, recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == \
        [("Bằng Lao động sáng tạo", "Trần Minh Khoa", "Tổng Liên đoàn Lao động Việt Nam")]


def test_an_award_handed_over_at_the_ceremony_for_a_period_of_years_is_of_the_ceremony():
    f = facts_of("Sáng 1/1, UBND tỉnh Hậu Giang tổ chức Lễ kỷ niệm 20 năm thành lập tỉnh và đón nhận Huân chương Lao động hạng "
                 "Nhất.",
                 "Thừa ủy quyền của Chủ tịch nước, Chủ tịch Quốc hội Trần Thanh Mẫn đã trao Huân chương Lao động hạng Nhất cho "
                 "Đảng bộ, chính quyền và nhân dân tỉnh Hậu Giang vì đã có thành tích đặc biệt xuất sắc trong giai đoạn 2019 - 2023.",
                 "Năm 2015, Chủ tịch Quốc hội Trần Thanh Mẫn đã trao Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân "
                 "dân tỉnh Hậu Giang.")
    assert sorted((a.award_label, a.period, a.event and a.event.name) for a in f.awards) == [
        ("Huân chương Lao động hạng Nhì", None, None),  # (another year's: not at this ceremony)
        ("Huân chương Lao động hạng Nhất", "2019 - 2023",
         "Lễ kỷ niệm 20 năm thành lập tỉnh và đón nhận Huân chương Lao động hạng Nhất")]


def test_a_prize_named_again_by_its_kind_alone():
    f = facts_of("Tối 26/3, Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ trao Giải thưởng Lý Tự Trọng năm 2025.",
                 "Trong số 100 cán bộ được nhận giải thưởng có anh Hoàng Văn Nam, Bí thư Tỉnh đoàn Lạng Sơn và chị Lò Thị "
                 "Thanh, Bí thư Huyện đoàn Mường La.")
    assert sorted((a.award_label, recipient_of(a)) for a in f.awards) == [
        ("Giải thưởng Lý Tự Trọng", "Hoàng Văn Nam"), ("Giải thưởng Lý Tự Trọng", "Lò Thị Thanh")]
    g = facts_of("Tối 26/3, Trung ương Đoàn tổ chức Lễ trao Giải thưởng Lý Tự Trọng và Giải thưởng Sao Tháng Giêng.",
                 "Trong số 100 cán bộ được nhận giải thưởng có anh Hoàng Văn Nam, Bí thư Tỉnh đoàn Lạng Sơn.")
    assert g.awards == []  # (two prizes named: which one, the text does not say)


def test_veterans_and_red_cross_associations_abbreviated_with_their_province():
    f = facts_of("Ngày 15/12, Hội Cựu chiến binh (CCB) tỉnh Bến Tre tổ chức hội nghị tổng kết.",
                 "Hội CCB tỉnh Bến Tre và Hội CTĐ tỉnh Bến Tre được UBND tỉnh Bến Tre tặng Cờ thi đua.")
    assert sorted(recipient_of(a) for a in f.awards) == ["Hội Chữ thập đỏ tỉnh Bến Tre", "Hội Cựu chiến binh tỉnh Bến Tre"]
    assert {"Hội CCB tỉnh Bến Tre", "Hội Cựu chiến binh tỉnh Bến Tre"} <= f.orgs["hội cựu chiến binh tỉnh bến tre"].spellings


def test_a_foreign_order_handed_over_by_a_minister_of_that_state_is_the_state_s():
    f = facts_of("Ngày 9/9, tại TP Đông Hà, Bộ An ninh nhân dân Lào tổ chức Lễ trao Huân chương của Nhà nước Cộng hòa Dân chủ "
                 "Nhân dân Lào cho các tập thể, cá nhân Công an tỉnh Quảng Trị.",
                 "Thiếu tướng Khăm Phăn Phôm Ma Thắt, Thứ trưởng Bộ An ninh nhân dân Lào đã trao Huân chương Tự do hạng Nhất "
                 "cho Công an tỉnh Quảng Trị và Huân chương Hữu nghị cho Đại tá Nguyễn Văn Thanh, Giám đốc Công an tỉnh Quảng Trị.")
    assert sorted((recipient_of(a), giver_of(a.conferred_by)) for a in f.awards) == [
        ("Công an tỉnh Quảng Trị", "Nhà nước Lào"), ("Nguyễn Văn Thanh", "Nhà nước Lào")]  # (not "các tập thể, cá nhân")


def test_an_award_said_vaguely_then_to_those_named_gives_them_its_term():
    f = facts_of("Chiều 12/12/2024, HĐND tỉnh Quảng Bình đã tổ chức trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân "
                 "có thành tích xuất sắc trong hoạt động của HĐND tỉnh nhiệm kỳ 2021 - 2026.",
                 "Ông Trần Hải Châu, Chủ tịch HĐND tỉnh trao Bằng khen cho Ban Pháp chế HĐND tỉnh và bà Nguyễn Thị Thanh Hằng, "
                 "Phó Chủ tịch HĐND tỉnh.")
    assert sorted((recipient_of(a), a.period) for a in f.awards) == [
        ("Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Bình", "2021 - 2026"), ("Nguyễn Thị Thanh Hằng", "2021 - 2026")]


def test_a_centre_named_again_by_its_head_and_awards_told_one_after_another_at_the_ceremony():
    f = facts_of("Sáng 28/2, Trung tâm Y tế huyện Cần Giờ tổ chức Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam.",
                 "Dịp này, bà Tăng Chí Thượng, Giám đốc Sở Y tế TP Hồ Chí Minh trao Cờ thi đua của UBND TP Hồ Chí Minh cho "
                 "Trung tâm Y tế huyện Cần Giờ.",
                 "Bộ trưởng Bộ Y tế tặng Bằng khen cho bác sĩ Lê Văn Tám, Phó Giám đốc Trung tâm.",
                 "Năm 2020, Trung tâm được tặng Bằng khen của Thủ tướng Chính phủ.")
    assert posts_of(f)["Lê Văn Tám"] == [("Phó Giám đốc", "Trung tâm Y tế huyện Cần Giờ")]
    assert sorted((recipient_of(a), a.award_label, a.event and a.event.name) for a in f.awards) == [
        ("Lê Văn Tám", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam"),
        ("Trung tâm Y tế huyện Cần Giờ", "Bằng khen của Thủ tướng Chính phủ", None),  # (another year's)
        ("Trung tâm Y tế huyện Cần Giờ", "Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương",
         "Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam")]


def test_a_recipient_list_that_goes_on_past_a_semicolon_with_persons_and_their_titles():
    f = facts_of("Thượng tá Lò Văn Pọm, Phó Giám đốc Công an tỉnh Lai Châu đã trao Bằng khen của Chủ tịch UBND tỉnh cho Công an "
                 "huyện Mường Tè; Trung tá Pờ Xé Dế, Trưởng Công an huyện và Đại úy Hà Văn Tuấn, Đội trưởng Đội Cảnh sát hình sự "
                 "Công an huyện vì đã có thành tích xuất sắc trong phá chuyên án ma túy.")
    assert sorted(recipient_of(a) for a in f.awards) == ["Công an huyện Mường Tè", "Hà Văn Tuấn", "Pờ Xé Dế"]
    g = facts_of("Thượng tá Lò Văn Pọm đã trao Bằng khen của Chủ tịch UBND tỉnh cho Công an huyện Mường Tè; Trung tá Pờ Xé Dế, "
                 "Trưởng Công an huyện phát biểu cảm ơn.")
    assert [recipient_of(a) for a in g.awards] == ["Công an huyện Mường Tè"]  # (a clause of its own)


def test_a_former_minister_and_head_of_a_ministry_level_body():
    f = facts_of("Dự có ông Lê Văn An, nguyên Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ; ông Y Thông, nguyên Bộ trưởng, Chủ "
                 "nhiệm Ủy ban Dân tộc.")
    assert posts_of(f) == {"Lê Văn An": [("nguyên Chủ nhiệm", "Văn phòng Chính phủ")],
                           "Y Thông": [("nguyên Chủ nhiệm", "Ủy ban Dân tộc")]}


def test_a_city_s_party_committee_is_one_body_however_the_city_is_written():
    f = facts_of("Tối 14/10, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố Hà Nội tổ chức Lễ tôn vinh.",
                 "Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài trao danh hiệu cho 10 công dân.")
    assert {o.label for o in f.orgs.values() if o.label.startswith("Thành ủy")} == {"Thành ủy Hà Nội"}
    g = facts_of("Dự có đồng chí Nguyễn Văn Nên, Bí thư Thành ủy TP Hồ Chí Minh.")
    assert posts_of(g) == {"Nguyễn Văn Nên": [("Bí thư", "Thành ủy thành phố Hồ Chí Minh")]}  # (the city's name)


def test_the_labour_confederation_s_executive_committee_decides_its_awards():
    f = facts_of("Dịp này, Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho Công đoàn cơ sở Sở Tài chính tỉnh "
                 "Quảng Ngãi.")
    [a] = f.awards
    assert (a.award_label, giver_of(a.conferred_by)) == \
        ("Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương", "Tổng Liên đoàn Lao động Việt Nam")


def test_schools_of_natural_sciences_named_whole():
    f = facts_of("Thứ trưởng Phạm Ngọc Thưởng trao Bằng khen cho em Nguyễn Văn Hùng, học sinh Trường THPT chuyên Khoa học Tự "
                 "nhiên, Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Hà Nội.")
    assert {"Trường THPT chuyên Khoa học Tự nhiên Trường Đại học Khoa học Tự nhiên", "Trường Đại học Khoa học Tự nhiên"} \
        <= {o.label for o in f.orgs.values()}  # (each read whole; the school, in the pupil's description, the university's)


def test_a_steering_committee_named_with_its_quoted_campaign_and_no_event_inside_a_campaign_s_name():
    f = facts_of("Ngày 20/9, Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Long An tổ chức hội "
                 "nghị tổng kết.")
    assert [e.organizer.label for e in f.events] == \
        ["Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Long An"]
    g = facts_of("Ngày 2/1, Ban Thường vụ Tỉnh ủy Thanh Hóa phát động đợt thi đua cao điểm “Lập thành tích chào mừng Đại hội "
                 "Đảng bộ tỉnh lần thứ XXI” trong năm 2025.")
    assert g.events == [] and [c.name for c in g.campaigns] == ["Lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XXI"]


def test_a_campaign_launched_by_a_plan_its_committee_issued():
    f = facts_of("Ngày 2/1, Ban Thường vụ Tỉnh ủy Thanh Hóa ban hành Kế hoạch số 120-KH/TU phát động đợt thi đua “Lập thành "
                 "tích chào mừng năm mới”.")
    assert [(c.name, c.launched_by.label) for c in f.campaigns] == \
        [("Lập thành tích chào mừng năm mới", "Ban Thường vụ Tỉnh ủy Thanh Hóa")]


def test_a_military_service_named_again_by_its_head_with_its_commander():
    f = facts_of("Ngày 25/12, Quân chủng Hải quân tổ chức Hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2024.",
                 "Tại hội nghị, Tư lệnh Quân chủng tặng Bằng khen cho 20 tập thể.")
    [a] = f.awards
    assert giver_of(a.conferred_by) == "Tư lệnh Quân chủng Hải quân"


def test_awards_handed_over_to_recipients_after_den_and_a_title_honoured_with():
    f = facts_of("Giám đốc Sở Y tế tỉnh Nghệ An trao tặng Giấy khen đến 12 tập thể.",
                 "Bác sĩ Lê Thị Hòa được vinh danh với danh hiệu Thầy thuốc Ưu tú.",
                 "Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Tư pháp tỉnh Nghệ An vì thành tích từ năm 2020 đến năm 2024.")
    assert sorted((recipient_of(a), a.award_label) for a in f.awards) == [
        ("12 tập thể", "Giấy khen"), ("Lê Thị Hòa", "Thầy thuốc Ưu tú"),
        ("Sở Tư pháp tỉnh Nghệ An", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương")]


def test_an_html_page_s_author_from_its_metadata_or_its_byline(tmp_path):
    body = ("<article><h1>Trao Huân chương cho Trường Đại học Vinh</h1><p>Sáng 13/11, Phó Thủ tướng Lê Thành Long đã trao Huân "
            "chương Lao động hạng Nhất cho Trường Đại học Vinh.</p>{}</article>")
    byline = tmp_path / "byline.html"
    byline.write_text("<html><body>" + body.format("<p><strong>Thành Chung</strong></p>") + "</body></html>", encoding="utf-8")
    meta = tmp_path / "meta.html"
    meta.write_text('<html><head><meta name="author" content="Hoàng Lam"></head><body>' + body.format("") + "</body></html>",
                    encoding="utf-8")
    assert [(read_report(p).author, read_report(p).body[-1][-20:]) for p in (byline, meta)] == [
        ("Thành Chung", "Trường Đại học Vinh."), ("Hoàng Lam", "Trường Đại học Vinh.")]


def test_a_commune_placed_after_its_name_receives_and_a_title_handed_over_by_its_kind_alone():
    f = facts_of("Xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước vinh dự được Chủ tịch nước truy tặng danh hiệu Anh hùng Lực lượng "
                 "vũ trang nhân dân.",
                 "Ngày 30/4, UBND xã Tân Lập tổ chức Lễ đón nhận danh hiệu.",
                 "Ông Trần Tuệ Hiền, Bí thư Tỉnh ủy Bình Phước trao danh hiệu cho Đảng bộ, chính quyền và nhân dân xã Tân Lập.")
    assert [(recipient_of(a), a.award_label, getattr(a.presented_by, "name", None)) for a in f.awards] == [
        ("Xã Tân Lập", "Anh hùng Lực lượng vũ trang nhân dân", "Trần Tuệ Hiền")]


def test_an_award_clause_without_its_verb_has_the_giver_of_the_clause_before():
    f = facts_of("UBND tỉnh Phú Thọ vừa ban hành Quyết định số 98/QĐ-UBND công nhận danh hiệu Tập thể lao động xuất sắc cho 120 "
                 "tập thể; danh hiệu Chiến sĩ thi đua cấp tỉnh cho 45 cá nhân.")
    assert sorted((recipient_of(a), giver_of(a.conferred_by)) for a in f.awards) == [
        ("120 tập thể", "Ủy ban nhân dân tỉnh Phú Thọ"), ("45 cá nhân", "Ủy ban nhân dân tỉnh Phú Thọ")]


def test_a_ministry_s_or_province_s_own_ceremony_gives_its_head_s_bang_khen():
    f = facts_of("Chiều 23-6, Bộ LĐ-TB&XH tổ chức Lễ trao tặng bằng khen cho hai lão nông Nguyễn Công Uẩn và Nguyễn Tiến Lãng.")
    assert {giver_of(a.conferred_by) for a in f.awards} == {"Bộ trưởng Bộ Lao động - Thương binh và Xã hội"}
    g = facts_of("Sáng 5/3, UBND tỉnh Nghệ An tổ chức Lễ trao Cờ thi đua cho Sở Y tế tỉnh Nghệ An.")
    assert [giver_of(a.conferred_by) for a in g.awards] == ["Ủy ban nhân dân tỉnh Nghệ An"]  # (its flag is the body's own)


def test_who_hands_over_the_awards_of_the_report_s_ceremony_told_sentences_later():
    f = facts_of("Chiều 23-6, Bộ LĐ-TB&XH tổ chức Lễ trao tặng bằng khen cho hai lão nông Nguyễn Công Uẩn và Nguyễn Tiến Lãng.",
                 "Hai ông đã phát hiện đường dây làm giả hồ sơ.",
                 "Đích thân Bộ trưởng Đào Ngọc Dung đã trao bằng khen cũng như các phần thưởng cho hai ông.")
    assert {(recipient_of(a), getattr(a.presented_by, "name", None)) for a in f.awards} == {
        ("Nguyễn Công Uẩn", "Đào Ngọc Dung"), ("Nguyễn Tiến Lãng", "Đào Ngọc Dung")}


def test_an_award_handed_over_by_one_acting_for_an_office_said_before_is_that_office_s():
    f = facts_of("Sáng 1/6, thượng tá Trịnh Hồng Sơn, Phó trưởng phòng An ninh kinh tế, được sự ủy quyền của Giám đốc Công an "
                 "TP.HCM đã trao quyết định khen thưởng cho lái xe Nguyễn Văn Hoàng.",
                 "Thượng tá Trịnh Hồng Sơn trao quyết định khen thưởng tài xế Nguyễn Văn Hoàng nhận bằng khen.")
    assert [(recipient_of(a), giver_of(a.conferred_by), a.presented_by.name) for a in f.awards] == [
        ("Nguyễn Văn Hoàng", "Giám đốc Công an thành phố Hồ Chí Minh", "Trịnh Hồng Sơn")]


def test_a_district_as_the_body_that_holds_the_ceremony_and_receives():
    f = facts_of("Sáng 12/10, huyện Yên Thành long trọng tổ chức Lễ kỷ niệm 10 năm huyện đạt chuẩn nông thôn mới.",
                 "Đồng chí Nguyễn Đức Trung, Chủ tịch UBND tỉnh Nghệ An trao Cờ thi đua của Chính phủ cho huyện Yên Thành.")
    assert [e.organizer.label for e in f.events] == ["Huyện Yên Thành"]
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [("Huyện Yên Thành", "Cờ thi đua của Chính phủ")]


def test_an_html_page_s_last_list_item_is_no_byline(tmp_path):
    page = tmp_path / "list.html"
    page.write_text("<html><body><article><h1>Khen thưởng các bệnh viện</h1><p>Bộ trưởng Bộ Y tế tặng Bằng khen cho các đơn "
                    "vị sau:</p><p>1. Bệnh viện Bạch Mai</p><p>2. Bệnh viện Trung ương Huế</p></article></body></html>",
                    encoding="utf-8")
    r = read_report(page)
    assert (r.author, r.body[-1]) == (None, "2. Bệnh viện Trung ương Huế")


def test_the_armed_forces_of_a_province_or_a_military_region_as_recipients():
    f = facts_of("Đại tướng Phan Văn Giang trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Lực lượng vũ trang Quân khu 7.",
                 "Chủ tịch nước trao Huân chương Quân công hạng Nhất cho Lực lượng vũ trang tỉnh Quảng Trị.")
    assert [recipient_of(a) for a in f.awards] == ["Lực lượng vũ trang Quân khu 7", "Lực lượng vũ trang tỉnh Quảng Trị"]


def test_an_event_named_for_groups_of_bodies_households_and_persons():
    f = facts_of("Chiều 22/11, UBND huyện Nghi Lộc tổ chức Lễ tuyên dương các tập thể, hộ gia đình, cá nhân tiêu biểu.")
    assert [e.name for e in f.events] == ["Lễ tuyên dương các tập thể, hộ gia đình, cá nhân tiêu biểu"]


def test_an_enterprise_named_xi_nghiep():
    f = facts_of("Công ty cổ phần Licogi 14 tiền thân là Xí nghiệp thi công cơ giới số 14 được thành lập năm 1982.",
                 "Anh Nguyễn Huy Sơn là thợ tiện, Xí nghiệp Khai thác các công trình khí, Liên doanh Việt-Nga Vietsovpetro.")
    assert {"Xí nghiệp thi công cơ giới số 14", "Xí nghiệp Khai thác các công trình khí"} <= {o.label for o in f.orgs.values()}


def test_a_host_taken_to_receive_an_order_named_generically_that_another_body_receives():
    f = facts_of("Sáng 5/3, UBND tỉnh Nghệ An tổ chức Lễ đón nhận Huân chương.",
                 "Thừa ủy quyền của Chủ tịch nước, ông Nguyễn Đức Trung, Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Nhì "
                 "cho Sở Tư pháp tỉnh Nghệ An.")
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [("Sở Tư pháp tỉnh Nghệ An", "Huân chương Lao động hạng Nhì")]


def test_and_before_a_degree_ends_a_body_s_name_even_after_a_word_that_pairs_with_and():
    f = facts_of("Có GS.TS Phạm Hồng Quang, Giám đốc Đại học Thái Nguyên và PGS.TS Nguyễn Thị Vân, Hiệu trưởng Trường "
                 "Đại học Y.")  # ("nguyên và" pairs in "Tài nguyên và Môi trường")
    assert posts_of(f)["Phạm Hồng Quang"] == [("Giám đốc", "Đại học Thái Nguyên")]


def test_a_ceremony_named_for_posthumous_and_living_conferrals_of_a_title():
    f = facts_of("Chiều 26/7, UBND tỉnh Long An tổ chức Lễ truy tặng, phong tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt "
                 "Nam Anh hùng”.",
                 "Theo Quyết định số 1215/QĐ-CTN ngày 10/7/2024 của Chủ tịch nước, 12 mẹ được truy tặng và 2 mẹ được phong "
                 "tặng danh hiệu “Bà mẹ Việt Nam Anh hùng”.")
    assert [e.name for e in f.events] == ["Lễ truy tặng, phong tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”"]
    assert [(recipient_of(a), a.event is f.events[0], a.date) for a in f.awards] == [("12 mẹ", True, "2024-07-26"),
                                                                                     ("2 mẹ", True, "2024-07-26")]


def test_the_award_a_ceremony_is_named_for_is_handed_over_there_but_not_one_of_a_past_year():
    f = facts_of("Sáng 19/11, Bộ Giáo dục và Đào tạo tổ chức Lễ trao tặng danh hiệu Nhà giáo Ưu tú.",
                 "Theo Quyết định số 1020/QĐ-CTN ngày 8/11/2024, Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho "
                 "370 nhà giáo.",
                 "Năm 2020, Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho 350 nhà giáo.")
    assert [(recipient_of(a), a.event is not None) for a in f.awards] == [("370 nhà giáo", True), ("350 nhà giáo", False)]


def test_a_medal_for_a_field_is_its_minister_s_whoever_hands_it_over():
    f = facts_of("Đồng chí Trần Văn Cần, Phó Chủ tịch UBND tỉnh Long An trao Kỷ niệm chương “Vì sự nghiệp Lao động – "
                 "Thương binh và Xã hội” cho ông Huỳnh Văn Tám.",
                 "Ông Trần Văn Bảy trao Kỷ niệm chương “Vì sự nghiệp Giáo dục” cho 30 nhà giáo.")
    assert [giver_of(a.conferred_by) for a in f.awards] == ["Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
                                                           "Bộ trưởng Bộ Giáo dục và Đào tạo"]


def test_a_bank_s_branch_named_by_its_town():
    f = facts_of("Khối gồm Ngân hàng TMCP Ngoại thương Chi nhánh Vinh và Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An.")
    assert {"Ngân hàng TMCP Ngoại thương chi nhánh Vinh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An"} \
        <= {o.label for o in f.orgs.values()}
    assert "Chi nhánh Vinh" not in {o.label for o in f.orgs.values()}


def test_a_campaign_the_congress_launched_is_its_organiser_s():
    f = facts_of("Ngày 9/5, Công an huyện Quỳnh Lưu tổ chức Đại hội Thi đua yêu nước lần thứ V.",
                 "Đại hội đã phát động phong trào thi đua “Vì an ninh Tổ quốc” giai đoạn 2025 – 2030.",
                 "Hội nghị đã phát động phong trào thi đua “Dân vận khéo”.")  # (not the congress: no launcher said)
    assert [(c.name, giver_of(c.launched_by)) for c in f.campaigns] == [("Vì an ninh Tổ quốc", "Công an huyện Quỳnh Lưu"),
                                                                       ("Dân vận khéo", None)]


def test_a_grassroots_union_abbreviated_and_a_place_after_a_company_s_name():
    f = facts_of("Công đoàn cơ sở Trường THPT Thanh Chương 1 và CĐCS Công ty TNHH May Minh Anh - Kim Liên được tặng Cờ thi "
                 "đua của LĐLĐ tỉnh Nghệ An.")  # ("Anh" ends the company's name here, no honorific before "Kim Liên")
    assert [recipient_of(a) for a in f.awards] == ["Công đoàn cơ sở Trường THPT Thanh Chương 1",
                                                   "Công đoàn cơ sở Công ty TNHH May Minh Anh - Kim Liên"]
    assert not f.persons


def test_a_name_that_begins_with_a_word_of_a_verb():
    f = facts_of("Thứ trưởng Bùi Hồng Minh trao Cờ thi đua của Chính phủ cho Viện Kiến trúc Quốc gia.")  # ("kiến nghị")
    assert [recipient_of(a) for a in f.awards] == ["Viện Kiến trúc Quốc gia"]


def test_a_giving_of_its_own_after_a_proposal_of_awards_and_a_bare_title_as_its_giver():
    f = facts_of("Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị chủ trì Hội nghị.",
                 "Năm 2024, Bộ đã trình cấp có thẩm quyền khen thưởng 2 Huân chương Lao động, 15 Bằng khen của Thủ tướng "
                 "Chính phủ; Bộ trưởng tặng Cờ thi đua cho 18 tập thể, Bằng khen cho 210 tập thể.",
                 "Hội đồng đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Y tế; Thủ tướng Chính phủ tặng "
                 "Bằng khen cho 6 tập thể.")  # (the proposal goes on: a giving proposed, then another)
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [("18 tập thể", "Bộ trưởng Bộ Xây dựng"),
                                                                              ("210 tập thể", "Bộ trưởng Bộ Xây dựng")]


def test_a_decision_s_items_listed_one_a_paragraph_all_carry_it_and_an_award_named_as_another_s_is_that_one_s():
    f = facts_of("Ngày 15/10/2024, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã ký Quyết định số 2890/QĐ-UBND khen thưởng các "
                 "tập thể, cá nhân.", "Theo đó, tặng Bằng khen cho:", "1. Ban Chỉ huy Quân sự huyện Hương Khê;",
                 "2. Ông Phan Văn Đức, Chủ tịch UBND xã Hương Trạch.",
                 "Tặng Giấy khen của Giám đốc Sở Y tế cho 3 học sinh.")
    assert [(recipient_of(a), giver_of(a.conferred_by), a.date) for a in f.awards] == [
        ("Ban Chỉ huy Quân sự huyện Hương Khê", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "2024-10-15"),
        ("Phan Văn Đức", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "2024-10-15"),
        ("3 học sinh", "Giám đốc Sở Y tế tỉnh Hà Tĩnh", "2024-10-15")]


def test_a_ceremony_for_two_anniversaries():
    f = facts_of("Sáng 21/12, Bộ Chỉ huy Quân sự tỉnh Quảng Trị tổ chức Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân "
                 "Việt Nam, 35 năm Ngày hội Quốc phòng toàn dân và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.")
    assert [e.name for e in f.events] == ["Lễ kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam, 35 năm Ngày hội "
                                          "Quốc phòng toàn dân và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất"]


def test_a_contest_the_recipients_won_in_is_not_where_their_award_is_handed_over():
    f = facts_of("Chiều 8/8, Sở Giáo dục và Đào tạo tỉnh Bắc Giang tổ chức Hội nghị tổng kết năm học 2023 – 2024.",
                 "Giám đốc Sở GD&ĐT Nguyễn Văn Đông trao Giấy khen cho 30 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi "
                 "cấp tỉnh.")
    assert [a.event.name for a in f.awards] == ["Hội nghị tổng kết năm học 2023 – 2024"]


def test_a_body_s_honours_listed_without_a_subject_in_the_report_of_its_anniversary():
    f = facts_of("Ngày 27/6, Công ty Cổ phần Sông Đà 5 tổ chức Lễ kỷ niệm 45 năm ngày thành lập. Giá trị sản lượng trên 350 tỷ "
                 "đồng. - 3 lần được Chủ tịch Nước tặng Huân chương Lao động (hạng Nhất, Nhì, Ba), 4 lần được Thủ tướng Chính "
                 "phủ tặng Cờ thi đua Xuất sắc. - Được Bộ Xây dựng và Công đoàn Xây dựng Việt Nam tặng Huy chương Vàng chất "
                 "lượng cao và nhiều bằng khen.")
    assert [(a.name, a.award_label, recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhất", "Công ty Cổ phần Sông Đà 5", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Nhì", "Công ty Cổ phần Sông Đà 5", "Chủ tịch nước"),
        ("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Ba", "Công ty Cổ phần Sông Đà 5", "Chủ tịch nước"),
        ("Cờ thi đua Xuất sắc", "Cờ thi đua của Chính phủ", "Công ty Cổ phần Sông Đà 5", "Thủ tướng Chính phủ"),
        ("bằng khen", "Bằng khen", "Công ty Cổ phần Sông Đà 5", None)]  # (a contest's gold medal is no honour)


def test_honours_without_a_subject_in_another_report_have_no_recipient():
    f = facts_of("Sáng 5/3, Sở Nội vụ tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm 2024.",
                 "- Được Chủ tịch nước tặng Huân chương Lao động hạng Ba.")
    assert not f.awards


def test_a_ceremony_honouring_a_counted_title_quoted():
    f = facts_of("Sáng 10/10, Hội Nông dân tỉnh Thanh Hóa tổ chức Lễ tôn vinh 50 “Nông dân Việt Nam xuất sắc” cấp tỉnh năm "
                 "2024.")
    assert [e.name for e in f.events] == ["Lễ tôn vinh 50 “Nông dân Việt Nam xuất sắc” cấp tỉnh năm 2024"]


def test_a_province_s_committee_leading_a_cluster_before_the_cluster_lists_its_provinces():
    f = facts_of("Ngày 14/3, UBND tỉnh Gia Lai – Cụm trưởng Cụm thi đua các tỉnh Tây Nguyên năm 2025 tổ chức Hội nghị ký kết "
                 "giao ước thi đua năm 2025.",
                 "Cụm thi đua gồm 5 tỉnh: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng.",
                 "Các tỉnh thống nhất bầu tỉnh Gia Lai làm Cụm trưởng năm 2025.")
    assert [(m.member.label, m.year) for m in f.memberships if m.role == "khối trưởng"] == [("Tỉnh Gia Lai", "2025")]


def test_a_ceremony_that_also_confers_titles_keeps_its_whole_name_and_a_university_s_city_stays_in_a_name():
    f = facts_of("Sáng 27/2, tại Hà Nội, Bộ Y tế tổ chức Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam và trao danh hiệu Thầy "
                 "thuốc Nhân dân, Thầy thuốc Ưu tú lần thứ 14.",
                 "Theo Quyết định số 221/QĐ-CTN ngày 20/2/2025 của Chủ tịch nước, 36 thầy thuốc được phong tặng danh hiệu "
                 "Thầy thuốc Nhân dân.",
                 "Có PGS.TS Nguyễn Lân Hiếu, Giám đốc Bệnh viện Đại học Y Hà Nội.")
    assert [e.name for e in f.events] == ["Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam và trao danh hiệu Thầy thuốc Nhân "
                                          "dân, Thầy thuốc Ưu tú lần thứ 14"]
    assert [(recipient_of(a), a.event is f.events[0]) for a in f.awards] == [("36 thầy thuốc", True)]
    assert posts_of(f)["Nguyễn Lân Hiếu"] == [("Giám đốc", "Bệnh viện Đại học Y Hà Nội")]


def test_the_office_of_a_province_s_delegation_and_council_and_the_party_committee_of_its_bodies_named_short():
    f = facts_of("Chiều 15/1, Đảng ủy Khối các cơ quan tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác năm 2024.",
                 "Đồng chí Nguyễn Văn Hải, Bí thư Đảng ủy Khối chủ trì hội nghị.",
                 "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh.")
    assert posts_of(f)["Nguyễn Văn Hải"] == [("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Nghệ An")]
    assert [recipient_of(a) for a in f.awards] == ["Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Nghệ An"]
    f = facts_of("Ông A trao Bằng khen cho Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh.")
    assert [recipient_of(a) for a in f.awards] == ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh"]


def test_a_district_as_a_subject_by_its_unit_word_alone_and_a_badge_named_again_by_its_kind():
    f = facts_of("Sáng 3/6, Quận ủy Ba Đình tổ chức Hội nghị tổng kết. Quận Ba Đình có 14 phường.",
                 "Quận đã được Nhà nước tặng thưởng Huân chương Độc lập hạng Nhì.")  # (not "Quận ủy", its Party committee)
    assert [recipient_of(a) for a in f.awards] == ["Quận Ba Đình"]
    f = facts_of("Ngày 22/7, Tỉnh đoàn Quảng Ninh tổ chức trao Huy hiệu “Tuổi trẻ dũng cảm” cho 3 đoàn viên.",
                 "Đồng chí Lê Thị Vân Anh, Bí thư Tỉnh đoàn trao Huy hiệu cho các anh: Phạm Văn Toàn và Vũ Văn Hậu.")
    assert [(recipient_of(a), a.award_label) for a in f.awards if isinstance(a.recipient, Person)] == [
        ("Phạm Văn Toàn", "Huy hiệu Tuổi trẻ dũng cảm"), ("Vũ Văn Hậu", "Huy hiệu Tuổi trẻ dũng cảm")]


def test_a_science_s_name_in_an_institute_s_name():
    f = facts_of("Trong đó có Tiến sĩ Nguyễn Thị Thu Hà, Viện trưởng Viện Hóa học và ông Lê Văn Bình, Viện trưởng Viện Vật lý.")
    assert posts_of(f) == {"Nguyễn Thị Thu Hà": [("Viện trưởng", "Viện Hóa học")], "Lê Văn Bình": [("Viện trưởng", "Viện Vật lý")]}


def test_who_hands_over_named_by_an_office_the_report_named_a_person_in():
    f = facts_of("Dự có ông Trần Đình Nhân, Tổng giám đốc Tập đoàn Điện lực Việt Nam (EVN).",
                 "Tổng giám đốc EVN đã trao Cờ thi đua của Tập đoàn cho Công ty Điện lực Thái Nguyên.",
                 "Tổng giám đốc EVN tặng Bằng khen cho 15 cá nhân.")  # (an office that gives: who hands over is not said)
    assert [(recipient_of(a), a.presented_by and a.presented_by.name) for a in f.awards] == [
        ("Công ty Điện lực Thái Nguyên", "Trần Đình Nhân"), ("15 cá nhân", None)]


def test_the_procuracy_abbreviated_and_its_flag_of_a_ministry_s_level():
    f = facts_of("Chiều ngày 9/1, Viện kiểm sát nhân dân tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác kiểm sát năm 2024.",
                 "Năm 2024, Viện KSND tỉnh được Viện trưởng VKSND tối cao tặng Cờ thi đua.")
    assert [(recipient_of(a), a.award_label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Viện kiểm sát nhân dân tỉnh Nghệ An", "Cờ thi đua" + PROVINCE_LEVEL[len("Bằng khen"):],
         "Viện trưởng Viện kiểm sát nhân dân tối cao")]


def test_more_abbreviated_heads_and_a_ministry_abbreviated_with_a_comma():
    f = facts_of("Ông A trao Bằng khen cho Sở VH,TT&DL tỉnh Hà Tĩnh.",
                 "Ông B trao Giấy khen cho Hội ND xã Kỳ Tân, Đoàn TN xã Kỳ Tân và UBMTTQ xã Kỳ Tân.")
    assert [recipient_of(a) for a in f.awards] == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh", "Hội Nông dân xã Kỳ Tân",
                                                   "Đoàn Thanh niên xã Kỳ Tân",
                                                   "Ủy ban Mặt trận Tổ quốc Việt Nam xã Kỳ Tân"]


def test_the_summary_lists_a_body_s_spellings_once_however_capitalised(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Hưng Yên đổi mới khen thưởng\nÔng Nguyễn Văn Tâm, Trưởng ban Thi đua – Khen thưởng tỉnh Hưng Yên cho biết, "
                      "Ban Thi đua – Khen thưởng tỉnh Hưng Yên đã tham mưu sửa đổi quy chế.\n", encoding="utf-8")
    orgs = ReportLoader().read(report).summary["organizations"]
    assert orgs == [{"name": "Ban Thi đua – Khen thưởng tỉnh Hưng Yên", "aliases": []}]


def test_a_long_award_sentence_that_opens_a_list_of_its_recipients():
    f = facts_of("UBND tỉnh Điện Biên vừa ban hành Quyết định số 456/QĐ-UBND ngày 26/6/2024.",
                 "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 1 tập thể và 1 cá nhân đã có thành tích xuất sắc trong đấu "
                 "tranh phòng, chống tội phạm ma túy năm 2024, gồm:", "- Đồn Biên phòng Mường Nhé;",
                 "- Đại úy Lò Văn Hùng, cán bộ Công an huyện Tuần Giáo.")
    assert [recipient_of(a) for a in f.awards] == ["Đồn Biên phòng Mường Nhé", "Lò Văn Hùng"]


def test_an_event_of_the_party_and_mass_bodies_named_with_a_comma_and_ended_by_its_verb():
    f = facts_of("Đại hội công đoàn cơ quan Dân, Đảng quận Long Biên lần V nhiệm kỳ 2017-2022 đề ra mục tiêu phát triển "
                 "đoàn viên.")
    assert [e.name for e in f.events] == ["Đại hội công đoàn cơ quan Dân, Đảng quận Long Biên lần V nhiệm kỳ 2017-2022"]


def test_a_period_that_opens_a_sentence_of_conferrals_is_theirs_unless_one_says_its_own():
    f = facts_of("Giai đoạn 2020 – 2025, tỉnh có 2 tập thể được phong tặng danh hiệu Anh hùng Lao động; 85 tập thể, cá nhân "
                 "được Thủ tướng Chính phủ tặng Bằng khen; Đội Cảnh sát hình sự được tặng Cờ thi đua của Bộ Công an năm 2023.")
    assert [a.period for a in f.awards] == ["2020 – 2025", "2020 – 2025", "2023"]


def test_a_campaign_launched_by_a_congress_held_with_the_ceremony():
    f = facts_of("Sáng 11/6, Tỉnh ủy Bình Định tổ chức Lễ kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái "
                 "quốc và Đại hội Thi đua yêu nước tỉnh lần thứ VI.",
                 "Đại hội đã biểu dương 120 điển hình tiên tiến và phát động phong trào thi đua “Bình Định đổi mới, phát triển”.")
    assert [(c.name, giver_of(c.launched_by)) for c in f.campaigns] == [("Bình Định đổi mới, phát triển", "Tỉnh ủy Bình Định")]


def test_an_official_named_before_launches_a_campaign_as_the_holder_of_her_one_post():
    f = facts_of("Dự buổi lễ có đồng chí Lưu Thị Hạnh, Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Trị.",
                 "Phát biểu tại buổi lễ, đồng chí Lưu Thị Hạnh phát động phong trào thi đua “Đổi mới, sáng tạo trong dạy và "
                 "học” năm học 2026-2027 trong toàn ngành.")
    assert [(c.name, giver_of(c.launched_by), c.period) for c in f.campaigns] == [
        ("Đổi mới, sáng tạo trong dạy và học", "Giám đốc Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "2026 - 2027")]


def test_a_cluster_of_communes_named_in_lower_case_up_to_its_province_lists_its_communes_and_their_roles():
    f = facts_of("Khối thi đua các xã vùng cao tỉnh Lào Cai tổ chức Hội nghị tổng kết công tác thi đua năm 2026.",
                 "Khối gồm 3 xã: Bắc Hà, Si Ma Cai và Mường Khương.",
                 "Hội nghị đã bầu xã Mường Khương làm Khối trưởng, xã Si Ma Cai làm Khối phó năm 2027.")
    cluster = "Khối thi đua các xã vùng cao tỉnh Lào Cai"
    assert [e.organizer.label for e in f.events] == [cluster]
    assert [(m.cluster.label, m.member.label, m.role, m.year) for m in f.memberships] == [
        (cluster, "Ủy ban nhân dân xã Bắc Hà", "thành viên", None),
        (cluster, "Ủy ban nhân dân xã Si Ma Cai", "thành viên", None),
        (cluster, "Ủy ban nhân dân xã Mường Khương", "thành viên", None),
        (cluster, "Ủy ban nhân dân xã Mường Khương", "khối trưởng", "2027"),
        (cluster, "Ủy ban nhân dân xã Si Ma Cai", "khối phó", "2027")]


def test_communes_listed_as_the_subject_after_a_semicolon_or_after_cho_each_receive():
    f = facts_of("Xã Bắc Hà được UBND tỉnh Lào Cai tặng Cờ thi đua; xã Si Ma Cai và xã Bát Xát được Chủ tịch UBND tỉnh "
                 "tặng Bằng khen.",
                 "Sở Nội vụ tỉnh Lào Cai tặng Giấy khen cho xã Phong Hải, xã Bảo Nhai và xã Văn Bàn.")
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [
        ("Xã Bắc Hà", "Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
        ("Xã Si Ma Cai", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
        ("Xã Bát Xát", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
        ("Xã Phong Hải", "Giấy khen"), ("Xã Bảo Nhai", "Giấy khen"), ("Xã Văn Bàn", "Giấy khen")]
    assert [giver_of(a.conferred_by) for a in f.awards[1:3]] == ["Chủ tịch Ủy ban nhân dân tỉnh Lào Cai"] * 2


def test_the_governments_flag_when_the_report_says_the_government_gave_a_flag():
    f = facts_of("Năm 2025, tỉnh Nghệ An được Chính phủ tặng Cờ thi đua.")
    assert [(recipient_of(a), a.award_label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Tỉnh Nghệ An", "Cờ thi đua của Chính phủ", "Chính phủ")]


def test_a_body_named_then_a_bare_commune_word_is_the_body_of_the_one_commune_the_report_names():
    f = facts_of("Ngày 28/8, phường Tân Định, Thành phố Hồ Chí Minh tổ chức Lễ kỷ niệm 80 năm Ngày truyền thống.",
                 "Ban Chỉ huy Quân sự phường và Trạm Y tế phường được UBND Thành phố tặng Bằng khen.")
    assert [recipient_of(a) for a in f.awards] == ["Ban Chỉ huy Quân sự phường Tân Định", "Trạm Y tế phường Tân Định"]


def test_a_named_programme_is_the_event_and_its_word_trinh_is_no_proposal():
    f = facts_of("Tối 26/4/2026, tại Nhà văn hóa Trung tâm tỉnh, Liên đoàn Lao động tỉnh Hà Tĩnh tổ chức chương trình “Tự hào "
                 "công nhân Hà Tĩnh” năm 2026 tuyên dương 100 công nhân lao động giỏi.",
                 "Tại chương trình, đồng chí Phan Văn Khánh đã trao Bằng khen cho 10 công nhân; trao Giấy khen cho anh Đậu Văn Minh.")
    assert [(e.name, e.place, e.organizer.label) for e in f.events] == [
        ("Chương trình “Tự hào công nhân Hà Tĩnh” năm 2026", "Nhà văn hóa Trung tâm tỉnh", "Liên đoàn Lao động tỉnh Hà Tĩnh")]
    assert [(recipient_of(a), a.award_label, a.event.name) for a in f.awards] == [
        ("10 công nhân", "Bằng khen", "Chương trình “Tự hào công nhân Hà Tĩnh” năm 2026"),
        ("Đậu Văn Minh", "Giấy khen", "Chương trình “Tự hào công nhân Hà Tĩnh” năm 2026")]


def test_a_bank_s_branch_named_by_its_region_or_by_a_bare_province():
    f = facts_of("Ngày 8/1/2027, Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 7 tổ chức Hội nghị tổng kết năm 2026.",
                 "Phó Thống đốc Đoàn Thái Sơn trao Cờ thi đua của Ngân hàng Nhà nước cho Vietcombank Hà Tĩnh.")
    branch = "Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 7"
    assert [e.organizer.label for e in f.events] == [branch]
    assert [recipient_of(a) for a in f.awards] == ["Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam chi nhánh tỉnh Hà Tĩnh"]


def test_a_doctor_of_science_and_where_he_works_set_off_by_commas_is_one_recipient():
    f = facts_of("Tối 18/5/2026, Bộ Khoa học và Công nghệ tổ chức Lễ trao Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước về khoa "
                 "học và công nghệ đợt 7.",
                 "Chủ tịch nước Lương Cường đã trao Giải thưởng Hồ Chí Minh cho GS.TSKH Nguyễn Đình Đức, Đại học Quốc gia Hà Nội, "
                 "và PGS.TSKH Trần Thanh Bình.")
    assert [e.name for e in f.events] == [
        "Lễ trao Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước về khoa học và công nghệ đợt 7"]
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [
        ("Nguyễn Đình Đức", "Giải thưởng Hồ Chí Minh"), ("Trần Thanh Bình", "Giải thưởng Hồ Chí Minh")]


def test_the_year_a_decision_rewards_is_the_period_of_what_the_sentences_after_it_give():
    f = facts_of("Ngày 12/1/2027, UBND tỉnh Quảng Ngãi ban hành Quyết định số 45/QĐ-UBND về việc tặng Cờ thi đua và Bằng khen "
                 "năm 2026.",
                 "Theo đó, tặng Cờ thi đua của UBND tỉnh cho Sở Tài chính và Công an tỉnh.",
                 "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 65 tập thể; tặng Bằng khen cho Sở Y tế năm 2025.")
    assert [(recipient_of(a), a.period, a.decision.number) for a in f.awards] == [
        ("Sở Tài chính tỉnh Quảng Ngãi", "2026", "45/QĐ-UBND"), ("Công an tỉnh Quảng Ngãi", "2026", "45/QĐ-UBND"),
        ("65 tập thể", "2026", "45/QĐ-UBND"), ("Sở Y tế tỉnh Quảng Ngãi", "2025", "45/QĐ-UBND")]


def test_the_youth_union_s_secretariat_is_not_the_party_s_and_a_ceremony_named_on_over_trao():
    f = facts_of("Chiều 25/3/2026, Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Lễ tuyên dương, trao Giải thưởng Lý Tự "
                 "Trọng năm 2026.",
                 "Ban Bí thư Trung ương Đoàn tặng Bằng khen cho Tỉnh đoàn Sơn La.",
                 "Ban Bí thư Trung ương Đảng tặng Bằng khen cho Tỉnh ủy Sơn La.")
    youth = "Ban Bí thư Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    assert [(e.name, e.organizer.label) for e in f.events] == [("Lễ tuyên dương, trao Giải thưởng Lý Tự Trọng năm 2026", youth)]
    assert [(recipient_of(a), a.award_label, giver_of(a.conferred_by)) for a in f.awards] == [
        ("Tỉnh đoàn Sơn La", "Bằng khen", youth), ("Tỉnh ủy Sơn La", "Bằng khen của cấp ủy Đảng", "Ban Bí thư")]


def test_doctors_listed_with_their_posts_by_semicolons_and_a_last_and_all_receive():
    f = facts_of("Đồng chí Mai Sơn đã trao danh hiệu Thầy thuốc Ưu tú cho BSCKII Ngô Văn Toàn, Giám đốc Bệnh viện Đa khoa tỉnh "
                 "Bắc Ninh; TS.BS Lê Thị Hồng, Trưởng khoa Nhi, Bệnh viện Sản Nhi Bắc Ninh và BS Đào Văn Quý, Giám đốc Trung tâm "
                 "Y tế huyện Gia Bình.")
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [
        ("Ngô Văn Toàn", "Thầy thuốc Ưu tú"), ("Lê Thị Hồng", "Thầy thuốc Ưu tú"), ("Đào Văn Quý", "Thầy thuốc Ưu tú")]


def test_the_border_guard_abbreviated_is_the_border_guard_and_its_province_s_command_one_node():
    f = facts_of("Ngày 3/6, Bộ Chỉ huy BĐBP tỉnh và UBND TP. Móng Cái đã khen thưởng đột xuất cho Đồn BP Hải Hòa.",
                 "Đồn Biên phòng A Dơi được Tư lệnh BĐBP tặng Bằng khen.",
                 "Vụ việc được bàn giao cho Công an tỉnh Quảng Ninh. Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho Đồn BP Ka Long.")
    labels = sorted(o.label for o in f.orgs.values() if o.mentioned)
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh" in labels and "Bộ Chỉ huy BĐBP" not in labels
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards if a.award_label == "Bằng khen"] == [
        ("Đồn Biên phòng A Dơi", "Tư lệnh Bộ đội Biên phòng")]


def test_a_unit_in_a_fallen_officer_s_description_is_his_district_s_and_the_minister_who_signed_gives():
    f = facts_of("Ngày 14/7/2026, Công an tỉnh Tây Ninh tổ chức Lễ truy điệu và truy tặng Huân chương Chiến công hạng Ba cho liệt "
                 "sĩ, Thiếu tá Lê Hoàng Phúc, cán bộ Đội Cảnh sát hình sự, Công an huyện Bến Cầu.",
                 "Bộ trưởng Bộ Công an đã ký quyết định thăng cấp bậc hàm từ Thiếu tá lên Trung tá và tặng Bằng khen cho đồng "
                 "chí Lê Hoàng Phúc.")
    labels = sorted(o.label for o in f.orgs.values() if o.mentioned)
    assert "Đội Cảnh sát hình sự Công an huyện Bến Cầu" in labels and "Đội Cảnh sát hình sự Công an tỉnh Tây Ninh" not in labels
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Lê Hoàng Phúc", "Chủ tịch nước"), ("Lê Hoàng Phúc", "Bộ trưởng Bộ Công an")]


def test_a_school_named_with_its_university_after_a_comma_is_one_recipient():
    f = facts_of("Dịp này, Trường Sư phạm, Trường Đại học Vinh được tặng Cờ thi đua của Bộ Giáo dục và Đào tạo.",
                 "Bộ trưởng tặng Bằng khen cho Trường THPT chuyên Phan Bội Châu, Trường THPT Huỳnh Thúc Kháng.")
    assert [recipient_of(a) for a in f.awards] == [
        "Trường Sư phạm Trường Đại học Vinh", "Trường THPT chuyên Phan Bội Châu", "Trường THPT Huỳnh Thúc Kháng"]


def test_an_event_that_reviews_a_campaign_written_with_a_capital_keeps_its_quoted_name():
    f = facts_of("Ngày 9/12/2026, Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức Hội nghị tổng kết Cuộc vận động “Toàn dân đoàn "
                 "kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 - 2026.")
    assert [e.name for e in f.events] == [
        "Hội nghị tổng kết Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 - 2026"]


def test_a_medal_named_bare_at_the_ceremony_of_that_named_medal_is_it():
    f = facts_of("Chiều 3/10/2026, Sở Nội vụ tỉnh Điện Biên tổ chức Lễ trao Kỷ niệm chương “Vì sự nghiệp Nội vụ” cho 15 đồng chí.",
                 "Đồng chí Lò Văn Mừng, Giám đốc Sở Nội vụ trao Kỷ niệm chương cho đồng chí Trần Văn Sơn, nguyên Bí thư Tỉnh ủy.")
    assert [(recipient_of(a), a.name) for a in f.awards] == [
        ("15 đồng chí", "Kỷ niệm chương “Vì sự nghiệp Nội vụ”"), ("Trần Văn Sơn", "Kỷ niệm chương “Vì sự nghiệp Nội vụ”")]


def test_the_front_of_a_ward_after_and_is_a_second_body_and_models_comma_examples_name_one_event():
    f = facts_of("Ngày 14/11/2026, Ban Dân vận Thành ủy Cần Thơ tổ chức Hội nghị biểu dương mô hình, điển hình “Dân vận khéo” "
                 "giai đoạn 2024 - 2026.",
                 "Ban Dân vận Trung ương tặng Bằng khen cho Ban Dân vận Quận ủy Ninh Kiều và Mặt trận Tổ quốc phường Cái Khế.")
    assert [e.name for e in f.events] == ["Hội nghị biểu dương mô hình, điển hình “Dân vận khéo” giai đoạn 2024 - 2026"]
    assert [recipient_of(a) for a in f.awards] == ["Ban Dân vận Quận ủy Ninh Kiều", "Mặt trận Tổ quốc phường Cái Khế"]


def test_a_second_quoted_title_after_the_first_one_s_recipients_is_its_own_conferral():
    f = facts_of("Ông Nguyễn Văn Lộc, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bình Dương trao danh hiệu “Doanh nghiệp tiêu biểu” cho "
                 "30 doanh nghiệp và “Doanh nhân tiêu biểu” cho 35 doanh nhân.")
    assert [(recipient_of(a), a.name) for a in f.awards] == [
        ("30 doanh nghiệp", "Doanh nghiệp tiêu biểu"), ("35 doanh nhân", "Doanh nhân tiêu biểu")]


def test_an_emulation_title_of_the_whole_army_or_police_is_its_minister_s():
    f = facts_of("Thượng tá Trần Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh được tặng danh hiệu Chiến sĩ thi đua "
                 "toàn quân.",
                 "Trung tá Lê Văn Nam được tặng danh hiệu Chiến sĩ thi đua toàn lực lượng Công an nhân dân.",
                 "Đại úy Phạm Văn Bình được Giám đốc Công an tỉnh Hà Tĩnh tặng danh hiệu Chiến sĩ thi đua toàn lực lượng CAND.")
    assert [(recipient_of(a), giver_of(a.conferred_by)) for a in f.awards] == [
        ("Trần Văn Hải", "Bộ trưởng Bộ Quốc phòng"), ("Lê Văn Nam", "Bộ trưởng Bộ Công an"),
        ("Phạm Văn Bình", "Giám đốc Công an tỉnh Hà Tĩnh")]


def test_a_former_office_of_the_reference_data_is_a_former_post_not_the_office():
    f = facts_of("Tổng Bí thư Tô Lâm trao Huy hiệu 60 năm tuổi Đảng tặng đồng chí Nguyễn Minh Triết, nguyên Ủy viên Bộ Chính "
                 "trị, nguyên Chủ tịch nước.")
    assert posts_of(f)["Nguyễn Minh Triết"] == [
        ("nguyên Ủy viên", "Bộ Chính trị"), ("nguyên Chủ tịch nước", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam")]
    assert all(p.known_iri is None for p in f.persons[matching_key("Nguyễn Minh Triết")].posts)


def test_a_person_named_after_a_semicolon_receives_not_the_body_of_the_clause_before():
    f = facts_of("Năm 2024, Công ty TNHH Xi măng Nghi Sơn được Chủ tịch nước tặng Huân chương Lao động hạng Nhì; Giám đốc Công "
                 "ty, ông Nakamura Hiroshi, được UBND tỉnh Thanh Hóa tặng Bằng khen.",
                 "Sở Tư pháp tỉnh Hưng Yên được Bộ Tư pháp tặng Cờ thi đua, được UBND tỉnh Hưng Yên tặng Bằng khen.")
    assert [(recipient_of(a), a.award_label) for a in f.awards] == [
        ("Công ty TNHH Xi măng Nghi Sơn", "Huân chương Lao động hạng Nhì"),
        ("Nakamura Hiroshi", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
        ("Sở Tư pháp tỉnh Hưng Yên", "Cờ thi đua cấp bộ, ngành, tỉnh, đoàn thể trung ương"),
        ("Sở Tư pháp tỉnh Hưng Yên", "Bằng khen cấp bộ, ngành, tỉnh, đoàn thể trung ương")]


def test_a_flag_handed_over_at_the_conference_for_a_year_it_rewards_is_handed_over_there():
    f = facts_of("Ngày 9/1/2027, Công ty TNHH Xi măng Nghi Sơn tổ chức Hội nghị tổng kết năm 2026.",
                 "Thừa ủy quyền của Thủ tướng Chính phủ, ông Lê Văn Quang trao Cờ thi đua của Chính phủ cho Công ty vì đã hoàn "
                 "thành xuất sắc toàn diện nhiệm vụ năm 2025.")
    assert [(a.event.name, a.period, a.presented_by.name) for a in f.awards] == [("Hội nghị tổng kết năm 2026", "2025", "Lê Văn Quang")]


def test_an_ede_name_after_an_honorific_is_a_person_whatever_its_syllables():
    f = facts_of("Trong số 100 nông dân được tôn vinh có ông Y Phi Niê, xã Ea Tul, tỉnh Đắk Lắk và bà Lò Thị Ngọc.",
                 "Ông Y Ngông Niê, Chủ tịch UBND xã Ea Tul dự lễ.",
                 "Trường Đại học Y Hà Nội tổ chức lễ.")
    assert posts_of(f) == {"Y Phi Niê": [], "Lò Thị Ngọc": [], "Y Ngông Niê": [("Chủ tịch", "Ủy ban nhân dân xã Ea Tul")]}
