"""Rule-based extraction of the facts of one Vietnamese commendation report.

Per sentence: find mentions (award types, known offices and organizations from the reference
data, organizations by the shape of their names, persons after an honorific or beside a post
title, events, documents, counted recipient groups), then read the relations the sentence
states (who holds which post, who conferred which award on whom, who launched which campaign).
Nothing is guessed across sentences except the report's own event ("tại Hội nghị") and cluster
("trong Khối").

>>> from tdkt.loaders.report.reading import Report
>>> r = Report("x.txt", "0" * 64, "t", ["Đồng chí Nguyễn Văn An - Chủ tịch Hội Nông dân Việt Nam trao Bằng khen của Thủ tướng Chính phủ cho Hội Cựu chiến binh Việt Nam."])
>>> facts = extract(r)
>>> [(a.award_label, a.recipient.label, a.presented_by.name) for a in facts.awards]
[('Bằng khen của Thủ tướng Chính phủ', 'Hội Cựu chiến binh Việt Nam', 'Nguyễn Văn An')]
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from tdkt.loaders.normalize import matching_key, nfc
from tdkt.loaders.report import fastre, lexicon as lx
from tdkt.loaders.report.facts import (Award, Campaign, Document, Event, Facts, Group, Membership, Org, Person,
                                       Post)
from tdkt.loaders.report.reading import Report, sentences
from tdkt.ontology import reference

_LOWERED = ("", "")  # (text, text.lower()) of the last text a gate saw


class _Gated:
    """A pattern tried only on text holding one of the words every match contains (lower case).
    Most sentences hold none, and a substring test fails far faster than a regex scan of the sentence.

    >>> _Gated(re.compile(r"\\bLuật\\s+\\w+"), "luật").search("Theo Luật Thi đua") is not None
    True
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern, *words: str):
        self.pattern, self.words = fastre.anchored(pattern), words

    def may_match(self, text: str) -> bool:
        global _LOWERED
        last = _LOWERED  # a sentence meets several gates in a row: lower it once
        if last[0] is not text:
            last = _LOWERED = (text, text.lower())
        low = last[1]
        for w in self.words:
            if w in low:
                return True
        return False

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.may_match(text) else None


# "trình" as submitting a proposal, not inside "chương trình", "quá trình", "trình độ" …
_SUBMITS = r"(?<!quá )(?<!lộ )(?<!công )(?<!chương )(?<!tiến )(?<!hành )(?<!giáo )(?<!lịch )trình(?! (?:độ|diễn|bày|chiếu))"
_QUOTE = fastre.anchored(re.compile(r"[“\"]([^”\"]{3,300})[”\"]|(?<!\w)[‘'«]((?:[^’'»]|(?<=\w)'(?=\w)){3,300})[’'»](?!\w)"))  # (“…”, "…", ‘…’, '…', «…»;
# not the apostrophe inside a name: "Đắk R'lấp")
_CONFER = _Gated(re.compile(r"\b(trao|tặng|nhận|đón nhận|phong tặng|truy tặng|khen thưởng|tuyên dương|được thưởng|thưởng|"
                            r"đạt danh hiệu|được vinh danh|gắn(?!\s+(?:với|liền|kết|bó)\b))\b", re.I),  # ("gắn Huân chương lên lá cờ", not
    "trao", "tặng", "nhận", "thưởng", "tuyên dương", "đạt danh hiệu", "vinh danh", "gắn")  # "gắn với")
_NOT_CONFERRAL = _Gated(re.compile(
    rf"\b(đề nghị|đề xuất|kiến nghị|xét tặng|xem xét|{_SUBMITS}|hủy|huỷ|thu hồi|tước|đăng ký|đăng kí|"
    r"sẽ được|sẽ trao|dự kiến|chưa được|không được|(?<!thiết )(?<!chuẩn )(?<!trang )bị(?!\s+(?:đuối|thương|nạn|mắc kẹt|cháy|lũ|"
    r"ngập|tai nạn|bệnh|ốm|nạn nhân|thiên tai|bão)\b)|nếu|có thể được|"  # (not "cứu bạn bị đuối nước": who was saved)
    r"phấn đấu|mục tiêu|chỉ tiêu|(?:phải|để|cần) đạt)\b", re.I),  # proposals, revocations, conditions, targets
    "đề nghị", "đề xuất", "kiến nghị", "xét", "trình", "hủy", "huỷ", "thu hồi", "tước", "đăng k", "sẽ", "dự kiến",
    "được", "bị", "nếu", "phấn đấu", "mục tiêu", "chỉ tiêu", "đạt")
# A cluster's leader or deputy, and what may stand between the body and its role
_CLUSTER_ROLE = _Gated(re.compile(r"(?i)\b(?:khối trưởng|trưởng khối|khối phó|phó khối|cụm trưởng|trưởng cụm|cụm phó|phó cụm)\b"),
    "khối", "cụm")
_ROLE_YEAR = re.compile(r"\s*năm\s+(\d{4})\b")
_YEAR_BEFORE_ROLE = re.compile(r"\bnăm\s+(\d{4})\s*,?\s*(?:do\s+)?$")  # "…, năm 2024 do A làm Khối trưởng"
_LEADING_YEAR = re.compile(r"\s*(?:Trong\s+|Cũng trong\s+)?[Nn]ăm\s+(\d{4})\s*,")
_ROLE_LINK = re.compile(r"(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?=\s))?"  # ("Hội Luật gia tỉnh là Khối phó": the province's)
                        r"\s*(?:[-–,(]\s*)?(?:(?:đơn vị|là|làm|được bầu làm|được bầu là|giữ vai trò|đảm nhận|"
                        r"đảm nhiệm)\s+)*", re.I)
_PEOPLE_OF = fastre.anchored(re.compile(r"\b(?:Đảng bộ,\s*)?(?:[Cc]hính quyền|[Qq]uân)\s+và\s+(?:[Nn]hân\s+)?dân\s+(?:các dân tộc\s+)?"))
_LOCAL_UNIT = re.compile(r"(huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+((?:[A-ZĐ][\w-]*)(?:\s+[A-ZĐ0-9][\w-]*){0,3})")
_TERM_WORD = re.compile(r"[IVXL]+|\d{1,2}|kỳ")  # "khóa XX", "khóa 12", "nhiệm kỳ"
_LISTED_HEADS = frozenset(lx.keys(h) for h in ("HĐND", "UBND", "Hội đồng nhân dân", "Ủy ban nhân dân"))
_LIST_GOES_ON = re.compile(r"\s*(?:,|và|,\s*và)\s+(?=\S)")  # (another body of the list follows)
_PROVINCE_S_KINDS = ("Hội ", "Liên hiệp các Hội ", "Sở ", "Hiệp hội ")  # bodies every province has one of, by name
_OWN_PLACE = re.compile(r"\b(?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|Việt Nam|Trung ương)\b")
# A body named again by its head alone, as the whole of a recipient list: "… cho Tổng công ty."
_HEAD_AGAIN = re.compile(r"\s*((?:[Tt]ổng [Cc]ông ty|[Cc]ông ty|T?Cty|Tổng Cty|[Tt]ập đoàn|[Bb]ệnh viện|[Tt]rường|[Hh]ọc viện|[Nn]gân hàng|"
                         r"[Ss]ư đoàn|[Tt]rung đoàn|[Ll]ữ đoàn|[Qq]uân đoàn|[Đđ]ội tuyển|[Cc]hi nhánh|"
                         r"[Ss]ở|[Cc]ục|đơn vị)(?:\s+(?:này|nói trên))?)[\s,.;]*(?:và\s*)?")  # (not "Hội", "Bộ", "Tỉnh": "Hội đồng", "Bộ Chính trị", "Tỉnh ủy")
_GIVEN_TO = re.compile(r"\b(?:trao tặng|tặng|trao)\b[^,;.:]{0,80}\bcho\s+$")  # "trao tặng Kỷ niệm chương “…” cho "
_DISTRICT_COMMITTEES = {("quận", "ủy"): "quận", ("huyện", "ủy"): "huyện", ("thị", "ủy"): "thị xã"}  # "Quận ủy": of a district
# a name's words up to its abbreviation: "Phòng CSĐT| tội phạm về ma túy (PC47)", "Cty CP Cơ| giới và Xây lắp số 9 (LICOGI 9)"
_WORDS_THEN_ABBREVIATION = re.compile(r"((?: [\w&]+){1,8}) \(([A-ZĐ]{2,10}(?: ?\d{1,3}[A-Z]?)?|[A-ZĐ]{1,4}\d{1,3}[A-Z]?)\)")
# A noun for a person right before a name: "hai lão nông Nguyễn Công Uẩn", "tài xế Lê Tấn Hùng", "nhà văn Tô Hoài"
_PERSON_NOUNS = (
    "lão nông", "nông dân", "tài xế", "lái xe", "sinh viên", "học sinh", "nữ sinh", "nam sinh", "công nhân", "kỹ sư", "y sĩ",
    "nhà giáo", "cô giáo", "thầy giáo", "nghệ nhân", "nghệ sĩ", "chiến sĩ", "cán bộ", "đảng viên", "đoàn viên", "hội viên",
    "cựu chiến binh", "thương binh", "liệt sĩ", "bà mẹ", "mẹ", "doanh nhân", "nhà văn", "nhà thơ", "nhạc sĩ", "họa sĩ",
    "nhà báo", "tác giả", "người dân", "cụ ông", "cụ bà", "vận động viên", "huấn luyện viên", "thiếu niên", "thiếu nhi",
    "nhân viên", "bảo vệ", "ngư dân", "thuyền trưởng", "tiểu thương", "giám thị", "ca sĩ", "đạo diễn", "diễn viên",
    "nhạc công", "nghệ nhân ưu tú", "nghệ nhân nhân dân", "nhà khoa học", "nhà nghiên cứu", "bệnh nhân", "nạn nhân")
_PERSON_NOUN_FIRST = re.compile(r"\s*,\s*(?:" + "|".join(_PERSON_NOUNS) + r")\s", re.I)  # ("A, công nhân …")
_PERSON_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(_PERSON_NOUNS) + r")\s+$", re.I)  # (also first in a sentence)
_PERSON_NOUN_ENDS = frozenset(n.split()[-1] for n in _PERSON_NOUNS)  # (a cheap test before the pattern)
_HONORIFIC_ENDS = frozenset(k[-1] for k in lx.HONORIFICS.phrases)
# Words that start a sentence a photo caption runs into: "… cho đảng viên Đỗ Kim Hội Với những đóng góp, …"
_STARTS_A_SENTENCE = frozenset(("với", "trong", "tại", "theo", "nhân", "sau", "từ", "để", "khi", "các", "những", "đây", "hiện",
                                "ngoài", "cũng", "qua", "trước", "được", "phát", "thay"))
_LEGAL_FORM = re.compile(r" (?:cổ phần|tnhh|trách nhiệm hữu hạn|một thành viên|mtv)(?= )")  # (in a key: lower case)
_LOWER_HEAD_SUBJECT = re.compile(r"(?:^|[,;:]\s+)(bệnh viện|công ty|tổng công ty|tập đoàn|học viện|ngân hàng|[Nn]hà trường|[Đđ]ơn vị)\s+"
                                 r"(?=(?:đã\s+|cũng\s+|vinh dự\s+|luôn\s+|đều\s+)*(?:được|nhận|đón nhận)\b)")
_LOWER_HEAD_OBJECT = re.compile(r"\bcho\s+(bệnh viện|công ty|tổng công ty|tập đoàn|học viện|ngân hàng|nhà trường|đơn vị)"
                                r"(?=\s*(?:[.;,]|$)|\s+(?:vì|nhân|và)\s)")
_UNLISTED_TITLE = re.compile(r"\b(danh hiệu|[Gg]iải thưởng|Cúp|cúp)\s+[“\"]([^”\"]{3,80})[”\"]")
# a second quoted title after the first one's recipients: '… cho 30 doanh nghiệp và "Doanh nhân tiêu biểu" cho …'
_ALSO_QUOTED_TITLE = re.compile(r"\s+cho\s+[^;:“”\"]{1,60}?\s+(?:và|,)\s+([“\"][^”\"]{3,80}[”\"])(?=\s+cho\s)")
_OTHER_TITLE = "https://w3id.org/tdkt/award/danh-hieu-khac"
_OTHER_PRIZE = "https://w3id.org/tdkt/award/giai-thuong-khac"
_NATIONAL_TEAM = re.compile(r"\b[Đđ]ội tuyển\s+(?:[\w-]+\s+){0,4}?(?:quốc gia|Việt Nam)\b")
_LOWER_HEADS_GATE = re.compile("bệnh viện|công ty|tập đoàn|học viện|ngân hàng|hà trường|ơn vị")
_NAMED_AGAIN_HEADS = frozenset(("tổng công ty", "công ty", "tập đoàn", "bệnh viện", "học viện", "ngân hàng", "sư đoàn",
                                "trung đoàn", "lữ đoàn", "trường", "sở", "cục", "trung tâm", "quân chủng",
                                "quân khu", "quân đoàn", "binh chủng", "binh đoàn"))
_SCHOOL_HEADS = ("trường", "học viện", "đại học")  # "Nhà trường", "Trường" alone: the school the report is about
_ROUTE_ON = re.compile(r"\s+(?:đi|đến|tới|về|ra|vào|sang|qua)\s")  # after "từ X": X is a place on a route
# "Hưởng ứng phong trào, A và B …": a campaign the report named before, taken up by the bodies after the comma
_ADOPTING_AGAIN = re.compile(r"\s*(?:Hưởng ứng|Thực hiện|Triển khai)\s+(phong trào|cuộc vận động|đợt thi đua)(?:\s+(?:thi đua|cao điểm|này|trên|nói trên))*"
                             r"\s*,\s*", re.I)
# "Phong trào (thi đua) do X phát động …" / "Cuộc vận động này do X phát động": the campaign the report named before
_LAUNCHED_AGAIN = re.compile(r"\s*(Phong trào|Cuộc vận động)(?:\s+(?:thi đua|này|trên|nói trên))*\s+(?:được\s+)?do\s+"
                             r"(.{3,80}?)\s+(?:phát động|khởi xướng)\b")
_PARTNER = re.compile(r"\s+(?:phối hợp với|phối hợp cùng|cùng với)\s+")  # "A phối hợp với B tổ chức …"
_AND_IS = frozenset((("và", "là"), ("đồng", "thời")))  # between two posts of one person: "… và là …", "…, đồng thời là …"
_PARENT_FIRST = frozenset(lx.keys(h) for h in (
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Đảng ủy", "UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân",
    "Công ty", "Tổng công ty", "Công ty CP", "Tổng Công ty CP"))
_NUMBERED_CONGRESS = re.compile(r"Đại hội\b.*?(?:\s[IVXL]+|lần thứ\s+\S+)")  # a congress named by its number
_AMONG_THOSE = re.compile(r"\s*Trong số\s+(?:các|những|\d{1,6})\s+[^,;:]{0,60}?\bđược\s", re.I)  # "Trong số các X được tặng … có A"
_COMPANY_HEADS = ("tổng công ty", "công ty", "tập đoàn")
_INSTITUTION_HEADS = ("học viện", "bệnh viện", "viện", "ngân hàng")  # (named again by their head alone, as companies are)
_PLACE_AFTER_NAME = ("tỉnh ", "thành phố ", "quận ", "huyện ", "thị xã ")  # a key's words that begin its place
# words a name joins with a comma: "cơ quan Dân, Đảng" (the Party's and mass bodies), "Trung tâm Phòng, chống HIV/AIDS"
_COMMA_IN_NAME = frozenset((("dân", "đảng"), ("đảng", "dân"), ("phòng", "chống"), ("nại", "tố"), ("biến", "giáo"), ("cháy", "chữa"),
                            ("nạn", "cứu")))
# ("… khiếu nại, tố cáo", "Phòng Phổ biến, giáo dục pháp luật")
_COMMITTEE_OF = frozenset((("chấp", "hành"), ("thường", "vụ")))  # "Ban Chấp hành", "Ban Thường vụ": a body's committee
# titles that name their body by themselves in a report that names one such body: "Thứ trưởng A", "Thống đốc B"
_BODY_OF_BARE_TITLE = {"bộ trưởng": "Bộ ", "thứ trưởng": "Bộ ", "thống đốc": "Ngân hàng Nhà nước Việt Nam",
                       "phó thống đốc": "Ngân hàng Nhà nước Việt Nam", "tổng thanh tra": "Thanh tra Chính phủ",
                       "phó tổng thanh tra": "Thanh tra Chính phủ"}
_STREET_WORDS = frozenset(("phố", "đường", "ngõ", "ngách", "hẻm"))
_NUMBERED_FORMATIONS = frozenset((("quân", "khu"), ("quân", "đoàn"), ("sư", "đoàn"), ("lữ", "đoàn"), ("trung", "đoàn")))
_NUMBER_ONLY = re.compile(r"\d{1,4}|[ivxl]{1,5}")  # (in a key: lower case)
_NOUNS_OF_STOP_WORDS = frozenset((("dự", "án"),))  # a word that ends a name alone, and a noun of names with the next
_UNIT_WORDS_LOWER = frozenset(("tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn"))  # lower case in a name
_NOT_IN_AGENCY_NAME = frozenset(("tặng", "trao", "cho", "của", "đã", "và", "tại", "với", "là", "được", "đến", "từ"))
_NOT_IN_A_NAME = _NOT_IN_AGENCY_NAME - {"và"}  # ("Cơ giới và Xây lắp số 9": "và" joins a name's words)
_SUBJECT_GAP = re.compile(r"\s+(?:(?:đã|cũng|vừa|tiếp tục)\s+)*")  # between a subject and its verb
_GIVING_AT_END = re.compile(r"\s(?:trao tặng|tặng|trao)\s+$")
_GIVING_VERB = re.compile(r"\b(?:tặng|trao)\b")
_OWN_GIVING = re.compile(r"[^,;]{0,60}?\s(?:(?:đã|cũng|vừa)\s+)*(?:tặng|trao)\b")  # "… Bộ trưởng (Bộ X) đã tặng"
_PROPOSING = re.compile(rf"\b(?:đề nghị|đề xuất|kiến nghị|xét tặng|{_SUBMITS})\b", re.I)
_PERIOD = re.compile(r"\b(?:từ năm(?: học)?\s+(\d{4})(?:\s*[-–]\s*\d{4})?\s+(?:đến|tới)\s+(?:năm(?: học)?\s+)?(?:\d{4}\s*[-–]\s*)?(\d{4})\b"
                     # "từ năm 2015 đến năm 2024", "từ năm học 2018 - 2019 đến năm học 2022 - 2023": 2018 - 2023
                     r"|(?:năm học|năm|giai đoạn|nhiệm kỳ)\s+(\d{4}(?:\s*[-–]\s*\d{4})?))", re.I)
_DAY = re.compile(r"\b(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+(?:(?:nay|qua)\s+)?\(?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?!\d)"
                  r"|\b(?:hai|ba|2|3) ngày\s+(\d{1,2})(?:\s*,\s*\d{1,2})?\s*(?:và|[-–])\s*\d{1,2}[/-](\d{1,2})(?:[/-](\d{4}))?"  # "Trong hai ngày 9 và 10/8", "2 ngày 5 - 6/8": the first
                  # ("Sáng qua (25/3)": the day in brackets)
                  r"|\b[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?")  # "Ngày 25 tháng 7 năm 2024"
_GROUP = _Gated(re.compile(r"\b(\d{1,3}(?:\.\d{3})+|\d{1,6}|nhiều|các|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm(?!\s+học)|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)\s+(cá nhân|tập thể|gia đình|hộ gia đình|hộ nông dân|hộ dân|hộ|đơn vị|doanh nghiệp|"
                    r"đồng chí|cán bộ|chiến sĩ|học sinh|sinh viên|giáo viên|công nhân|người lao động|người|đoàn viên|hội viên|đảng viên|nhà giáo|"
                    r"thầy thuốc|nghệ sĩ|nghệ nhân|y, bác sĩ|y bác sĩ|bác sĩ|nhân viên|cựu chiến binh|doanh nhân|tác giả|cơ quan|"
                    r"công đoàn cơ sở|công đoàn|chi bộ|đảng bộ|chi đoàn|chi hội|hợp tác xã|trường học|tổ chức cơ sở đảng|tổ chức đảng|"
                    r"bà mẹ|mẹ|liệt sĩ|phòng, đơn vị|phòng, ban|phòng ban|khoa, phòng|khoa phòng|khoa|công dân|cơ sở [Hh]ội|cơ sở [Đđ]oàn|tấm gương|gương điển hình|điển hình tiên tiến|"
                    r"thanh niên|phụ nữ|nông dân|học viên|giảng viên|vận động viên|huấn luyện viên|tình nguyện viên|đại biểu|"
                    r"cầu thủ|tuyển thủ|thành viên|diễn viên|kỹ sư|công chức|viên chức|phóng viên|nhà báo|nhà khoa học|thuyền viên|ngư dân)"
                    r"(?:\s*(?:và|,)\s*(cá nhân|tập thể))?\b"),
    'cá nhân', 'tập thể', 'gia đình', 'hộ', 'đơn vị', 'doanh nghiệp', 'đồng chí', 'cán bộ', 'chiến sĩ', 'học sinh', 'sinh viên',
    'giáo viên', 'công nhân', 'người lao động', 'đoàn viên', 'hội viên', 'đảng viên', 'nhà giáo', 'thầy thuốc', 'nghệ sĩ',
    'nghệ nhân', 'bác sĩ', 'nhân viên', 'cựu chiến binh', 'doanh nhân', 'tác giả', 'cơ quan', 'công đoàn', 'chi bộ',
    'đảng bộ', 'chi đoàn', 'chi hội', 'hợp tác xã', 'trường học', 'tổ chức', 'bà mẹ', 'liệt sĩ', 'phòng', 'cơ sở', 'gương',
    'điển hình', 'thanh niên', 'phụ nữ', 'nông dân', 'học viên', 'giảng viên', 'động viên', 'luyện viên', 'nguyện viên',
    'người', 'mẹ', 'khoa', 'công dân', 'đại biểu', 'cầu thủ', 'tuyển thủ', 'thành viên', 'diễn viên', 'kỹ sư', 'công chức',
    'viên chức', 'phóng viên', 'nhà báo', 'nhà khoa học', 'thuyền viên', 'ngư dân')
# Words a place's name follows, where a surname ("Hoàng", "Hạ") starts no person: "đường Lê Lợi", "TP. Hạ Long"
# (not "huyện", "tỉnh" or an undotted "TP": "Chủ tịch UBND TP Nguyễn Văn A" names a person)
_BEFORE_PLACE_NAMES = frozenset(("trường", "đường", "phố", "tại", "thcs", "thpt", "ptth", "ptdtnt", "ptdtbt", "học", "non", "viện",
                                 "sở", "huyện", "quận", "xã", "phường", "trấn"))
# (and schools and places named after a person, whose name is theirs within its first two words: "Trường THPT
# Chu Văn An", "Trường Tiểu học Nguyễn Du", "UBND huyện Yên Thành", "xã Hoàng Văn Thụ")
# Between a giver and the award it gives: "… đã tặng", "… vừa trao tặng", "… quyết định tặng thưởng"
_GIVES = re.compile(r"\s+(?:(?:đã|vừa|mới|cũng|ký|ban hành|quyết định|số\s+[\w/.-]+|ngày\s+[\d/-]+|về việc|tỉnh|thành phố)\s+){0,5}"
                    r"(?:(?:long trọng\s+)?tổ chức\s+[Ll]ễ\s+[^;.,]{0,60}?\s+và\s+|(?<=quyết định )[^;.,]{0,60}?\s+và\s+)?"
                    # ("X tổ chức Lễ tuyên dương và trao …"; "X đã ký quyết định thăng cấp bậc hàm … và tặng …";
                    # "Hiệp hội Doanh nghiệp tỉnh tặng …": a body of the province, its "tỉnh" left out of the mention)
                    r"(?:trao tặng|tặng|trao|khen thưởng|phong tặng|truy tặng|tặng thưởng|công nhận)\s+(?:danh hiệu\s+)?"
                    r"(?:\d{1,6}\s+)?", re.I)  # ("trao 25 Bằng khen")
# what stands between a body and the document it issues: "… đã ký Quyết định", "… vừa có Tờ trình số 145/TTr-…"
_SIGNS = re.compile(r"\s+(?:(?:đã|vừa|mới)\s+)?(?:ký(?:\s+ban hành)?|ban hành)\s+|\s+(?:vừa|mới)\s+có\s+", re.I)
_DAY_BEFORE = re.compile(r"(?:^\s*|\b[Nn]gày\s+)(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")  # "Ngày 15/12/2024, … ký …"
_HOLDS_RECEIVING = re.compile(r"\s+(?:đã\s+)?(?:long trọng\s+)?tổ chức\s+(?:[Ll]ễ\b|[Kk]ỷ niệm\s+\d|(?:buổi\s+)?(?:họp mặt|gặp mặt)\b|[Hh]ội nghị|[Đđ]ại hội)[^;.]{0,150}?\bđón nhận\s+"
                              r"(?:danh hiệu\s+)?$")
_ORGANIZED_BY = re.compile(r"\s+(?:do|(?:đã\s+)?được)\s+(?=\S)")  # "Hội nghị … do X tổ chức", "Lễ … đã được X tổ chức"
# Between two subjects of one award, the first one's verb said without it: "12 mẹ được truy tặng và 2 mẹ được phong tặng …"
_GIVEN_ALSO = re.compile(r"\s+(?:đã\s+)?được\s+(?:truy tặng|phong tặng|trao tặng|tặng|trao)\s*(?:,|,?\s*và)\s+")
_PASSIVE_AGENT = re.compile(r"\bđược\s+(?:[^,;]|,(?=\s*[A-ZĐ])){0,60}$")  # "… được Thủ tướng Chính phủ " (its agent follows)
_ON_BEHALF = re.compile(r"\bthay mặt\b", re.I)  # "thay mặt Đảng bộ … trao": no subject that gives (the one named is
#                                                  the conferrer only when nothing else says who is: "A thay mặt Thủ tướng trao")
# what may stand between a host and "tổ chức": a note, its parent after a comma, or where it is ("…, quận 1, TP Hồ Chí Minh")
_HOST_NOTE = re.compile(r"(?:\s*\([^()]*\)|,\s*[A-ZĐ][^,;.()]{0,40}"
                        r"|(?:,\s*(?:quận|huyện|thị xã|thành phố|TP\.?|tỉnh|phường|xã|thị trấn)\s[^,;.()]{1,30}){1,3})?")
_GIVEN_BEFORE = fastre.anchored(re.compile(r"\b(?:trao tặng|tặng|trao|tặng thưởng|khen thưởng)\s+$"))  # (the verb right before an award)
_AND_THEN = re.compile(r"(?:\s+và|,)\s+$")  # (a second verb of the sentence: "… cho 10 tập thể và đề nghị …")
_EVENT_LAUNCHES = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(Đại hội|Hội nghị)\s+(?:cũng\s+)?(?:đã\s+)?(?:[^,.;]{0,80}?\svà\s+)?"
                             r"(?:chính thức\s+)?phát động\b")  # ("Đại hội đã biểu dương … và phát động …")
_DELEGATION_OFFICE = re.compile(r"\bVăn phòng Đoàn (?:ĐBQH|đại biểu Quốc hội) và (?:HĐND|Hội đồng nhân dân) (tỉnh|thành phố)"
                                r"((?:\s+[A-ZĐ][\w-]*){1,3})?")
_PRIZE_METALS = frozenset(("vàng", "bạc", "đồng"))
_PART_START = re.compile(r"[.:;]\s+|\s[-–•+]\s+")
# A clause of a list of a body's honours, its subject unsaid: "- 3 lần được Chủ tịch nước tặng …", "Được … tặng …"
_NO_SUBJECT = re.compile(r"\s*(?:[-–•+]\s*)?(?:\d{1,2}\s+lần\s+)?(?:(?:đã|cũng|còn|nhiều năm liền)\s+)*(?:vinh dự\s+)?[Đđ]ược\s")
_WON_AT = re.compile(r"(?:\b(?:đạt|đoạt)\s+giải(?:\s+\w+){0,2}\s+(?:trong|tại)|\btham gia)\s+$")
_BEFORE_THEN = re.compile(r"\s*(?:Trước đó|Trước đây|Trước khi)\b")  # another occasion, before the one reported
_AUTHORIZED_BY = re.compile(r"\s*(?:Thừa ủy quyền|Thừa lệnh|Được sự ủy quyền|Được ủy quyền|Thay mặt)\s+(?:của\s+)?", re.I)
_UNQUOTED_MEDAL = re.compile(r"\s+(Vì\s+[^,;.()“”\"]{2,80}?)"
                             r"(?=\s+(?:cho|của|vì|do|nhân dịp|nhân ngày|nhân kỷ niệm|đã|và|tại|có)\b|[,;.()]|$)")
_UNIT_ABBREVIATION = re.compile(r"\b(TP|Tp|TX|Tx)\b\.?\s*(?=[A-ZĐ0-9])")
_UNIT_WORDS = {"tp": "thành phố", "tx": "thị xã"}
_NATION_BEFORE_UNIT = re.compile(r" việt nam (?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) )")
# "cho hai em", "cho cả 2 em", "cho 2 em và …": the children named before (not "2 em nhỏ", "2 em Nguyễn …")
_CHILDREN_AGAIN = re.compile(r"[^;:]{0,40}?\bcho\s+(?:cả\s+)?(\d|hai|ba|bốn)\s+em(?=\s*(?:[.,;]|$|\s+(?:và|vì|đã|có|nhân)\b))", re.I)
_CHILDREN_AGAIN_AND = re.compile(r"[^;:]{0,40}?\bcho\s+[^;:]{1,60}?\s+và\s+(?:cả\s+)?(\d|hai|ba|bốn)\s+em(?=\s*(?:[.,;]|$|\s+(?:vì|đã|có|nhân)\b))", re.I)
_CALLED_EM = re.compile(r"(?<!\w)[Ee]m $")  # right before a name: "em Lò Văn Nam"
_COUNTED_BY_WORD = frozenset(("cá nhân", "tập thể", "đơn vị", "doanh nghiệp", "cơ quan", "gia đình", "hộ gia đình", "hộ"))
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_DELEGATION_AFTER_TITLE = re.compile(r"\b[Tt]rưởng (đoàn)(?= (?:ĐBQH|đại biểu Quốc hội)\b)")  # (its head in lower case)
# the bodies whose units a report may name without them: "Phòng …" of a police, a department, a hospital; "Khoa …" of a
# hospital or a school; "Đội …" of a police or a command
_UNIT_OWNERS = {"phòng": ("công an ", "sở ", "bệnh viện ", "cục ", "bộ ", "trung tâm y tế "),
                "khoa": ("bệnh viện ", "trung tâm y tế ", "trường "), "đội": ("công an ", "bộ chỉ huy ")}
# a unit's name that already says whose it is, or where
_OWNED = re.compile(r"\b(?:Công an|Bệnh viện|Sở|Bộ|Cục|Trung tâm|Ủy ban|UBND|Viện|Trường|Công ty|Tổng công ty|Ngân hàng|"
                    r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|TP)\b")
_OF_A_STATE = re.compile(r"((?:\s+[^\W\d]+){1,3}?)(?=\s+của\s+(?:Nhà nước|Chính phủ|Hoàng gia|Vương quốc|Tổng thống)\s)")
_REGION_AFTER = re.compile(r" khu vực ([IVXL]{1,6}|\d{1,2})\b")  # a national body's regional unit: "… khu vực XI"
_TWO_WORD_UNITS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn")})
_NAME_BREAK = re.compile(r"[,;:.()“”\"!?]")  # punctuation that ends a name
_DASH = re.compile(r"[-–]")
_CLAUSE_BREAK = re.compile(r"[,;:.()]")
_PERSON_BREAK = re.compile(r"[,;:.()\-–“”\"]")  # between the words of a name: none of these
_NOT_A_PERSON_AFTER = fastre.anchored(re.compile(r"Ảnh\s*:\s*$|\bPV\s*$|theo báo\s*$|\b(đường|phố|số|phường|xã|quận|huyện|tại)\s*$"
                                                 r"|\btrường\s+(?:THCS|THPT|TH|PTDTNT|tiểu học|trung học(?: cơ sở| phổ thông)?|mầm non"
                                                 r"|đại học|cao đẳng|trung cấp)?(?:\s+chuyên)?\s*$", re.I))  # a byline, a street, a school named after a person
_NAMED_PROVINCE = re.compile(r"\b(?:tỉnh|thành phố|TP\.?)\s*[A-ZĐ]")
_PART_BREAK = re.compile(r"[,;()]|\.\s")  # between two posts of a chain (a full stop inside "TP.HCM" is none)
_LIST_BREAK = re.compile(r"[,;:()“”\"!?]")
_SUSPECTS_GO_ON = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|và|,\s*và)\s*")  # (the next suspect of a list)
_SUSPECTS = re.compile(r"\b(?:đối tượng|nghi phạm|bị can|bị cáo)\b", re.I)
_LIST_OPENER = fastre.anchored(re.compile(r"\b(?:gồm|gồm có|bao gồm|là)\s*:\s*$|\bgồm\s+$", re.I))  # a list of names follows
# "Liên đoàn Lao động (LĐLĐ) TP.HCM", "Bộ Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh …": a name goes on after it
_INNER_ABBREVIATION = fastre.anchored(re.compile(
    r"(?<=\w)\s\(([A-ZĐ][A-ZĐ&\-]{1,11})\)(?=\s+(?:tỉnh|thành phố|TP\b|huyện|quận|thị xã|xã|phường|[A-ZĐ]))"))
_LIST_SEPARATOR_END = re.compile(r"(?:,|\svà)\s*$")
_FOREIGN_NAME_BREAK = re.compile(r"[,;:()\-–“”\"]|\.\s")
_ABBREVIATION_AFTER = re.compile(r"^\s*\(([A-ZĐ][A-ZĐ0-9&\-.]{1,12}(?: \d{1,3})?)\)")  # "Tổng công ty Sông Lam (SLC) đã tặng …"
# "gồm", "bao gồm 9 thành viên:", "gồm 6 tỉnh, thành phố:" after a cluster's name
_MEMBERS_LISTED = re.compile(r"\b(?:gồm|bao gồm)\b(?:\s+(?:có\s+)?(?:\d+|các)\s+(?:thành viên|đơn vị|"
                             r"(?P<districts>(?:huyện|quận|xã|phường)(?:\s*,\s*(?:thị xã|thành phố|phường|thị trấn))*)|"
                             r"(?P<places>tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|thành phố|địa phương)))?\s*:?")
# an item of a list of districts or communes: "Lệ Thủy", "thành phố Đồng Hới", "TX. Ba Đồn", "phường Sa Pa"
_DISTRICT_ITEM = re.compile(r"\s*(?:và\s+)?(?:(huyện|quận|thị xã|thành phố|xã|phường|thị trấn|TP\.?|TX\.?)\s+)?((?:[A-ZĐ]\w*)(?:[ -][A-ZĐ]\w*){0,3})\s*")
# "các (đồng chí) Ủy viên Bộ Chính trị:", "các Phó Thủ tướng:": a title the persons listed after the colon share
_TITLED_LIST = re.compile(r"\bcác\s+(?:đồng chí\s+)?(?=[^\W\d_])")
_LIST_END = re.compile(r"\b(?:cùng|và các|và đại diện)\b|\.(?:\s|$)")
# Recipients named among a group that received: "… cho 45 cá nhân, trong đó có đồng chí A"
# a sentence that goes on giving, its subject the last one's: "Đồng thời trao …", "Tiếp đó, trao tặng …"
_NOT_TITLES = ("Bằng khen", "Giấy khen", "Cờ thi đua", "Huân chương", "Huy chương", "Kỷ niệm chương", "Huy hiệu", "Giải thưởng")
_TITLE_HANDED_OVER = re.compile(r"\b(?:đã\s+)?(?:trao tặng|trao|gắn)\s+(danh hiệu|phần thưởng|[Hh]uy hiệu|giải thưởng)(?:\s+(?:cao quý|này))*"
                                r"\s+(?:cho|và chúc mừng)\s+")  # ("trao Huy hiệu và chúc mừng đồng chí A")
_KIN = re.compile(r"(?:đại diện\s+)?(?:thân nhân|gia đình)\b")  # who receives a posthumous award
_HANDS_OVER = re.compile(r"\b(?:đã\s+)?(?:trao tặng|trao|gắn)\s+$")  # (right before an award)
_SUBJECTLESS_GIVING = re.compile(r"\s*(?:(?:Đồng thời|Tiếp đó|Sau đó|Cũng tại buổi lễ|Tại buổi lễ),?\s+)?(?:đã\s+)?(?:trao tặng|trao|gắn)\s")
# lower-case verbs that end a name even when a capitalised word follows them closely
_VERB_BREAKS = frozenset((("ban", "hành"), ("quyết", "định"), ("triển", "khai"), ("thực", "hiện"), ("công", "bố"),
                          ("thông", "qua"), ("hướng", "dẫn"), ("phê", "duyệt"), ("ký", "kết"), ("ký", "quyết"),
                          ("ký", "ban"), ("ký", "tặng")))
# a paragraph that announces awards listed after it, and an item of that list up to its award
_RESULTS_LISTED = re.compile(r"\b(?:khen thưởng|tặng thưởng|tặng|trao tặng|trao|vinh danh)\b(?:[^:;]{0,60}|[^:;]{0,250}?\bcụ thể\s*):\s*$")
_BULLET = r"(?:\d{1,3}[.)]|[a-zđ][.)]|[-–+•*])"  # what opens an item of a list: "1.", "a)", "-"
_AWARDS_JOINED = re.compile(r"\s*(?:,|và|,\s*và|cùng)\s*")  # "trao Huân chương … và Bằng khen … cho A": both A's
_RESULT_RECIPIENTS = re.compile(r":|\s+cho\s")  # "- Huân chương …: A, B", "- Huân chương … cho A và B"
_RESULT_ITEM = re.compile(r"\s*" + _BULLET + r"\s*(?:[Dd]anh hiệu\s+)?")
# a head said once for the bodies named after the colon: "các Sở: Tài chính, Y tế", "UBND các huyện: A, B và C"
_ELLIPTIC_LIST = fastre.anchored(re.compile(r"(?:\b(?:UBND|Ủy ban nhân dân)\s+các\s+(?P<unit>huyện|quận|thị xã|xã|phường)|\bcác\s+(?P<dept>[Ss]ở)"
                                            r"|\b(?P<body>Công an|UBND|Ủy ban nhân dân|Bộ Chỉ huy Quân sự|Hội Nông dân|Hội Cựu chiến binh|Liên đoàn Lao động"
                                            r"|Bảo hiểm xã hội|Cục Thuế|Cục Hải quan|Sở\s+[A-ZĐ][^\s:;,.]*(?:\s+(?!các\b)[^\s:;,.]+){0,6}?)"
                                            r"\s+(?:các|\d{1,2})\s+tỉnh(?:,?\s*thành phố)?)"  # ("Sở GD&ĐT các tỉnh: A, B và C": each one's)
                                            r"\s*:\s*(?=[A-ZĐ])"))
# heads of bodies that a bare "tỉnh" after their name places in the report's province ("Trung tâm Kiểm soát bệnh tật
# tỉnh", "Công đoàn Viên chức tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Trường Chính trị tỉnh", "Hội Khuyến học tỉnh")
_OF_THE_PROVINCE = frozenset(lx.keys(h) for h in ("Trung tâm", "Công đoàn", "Đài", "Trường", "Hội", "Hội đồng", "Hiệp hội"))
_BELOW_PROVINCE = frozenset(("huyện", "quận", "xã", "phường", "trấn"))  # unit words of districts and communes
_TODAY = re.compile(r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Hh]ôm) (nay|qua)\b")  # (the day of publication, or the day before)
_SHORT_HONORIFICS = frozenset(("anh", "chị", "ông", "bà", "em", "cháu", "cô", "chú"))  # before a given name alone
# a report titled as a proposal, a call for comments on one or a revocation, and a sentence telling what was given before
_PROPOSAL_TITLE = re.compile(r"(?i)\b(?:đề nghị|đề xuất|lấy ý kiến|xin ý kiến|xét tặng|công khai danh sách|thu hồi|hủy bỏ|huỷ bỏ|tước)\b")
_EARLIER_AWARD = re.compile(r"\b(?:đã|từng)\s+(?:được\s+)?(?:[^,;.]{0,40}?\s)?(?:tặng|trao tặng|tặng thưởng|phong tặng|nhận)\b"
                            r"|^\s*Trước đó\b")  # ("Trước đó, năm 2022, ông A được … tặng Bằng khen")
_PARTY_COMMITTEE_IN = re.compile(r"\b(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)\s.+$")  # in a body's name, to its end
_LOCAL_PLACE = re.compile(r"\s(?:xã|phường|thị trấn|huyện|quận|thị xã)\s+\S.*$")  # the commune or district a body's name ends with
_RESPECTIVELY = re.compile(r"\blần lượt\b")  # "A và B lần lượt nhận X và Y": the i-th receives the i-th
_AWARD_THEN_FOR = re.compile(r"\s*(?:và\s+|còn\s+)?(?:danh hiệu\s+)?")  # a clause of an award and its recipients, its verb said
# before ("…; danh hiệu Chiến sĩ thi đua cấp tỉnh cho 45 cá nhân")
_AMONG_THEM = re.compile(r"\s*,?\s*trong đó có\s+")
_AMONG_THEM_LATER = re.compile(r",\s*trong đó có\s+")
# A campaign named in a steering committee's name: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”'
_STEERED = re.compile(r"(?:[Cc]uộc vận động|[Pp]hong trào(?: thi đua)?)\s*[“\"][^”\"]{3,150}[”\"]")
# What a campaign's quoted name comes after: 'đợt thi đua cao điểm “…”' (an event inside it is only words of the name)
_CAMPAIGN_QUOTED = re.compile(r"\b(?:phong trào|thi đua|[Cc]uộc vận động|chủ đề|khẩu hiệu)(?:\s+cao điểm)?\s*$")
# An event's name that goes on with a quoted name: "… phong trào thi đua", "… cuộc vận động", "… danh hiệu"
_QUOTED_NAME_NEXT = re.compile(r"\b(?:[Pp]hong trào(?: thi đua)?|[Cc]uộc vận động|chủ đề|chương trình|danh hiệu(?: vinh dự Nhà nước)?|"
                               r"(?:tuyên dương|tôn vinh|biểu dương)(?: \d{1,4})?|[Gg]iải thưởng|[Gg]iải|cuộc thi|[Hh]ội thi|Kỷ niệm chương|Huy hiệu|"
                               r"điển hình|gương)$")  # ("Hội nghị tuyên dương điển hình “Dân vận khéo”", "Lễ tôn vinh 50 “Nông
# dân Việt Nam xuất sắc”")
# What ends the recipients after "cho": the rationale, an occasion, a place …
_RECIPIENTS_END = re.compile(r"\b(?:vì|có (?:nhiều )?thành tích|đã|do|nhân dịp|nhân ngày|nhân kỷ niệm|trong|về|tại|nhằm|để|với|sau khi|"
                             r"đề nghị|trình)\b")
# The occasion of an event, a clause of its own: "nhân kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam,"
_OCCASION = re.compile(r"\b[Nn]hân(?: dịp)?\s+(?:kỷ niệm|ngày|Ngày)\b[^,;]*")
# A school year that opens a sentence: "Năm học 2021 - 2022, …"
_SCHOOL_YEAR_FIRST = re.compile(r"\s*(?:Trong\s+)?(?=(?:[Nn]ăm học|[Gg]iai đoạn|[Nn]hiệm kỳ)\s+\d{4}\s*[-–]\s*\d{4}\s*,)")
# (or a term, a period: "Giai đoạn 2020 – 2025, tỉnh có 2 tập thể được phong tặng …": the period it rewards)
# A class of an order or a medal written alone: "…, hạng Nhì cho 12 đồng chí"
_MORE_CLASSES = re.compile(r"(?:(?:\s*,\s*|\s+và\s+)(?:Nhất|Nhì|Ba)\b)+")  # ", Nhì, Ba" after "… hạng Nhất"
_CLASS_WORD = re.compile(r"Nhất|Nhì|Ba")
_CLASS_ALONE = re.compile(r"(?:(?<=[,;] )|(?<=\svà ))hạng (Nhất|Nhì|Ba)\b")
# Military formations and the commands they belong to, named after them and a comma ("Sư đoàn 316, Quân khu 2")
_FORMATION = re.compile(r"(?:Sư đoàn|Lữ đoàn|Trung đoàn|Tiểu đoàn|Đồn Biên phòng|Hải đoàn|Hải đội|Bộ Chỉ huy)\b")
_UNIT_COMMANDER = re.compile(r"(?:nguyên )?(?:phó )?(?:trung đội|đại đội|tiểu đoàn|trung đoàn|lữ đoàn|sư đoàn|hải đội|hải đoàn) trưởng"
                             r"|(?:nguyên )?chính trị viên(?: phó)?")
_COMMAND = re.compile(r"(?:Quân khu|Quân đoàn|Quân chủng|Binh chủng|Bộ Tư lệnh|Vùng \d|Bộ đội Biên phòng)\b")
_MILITARY_UNIT = re.compile(rf"(?:Trung đội|Đại đội)\b|{_FORMATION.pattern}|{_COMMAND.pattern}")  # any unit of a chain of them
# Where an award's rationale begins: "… vì đã có thành tích …", "… do có hành động dũng cảm …"
_WHY = re.compile(r"\bvì\s+(?:đã\s+)?\w|\bdo\s+(?:đã\s+)?có\b")  # ("vì đã dũng cảm cứu 2 em bị đuối nước"; "do" alone: who gives)
# A note in brackets after a name, up to the separator before its titles
_NOTE = re.compile(r"\s*\([^()]{1,40}\)(?=\s*[-–,]\s*\S)")
# Between two persons of a list: "A, B", "A và B", "A (điền kinh), B"
_PERSONS_LISTED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|và)\s*")
# A title alone before the verb of a clause: "Bộ trưởng cũng trao …", "…, Giám đốc đã trao …"
_TITLE_SUBJECT = re.compile(r"(?:^|[,;.]\s*|\bTại [^,;]{1,60},\s*)([A-ZĐ][\w ]{1,30}?)\s+(?:(?:cũng|đã|còn|tiếp tục)\s+)*$")
# "… được phong tặng danh hiệu A là thầy B": who the counted group before the verb is
_IS_NAMED = re.compile(r"\s*,?\s*(?:là|trong đó có)\s+")  # ("5 nhà giáo được phong tặng … , trong đó có cô A": A one of them)
# ", gồm các em: A, B, C" after a counted group: its members named
_GROUP_LISTED = re.compile(r",\s*(?:gồm|bao gồm)(?:\s+(?:các|những)\s+(?:em|đồng chí|cá nhân|tập thể|đơn vị|ông,?\s*bà|học sinh|"
                           r"sinh viên|vận động viên))?\s*:\s*")
_ONE_OF_THEM = re.compile(r"\blà một trong (?:số )?(\d{1,4}) ([^\W\d]\w*(?: [^\W\d]\w*)?) (?:được|đã được|vinh dự được)\b")
_NOUN_LISTED = re.compile(r"\b(?:các|những)\s+([^\W\d]\w*(?: [^\W\d]\w*)?)\s*:\s*(?=[A-ZĐ])")  # "… chúc mừng các nghệ nhân: A, B"
_AMONG_NEXT = re.compile(r"\s*Trong (?:đó|số (?:đó|này)|số\s+(?:\d+|các|những)\s+[^,;:]{1,50}?),?\s+có\s+(?:các\s+|những\s+)?(?:(tập thể|cá nhân|đơn vị):?\s+)?")
# (a sentence: "Trong đó, có A", "Trong số 10 cá nhân được vinh danh có A và B")
# A sentence that goes on with what the one before it decided: "Theo đó, …", "Cụ thể, …"
_BY_THAT = re.compile(r"\s*(?:[-–•+]\s*|\d{1,2}[.)]\s+)?(?:Theo đó|Cụ thể|Theo Quyết định này|Trong đó"  # (a list's item too)
                      r"|(?:Đồng thời,?\s*)?(?:Tặng|Trao tặng|Truy tặng|Công nhận)(?=\s))")  # (and a sentence with no subject: the decision's)
# A cluster the report named before, named again by its head alone: "Khối gồm 8 đơn vị: …", "Cụm thi đua này gồm …"
_CLUSTER_AGAIN = re.compile(r"\s*(?:Khối|Cụm)(?:\s+thi\s+đua)?(?:\s+này)?(?=\s+(?:gồm|bao gồm)\b)")
# Words a cluster's name does not go on through ("Khối thi đua các tỉnh Đông Nam Bộ tổ chức …", "… năm 2024")
_CLUSTER_STOP = frozenset(matching_key(w) for w in """
gồm đã được cho vì với tại trong là có đến về từ để theo này đó khi sau năm tháng ngày lần nhận trao tặng tổ
cùng cũng đang sẽ vừa do bị như nhằm ra đối tham dự phát và hoặc nhưng mà thì nên sơ tổng ký bàn thống thực
triển đạt dẫn giữ làm công ban hội họp nhất
""".split())
# "tặng Bằng khen cho:", "… gồm:": the award's recipients are listed after the colon
_LIST_HEAD = re.compile(r"[^;:]{0,240}?\b(?:cho|tặng|đối với|gồm|gồm có|sau)"
                        r"(?:\s+(?:\d{1,6}|các|những)\s+[^\W\d][^;:,.]{0,40}?)?\s*:", re.I)  # "… cho 3 tập thể:"
# A sentence naming the members of a counted group the last one gave an award: "Theo đó, 2 sinh viên được khen thưởng gồm: …"
# (or, of a counted group of a kind, without the verb: "Các cá nhân gồm: …")
_GROUP_NAMED = re.compile(r"\s*(?:(?:Theo đó|Cụ thể|Trong đó),?\s*)?(?:(\d{1,3})\s+)?(?:các\s+)?(?:(tập thể|cá nhân|đơn vị)\b)?"
                          r"(?:[^:;.]{0,40}?\bđược\s+(?:khen thưởng|tặng thưởng|tặng|trao tặng|truy tặng|phong tặng|công nhận|tuyên dương|vinh danh|biểu dương)\b[^:;]{0,40}?\b(?:gồm|gồm có|là)"
                          r"|(?:(?<=tập thể|cá nhân)|(?<=đơn vị))\s+(?:gồm|gồm có))\s*:?\s+", re.I)
_LIST_ITEM = re.compile(r"\s*" + _BULLET + r"\s+\S")  # "1. …", "a) …", "- …"
_ONE_OF = re.compile(r"\b(?:một\s+)?trong\s+(?:số\s+)?$", re.I)
_LIST_HEAD_CHO = re.compile(r"\bcho\s*:?\s*$")  # the recipients begin right after "cho"
_RATIONALE = re.compile(r"\b(?:vì|do)\s+(?:đã\s+)?(?:có\s+)?(?:nhiều\s+)?thành tích|\bcó (?:nhiều )?thành tích|\bvì\s+đã\s")  # (or "vì đã hoàn thành …")
_ACTING_FOR = re.compile(r"\b(?:được sự ủy quyền|được ủy quyền|thừa ủy quyền)\s+(?:của\s+)?", re.I)
_TITLE_HANDED = re.compile(r"\b(?:trao|trao tặng|gắn)\s+$")  # "… trao danh hiệu cho …"
_PLACED_AT = re.compile(r",\s*(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh|xã|phường)\s+[A-ZĐ][^,;()]{0,30}?(?=,|\s+[a-zđ])")
_PERSONAL_TITLES = ("Nhà giáo", "Thầy thuốc", "Nghệ sĩ", "Nghệ nhân", "Chiến sĩ thi đua", "Bà mẹ Việt Nam")  # one person's only
_ONE_OF_MANY = re.compile(r"\blà một trong (?:số )?(?:các|những) [^,;:]{1,40}?\bđược\b")  # "A là một trong những cá nhân được …"
_GROUP_KIND = {"tập thể": "collective", "đơn vị": "collective", "doanh nghiệp": "collective", "cơ quan": "collective",
               "cơ sở Hội": "collective", "cơ sở hội": "collective", "khoa, phòng": "collective", "khoa phòng": "collective",
               "khoa": "collective",
               **dict.fromkeys(("công đoàn cơ sở", "công đoàn", "chi bộ", "đảng bộ", "chi đoàn", "chi hội", "hợp tác xã",
                                "trường học", "tổ chức cơ sở đảng", "tổ chức đảng", "phòng, đơn vị", "phòng, ban", "phòng ban"),
                              "collective"),
               "gia đình": "household", "hộ gia đình": "household", "hộ nông dân": "household", "hộ dân": "household",
               "hộ": "household"}
_EVENT = _Gated(re.compile(
    r"\b(Hội nghị|Lễ|Đại hội|Hội thảo|Hội thi|Hội diễn|(?<!năm )Ngày hội|Diễn đàn|(?<=tổ chức )(?:lễ|hội nghị|đại hội|họp mặt|gặp mặt)"
    r"|(?<=tổ chức )[Kk]ỷ niệm(?= \d)"  # ("X tổ chức kỷ niệm 79 năm Ngày truyền thống …": the anniversary's ceremony)
    r"|(?<=tổ chức )[Cc]hương trình(?= [“\"]))"  # ("tổ chức chương trình “Tự hào công nhân …”": the named programme)
    r"\s+(?!các\b|này\b|đó\b)(?=\S)"),
    'hội', 'lễ', 'diễn đàn', 'kỷ niệm', 'họp mặt', 'gặp mặt', 'chương trình')
_EVENT_END = re.compile(
    r"[;:.()“”\"]|(?<!\bDân),(?!\s*(?:khen thưởng|triển khai|phương hướng|nhiệm vụ|viên chức|lao động|kinh doanh|vệ sinh|Nhà giáo|"
    r"Thầy thuốc|Nghệ sĩ|Nghệ nhân|Tháng hành động|việc tốt|doanh nhân|doanh nghiệp|quốc phòng|an ninh|quân sự|cá nhân|"
    r"hộ gia đình|gia đình|tập thể|phong tặng|truy tặng|trao(?: tặng)?|\d+ năm|Giải thưởng|điển hình)\b)"  # (", 35 năm Ngày hội …": another anniversary;
    # "Đại hội công đoàn cơ quan Dân, Đảng quận …": the bodies of the Party and the mass organisations; "Lễ trao Giải
    # thưởng Hồ Chí Minh, Giải thưởng Nhà nước …": two prizes)
    r"|(?<![Qq]uyết định)\scủa\s"  # (but "Lễ công bố quyết định của Chủ tịch nước phong tặng …": the decision's giver)
    r"|(?<!có công)\svới\s"  # (but "người có công với cách mạng")
    r"|\s(?:tại|vào|do|nhằm|để|và trao(?! (?:tặng )?danh hiệu)|cho|Tới dự|Tham dự|đã|được|sẽ|diễn ra|trong|nhân dịp|nhân kỷ niệm)\s"
    r"|\s(?:là|này|đó|đúng|rất|mang|thể hiện|góp phần|đề ra|đặt ra)(?=[\s,.;:]|$)|(?<!người)\scó(?=[\s,.;:]|$)"  # (not "người có công")
    r"|(?<!Thi đua)\svì(?=[\s,.;:]|$)")  # (but "phong trào Thi đua vì an ninh Tổ quốc": a campaign's name)
# What an event does when it is the subject ("Hội nghị thống nhất …", "Đại hội đã bầu …"): no word of a name
_EVENT_DOES = re.compile(r"\s+(?:cũng\s+|đã\s+)?(?:thống nhất|nhất trí|biểu quyết|thông qua|bầu|ghi nhận|kết thúc|"
                         r"nghe|dành|đề nghị|kiến nghị|quyết định)\b")
# "tại Hà Nội", "tại TP. Hồ Chí Minh", "tại Trung tâm Hội nghị Quốc gia": capitalised words after "tại"
_UP = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"  # capitals
# A lower-case word goes on in a place only between capitalised ones ("tại Cung Văn hóa Lao động", "tại Thành phố
# Sơn La"), and never one of the words that join clauses ("tại Hà Nội và Thủ tướng …" ends at "Nội").
_PLACE = re.compile(rf"\btại\s+((?:TP\.\s*|(?:thành phố|tỉnh|huyện|thị xã|quận|thị trấn|xã|phường)\s+(?=[{_UP}]))?[{_UP}]\w*\.?(?:\s+(?:[{_UP}]\w*|(?!(?:và|của|cho|với|có|đã|được|do|trong|tới|đến|dự|là|để|nhằm)\b)"
                    rf"[^\W\d{_UP}]\w*(?=(?:\s+[^\W\d{_UP}]\w*)?\s+[{_UP}]))){{0,8}}"
                    r"(?:(?<=Trung)\s+tâm)?(?:\s+(?:tỉnh|huyện|quận|thị xã|thành phố)(?=[\s,.;:)]|$))?)")
# (and a province's or district's own hall: "tại Hội trường UBND tỉnh", "tại Nhà văn hóa Trung tâm tỉnh")
# a district's unit word alone as the subject: "Quận đã được …" (the one district the report names)
_DISTRICT_ALONE = re.compile(r"(?:^|[,.]\s*)([Hh]uyện|[Qq]uận|[Tt]hị xã)\s+(?:(?:cũng|đã|vinh dự|liên tục|vừa|nhiều năm liền)\s+)*$")
# a province, district or commune named with its unit word: "huyện Yên Thành"
_PLACE_ITEM = re.compile(rf"([Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+"
                         rf"([{_UP}][\w-]*(?:\s+[{_UP}0-9][\w-]*){{0,3}})")
# places as a clause's subject, right before what they received: "Năm 2025, quận Hoàn Kiếm được …", "…; xã Si Ma Cai và
# xã Bát Xát được …"
_PLACE_SUBJECT = re.compile(rf"(?:^|[,.;]\s*|(?<=;)\s*)((?:{_PLACE_ITEM.pattern}(?:\s*,\s*|\s+và\s+))*{_PLACE_ITEM.pattern})"
                            r"\s+(?:(?:cũng|đã|vinh dự|liên tục|vừa|long trọng|trang trọng)\s+)*$")
# places alone after "cho" ("cho huyện Yên Thành", "cho xã A và xã B"): the bodies they are
_PLACES_NAMED = re.compile(rf"((?:{_PLACE_ITEM.pattern}(?:\s*,\s*|\s+và\s+))*{_PLACE_ITEM.pattern})[\s.]*")
_GENERIC_EVENT = _Gated(re.compile(r"\b(?:[Tt]ại|Cũng tại|[Tt]rong|ở)\s+(?:Hội nghị|buổi lễ|Lễ|Đại hội|hội nghị|lễ|đại hội|buổi gặp mặt|chương trình)\b"
                                   r"|^\s*(?:Nhân dịp này|Dịp này|Cũng dịp này|Cùng dịp(?: này)?)\b"),
    'hội', 'lễ', 'buổi gặp mặt', 'chương trình', 'dịp này', 'cùng dịp')
_DOC = _Gated(re.compile(
    r"\b(Chỉ thị|Nghị quyết liên tịch|Nghị quyết|Quyết định|Nghị định|Thông tư liên tịch|Thông tư|Luật|Kết luận|Kế hoạch|"
    r"Hướng dẫn|Công văn|Thông báo|(?i:chỉ thị|nghị quyết|quyết định|nghị định|thông tư|tờ trình|báo cáo)(?=\s+số\s+\d+/))"
    r"(?:\s+số)?\s+(\d+[0-9A-Za-zĐđ/\-.]*(?:\s(?=[A-ZĐ]{1,6}/[A-ZĐ])[0-9A-Za-zĐđ/\-.]*)?(?:\([A-Za-z0-9]+\))?)"),
    'chỉ thị', 'nghị quyết', 'quyết định', 'nghị định', 'thông tư', 'luật', 'kết luận', 'kế hoạch', 'hướng dẫn', 'công văn', 'thông báo',
    'tờ trình', 'báo cáo')
_LAW = _Gated(re.compile(r"\bLuật\s+([A-ZĐ]\w*(?:,?\s+\w+){0,6})"),
    'luật')
_LAW_NAME_ENDS = frozenset(("quy", "nêu", "có", "được", "đã", "sẽ", "thì", "là", "ghi", "xác", "yêu", "cho", "nói", "hướng"))  # "… quy định"
_LAW_NUMBER = re.compile(r",?\s*(?:số\s+)?(\d{1,3}/\d{4}/QH\d{1,2})\b")  # a law's number after its name
_DOC_NAMED = _Gated(re.compile(
    r"\b(Nghị quyết)\s+((?:Hội nghị\s+(?:lần thứ\s+)?\d+\s+)?(?:Ban Chấp hành\s+)?(?:Trung ương|TW|TƯ)\s+\d+"
    r"|Đại hội(?:\s+(?:đại biểu|Đảng|Phụ nữ|Công đoàn|Đoàn|toàn quốc|lần thứ|[A-ZĐ]+\b))+(?:\s+[IVXL]+)?)"),
    'nghị quyết')
_DOC_DATE = re.compile(r"^\s*ngày\s+(\d{1,2})(?:[/-]|\s+tháng\s+)(\d{1,2})(?:[/-]|\s+năm\s+)(\d{4})")  # (or "ngày 31 tháng 12 năm 2023")
# What stands between a person and the post they hold, are elected or appointed to: "A là …", "A tái đắc cử …"
_ELECTED = re.compile(r"(?:là|tái đắc cử|đắc cử|được bầu(?: giữ chức| làm| là)?|được bổ nhiệm(?: giữ chức| làm)?|giữ chức"
                      r"|được tín nhiệm bầu(?: giữ chức| làm)?)\s+(?=\S)")
_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:và|cùng)\s+")
_TERM = re.compile(r"\(?\s*khóa\s+([IVXL]+)\s*\)?", re.I)
_TERM_AFTER_ISSUER = re.compile(r"\s*của\s+[^;:()“\"]{2,40}?\s*\(\s*khóa\s+([IVXL]+)\s*\)", re.I)  # "… của BCH TW Đảng (khóa XII)"
_CAMPAIGN = _Gated(re.compile(r"(phong trào(?:\s+thi đua)?|cuộc vận động|chủ đề(?:\s+thi đua)?|đợt thi đua(?:\s+cao điểm)?)"
                              r"\s*:?\s*(?=[“\"‘'«])", re.I),
    'phong trào', 'cuộc vận động', 'chủ đề', 'đợt thi đua')
# A decision's own text: "Số: 123/QĐ-UBND", "Nghệ An, ngày 15 tháng 12 năm 2024", "Điều 1. Tặng …"
_OWN_NUMBER = re.compile(r"\s*Số\s*:\s*(\d+[\w.]*/QĐ-[\w.&-]+)")
_OWN_DATE = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b")
_OWN_TITLE = re.compile(r"\s*QUYẾT ĐỊNH\s*:?\s*(?:V/v|[Vv]ề việc)\s+(.{3,300})")
_OWN_TITLE_LINE = re.compile(r"\s*(?:V/v|[Vv]ề việc)\s+(.{3,300})")
_ANNEXED = fastre.anchored(re.compile(r"\(?\s*(?:có|theo)\s+danh sách kèm theo\s*\)?", re.I))  # "… cho 3 tập thể (có danh sách kèm theo)"
_ANNEX_HEADING = re.compile(r"\s*DANH SÁCH\b")
_ANNEX_OF_AWARDED = re.compile(r"\bĐƯỢC\s+(?:TẶNG|KHEN THƯỞNG|TRAO|CÔNG NHẬN|PHONG TẶNG|TRUY TẶNG)\b")  # (a heading that says so)
# inside an annexed list: the line that says which decision it goes with, and the headings of its parts
_ANNEX_PART = re.compile(r"\s*(?:\((?:Kèm theo|Ban hành kèm theo)\b[^()]*\)|(?:[IVX]{1,4}|[A-Z])[.)]\s*(?:Tập thể|Cá nhân|"
                         r"TẬP THỂ|CÁ NHÂN|Hộ gia đình|HỘ GIA ĐÌNH)\b[^.;]{0,60}:?)\s*")
# the office of a decision's signer, on a line of its own ("CHỦ TỊCH", "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH")
_SIGNER_TITLES = {"CHỦ TỊCH": "Chủ tịch", "PHÓ CHỦ TỊCH": "Phó Chủ tịch", "GIÁM ĐỐC": "Giám đốc", "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
                  "BỘ TRƯỞNG": "Bộ trưởng", "THỨ TRƯỞNG": "Thứ trưởng", "TRƯỞNG BAN": "Trưởng ban", "PHÓ TRƯỞNG BAN": "Phó Trưởng ban",
                  "TỔNG GIÁM ĐỐC": "Tổng Giám đốc", "CHÁNH VĂN PHÒNG": "Chánh Văn phòng"}
_SIGNER_TITLE = re.compile(r"\s*(?:(?:KT|TM|TL|Q)\.\s*)?(" + "|".join(sorted(_SIGNER_TITLES, key=len, reverse=True)).replace(" ", r"\s+")
                           + r")\s*")
_SIGNER_NAME = re.compile(rf"\s*[{_UP}]\w*(?:\s+[{_UP}]\w*){{1,3}}\s*")
_ARTICLE = re.compile(r"\s*Điều\s+\d+\s*[.:]")
# After a campaign's name: its period ("giai đoạn 2021 - 2025", "năm 2024"), and "(do) X phát động"
_CAMPAIGN_PERIOD = re.compile(r"\s*(?:trong\s+(?:(?!giai\b|năm\b)[^\W\d]+\s+){0,3})?(?:giai đoạn|năm học|năm)\s*(\d{4}(?:\s*[-–]\s*\d{4})?)\b")
# ("… trong toàn ngành giai đoạn 2025 - 2026")
_LAUNCHED_AFTER = re.compile(r"\s*,?\s*(?:do|mà)\s+(?=\S)")
# Between a body and the campaign it launches, or takes up
_LAUNCHES = re.compile(r"\s+(?:(?:đã|vừa|mới|cũng|chính thức|long trọng|tổ chức|lễ|buổi lễ|ra quân|tỉnh|thành phố)\s+){0,4}"
                       r"(?:phát động|khởi động|khởi xướng|ban hành kế hoạch(?:\s+số\s+[\w/.-]+)?(?:\s+ngày\s+[\d/]+)?\s+phát động)\s+",
                       re.I)  # ("ban hành Kế hoạch số 120-KH/TU phát động …")
_ADOPTS = re.compile(r"\s+(?:(?:đã|vừa|tích cực|sôi nổi|hăng hái|tiếp tục|đẩy mạnh|luôn|chủ động|tổ chức|ban hành kế hoạch)\s+){0,4}"
                     r"(?:hưởng ứng|triển khai(?:\s+thực hiện)?|thực hiện|tham gia)\s+", re.I)
_ADOPTING_OPENER = re.compile(r"\s*(?:[Hh]ưởng ứng|[Tt]hực hiện|[Tt]riển khai(?:\s+thực hiện)?|[Tt]ham gia|[Qq]ua)\s+(?:các\s+)?", )
_NEXT_QUOTE = re.compile(r"\s*(?:,|và)\s*(?:[“\"]([^”\"]{3,300})[”\"]|[‘'«]((?:[^’'»]|(?<=\w)'(?=\w)){3,300})[’'»](?!\w))")
_ATTEND = _Gated(re.compile(r"\b(Tới dự|tới dự|Tham dự|tham dự|[Cc]ùng dự|Dự (?:[Hh]ội nghị|buổi lễ|[Ll]ễ|[Đđ]ại hội|chương trình)"
                            r"|dự và (?:phát biểu|chỉ đạo|trao)|có mặt)\b"),
    'dự', 'có mặt')
_ORGANIZE = _Gated(re.compile(r"\b(tổ chức|diễn ra|khai mạc|long trọng tổ chức|tiến hành)\b"),
    'tổ chức', 'diễn ra', 'khai mạc', 'tiến hành')
_COMPANY = _Gated(re.compile(
    r"\b(?:Tổng [Cc]ông ty|Công ty|Tập đoàn)(?:\s+(?:[Cc]ổ phần|CP|TNHH|MTV|[Mm]ột thành viên|Tập đoàn))*"
    r"\s+(?P<core>[A-ZĐ][\w&]*(?:[A-Z0-9]\w*)?)(?=\s*(?:[,.;:()]|\s[a-zđ]|$))"),
    "công ty", "tập đoàn")
_NOT_BRANDS = {"việt", "nhà", "điện", "xây", "cổ", "tnhh", "bưu", "dầu", "than", "cao", "đường", "hàng", "xăng"}
_FOREIGN_ORDER = "https://w3id.org/tdkt/award/huan-chuong-nuoc-ngoai"
_DECISION_AUTHORITY = {"ttg": "Thủ tướng Chính phủ", "ctn": "Chủ tịch nước"}


@dataclass
class Mention:
    start: int  # token index
    end: int
    kind: str  # award, post, org, person, group
    value: object
    text: str


class _Sentence:
    def __init__(self, text: str):
        self.raw = text  # as written: the evidence
        self.text = _without_inner_abbreviations(text)  # what is read, of the same length
        self.blanked = self.text is not text
        self.tokens = lx.tokenize(self.text)
        quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)] if any(q in text for q in "\"“‘'«") else ()
        self.quoted = [any(a <= t.start < b for a, b in quoted) for t in self.tokens] if quoted else [False] * len(self.tokens)
        self.mentions: list[Mention] = []
        self.attached: set[int] = set()  # id() of org mentions inside a person's post ("…, Giám đốc X")
        self._of: dict[tuple, list[Mention]] = {}
        self._caps: list[int] | None = None

    def char_span(self, i: int, j: int) -> str:
        span = self.text[self.tokens[i].start:self.tokens[j - 1].end]
        return " ".join(span.split()) if self.blanked else span

    def tok_at(self, char: int) -> int:
        for i, t in enumerate(self.tokens):
            if t.start >= char:
                return i
        return len(self.tokens)

    def between(self, i: int, j: int) -> str:
        """The raw text between token i-1 and token j."""
        a = self.tokens[i - 1].end if i > 0 else 0
        b = self.tokens[j].start if j < len(self.tokens) else len(self.text)
        return self.text[a:b]

    def of(self, *kinds: str) -> list[Mention]:
        """The mentions of these kinds, in order (a list not to change: it is kept until a mention is added)."""
        key = (kinds, len(self.mentions))
        found = self._of.get(key)
        if found is None:
            found = self._of[key] = [m for m in self.mentions if m.kind in kinds]
        return found

    def capitalised(self) -> list[int]:
        """The positions of the capitalised words, then the number of words."""
        if self._caps is None:
            self._caps = [k for k, t in enumerate(self.tokens) if t.cap] + [len(self.tokens)]
        return self._caps

    def reordered(self) -> None:
        """Forget the lists :meth:`of` kept: the mentions were sorted or some taken out."""
        self._of.clear()


class Extractor:
    """Extracts :class:`Facts` from one :class:`Report`."""

    def __init__(self, report: Report):
        self.report = report
        self.facts = Facts()
        self.main_event: Event | None = None
        self.cluster: Org | None = None
        self.year = report.year
        self._hosting = False  # whether the last recipients were the host of a ceremony to receive the award
        self._hosted: set[int] = set()  # the conferrals to such hosts
        self._children: list[Person] = []  # persons called "em", as named (see _children_again)
        self._subject: tuple[_Sentence, list[Mention]] | None = None  # last subject that received an award
        self.aliases: dict[tuple[str, ...], str | Org] = {}  # names this report gives a body ("PVC", "Eurowindow")
        self._seated = False  # the name being read is of a body named by its seat ("… tại Hà Nội")
        self.last_person: Mention | None = None  # "đồng chí" alone, as a subject, refers back to this one
        self.province = None  # the last province the report named: "tỉnh này", "của tỉnh" refer to it
        self._home: tuple | None = None  # (the province the report is about, or None), once asked for
        self._districts: dict[str, dict[str, str]] = {}  # "quận" → the districts of that kind the report names, by key
        self._paragraphs: list[tuple[str, list[_Sentence]]] = []  # the body's paragraphs and their sentences, once read
        self._listing: tuple | None = None  # an award whose recipients are listed in the paragraphs that follow
        self._annex_listing = False  # … in a list "kèm theo" its sentence announced, instead of its counted groups
        self._decision: Document | None = None  # the decision the report is the text of ("Số: 123/QĐ-UBND")
        self._articles = False  # its articles have begun ("Điều 1. Tặng …")
        self._withheld: _Sentence | None = None  # the last sentence whose awards were proposed or revoked, not given
        self._titled: _Sentence | None = None  # the sentence that is the title of the decision the report is the text of
        self._annexed: tuple | None = None  # an award whose recipients a list "kèm theo" names (after "DANH SÁCH")
        self._decided: tuple[_Sentence, Document] | None = None  # the decision the last sentence named: "Theo đó, …" is its
        self._counted: tuple | None = None  # the last sentence's award to one counted group, which the next may name
        self._presented: tuple | None = None  # (sentence, person) who handed over the last award: "…; trao …" is them again
        self._sentence_before: _Sentence | None = None
        self._results_listed = False  # a paragraph announced awards listed one a paragraph, "- AWARD: recipients"
        self._results_intro: tuple[_Sentence, Document | None] | None = None  # that paragraph's sentence, its decision
        self._signer_title: str | None = None  # the office a decision's signature names, before the signer's name
        self._gave: tuple | None = None  # (sentence, body or office) that gave the last award: "…; tặng …" is it again
        self._prizes: dict[str, object] = {}  # the prizes of the scheme the report named: "Giải thưởng" alone is the one
        self._titles: dict[str, object] = {}  # … and its titles: "danh hiệu" handed over alone is the one
        self._badges: dict[str, object] = {}  # … and its badges: "Huy hiệu" handed over alone is the one
        self._acting_for: dict[int, object] = {}  # id() of a person → the office they hand awards over for ("được sự ủy quyền của …")
        self._brands(" ".join([report.title or "", *report.body]))

    # ------------------------------------------------------------------ entities
    def org(self, label: str, spelled: str, known=None, cls: str = "org") -> Org:
        if known is not None:
            key = known.iri
            org = self.facts.orgs.get(key)
            if org is None:
                org = Org(key, known.label, "cluster" if known.kind == "cluster" else "org", known.iri)
                self.facts.orgs[key] = org
        else:
            label = lx.city_committee(lx.expand_head(label))  # "Công ty CP X" and "Công ty cổ phần X" are one body, and so
            # are "Thành ủy thành phố Hà Nội" and "Thành ủy Hà Nội"
            key = matching_key(label)
            org = self.facts.orgs.get(key) or self._party_twin(key, label)
            if org is None:
                org = Org(key, label, cls)
                self.facts.orgs[key] = org
        org.spellings.add(spelled)
        return org

    def _party_twin(self, key: str, label: str) -> Org | None:
        """"Đảng ủy cơ quan X" in a report that names "Đảng bộ Cơ quan X" (or the other way round): the
        Party organization and the committee that speaks for it are one body to a report's reader,
        labelled "Đảng bộ …"."""
        head, _, rest = key.partition(" ")
        if head != "đảng" or not rest.startswith(("ủy ", "bộ ")):
            return None
        twin_key = f"đảng {'bộ' if rest.startswith('ủy') else 'ủy'} {rest[3:]}"
        twin = self.facts.orgs.get(twin_key)
        if twin is None or twin.iri is not None:
            return None
        if rest.startswith("bộ"):  # the organization's name is the label, under its own key
            del self.facts.orgs[twin_key]
            twin.key, twin.label = key, label
            self.facts.orgs[key] = twin
        return twin

    def person(self, name: str) -> Person:
        key = matching_key(name)
        if key not in self.facts.persons:
            self.facts.persons[key] = Person(name)
        return self.facts.persons[key]

    # ------------------------------------------------------------------ mentions
    def find_mentions(self, s: _Sentence) -> None:
        toks, n = s.tokens, len(s.tokens)
        covered = [False] * n
        nxt = 0
        award_starts, post_starts, org_starts = lx.index_starts(toks)
        for i in award_starts:  # award types
            m = lx.award_index().match(toks, i) if i >= nxt else None
            if m and s.quoted[i]:  # an award's name inside a quotation only when quoted as itself: “Cờ thi đua”
                end = next((k for k in range(i, n) if not s.quoted[k]), n)
                m = lx.award_index().match(toks, i, end)
                m = m if m and _quoted_whole(s, i, i + m[0]) else None
            if m and m[0] == 2 and i + 2 < n and toks[i + 2].key in _PRIZE_METALS and m[1].label == "Huy chương":
                m = None  # "Huy chương Vàng": a contest's medal (sports, a product's quality), not an honour
            if m:
                s.mentions.append(Mention(i, i + m[0], "award", m[1], s.char_span(i, i + m[0])))
                nxt = i + m[0]
        if "hạng" in s.text and s.of("award"):
            self._classes_alone(s)
        if "danh hiệu" in s.text or "iải thưởng" in s.text or "úp “" in s.text or 'úp "' in s.text:
            self._unlisted_titles(s)
        if s.of("award") or "iải thưởng" in s.text or "danh hiệu" in s.text or "uy hiệu" in s.text:
            self._kind_again(s)
        nxt = 0
        for i in post_starts:  # known offices ("Thủ tướng Chính phủ", "Chủ tịch nước")
            m = lx.post_index().match(toks, i) if i >= nxt and toks[i].cap else None
            if m and i > 0 and toks[i - 1].key == "phó" and _joined(s, i):
                m = None  # "Phó Chủ tịch Quốc hội": a deputy of that office, in its body (no office of the reference data)
            if m and not s.quoted[i]:
                s.mentions.append(Mention(i, i + m[0], "post", m[1], s.char_span(i, i + m[0])))
                nxt = i + m[0]
        nxt = 0
        for i in org_starts:  # known organizations; a province is a place until named as a body
            m = lx.org_index().match(toks, i) if i >= nxt else None
            if m and i > 1 and (toks[i - 2].key, toks[i - 1].key) == ("đại", "biểu") and i > 2 and toks[i - 3].key == "đoàn":
                m = None  # "Đoàn đại biểu Quốc hội tỉnh X": a province's delegation, not the National Assembly
            if m and i > 1 and (toks[i - 2].key, toks[i - 1].key) == ("chỉ", "huy") and _joined(s, i - 1):
                m = None  # "Bộ Chỉ huy Bộ đội Biên phòng tỉnh X": a province's command, named by its own head
            if m and i > 0 and toks[i - 1].key == "vùng" and toks[i - 1].cap and _joined(s, i) \
                    and i + m[0] < len(toks) and toks[i + m[0]].key.isdigit():
                m = None  # "Bộ Tư lệnh Vùng Cảnh sát biển 2": a region of it, named by its own head
            if m and not toks[i].cap and m[0] > 1 and (toks[i].key, toks[i + 1].key) == ("bộ", "đội"):
                m = None  # "cán bộ, chiến sĩ bộ đội Biên phòng": its soldiers
            if m and m[1].label == "Ban Bí thư" and i + m[0] < len(toks) and _joined(s, i + m[0]) \
                    and (parent := lx.org_index().match(toks, i + m[0])) is not None and parent[1].label != "Ban Bí thư":
                m = None  # "Ban Bí thư Trung ương Đoàn": the Youth Union's secretariat, not the Party's
            if m and not s.quoted[i] and (toks[i].cap or m[0] > 2 and (i == 0 or (toks[i - 1].key, toks[i].key) not in lx.HEAD_INSIDE_WORD)) \
                    and (_unbroken(s, i, i + m[0]) or _written_as_named(s.char_span(i, i + m[0]), m[1])):
                known = m[1]
                text = s.char_span(i, i + m[0])
                end = i + m[0]
                state = self._state_after(s, end) if known.kind == "org" else None
                if known.kind == "province" and _below_province(s, i, known):
                    continue  # "huyện Quảng Ninh" (of Quảng Bình), "thị xã Quảng Trị": a district with a province's name
                if known.kind == "province":
                    s.mentions.append(Mention(i, end, "place", known, text))
                    self.province = known
                elif state and state[1].label != "Việt Nam":  # "Quốc hội Lào": that state's body, not Vietnam's
                    end += state[0]
                    text = s.char_span(i, end)
                    org = self.org(s.char_span(i, i + m[0]) + " " + state[1].label, text)
                    s.mentions.append(Mention(i, end, "org", org, text))
                elif (region := _REGION_AFTER.match(s.text, s.tokens[end - 1].end)) is not None:
                    stop = s.tok_at(region.end())  # "Kho bạc Nhà nước khu vực XI": one of its regional units
                    text = s.char_span(i, stop)
                    s.mentions.append(Mention(i, stop, "org", self.org(known.label + " khu vực " + region.group(1), text), text))
                    end = stop
                elif (branch := self._provincial_branch(s, i, end, known)) is not None:
                    i, end, org = branch  # "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị": the province's committee, not the nation's
                    s.mentions.append(Mention(i, end, "org", org, s.char_span(i, end)))
                else:
                    end += state[0] if state else 0  # "Bộ Công an Việt Nam"
                    s.mentions.append(Mention(i, end, "org", self.org(known.label, s.char_span(i, end), known), s.char_span(i, end)))
                for k in range(i, end):
                    covered[k] = True
                nxt = end
        if "Văn phòng Đoàn" in s.text:
            self._delegation_offices(s, covered)
        if self.province is None and ("thành phố " in s.text or "TP" in s.text):
            self._capital_s_province(s)
        self._states_after_titles(s, covered)
        self._people_of_provinces(s, covered)
        for award in s.of("award"):  # the award's own words are not names ("Bằng khen của Bộ …" keeps its org)
            giver = next((k for k in range(award.start, award.end) if toks[k].key == "của"), award.end)
            for k in range(award.start, giver):  # (after "của" a body may be named: "Cờ thi đua của UBND tỉnh")
                covered[k] = covered[k] or toks[k].key not in ("chính", "phủ")
        self._find_persons(s, covered)
        if self.facts.persons:
            self._given_names_again(s, covered)
        if ":" in s.text and ("các" in s.text or "tỉnh:" in s.text):  # ("Công an các tỉnh: …", "Công an 7 tỉnh: …")
            self._elliptic_list(s, covered)
        self._find_shaped_orgs(s, covered)
        for k in [m.start(1) for m in _DELEGATION_AFTER_TITLE.finditer(s.text)] if "rưởng đoàn" in s.text else ():
            self._find_shaped_orgs(s, covered, only=s.tok_at(k), lower=True)  # "Trưởng đoàn ĐBQH tỉnh": the delegation
        if ("được" in s.text or "nhận" in s.text or "cho " in s.text) and _LOWER_HEADS_GATE.search(s.text):
            self._lower_case_subject(s, covered)
        if "ội tuyển" in s.text:
            self._national_teams(s, covered)
        if "Xã " in s.text:
            self._communes(s, covered)
        if "Điện lực " in s.text or "Viễn thông " in s.text:
            self._provincial_utilities(s, covered)
        self._find_aliases(s, covered)
        if "tỉnh" in s.text or "thành phố" in s.text:
            self._province_said_once(s)
        if "ương Hội" in s.text:
            self._central_association_again(s, covered)
        self._abbreviations(s)
        self._awards_to_their_giver(s)
        for m in _GROUP.finditer(s.text):
            word = _COUNT_WORDS.get(m.group(1).lower())  # ("hai tập thể và năm cá nhân"; but "hai sinh viên", "hai đồng
            if word is not None and m.group(2) not in _COUNTED_BY_WORD:  # chí" name again those the report named)
                continue
            counted = m.group(1)[0].isdigit() or word is not None  # ("1.250 người": a thousands' dot)
            if not counted and not m.group(3) and not _GIVEN_TO.search(s.text, max(0, m.start() - 120), m.start()):
                continue  # "các cá nhân" alone is a phrase, "các tập thể, cá nhân" a group, and so is "tặng … cho các cá nhân"
            if _ONE_OF.search(s.text, 0, m.start()):
                continue  # "X là một trong 4 doanh nghiệp được nhận …": X receives, not the four
            kind = "any" if m.group(3) and m.group(3) != m.group(2) else _GROUP_KIND.get(m.group(2), "individual")
            ti = s.tok_at(m.start())
            group = Group(m.group(0), word or int(m.group(1).replace(".", "")) if counted else None, kind)
            s.mentions.append(Mention(ti, ti + len(lx.tokenize(m.group(0))), "group", group, m.group(0)))
        s.mentions.sort(key=lambda m: (m.start, -m.end))
        s.reordered()

    def _provincial_branch(self, s: _Sentence, i: int, end: int, known) -> tuple[int, int, Org] | None:
        """A nation-wide body named with a province after it ("Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "Hội
        Chữ thập đỏ Việt Nam tỉnh Nghệ An", "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An"): (where the mention
        starts, where it ends, the province's body or branch), its "Ủy ban" written before it included; or None."""
        toks = s.tokens
        named = end + 1 < len(toks) and s.text[toks[end - 1].end:toks[end].start].strip() == "(" \
            and s.text[toks[end].end:toks[end + 1].start].strip() == ")"  # "… Việt Nam (Agribank) Chi nhánh tỉnh X"
        end += 1 if named else 0
        branch = end + 2 < len(toks) and (toks[end].key, toks[end + 1].key) == ("chi", "nhánh") and (named or _joined(s, end))
        if named and not branch and not (end < len(toks) and toks[end].key in ("tỉnh", "thành", "tp")):
            return None  # ("Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh Bắc Kạn": the province's, its abbreviation between)
        at = end + 2 if branch else end  # "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An": its branch in the province
        local = _LOCAL_UNIT.match(s.text, toks[at].start) if at < len(toks) and not branch and not named and _joined(s, at) else None
        if local is not None and lx.province_index().match(toks, at) is None:
            return self._local_branch(s, i, at, known, local)  # "Ủy ban MTTQ huyện Ba Bể": the district's
        bare = lx.province_index().match(toks, at) if not branch and not named and at < len(toks) and _joined(s, at) \
            and toks[at].key not in ("tỉnh", "thành", "tp") and known.label.startswith("Ngân hàng") else None
        if bare is not None and bare[1].kind == "province":  # "Vietcombank Hà Tĩnh": the bank's branch in the province
            stop = at + bare[0]
            return i, stop, self.org(f"{known.label} chi nhánh {_lower_first(bare[1].label)}", s.char_span(i, stop))
        if at >= len(toks) or (toks[at].key not in ("tỉnh", "thành", "tp") and not branch) or not _joined(s, at):
            return None
        place = lx.province_index().match(toks, at)
        if branch and place is None and toks[at].key not in ("tỉnh", "thành", "tp"):
            stop = _branch_name_end(s, end, [False] * len(toks))  # "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 7": a
            return (i, stop, self.org(f"{known.label} chi nhánh {s.char_span(at, stop)}", s.char_span(i, stop))) \
                if stop is not None else None  # branch named otherwise than by its province
        home = self.province or self._home_province() if place is None and toks[at].key == "tỉnh" and not branch \
            and (at + 1 == len(toks) or not toks[at + 1].cap or not _joined(s, at + 1)) else None
        if home is not None:  # "Chủ tịch Ủy ban MTTQ tỉnh": the committee of the report's province
            place = (1, home)
        if place is None or place[1].kind != "province":
            return None
        committee = i >= 2 and (toks[i - 2].key, toks[i - 1].key) == ("ủy", "ban") and _joined(s, i - 1) \
            and not any(m.start <= i - 2 < m.end for m in s.mentions)
        start, stop = (i - 2 if committee else i), at + place[0]
        label = ("Ủy ban " if committee else "") + known.label + (" chi nhánh " if branch else " ") + _lower_first(place[1].label)
        return start, stop, self.org(label, s.char_span(start, stop))

    def _local_branch(self, s: _Sentence, i: int, at: int, known, local: re.Match) -> tuple[int, int, Org]:
        """A nation-wide body named with a district or commune after it ("Ủy ban MTTQ huyện Ba Bể", "Hội Nông dân
        Việt Nam xã Tân Phú"): the local body (of the report's province: many districts share a name)."""
        toks = s.tokens
        committee = i >= 2 and (toks[i - 2].key, toks[i - 1].key) == ("ủy", "ban") and _joined(s, i - 1) \
            and not any(m.start <= i - 2 < m.end for m in s.mentions)
        start, stop = (i - 2 if committee else i), s.tok_at(local.end())
        org = self._local(("Ủy ban " if committee else "") + known.label + " " + local.group(1) + " " + local.group(2),
                          s.char_span(start, stop))
        return start, stop, org

    def _local(self, label: str, text: str) -> Org:
        """A body below a province named ``label`` ("Huyện Nam Đàn", "Điện lực Thanh Hà"), placed in the report's
        province: many districts and communes share a name."""
        org = self.org(label, text)
        home = self._home_province()
        org.context = org.context or (home.label if home is not None else None)
        return org

    def _people_of_provinces(self, s: _Sentence, covered: list[bool]) -> None:
        """"Đảng bộ, chính quyền và Nhân dân tỉnh Quảng Trị", "Quân và dân xã Tân Hóa": the province (or the
        district, the commune), as the body that receives."""
        for m in _PEOPLE_OF.finditer(s.text) if " dân" in s.text else ():
            at = s.tok_at(m.end())
            place = next((x for x in s.mentions if x.start == at and x.kind == "place"), None)
            start = s.tok_at(m.start())
            local = _LOCAL_UNIT.match(s.text, m.end()) if place is None else None
            if (place is None and local is None) or any(covered[start:place.start if place else at]):
                continue
            end = place.end if place is not None else s.tok_at(local.end())  # (the first token after the unit's name)
            text = s.char_span(start, end)
            if place is not None:
                org = self.org(place.value.label, text, place.value)
            else:  # "… Nhân dân huyện Yên Thành": the district (of the report's province: many share a name)
                org = self._local(local.group(1).capitalize() + " " + local.group(2), text)
            s.mentions.append(Mention(start, end, "org", org, text))
            for k in range(start, end):
                covered[k] = True

    def _foreign_agency_end(self, s: _Sentence, j: int) -> int | None:
        """Where a body's name that goes on with "về …" and ends in a foreign state's name ends
        ("Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga"), or None."""
        toks, n = s.tokens, len(s.tokens)
        if j >= n or toks[j].key != "về" or not _joined(s, j):
            return None
        for k in range(j + 1, min(n, j + 9)):
            if not _joined(s, k) or toks[k].key in _NOT_IN_AGENCY_NAME:
                return None
            state = lx.country_at(toks, k)
            if state:
                return k + state[0] if state[1].label != "Việt Nam" else None
        return None

    def _states_after_titles(self, s: _Sentence, covered: list[bool]) -> None:
        """A state's name right after a title is the body of that title ("Chủ tịch nước Lào", "Đại sứ
        Lào tại Việt Nam", "Thủ tướng Lào"): the state ("Nhà nước Lào"), or its government for a prime minister."""
        toks, firsts = s.tokens, lx.country_index().firsts
        for i in lx.starts(lx.TITLES, toks):
            title = lx.TITLES.match(toks, i) if toks[i].cap and not covered[i] else None
            after = toks[i + title[0]].key if title and i + title[0] < len(toks) else None
            state = self._state_after(s, i + title[0]) if after in firsts or after == "nước" else None
            if state is None or any(covered[i + title[0]:i + title[0] + state[0]]):
                continue
            start, end = i + title[0], i + title[0] + state[0]
            seat = re.match(r"\s+tại\s+", s.text[toks[end - 1].end:]) if end < len(toks) else None
            there = lx.country_at(toks, s.tok_at(toks[end - 1].end + seat.end())) if seat else None
            if there:  # "Đại sứ Lào tại Việt Nam Thongsavanh Phomvihane": where the envoy serves is no name
                end = s.tok_at(toks[end - 1].end + seat.end()) + there[0]
            if state[1].label == "Việt Nam":
                if not there:
                    continue
                known = lx.org_index().match(lx.tokenize("Nhà nước Việt Nam"), 0)[1]  # "Đại sứ Việt Nam tại Lào …"
                org = self.org(known.label, known.label, known)
            else:
                label = ("Chính phủ " if toks[i + title[0] - 1].key == "tướng" else "Nhà nước ") + state[1].label
                s.mentions = [m for m in s.mentions if not (m.kind == "post" and m.start == i)]  # not Vietnam's office
                s.reordered()
                org = self.org(label, label)
            s.mentions.append(Mention(start, end, "org", org, s.char_span(start, end)))
            for k in range(start, end):
                covered[k] = True

    def _capital_s_province(self, s: _Sentence) -> None:
        """"UBND xã Phương Thiện, thành phố Hà Giang": a city with its province's name is that province's capital,
        and the report, which has named no province before, is about that province."""
        toks = s.tokens
        for k in range(1, len(toks)):
            city = (toks[k - 1].key == "tp" or k > 1 and (toks[k - 2].key, toks[k - 1].key) == ("thành", "phố")) \
                and not toks[k - 1].cap and toks[k].cap
            bare = lx.province_index().match(toks, k) if city else None
            if bare is not None and bare[1].kind == "province" and bare[1].label.startswith("Tỉnh ") \
                    and (k + bare[0] == len(toks) or not (toks[k + bare[0]].cap and _joined(s, k + bare[0]))):
                self.province = bare[1]
                return

    def _state_after(self, s: _Sentence, end: int) -> tuple[int, object] | None:
        """The state named right after a body's name ("Quốc hội Lào", "Quốc hội nước CHDCND Lào"):
        (tokens, Known), counting a "nước" before it; or None."""
        toks = s.tokens
        lead = 1 if end < len(toks) and toks[end].key == "nước" else 0
        if end + lead >= len(toks) or not _joined(s, end) or (lead and not _joined(s, end + 1)):
            return None
        state = lx.country_at(toks, end + lead)
        return (lead + state[0], state[1]) if state else None

    def _brands(self, text: str) -> None:
        """A company's own name stands for it in the rest of the report: "Công ty CP Eurowindow" … "Eurowindow"."""
        for m in _COMPANY.finditer(text):
            core = m.group("core")
            if core.lower() not in _NOT_BRANDS and len(core) >= 3:
                self.aliases.setdefault(lx.keys(core), " ".join(m.group(0).split()))

    def _find_aliases(self, s: _Sentence, covered: list[bool]) -> None:
        """The names the report gave a body (an abbreviation, a brand) where they come again, up to three words."""
        toks, n = s.tokens, len(s.tokens)
        firsts = {k[0] for k in self.aliases}
        nxt = 0
        for i in [k for k, t in enumerate(toks) if t.key in firsts] if firsts else ():
            if i < nxt or covered[i] or not toks[i].cap or s.quoted[i]:
                continue
            hit = None
            for size in (3, 2, 1):
                value = self.aliases.get(tuple(t.key for t in toks[i:i + size])) if i + size <= n else None
                if value is not None and not any(covered[i:i + size]):
                    hit = size, value
                    break
            if hit is None:
                continue
            size, value = hit
            text = s.char_span(i, i + size)
            org = value if isinstance(value, Org) else self.org(value, value)
            org.spellings.add(text)
            s.mentions.append(Mention(i, i + size, "org", org, text))
            for k in range(i, i + size):
                covered[k] = True
            nxt = i + size

    def _province_said_once(self, s: _Sentence) -> None:
        """"Hội Văn học nghệ thuật, Hội Nhà báo và Hội Luật gia tỉnh": a province said once, after the last body
        of a list, is the province of each body listed before it that is of a kind every province has ("Hội …",
        "Sở …") and names no place of its own."""
        orgs = sorted((m for m in s.of("org") if m.value.cls == "org"), key=lambda m: m.start)
        run: list[Mention] = []
        for m in orgs + [None]:
            gap = _LIST_GOES_ON.match(s.text, s.tokens[run[-1].end - 1].end) if m is not None and run else None
            if gap is not None and gap.end() == s.tokens[m.start].start:
                run.append(m)
                continue
            province = lx.province_in(run[-1].value.label) if len(run) > 1 else None
            for listed in run[:-1] if province is not None and run[-1].value.label.startswith(_PROVINCE_S_KINDS) else ():
                body = listed.value
                if body.iri is None and body.label.startswith(_PROVINCE_S_KINDS) and not _OWN_PLACE.search(body.label) \
                        and lx.province_in(body.label) is None:
                    listed.value = self.org(f"{body.label} {_lower_first(province.label)}", listed.text)
            run = [m]

    def _central_association_again(self, s: _Sentence, covered: list[bool]) -> None:
        """"Trung ương Hội" with no name after it: the one nation-wide association ("Hội … Việt Nam") the
        report named ("Bằng khen của Trung ương Hội" in a report about the Women's Union)."""
        toks = s.tokens
        for i in range(len(toks) - 2):
            if (toks[i].key, toks[i + 1].key, toks[i + 2].key) != ("trung", "ương", "hội") or not toks[i].cap \
                    or any(covered[i:i + 3]) or i + 3 < len(toks) and toks[i + 3].cap and _joined(s, i + 3):
                continue
            national = [o for o in self.facts.orgs.values() if o.iri is not None and o.mentioned
                        and o.label.startswith("Hội ") and o.label.endswith(" Việt Nam")]
            if len(national) == 1:
                text = s.char_span(i, i + 3)
                national[0].spellings.add(text)
                s.mentions.append(Mention(i, i + 3, "org", national[0], text))
                covered[i:i + 3] = [True] * 3

    def _abbreviations(self, s: _Sentence) -> None:
        """"Tổng công ty Xây lắp dầu khí Việt Nam (PVC)": the abbreviation names the body from here on."""
        for m in s.of("org"):
            after = s.text[s.tokens[m.end - 1].end:]
            a = _ABBREVIATION_AFTER.match(after)  # (its group 1: the abbreviation)
            if a and lx.keys(a.group(1)) and not isinstance(self.aliases.get(lx.keys(a.group(1))), Org):  # a body beats a brand guess
                self.aliases[lx.keys(a.group(1))] = m.value
                m.value.spellings.add(a.group(1))

    def _find_shaped_orgs(self, s: _Sentence, covered: list[bool], only: int | None = None, lower: bool = False) -> None:
        """Organizations by the shape of their name: a head ("Sở", "Công ty", "UBND" …) and a name,
        with the province or parent body that follows it (``only``: the one starting there; ``lower``: its
        head may be written in lower case)."""
        toks, n = s.tokens, len(s.tokens)
        caps = s.capitalised()
        i = 0 if only is None else only
        while i < n and (only is None or i == only):
            if not toks[i].cap and only is None:
                i = caps[bisect_left(caps, i)]  # (on to the next capitalised word)
                continue
            if covered[i] or s.quoted[i] or not (toks[i].cap or lower):
                i += 1
                continue
            m = lx.ORG_HEADS.match(toks, i)
            if not m or (i > 0 and (toks[i - 1].key, toks[i].key) in lx.HEAD_INSIDE_WORD) \
                    or (i > 0 and toks[i - 1].key in _STREET_WORDS and not toks[i - 1].cap and s.text[toks[i - 1].end:toks[i].start] == " ") \
                    or (i + m[0] < n and toks[i + m[0]].key in ("trưởng", "phó") and _joined(s, i + m[0])) \
                    or any((t := lx.TITLES.match(toks, k)) and k + t[0] > i + m[0] for k in range(max(0, i - 2), i)):
                i += 1  # "bộ đội Biên Phòng": "Phòng" ends a word; "Cục trưởng", "Cục phó": titles; "phố Đội Cấn": a street;
                continue  # nor "Ban" of the title "Phó Trưởng Ban Thường trực"
            h = i + m[0]
            head_keys = tuple(t.key for t in toks[i:h])
            if head_keys in (("khối",), ("cụm",)):
                j = self._cluster_name_end(s, h, covered)
                place = next((x for x in s.of("place") if x.start == j), None) if j > h + 2 and j < n and _joined(s, j) else None
                j = place.end if place is not None else j  # "Khối thi đua các trường đại học tỉnh Nghệ An"
                if j > h + 2:  # "Khối thi đua các tỉnh Đông Nam Bộ", "Cụm thi đua số 3"
                    text = s.char_span(i, j)
                    s.mentions.append(Mention(i, j, "org", self.org(text, text, cls="cluster"), text))
                    for k in range(i, j):
                        covered[k] = True
                    i = j
                elif self.cluster is not None and h + 1 < n and (toks[h].key, toks[h + 1].key) == ("thi", "đua") \
                        and (h + 2 == n or not toks[h + 2].cap) and not any(covered[i:h + 2]):
                    s.mentions.append(Mention(i, h + 2, "org", self.cluster, s.char_span(i, h + 2)))
                    for k in range(i, h + 2):  # "Cụm thi đua tặng Giấy khen …": the cluster the report named
                        covered[k] = True
                    i = h + 2
                else:
                    i += 1
                continue
            self._seated = head_keys in lx.SEATED_HEADS
            parent_head = lx.ORG_HEADS.match(toks, h) if head_keys in lx.SUBUNIT_HEADS and h < n and _joined(s, h) else None
            if parent_head and tuple(t.key for t in toks[h:h + parent_head[0]]) in _PARENT_FIRST:
                j = h  # "Văn phòng Tỉnh ủy", "Công đoàn Công ty X": the unit of the body named right after its head
            else:
                j = self._extend_name(s, h, covered, head_keys)
            self._seated = False
            if j > h and (head_keys in lx.SUBUNIT_HEADS or _head_key(s.char_span(i, h)).startswith(_COMPANY_HEADS)):
                j = self._to_its_abbreviation(s, j, covered)
            brand = next((x for x in s.of("org") if x.start == j and x.end == j + 1 and x.value.iri is not None), None) \
                if j > h and j < n and covered[j] and _joined(s, j) and _head_key(s.char_span(i, h)).startswith(_COMPANY_HEADS) else None
            if brand is not None:  # "Tổng công ty Viễn thông Viettel": the group's brand ends its company's name
                s.mentions.remove(brand)
                j = brand.end
            foreign_end = self._foreign_agency_end(s, j) if j > h else None
            if foreign_end is not None:  # "Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga"
                text = s.char_span(i, foreign_end)
                s.mentions.append(Mention(i, foreign_end, "org", self.org(text, text), text))
                for k in range(i, foreign_end):
                    covered[k] = True
                i = foreign_end
                continue
            state = self._state_after(s, h)
            if state and h + state[0] >= j and state[1].label != "Việt Nam":  # "Nhà nước Cu-ba": that state's body
                text = s.char_span(i, h + state[0])
                s.mentions.append(Mention(i, h + state[0], "org", self.org(s.char_span(i, h) + " " + state[1].label, text), text))
                for k in range(i, h + state[0]):
                    covered[k] = True
                i = h + state[0]
                continue
            branch = lx.province_index().match(toks, j + 2) if j > h and j + 2 < n and head_keys == ("ngân", "hàng") \
                and (toks[j].key, toks[j + 1].key) == ("chi", "nhánh") and _joined(s, j) and not any(covered[j:j + 2]) else None
            if branch is not None:  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An": the bank's branch in the province
                text = s.char_span(i, j + 2 + branch[0])
                org = self.org(f"{s.char_span(i, j)} chi nhánh {_lower_first(branch[1].label)}", text)
                s.mentions.append(Mention(i, j + 2 + branch[0], "org", org, text))
                for k in range(i, j + 2 + branch[0]):
                    covered[k] = True
                i = j + 2 + branch[0]
                continue
            named_branch = _branch_name_end(s, j, covered) if j > h and head_keys == ("ngân", "hàng") else None
            if named_branch is not None:  # "Ngân hàng TMCP Ngoại thương Chi nhánh Vinh": a branch named by its town
                text = s.char_span(i, named_branch)
                org = self.org(f"{s.char_span(i, j)} chi nhánh {s.char_span(j + 2, named_branch)}", text)
                s.mentions.append(Mention(i, named_branch, "org", org, text))
                for k in range(i, named_branch):
                    covered[k] = True
                i = named_branch
                continue
            closed = j > h and j < n and s.text[toks[j - 1].end:toks[j].start] in ("” ", '" ') and s.quoted[j - 1]  # ('Ban
            # Chỉ đạo Cuộc vận động “…” tỉnh Long An': a quoted name inside, then the province)
            nxt = next((x for x in s.mentions if x.start == j and x.kind in ("place", "org")), None) \
                if j < n and (_joined(s, j) or closed) and not (j == h and _DASH.search(s.text[toks[j - 1].end:toks[j].start])) else None
            if nxt is None and j > h and head_keys in lx.LOCAL_HEADS:
                nxt = self._bare_province_after(s, h if head_keys not in lx.PROVINCIAL_HEADS else h + 1, j, covered)
                j = nxt.start if nxt is not None else j
            if nxt is None and head_keys in lx.SUBUNIT_HEADS and j < n and _joined(s, j) and lx.ORG_HEADS.match(toks, j) \
                    and not _DASH.search(s.text[toks[j - 1].end:toks[j].start]):  # (not "Đảng ủy – Ban Chấp hành": two bodies)
                self._find_shaped_orgs(s, covered, only=j)  # the parent body is named by its shape too
                nxt = next((x for x in s.mentions if x.start == j and x.kind == "org"), None)
            place_only = nxt is not None and (
                (j == h and nxt.kind == "place" and head_keys in lx.LOCAL_HEADS)
                or (nxt.kind == "org" and head_keys in lx.SUBUNIT_HEADS))  # "Cơ quan cảnh sát điều tra Bộ Công an"
            first_cap = h < n and ((toks[h].cap or toks[h].key.isdigit()) and (toks[h].key not in lx.STOP or (
                h + 1 < n and ((toks[h].key, toks[h + 1].key) in lx.verb_pairs() or (toks[h].key, toks[h + 1].key) in lx.name_pairs())))
                                   # "Vụ Tổ chức cán bộ", "Viện Kiến trúc Quốc gia"
                                   or _unit_then_name(s, h)  # "UBND huyện Gia Lâm"
                                   or (toks[h].key == "số" and h + 1 < n and toks[h + 1].key.isdigit()))  # "Bệnh viện số 2"
            unit = lx.ADMIN_UNITS.match(toks, h) if h < n else None
            bare = self._bare_local(s, i, h, head_keys) if nxt is None and (head_keys in lx.LOCAL_HEADS
                                                                            or head_keys in _DISTRICT_COMMITTEES
                                                                            or head_keys == ("đảng", "ủy")) \
                and (j == h or not any(t.cap or t.key.isdigit() for t in toks[h:j]) or (unit and h + unit[0] == j)) else None
            bare = bare or (self._named_then_bare_district(s, i, j) if nxt is None and j > h else None)
            if bare is not None:  # "HĐND tỉnh", "Bí thư Tỉnh ủy" in a report about one province
                name, j = bare
                org = self.org(name, s.char_span(i, j))
                s.mentions.append(Mention(i, j, "org", org, s.char_span(i, j)))
                for k in range(i, j):
                    covered[k] = True
                i = j
                continue
            if j == h and nxt is None and (h == n or not toks[h].cap) and (_head_key(s.char_span(i, h)) in _NAMED_AGAIN_HEADS
                                                                        or head_keys == ("hội",) and (h == n or not _joined(s, h))
                                                                        and not (i > 0 and toks[i - 1].key == "ương")) \
                    and not (h < n and toks[h].key == "hợp") \
                    and (again := self._body_again(_head_key(s.char_span(i, h)))) is not None:
                s.mentions.append(Mention(i, h, "org", again, s.char_span(i, h)))  # "Cty đã được … tặng": the company
                for k in range(i, h):  # the report is about (or the last it named with that head)
                    covered[k] = True
                i = h
                continue
            if not place_only and (j == h or not (any(t.cap or t.key.isdigit() for t in toks[h:j])
                                               or head_keys[-3:] == ("phòng", "cảnh", "sát"))  # "Phòng Cảnh sát kinh tế"
                                   or (m[0] == 1 and not first_cap and head_keys not in lx.SEATED_HEADS)
                                   or (head_keys == ("hội",) and toks[h].key in lx.NOT_ORG_AFTER_HEAD)):
                i += 1
                continue
            if head_keys in (("khối",), ("cụm",)) and not (j > i + 2 and toks[i + 1].key == "thi" and toks[i + 2].key == "đua"):
                i += 1
                continue
            if head_keys == ("vùng",) and not (h < n and (toks[h].key.isdigit() or toks[h].key == "cảnh")):
                i += 1  # "Vùng 2 Hải quân", "Vùng Cảnh sát biển 1" (not "Vùng Đông Nam Bộ": a region)
                continue
            # what follows the name: a province ("Sở Tư pháp tỉnh Nghệ An") or a parent body
            context, parent = None, None
            if j - 1 > h and toks[j - 1].key == "tỉnh" and not toks[j - 1].cap and nxt is None and self.province is not None \
                    and (head_keys in lx.LOCAL_HEADS or head_keys in _OF_THE_PROVINCE):
                j -= 1  # "Trung tâm Kiểm soát bệnh tật tỉnh và Trung tâm …": the unit word read into the name is the province's
            elif j - 2 > h and (toks[j - 2].key, toks[j - 1].key) == ("thành", "phố") and not toks[j - 2].cap and nxt is None \
                    and self.province is not None and self.province.label.startswith("Thành phố ") \
                    and (head_keys in lx.LOCAL_HEADS or head_keys in _OF_THE_PROVINCE):
                j -= 2  # (so is "thành phố" in a report about a city: "Trung tâm Kiểm soát bệnh tật thành phố")
            same_province = re.match(r"\s+(?:của\s+)?(?:tỉnh|thành phố)(?:\s+(?:này|nhà))?\b(?!\s+[A-ZĐ])", s.text[toks[j - 1].end:]) \
                if j > h and nxt is None and (head_keys in lx.LOCAL_HEADS or head_keys in _OF_THE_PROVINCE) \
                and self.province is not None else None  # ("Trung tâm Kiểm soát bệnh tật tỉnh": of the province too)
            if nxt is not None and nxt.kind == "place":
                context, j = nxt.value, nxt.end
            elif nxt is not None and nxt.kind == "org" and head_keys in lx.SUBUNIT_HEADS:
                parent, j = nxt.value, nxt.end
            national = j > h + 1 and tuple(t.key for t in toks[j - 2:j]) in (("trung", "ương"), ("quốc", "gia"))
            if head_keys == ("hội", "đồng") and context is None and parent is None and not same_province and not national:
                of = _OF_BODY.match(s.text, toks[j - 1].end) if j > h else None
                owner = next((m for m in s.of("org") if of and m.start == s.tok_at(of.end())), None)
                if owner is None:  # (but a national council: "Hội đồng Lý luận Trung ương", "Hội đồng … Quốc gia")
                    i += 1  # a council alone ("Hội đồng Thi đua - Khen thưởng"): of which body, the text does not say
                    continue
                j = owner.end  # "Hội đồng Dân tộc của Quốc hội": the council of that body, by that name
            if head_keys == ("ban",) and context is None and parent is None and not same_province \
                    and tuple(t.key for t in toks[h:j]) in _COMMITTEE_OF:
                owner = self._committee_owner(s, j)
                if owner is None:
                    i += 1  # "Ban Thường vụ" alone: of which body, the text does not say
                    continue
                parent, nxt, j = owner.value, owner, owner.end  # "Ban Thường vụ Công đoàn": of the union named before
            text = s.char_span(i, j)
            name = text
            if text.isupper() and not m[1].isupper():  # a heading: "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "SỞ NỘI VỤ"
                written = s.char_span(i, h)
                name = m[1] + " ".join(["", *(w.lower() if w.lower() in _UNIT_WORDS_LOWER else w.capitalize()
                                              for w in name[len(written):].split())])  # ("… huyện Nam Đàn")
            if head_keys in lx.HEAD_EXPANSIONS:
                name = lx.HEAD_EXPANSIONS[head_keys] + s.text[toks[h - 1].end:toks[j - 1].end]
            if context is not None:
                place_text = s.char_span(nxt.start, nxt.end)
                name = name[: len(name) - len(place_text)].rstrip() + " " + _lower_first(context.label)
            elif same_province:  # "Sở Lao động tỉnh này", "Ban Thi đua Khen thưởng của tỉnh"
                context = self.province
                name = name + " " + _lower_first(context.label)
                j = s.tok_at(toks[j - 1].end + same_province.end())  # (the words that say so are the mention's too, not its spelling)
            elif parent is not None:  # "Ban Chính sách pháp luật LĐLĐ thành phố": the parent by its full name
                parent_text = s.char_span(nxt.start, nxt.end)
                if name.endswith(parent_text):
                    name = name[: len(name) - len(parent_text)].rstrip() + " " + parent.label
            name = self._expand_by_ministry(head_keys, name)
            name = name[:1].upper() + name[1:] if lower else name  # ("Trưởng đoàn đại biểu Quốc hội tỉnh": its "Đoàn")
            if head_keys in lx.LOCAL_HEADS:  # "UBND TP. Móng Cái" is "Ủy ban nhân dân thành phố Móng Cái"
                name = _UNIT_ABBREVIATION.sub(lambda u: _UNIT_WORDS[u.group(1).lower()] + " ", name)
            cls = "cluster" if head_keys in (("khối",), ("cụm",)) else "org"
            if context is None and parent is None and head_keys in lx.LOCAL_HEADS:
                org = self._earlier_local(name) or self._home_department(name, text, head_keys) or self.org(name, text, cls=cls)
                org.spellings.add(text)
            else:
                org = self.org(name, text, cls=cls)
            if parent is not None and not any(x.start == nxt.start and x.kind == "org" for x in s.mentions):
                s.mentions.append(Mention(nxt.start, nxt.end, "org", parent, s.char_span(nxt.start, nxt.end)))
            s.mentions.append(Mention(i, j, "org", org, text))
            for k in range(i, j):
                covered[k] = True
            i = j

    @staticmethod
    def _to_its_abbreviation(s: _Sentence, j: int, covered: list[bool]) -> int:
        """Where a unit's name ends when its abbreviation in brackets follows a few lower-case words:
        "Phòng CSĐT tội phạm về ma túy (PC47)" runs to "ma túy"; else j."""
        m = _WORDS_THEN_ABBREVIATION.match(s.text, s.tokens[j - 1].end) if "(" in s.text else None
        if m is None or not _NOT_IN_A_NAME.isdisjoint(w.lower() for w in m.group(1).split()):
            return j
        end = s.tok_at(m.end(1))
        return end if not any(covered[j:end]) else j

    @staticmethod
    def _unlisted_titles(s: _Sentence) -> None:
        """A title or prize the scheme does not list, quoted after "danh hiệu", "Giải thưởng" or "Cúp" ("trao danh hiệu
        “Công dân Thủ đô ưu tú” cho …"): an award of the scheme's concept for such, named by its quotation."""
        for m in _UNLISTED_TITLE.finditer(s.text):
            i = s.tok_at(m.start())
            j = s.tok_at(m.end(2)) if m.end(2) < len(s.text) else len(s.tokens)
            if any(x.start < j and i < x.end for x in s.of("award")):
                continue  # (a title the scheme knows: "danh hiệu “Chiến sĩ thi đua cơ sở”")
            concept = _OTHER_TITLE if m.group(1) == "danh hiệu" else _OTHER_PRIZE
            s.mentions.append(Mention(i, j, "award", reference.by_iri("award")[concept], m.group(0)))
            also = _ALSO_QUOTED_TITLE.match(s.text, m.end()) if concept == _OTHER_TITLE else None
            if also is not None:  # 'trao danh hiệu "Doanh nghiệp tiêu biểu" cho 30 doanh nghiệp và "Doanh nhân tiêu biểu" cho
                k = s.tok_at(also.start(1))  # 35 doanh nhân': a second title, its recipients after it
                s.mentions.append(Mention(k, s.tok_at(also.end(1)) if also.end(1) < len(s.text) else len(s.tokens), "award",
                                          reference.by_iri("award")[concept], also.group(1)))

    def _kind_again(self, s: _Sentence) -> None:
        """An award named again by its kind alone in a report that named one award of that kind: "Giải thưởng" (not
        followed by its name) after "Lễ trao Giải thưởng Lý Tự Trọng …" ("… trao Giải thưởng cho …", "… được nhận giải
        thưởng"), "danh hiệu" handed over after the title was named ("… trao danh hiệu cho Đảng bộ, chính quyền và nhân
        dân xã X")."""
        for m in s.of("award"):
            label = m.value.label
            if label.startswith("Giải thưởng ") and m.value.iri != _OTHER_PRIZE:
                self._prizes[m.value.iri] = m.value
            elif not label.startswith(_NOT_TITLES) and m.value.iri != _OTHER_TITLE:
                self._titles[m.value.iri] = m.value
            elif label.startswith("Huy hiệu ") and "Đảng" not in label:
                self._badges[m.value.iri] = m.value
        toks, added = s.tokens, False
        for words, named in ((("giải", "thưởng"), self._prizes), (("danh", "hiệu"), self._titles), (("huy", "hiệu"), self._badges)):
            if len(named) != 1 or " ".join(words) not in s.text.lower():
                continue
            award = next(iter(named.values()))
            for i in range(len(toks) - 1):
                if (toks[i].key, toks[i + 1].key) != words or any(m.start <= i < m.end for m in s.of("award")) \
                        or i + 2 < len(toks) and (toks[i + 2].cap and _joined(s, i + 2) or s.quoted[i + 2]) \
                        or i > 0 and toks[i - 1].key in ("các", "những", "nhiều") \
                        or words[0] in ("danh", "huy") and not _TITLE_HANDED.search(s.text, 0, toks[i].start):
                    continue  # (not "Giải thưởng Sao Tháng Giêng", "các giải thưởng"; "danh hiệu" only as what is handed over;
                    # so "Huy hiệu" after "Huy hiệu “Tuổi trẻ dũng cảm”")
                s.mentions.append(Mention(i, i + 2, "award", award, s.char_span(i, i + 2)))
                added = True
        if added:
            s.mentions.sort(key=lambda m: (m.start, -m.end))
            s.reordered()

    def _provincial_utilities(self, s: _Sentence, covered: list[bool]) -> None:
        """A power or telecom company's unit named by its trade and its province ("Điện lực Nghệ An", "Viễn thông Hà
        Tĩnh"; not the trade: "ngành Điện lực Việt Nam")."""
        toks, n = s.tokens, len(s.tokens)
        for i in range(n - 2):
            if (toks[i].key, toks[i + 1].key) not in (("điện", "lực"), ("viễn", "thông")) or not toks[i].cap \
                    or any(covered[i:i + 2]) or not _joined(s, i + 1) or not _joined(s, i + 2) or (i > 0 and toks[i - 1].key == "ngành"):
                continue
            lead = 1 if toks[i + 2].key in ("tỉnh",) and not toks[i + 2].cap else 0
            province = lx.province_index().match(toks, i + 2 + lead) if i + 2 + lead < n else None
            if (province is None or province[1].kind != "province") and not lead and toks[i + 2].cap:
                j = i + 2  # a district's unit: "Điện lực Thanh Hà" (of the report's province)
                while j < n and j - i < 5 and toks[j].cap and _joined(s, j) and not covered[j] and not lx.ORG_HEADS.match(toks, j):
                    j += 1
                org = self._local(s.char_span(i, j), s.char_span(i, j))
                s.mentions.append(Mention(i, j, "org", org, s.char_span(i, j)))
                covered[i:j] = [True] * (j - i)
                continue
            if province is None or province[1].kind != "province" or any(covered[i + 2:i + 2 + lead + province[0]]):
                continue
            j = i + 2 + lead + province[0]
            label = s.char_span(i, i + 2) + " " + re.sub(r"^(?:Tỉnh|Thành phố) ", "", province[1].label)
            s.mentions.append(Mention(i, j, "org", self.org(label, s.char_span(i, j)), s.char_span(i, j)))
            covered[i:j] = [True] * (j - i)

    def _communes(self, s: _Sentence, covered: list[bool]) -> None:
        """A commune named as a body, with a capital ("Xã Nam Cát được tặng …"; not "Xã hội", "XÃ HỘI")."""
        toks, n = s.tokens, len(s.tokens)
        for i in range(n - 1):
            if toks[i].text != "Xã" or covered[i] or toks[i + 1].key == "hội" or not toks[i + 1].cap or not _joined(s, i + 1):
                continue
            j = i + 1
            while j < n and j - i <= 3 and toks[j].cap and not covered[j] and _joined(s, j) and not lx.TITLES.match(toks, j):
                j += 1
            text = s.char_span(i, j)
            s.mentions.append(Mention(i, j, "org", self.org(text, text), text))
            covered[i:j] = [True] * (j - i)

    def _national_teams(self, s: _Sentence, covered: list[bool]) -> None:
        """A national team, named in lower case as often as not: "đội tuyển bóng đá nữ quốc gia", "Đội tuyển U23 Việt Nam"."""
        for m in _NATIONAL_TEAM.finditer(s.text):
            i = s.tok_at(m.start())
            j = i + len(m.group(0).split())
            if not any(covered[i:j]):
                label = m.group(0)[:1].upper() + m.group(0)[1:]
                s.mentions.append(Mention(i, j, "org", self.org(label, m.group(0)), m.group(0)))
                covered[i:j] = [True] * (j - i)

    def _lower_case_subject(self, s: _Sentence, covered: list[bool]) -> None:
        """"Với những thành tích đạt được, bệnh viện đã được Bộ Quốc phòng tặng …": a body named again by its
        head in lower case, as the subject of a clause that receives or after "cho" ("… trao Huân chương … cho
        nhà trường."), is the one the report is about."""
        for m in [*_LOWER_HEAD_SUBJECT.finditer(s.text), *_LOWER_HEAD_OBJECT.finditer(s.text)]:
            head = m.group(1).lower()
            body = self._body_again(_SCHOOL_HEADS if head == "nhà trường" else head)  # ("đơn vị": the event's host)
            i = s.tok_at(m.start(1))
            j = i + len(m.group(1).split())
            if body is not None and not any(covered[i:j]):
                s.mentions.append(Mention(i, j, "org", body, m.group(1)))
                for k in range(i, j):
                    covered[k] = True

    def _committee_owner(self, s: _Sentence, j: int) -> Mention | None:
        """The body whose committee ("Ban Chấp hành", "Ban Thường vụ") is named by the head after it alone
        ("… Công đoàn mong muốn"): the body the report is about with that head, as a mention from j on."""
        toks = s.tokens
        if j >= len(toks) or not _joined(s, j):
            return None
        head = lx.ORG_HEADS.match(toks, j)
        end = j + head[0] if head else j
        if head is None or (end < len(toks) and toks[end].cap and _joined(s, end)):
            return None
        body = self._body_again(_head_key(s.char_span(j, end)))  # ("Ban Thường vụ LĐLĐ": "Liên đoàn Lao động …")
        return Mention(j, end, "org", body, s.char_span(j, end)) if body is not None else None

    def _bare_province_after(self, s: _Sentence, h: int, j: int, covered: list[bool]) -> Mention | None:
        """A province named bare at the end of a local body's name read from h to j ("Sở Tư pháp
        Nghệ An", "Công an Hà Tĩnh": from h on) or right after it ("Sở Y tế Hà Nội Nguyễn Khắc Hiền"), as a place."""
        toks, n = s.tokens, len(s.tokens)
        for k in range(h, j + 1):
            if k >= n or covered[k] or not _joined(s, k):
                continue
            bare = lx.province_index().match(toks, k)
            bare = None if bare and _below_province(s, k, bare[1]) else bare
            if bare and any((longer := lx.province_index().match(toks, x)) and x + longer[0] >= k + bare[0]
                            for x in range(max(0, k - 3), k)):
                bare = None  # "Huế" of "Tỉnh đoàn Thừa Thiên Huế": the end of a longer name
            if bare and any((toks[x].key, toks[x + 1].key) == ("đại", "học") for x in range(h, k - 1)):
                bare = None  # "Bệnh viện Đại học Y Hà Nội": the university's city, in its name
            end = k + bare[0] if bare else 0
            if bare and (end == j or (k == j and (end == n or not toks[end].cap or toks[end].key in lx.SURNAMES))):
                place = Mention(k, end, "place", bare[1], s.char_span(k, end))
                s.mentions.append(place)
                return place
        return None

    def _cluster_name_end(self, s: _Sentence, h: int, covered: list[bool]) -> int:
        """Where the name of an emulation cluster that starts with "thi đua" at token h ends: at its
        last capitalised word, number or known name pair, reading lower-case words only on the way
        to one ("Khối thi đua các tỉnh miền núi phía Bắc", "Cụm thi đua số 3"); h when there is none."""
        toks, n = s.tokens, len(s.tokens)
        if h + 1 >= n or (toks[h].key, toks[h + 1].key) != ("thi", "đua") or not _joined(s, h + 1):
            return h
        pairs, end, j = lx.name_pairs(), h, h + 2

        def listed_kind(j: int) -> bool:
            """A second kind of body after a comma, a name pair or a word and one: "… các trường đại học, cao
            đẳng tỉnh Nghệ An", "… các sở, ngành kinh tế tỉnh Nghệ An"."""
            if j > h + 2 and j + 1 < n and toks[j].cap and lx.ORG_HEADS.match(toks, j) and not toks[j + 1].cap \
                    and s.text[toks[j - 1].end:toks[j].start] == ", ":
                return True  # "Khối thi đua các Tổng cục, Cục quản lý nhà nước thuộc Bộ X": a second head
            return j > h + 2 and j + 1 < n and s.text[toks[j - 1].end:toks[j].start] == ", " and not toks[j].cap \
                and ((toks[j].key, toks[j + 1].key) in pairs and _joined(s, j + 1)
                     or j + 2 < n and (toks[j + 1].key, toks[j + 2].key) in pairs and _joined(s, j + 1) and _joined(s, j + 2))
        while j < n and j - h < 16 and not covered[j] and not s.quoted[j] and (_joined(s, j) or listed_kind(j)) \
                and not (j > h + 2 and (lx.TITLES.match(toks, j) or toks[j].key in _CLUSTER_STOP and not (
                    toks[j].cap and (toks[j].key == "tổng" or toks[j - 1].key == "các")))) \
                and toks[j].key != "gồm" and not (toks[j].key == "bao" and j + 1 < n and toks[j + 1].key == "gồm"):
            t = toks[j]
            if t.cap or t.key.isdigit() or (t.key == "số" and j + 1 < n and toks[j + 1].key.isdigit()) \
                    or (toks[j - 1].key, t.key) in pairs and j > h + 2:
                end = j + 1
            j += 1
        owner = next((m for m in s.of("org") if m.start == j), None) if j > h + 3 and j < n and covered[j] \
            and (toks[j - 1].key == "thuộc" or toks[j - 1].key.isdigit() and end == j) and _joined(s, j) else None
        if owner is not None and toks[j - 1].key != "thuộc" and owner.value.iri is None:
            owner = None  # (after a number only a known body: "Cụm thi đua số 4 Bộ Công an")
        if owner is not None:  # "Khối thi đua các đơn vị sự nghiệp thuộc Bộ Tài chính": the body is part of its name
            s.mentions.remove(owner)
            return owner.end
        if end == h and j > h + 3 and toks[h + 2].key == "các" and j < n and covered[j] and _joined(s, j) \
                and any(x.start == j for x in s.of("place")):
            return j  # "Khối thi đua các xã vùng cao tỉnh Lào Cai": lower-case words up to the province that ends it
        return end if end > h + 2 else h

    def _elliptic_list(self, s: _Sentence, covered: list[bool]) -> None:
        """Bodies listed by their names alone after their head and a colon: "các Sở: Tài chính, Kế hoạch và
        Đầu tư, Y tế" (the departments of the report's province, a name that is a ministry's kept whole),
        "UBND các huyện: Nam Đàn, Thanh Chương và Đô Lương" (the districts' people's committees)."""
        toks, n = s.tokens, len(s.tokens)
        for m in _ELLIPTIC_LIST.finditer(s.text):
            head = (m.group("unit") or m.group("dept") or "").lower()
            k = s.tok_at(m.end())
            if m.group("body") and k < n and toks[k].cap and not covered[k]:
                for x in range(s.tok_at(m.start()), k):  # (the head said once is no body of its own: "Công an 7 tỉnh")
                    covered[x] = True
            while k < n and toks[k].cap and not covered[k] and not lx.ORG_HEADS.match(toks, k):  # (not "… và Công an tỉnh")
                if m.group("body"):  # "Công an các tỉnh: Thanh Hóa, Nghệ An và Thừa Thiên Huế": each province's
                    province = lx.province_index().match(toks, k)
                    if province is None or province[1].kind != "province":
                        break
                    j = k + province[0]
                    written = s.char_span(k, j)
                    body = lx.HEAD_EXPANSIONS.get(lx.keys(m.group("body")), m.group("body"))
                    body = self._expand_by_ministry(("sở",), body) if body.startswith("Sở ") else body  # ("Sở GD&ĐT")
                    name = body + " " + _lower_first(province[1].label)
                    s.mentions.append(Mention(k, j, "org", self.org(name, written), written))
                    covered[k:j] = [True] * (j - k)
                    gap = _LIST_GOES_ON.match(s.text, toks[j - 1].end) if j < n else None
                    if gap is None:
                        break
                    k = s.tok_at(gap.end())
                    continue
                j, pairs = k + 1, lx.name_pairs()
                while j < n and (toks[j].cap or (toks[j - 1].key, toks[j].key) in pairs) and _joined(s, j):
                    j += 1  # ("Du lịch": the words of a name's pair)
                if head == "sở":  # "Kế hoạch và Đầu tư": a ministry's name, "và" inside it
                    ministry = next((len(key) - 1 for key, _ in lx.ministries()
                                     if key[1:] == tuple(t.key for t in toks[k:k + len(key) - 1])), 0)
                    j = max(j, k + ministry)
                written = s.char_span(k, j)
                if head == "sở":
                    name = self._expand_by_ministry(("sở",), "Sở " + written)
                    province = self.province or self._home_province()
                    name += " " + _lower_first(province.label) if province is not None else ""
                else:
                    name = f"Ủy ban nhân dân {head} {written}"
                s.mentions.append(Mention(k, j, "org", self.org(name, written), written))
                for x in range(k, j):
                    covered[x] = True
                gap = _LIST_GOES_ON.match(s.text, toks[j - 1].end) if j < n else None
                if gap is None:
                    break
                k = s.tok_at(gap.end())

    def _bare_local(self, s: _Sentence, i: int, h: int, head_keys: tuple) -> tuple[str, int] | None:
        """A provincial body named without its province ("HĐND tỉnh", "Tỉnh ủy"): (its name in the
        province the report is about, where the mention ends), or None when that province is not known."""
        toks, n = s.tokens, len(s.tokens)
        unit = lx.ADMIN_UNITS.match(toks, h) if h < n else None
        district = self._bare_district(s, i, h, head_keys, unit)
        if district is not None:
            return district
        listed = False
        if unit is not None and lx.keys(unit[1]) in (("tỉnh",), ("thành", "phố"), ("tp",)) and _joined(s, h):
            end = h + unit[0]
        elif head_keys in lx.PROVINCIAL_HEADS:
            end = h
        elif head_keys in _LISTED_HEADS and _LIST_GOES_ON.match(s.text, toks[h - 1].end):
            end, listed = h, True  # "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị": of the province named last
        else:
            return None
        if end < n and (toks[end].cap or toks[end].key.isdigit()) and _joined(s, end) \
                and not any(m.kind == "person" and m.start == end for m in s.mentions):
            return None  # a name follows (not a person's: "Bí thư Thành ủy Nguyễn Văn A")
        rest = re.split(r"[;.]", s.text[toks[end - 1].end:], maxsplit=1)[0]
        named = _NAMED_PROVINCE.search(rest)  # "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An": the one named after
        if listed and named is None:
            return None
        here = re.split(r"[,;()]|\s(?:và|của|cho|làm|tại|đã)\s", rest[named.start():], maxsplit=1)[0] if named else ""
        province = lx.province_in(here) if named else self.province or self._home_province()  # (the one named there, not
        # one further on: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang … trao … cho Bộ CHQS tỉnh Điện Biên")
        if province is None and named and not listed and not named.group(0).startswith("tỉnh"):
            province = self.province or self._home_province()  # (a city named later: "Phó Chủ tịch UBND tỉnh … cho cô A,
            # …, thành phố Kon Tum", "… phường 3, thành phố Đà Lạt": not the province's name, nor one)
        if province is None:
            return None
        if unit is not None and end == h + unit[0] and (lx.keys(unit[1]) == ("tỉnh",)) != province.label.startswith("Tỉnh "):
            return None  # "UBND thành phố" in a report about a province: one of its cities, unnamed
        if head_keys in lx.PROVINCIAL_HEADS and (head_keys[0] == "tỉnh") != province.label.startswith("Tỉnh "):
            return None  # "Thành ủy" in a report about a province: one of its cities' committees, unnamed
        head = lx.HEAD_EXPANSIONS.get(head_keys, s.char_span(i, h))
        if head_keys in lx.PROVINCIAL_HEADS and province.label.startswith("Tỉnh "):
            return head + " " + province.label[len("Tỉnh "):], end  # "Tỉnh ủy Phú Thọ"
        return head + " " + _lower_first(province.label), end  # "HĐND tỉnh Phú Thọ", "Thành ủy thành phố Hà Nội"

    def _bare_district(self, s: _Sentence, i: int, h: int, head_keys: tuple, unit) -> tuple[str, int] | None:
        """A district's body named without the district ("UBND quận", "Quận ủy") in a report that names
        one district of that kind ("quận Tây Hồ"): (its name there, where the mention ends), or None."""
        toks, n = s.tokens, len(s.tokens)
        if head_keys in _DISTRICT_COMMITTEES:
            word, end = _DISTRICT_COMMITTEES[head_keys], h
        elif unit is not None and lx.keys(unit[1]) in (("quận",), ("huyện",), ("thị", "xã"), ("xã",), ("phường",), ("thị", "trấn")) \
                and _joined(s, h):  # (and a commune's: "Bí thư Đảng ủy phường" in a report on "phường Trường Thi")
            word, end = unit[1].lower(), h + unit[0]
        elif unit is not None and lx.keys(unit[1]) == ("thành", "phố") and _joined(s, h) \
                and (home := self.province or self._home_province()) is not None and home.label.startswith("Tỉnh "):
            word, end = "thành phố", h + unit[0]  # (a province's city: "UBND thành phố" in a report on "thành phố Hà Giang")
        else:
            return None
        if end < n and (toks[end].cap or toks[end].key.isdigit()) and _joined(s, end) \
                and not any(m.kind == "person" and m.start == end for m in s.mentions):
            return None  # a name follows
        name = self._district_named(word)
        if name is None:
            return None
        if head_keys in _DISTRICT_COMMITTEES:
            return s.char_span(i, h) + " " + name, end  # "Quận ủy Tây Hồ"
        return lx.HEAD_EXPANSIONS.get(head_keys, s.char_span(i, h)) + " " + word + " " + name, end  # "UBND quận Tây Hồ"

    def _named_then_bare_district(self, s: _Sentence, i: int, j: int) -> tuple[str, int] | None:
        """A body's name read from token i to j, then a district's or commune's unit word alone ("Ban Chỉ huy Quân sự
        phường", "Trạm Y tế xã") in a report that names one of that kind: (the body's name with that district's,
        where the mention ends), or None."""
        toks, n = s.tokens, len(s.tokens)
        unit = lx.ADMIN_UNITS.match(toks, j) if j < n and _joined(s, j) and not toks[j].cap else None
        word = unit[1].lower() if unit is not None else ""
        end = j + unit[0] if unit is not None else j
        if word not in ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn") \
                or (end < n and (toks[end].cap or toks[end].key.isdigit()) and _joined(s, end)):
            return None  # (a name follows: "Trạm Y tế xã Kỳ Xuân" is read whole)
        name = self._district_named(word)
        return (f"{s.char_span(i, j)} {word} {name}", end) if name is not None else None

    def _district_named(self, word: str) -> str | None:
        """The name of the one district (commune, city) of kind ``word`` ("quận") the report names ("quận Tây Hồ"), or None."""
        if word not in self._districts:
            text = "\n".join([self.report.title or "", *self.report.body])
            found = {matching_key(m.group(1)): m.group(1) for m in re.finditer(
                rf"\b(?i:{word}) +((?:[{_UP}]\w*|\d+)(?: +[{_UP}]\w*){{0,3}})", text)}
            self._districts[word] = {k: v for k, v in found.items()  # (not "Nam Đàn Kim Ngọc" of "… huyện Nam Đàn Kim
                                     if not any(k.startswith(other + " ") for other in found)}  # Ngọc Thanh": a name follows)
        persons = {matching_key(p.name) for p in self.facts.persons.values()}
        named = [v for k, v in self._districts[word].items() if k not in persons]  # (not "UBND quận Phạm Tuấn Long": the
        return named[0] if len(named) == 1 else None  # chairman, named after his office)

    def _home_province(self):
        """The one province the report names (three quarters of its province mentions at least), or None."""
        if self._home is None:
            counts: dict[str, int] = {}
            known = {}
            tokens = [lx.tokenize(self.report.title or "")] + [s.tokens for _, parts in self._paragraphs for s in parts]
            for province in (p for toks in tokens for p in lx.provinces_named(toks)):
                counts[province.iri] = counts.get(province.iri, 0) + 1
                known[province.iri] = province
            top = max(counts, key=counts.get) if counts else None
            self._home = (known[top],) if top and counts[top] * 4 >= sum(counts.values()) * 3 else (None,)
        return self._home[0]

    def _home_department(self, name: str, text: str, head_keys: tuple) -> Org | None:
        """"Sở Giáo dục và Đào tạo" named bare in a report about one province: that province's
        department (a "Sở" is always a province's), or None when the report is not about one."""
        province = self._home_province() if head_keys == ("sở",) else None  # (not merely the last one named)
        return self.org(f"{name} {_lower_first(province.label)}", text) if province is not None else None

    def _earlier_local(self, name: str) -> Org | None:
        """"Sở Nội vụ" after "Sở Nội vụ tỉnh Cà Mau": the body of the province named before."""
        key = matching_key(name)
        hits = [o for o in self.facts.orgs.values()
                if o.iri is None and o.key.startswith(key + " ") and re.search(r" (tỉnh|thành phố) ", o.key)]
        return hits[0] if len(hits) == 1 else None

    def _expand_by_ministry(self, head_keys: tuple, name: str) -> str:
        """A department is named after its ministry: "Sở LĐ-TB&XH …" is "Sở Lao động - Thương binh
        và Xã hội …", as "Bộ LĐ-TB&XH" is the known "Bộ Lao động - Thương binh và Xã hội"."""
        if head_keys not in (("sở",), ("phòng",)):
            return name
        toks = lx.tokenize(name)
        for end in range(len(toks), 1, -1):
            words = ("bộ",) + tuple(t.key for t in toks[1:end])
            ministry = lx.org_index().phrases.get(words)
            if head_keys == ("phòng",):  # "Phòng GD&ĐT quận Tây Hồ": a district's office, named in full only
                if ministry is not None and ministry.label.startswith("Bộ ") and (
                        end == len(toks) or toks[end].key in ("quận", "huyện", "thị", "thành")):
                    return "Phòng " + ministry.label[3:] + name[toks[end - 1].end:]
                continue
            ministry = _ministry_by_words(words[1:])  # ("Sở Lao động": the one ministry whose name begins so)
            if ministry is not None:
                rest = name[toks[end - 1].end:] if end < len(toks) else ""
                return "Sở " + ministry.label[3:] + rest
        return name

    def _extend_name(self, s: _Sentence, j: int, covered: list[bool], head: tuple = ()) -> int:
        toks, n = s.tokens, len(s.tokens)
        start = floor = j
        pairs, verbs = lx.name_pairs(), lx.verb_pairs()
        quoted = (0, 0)  # (words, end) of a quoted name inside the name, skipped whole
        while j < n and j - start - quoted[0] < 16:
            gap = s.text[toks[j - 1].end:toks[j].start]
            if _NAME_BREAK.search(gap) and not (gap.rstrip() == "." and toks[j - 1].key in lx.DOTTED_UNITS and toks[j].cap) \
                    and not (gap == ", " and (toks[j - 1].key, toks[j].key) in _COMMA_IN_NAME) \
                    and not (gap == "," and toks[j - 1].text.isupper() and toks[j].text.isupper()) \
                    and not toks[j - 1].end < quoted[1] <= toks[j].start:
                break  # (but "TP. Móng Cái" goes on, and "Công đoàn cơ quan Dân, Đảng quận Long Biên", "Sở VH,TT&DL")
            t = toks[j]
            steered = _STEERED.match(s.text, toks[j - 1].start) if toks[j - 1].key in ("cuộc", "phong") and j > start else None
            if steered is not None and s.text[:toks[j - 1].start].rstrip().endswith("Ban Chỉ đạo"):
                k = s.tok_at(steered.end())  # 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh
                quoted, j = (k - j, steered.end()), k  # Long An': the campaign it steers, quoted, is part of its name
                continue
            if covered[j] or s.quoted[j]:
                break
            if _DASH.search(gap) and (lx.TITLES.match(toks, j) or j == start or t.key in ("ảnh", "nguồn", "video")):
                break  # "Hội - Chuyên viên": a title after a dash is not part of the name, nor a head's first word,
                # nor a caption's credit ("… Sở Giáo dục và Đào tạo - Ảnh: T.L")
            if t.cap or t.key.isdigit():
                if (t.key in lx.SURNAMES or t.text == "Y") and j > start and j + 2 < n and toks[j + 1].cap and _joined(s, j + 1) \
                        and toks[j + 2].cap and _joined(s, j + 2) and not _DASH.search(s.text[toks[j + 1].end:toks[j + 2].start]) \
                        and not toks[j - 1].key.isdigit() \
                        and (not any(toks[k].key in _BEFORE_PLACE_NAMES for k in (j - 1, j - 2) if k >= 0)
                             or _city_then_person(s, j) or self._person_named_at(s, j)) \
                        and not (toks[j - 1].key in lx.DOTTED_UNITS and gap.strip() == ".") \
                        and not self._province_ends_name(s, j):
                    break  # a person's name follows the organization ("HĐND tỉnh Sơn La Hoàng Văn Chất"; an Ê Đê man's
                    # name opens with "Y": "… huyện Krông Pắc Y Ngông Niê")
                if j > start and (lx.TITLES.match(toks, j) or lx.ORG_HEADS.match(toks, j)) and t.key not in ("trung",) \
                        and toks[j - 1].key not in _UNIT_WORDS_LOWER \
                        and not (j >= 2 and toks[j - 2].key in _UNIT_WORDS_LOWER and not toks[j - 2].cap
                                 and (j + 1 >= n or not (toks[j + 1].cap and _joined(s, j + 1))) and not lx.TITLES.match(toks, j)) \
                        and not (t.key == "cục" and toks[j - 1].key == "ương") \
                        and not (t.key == "phòng" and j + 1 < n and toks[j + 1].key in ("chống", "cháy", "ngừa")) \
                        and not (t.key == "khoa" and j + 1 < n and toks[j + 1].key == "học") \
                        and (toks[j - 1].key, t.key) not in lx.HEAD_INSIDE_WORD \
                        and not (t.text.isupper() and toks[j - 1].text.isupper() and len(toks[j - 1].text) > 1) \
                        and not (toks[j - 1].key == "vùng" and toks[j - 1].cap):
                    break  # "… Việt Nam Chủ tịch …", "Hội Nông dân và Hội …" (but a heading: "SỞ NỘI VỤ"; a commune's name: "xã Vũ Hội";
                    # a region's: "Bộ Tư lệnh Vùng Cảnh sát biển 2")
                j += 1
                continue
            unit = lx.ADMIN_UNITS.match(toks, j) if j > start and t.key in ("huyện", "quận", "thị", "xã", "phường") else None
            if unit and j + unit[0] < n and toks[j + unit[0]].cap and _joined(s, j + unit[0]) and not covered[j + unit[0]]:
                j += unit[0]  # "Ban Chỉ huy … cứu nạn huyện Kỳ Anh", "Trạm Y tế xã Kỳ Xuân": the body of that district
                continue
            if t.key == "làm" and j + 1 < n and (toks[j + 1].key in ("trưởng", "phó") or lx.TITLES.match(toks, j + 1)
                                                 or _CLUSTER_ROLE.pattern.match(s.text, toks[j + 1].start)):
                break  # "Trường Đại học Y khoa Vinh làm Phó khối", "… làm Khối trưởng" (but "Trung tâm Dịch vụ việc làm Hà Nội")
            if t.key == "tại" and self._seated and j + 1 < n and toks[j + 1].cap and _joined(s, j + 1):
                j += 1  # "Tòa án nhân dân cấp cao tại Hà Nội": the seat is part of the name
                continue
            if t.key == "số" and j > start and j + 1 < n and toks[j + 1].key.isdigit() and _joined(s, j + 1) \
                    and s.text[toks[j + 1].end:toks[j + 1].end + 1] not in ("/", "-"):
                j += 2  # "Trường THCS số 1" (but not "Quyết định số 12/QĐ-…")
                continue
            if t.key in ("khóa", "nhiệm") and j + 1 < n and _TERM_WORD.fullmatch(toks[j + 1].text):
                break  # "Ban Chấp hành Liên đoàn Lao động tỉnh khóa XX": a term of the body, not a word of its name
            if j > start and j + 1 < n and (t.key, toks[j + 1].key) in _NOUNS_OF_STOP_WORDS and _joined(s, j + 1):
                j += 2  # "Ban Quản lý dự án huyện …" ("dự" alone ends a name: "… tham dự")
                continue
            if t.key == "tội" and j > start and j + 2 < n and toks[j + 1].key == "phạm" and toks[j + 2].key == "về":
                k = j + 3  # "Cục Cảnh sát điều tra tội phạm về ma túy": the crimes' kind names the unit too
                while k < n and k - j <= 4 and not (toks[k].cap or toks[k].key in lx.STOP) \
                        and s.text[toks[k - 1].end:toks[k].start] == " ":
                    k += 1
                if k > j + 3:
                    j = floor = k
                    continue
            if t.key == "và" and j + 1 < n and (lx.HONORIFICS.match(toks, j + 1) or lx.TITLES.match(toks, j + 1)
                                                 or j + 2 < n and (toks[j + 1].key, toks[j + 2].key) == ("mặt", "trận")):
                break  # "… Đại học Thái Nguyên và PGS.TS …": a person next, though "nguyên và" pairs in "Tài nguyên và …";
                # "Quận ủy Ninh Kiều và Mặt trận Tổ quốc phường …": the Front's, another body
            if t.key in lx.STOP and not (j > start and ((toks[j - 1].key, t.key) in pairs
                                                         or toks[j - 1].cap and (toks[j - 1].key, t.key) in verbs)):
                # (a word of a name's pair goes on: "Tổng cục Thể dục thể thao", though "thể" alone ends a name)
                if t.key == "và" and j + 1 < n and toks[j + 1].cap and not lx.ORG_HEADS.match(toks, j + 1) and not covered[j + 1] \
                        and not lx.HONORIFICS.match(toks, j + 1) and not lx.TITLES.match(toks, j + 1) \
                        and not _CLAUSE_BREAK.search(s.text[t.end:toks[j + 1].start]) and j > start:
                    j += 1  # "Giáo dục và Đào tạo"
                    continue
                if t.key == "và" and j > start + 1 and j + 2 < n and (toks[j - 2].key, toks[j - 1].key) in pairs \
                        and (toks[j + 1].key, toks[j + 2].key) in pairs and _joined(s, j + 1) and _joined(s, j + 2) \
                        and not covered[j + 1]:
                    j += 1  # "… phòng cháy, chữa cháy và cứu nạn, cứu hộ": a pair of the name's words, "và", another
                    continue
                break
            if (j > start and (toks[j - 1].key, t.key) in pairs) or (j + 1 < n and (t.key, toks[j + 1].key) in pairs) \
                    or (j > start and toks[j - 1].cap and (toks[j - 1].key, t.key) in verbs):
                j += 1  # "Sở Nội vụ", "Cảnh sát điều tra"
                continue
            if j + 1 < n and (t.key, toks[j + 1].key) in _VERB_BREAKS:
                break  # "Ban Thường vụ Tỉnh ủy Hải Dương ban hành Nghị quyết …": a verb, though a name follows it
            ahead = toks[j + 1:j + 4]
            if any(a.cap for a in ahead) and not any(a.key in lx.STOP for a in ahead[:next((k for k, a in enumerate(ahead) if a.cap), 0)]):
                j += 1
                continue
            item_end = self._list_item_end(s, j, start)
            if item_end is not None:
                return item_end  # "…; Trung tâm Kiểm soát bệnh tật tỉnh; …": a list's item is one name
            break
        while j > start + 1 and toks[j - 1].key == "và":
            j -= 1  # "Trường Đại học Tây Nguyên và ông A": a pair of a known name ("Tài nguyên và …") ends no name
        parent_next = j < n and covered[j] and _joined(s, j) and toks[start].cap and any(
            m.start == j and m.kind == "org" for m in s.mentions)  # "Khoa Truyền nhiễm| Bệnh viện …": on to its body
        while j > max(start + 1, floor) and not toks[j - 1].cap and (toks[j - 2].key, toks[j - 1].key) not in pairs \
                and not toks[j - 1].key.isdigit() and not parent_next:
            j -= 1  # a name does not end on a word of the sentence
        unit_end = self._unit_words_end(s, j, start, head)
        if unit_end is not None:
            return unit_end  # (but a unit's may: "Khoa Hồi sức tích cực và Khoa Cấp cứu", "Phòng Kế hoạch tổng hợp của …")
        if j > start + 1 and toks[j - 1].key.isdigit() and j < n and _joined(s, j) and (toks[j].key in lx.COUNTED or (
                toks[j].key == "tỉnh" and j + 1 < n and (toks[j + 1].key == "thành" or not _joined(s, j + 1)))):
            j -= 1  # "UBND tỉnh Sông Bé 02 lần tặng …": a count, not a number of the name
        return j

    @staticmethod
    def _list_item_end(s: _Sentence, j: int, start: int) -> int | None:
        """Where a name read up to token j ends when it is an item of a list parted by semicolons and only
        lower-case words (no verb, at most five) follow to the item's end or to the unit of its place
        ("Trung tâm Kiểm soát bệnh tật tỉnh"); None when it is not so."""
        toks, n = s.tokens, len(s.tokens)
        if ";" not in s.text or j == start or not toks[j - 1].cap:
            return None
        for k in range(j, min(n, j + 6)):
            if toks[k].cap or toks[k].key in lx.STOP or toks[k].key.isdigit():
                return None
            if toks[k].key in _UNIT_WORDS_LOWER and k > j:
                return k  # (the place after it is read as the body's province or district)
            end = toks[k].end
            if k + 1 == n or re.match(r"\s*[;.]", s.text[end:end + 3]):
                return k + 1
            if s.text[end:toks[k + 1].start] != " ":
                return None
        return None

    @staticmethod
    def _unit_words_end(s: _Sentence, j: int, start: int, head: tuple) -> int | None:
        """Where the name of a unit (or a company) ends when its words after the first are in lower case (at most five, no
        verb), up to its head said again for the next unit ("Khoa Hồi sức tích cực và Khoa Cấp cứu", "…, Khoa
        Cấp cứu"), to the body it belongs to ("… của Bệnh viện", "… thuộc Sở Y tế") or to its place ("… tỉnh Hà
        Tĩnh"); None when it is not so."""
        toks, n = s.tokens, len(s.tokens)
        if (head not in lx.SUBUNIT_HEADS and not " ".join(head).startswith(_COMPANY_HEADS)) or j == start or not toks[start].cap:
            return None
        k = j
        while k < n and k - j < 5 and not (toks[k].cap or toks[k].key.isdigit() or toks[k].key in lx.STOP) \
                and s.text[toks[k - 1].end:toks[k].start] == " ":
            if toks[k].key in _UNIT_WORDS_LOWER and k > j and k + 1 < n and (toks[k + 1].cap or toks[k + 1].key.isdigit()) \
                    and _joined(s, k + 1):
                if (toks[k - 1].key, toks[k].key) in _TWO_WORD_UNITS:  # "Cục Thuế thành phố Hà Nội": the unit is two words
                    return None if k - 1 == j else k - 1
                return k + 2 if toks[k + 1].key.isdigit() else k  # its place: "Văn phòng Điều phối nông thôn mới tỉnh Hà
                # Tĩnh" (read as the body's), "Công ty … Dịch vụ công ích quận 1" (a district by its number, in the name)
            k += 1
        if k == j or k + 1 >= n:
            return None
        gap = s.text[toks[k - 1].end:toks[k].start]
        if (gap == " " and toks[k].key == "và") or gap == ", ":
            after = k + 1 if toks[k].key == "và" else k
            if tuple(t.key for t in toks[after:after + len(head)]) == head and toks[after].cap:
                return k
        elif gap == " " and toks[k].key in ("của", "thuộc") and lx.ORG_HEADS.match(toks, k + 1) and toks[k + 1].cap:
            return k
        return None

    @staticmethod
    def _province_ends_name(s: _Sentence, j: int) -> bool:
        """A province's name from token j on, ending the name being read: "Công ty Giày Da Thái Bình",
        "Trung tâm Dịch vụ việc làm Hà Nội" ("Thái", "Hà" start no person there)."""
        bare = lx.province_index().match(s.tokens, j)
        end = j + bare[0] if bare else j
        return bare is not None and (end == len(s.tokens) or not s.tokens[end].cap or not _joined(s, end))

    def _given_names_again(self, s: _Sentence, covered: list[bool]) -> None:
        """"anh Thắng", "bà Mai", "đồng chí Tứ": a person the report named before, called again by the last
        word of the name after an honorific (when one person so named is known)."""
        toks, n = s.tokens, len(s.tokens)
        for i in s.capitalised():
            if i == 0 or i == n or covered[i] or (i + 1 < n and toks[i + 1].cap and _joined(s, i + 1)) \
                    or not (toks[i - 1].key in _SHORT_HONORIFICS and not toks[i - 1].cap or i > 1
                            and (toks[i - 2].key, toks[i - 1].key) == ("đồng", "chí")) or not _joined(s, i):
                continue
            named = {id(p): p for p in self.facts.persons.values() if p.name.split()[-1].lower() == toks[i].key}
            if len(named) == 1:
                s.mentions.append(Mention(i, i + 1, "person", next(iter(named.values())), toks[i].text))
                covered[i] = True

    def _letter_named_person(self, s: _Sentence, covered: list[bool], k: int, j: int) -> int:
        """An Ê Đê name whose first word is a letter ("Y Phi Niê", "H Yăo Knul"), from token k, read to j at least and
        on over capitalised words (five in all at most) up to a title: the person's mention; returns where it ends."""
        toks, n = s.tokens, len(s.tokens)
        while j < n and j - k < 5 and toks[j].cap and _joined(s, j) and not covered[j] and not lx.TITLES.match(toks, j):
            j += 1
        name = s.char_span(k, j)
        s.mentions.append(Mention(k, j, "person", self.person(name), name))
        for x in range(k, j):
            covered[x] = True
        return j

    def _find_persons(self, s: _Sentence, covered: list[bool]) -> None:
        """Persons: a surname and one to three more capitalised words, after an honorific or a post
        title, before ", TITLE", or with a middle name only persons have ("Văn", "Thị")."""
        toks, n = s.tokens, len(s.tokens)
        caps = s.capitalised()
        i, suspect_end = 0, None
        while i < n:
            if not toks[i].cap:
                i = caps[bisect_left(caps, i)]  # (on to the next capitalised word: most words are not)
                continue
            if covered[i] or s.quoted[i]:
                i += 1
                continue
            title = lx.TITLES.match(toks, i)
            lead = lx.HONORIFICS.match(toks, i)
            if title or (lead and i + lead[0] < n and toks[i + lead[0]].key in lx.SURNAMES):
                i += (title or lead)[0]  # "Phó Thủ tướng …", "Ông Nguyễn …" at a sentence's start
                if title:
                    i = self._foreign_person(s, covered, i)
                continue
            if lead and i + lead[0] < n and lx.HONORIFICS.match(toks, i + lead[0]):
                i += lead[0]  # "Thiếu tướng, PGS.TS Nguyễn Văn Ba": a rank, then a degree
                continue
            k = i + lead[0] if lead else i  # (after an honorific written at token i, or before it: "… có ông Y Phi Niê")
            if k + 1 < n and toks[k].text in ("Y", "H") and toks[k + 1].cap and (lead or _after_honorific(toks, i, 2)) \
                    and _joined(s, k + 1) and not covered[k + 1]:
                i = self._letter_named_person(s, covered, k, k + 2)  # "ông Y Phi Niê", "bà H Yăo Knul": an Ê Đê name
                continue
            if lead and i + lead[0] < n and toks[i + lead[0]].cap:  # "Ông Phết Ta Von Phi La Văn, Bí thư …"
                i = self._foreign_person(s, covered, i + lead[0], honoured=True)
                continue
            if toks[i].text == "Y" and 0 < i and i + 2 < n and all(toks[k].cap and _joined(s, k) and not covered[k] for k in (i + 1, i + 2)) \
                    and toks[i - 1].cap and not lx.ORG_HEADS.match(toks, i - 1) and lx.province_index().match(toks, i + 1) is None \
                    and any(lx.TITLES.match(toks, k) for k in range(max(0, i - 8), i)):  # (not "Trường Đại học Y Hà Nội")
                i = self._letter_named_person(s, covered, i, i + 3)  # so after a title and its body: "Chủ tịch UBND huyện
                continue  # Krông Pắc Y Ngông Niê"
            if toks[i].key not in lx.SURNAMES:
                if i > 0 and toks[i - 1].key in _HONORIFIC_ENDS and _joined(s, i) and _after_honorific(toks, i, 2):
                    i = self._foreign_person(s, covered, i, honoured=True)  # ", đồng chí Phết-tha-von Phi-lạ-văn, Bí thư …"
                    continue
                i += 1
                continue
            bare = lx.province_index().match(toks, i)
            if bare and (i + bare[0] == n or not toks[i + bare[0]].cap or not _joined(s, i + bare[0])
                         or toks[i + bare[0]].key in lx.SURNAMES):
                i += bare[0]  # "Sở Y tế Hà Nội Nguyễn Khắc Hiền": a province's name, then the person's; "(Hà Nội)": a place
                continue
            country = lx.country_at(toks, i)
            if country and (i + country[0] == n or not toks[i + country[0]].cap):
                i += country[0]  # "Hàn Quốc", "Ba Lan": a state, not a person
                continue
            j = i + 1
            while j < n and j - i < 4 and toks[j].cap and not covered[j] and not s.quoted[j] \
                    and not _PERSON_BREAK.search(s.text[toks[j - 1].end:toks[j].start]):
                j += 1
            if j - i == 4 and (j < n and toks[j - 1].key in lx.SURNAMES and _joined(s, j)
                               or toks[j - 1].key in _STARTS_A_SENTENCE):
                j -= 1  # "… Hội Đỗ Kim Hội", "Đỗ Kim Hội Đồng chí …": stop before the next name or word (not "Đinh Thị Thu
                # Hà, …"); "Đỗ Kim Hội Với những …": a caption's end
            if j - i < 2 or (toks[i].key == "hồ" and j - i == 3 and toks[i + 1].key == "chí") \
                    or len(toks[j - 1].text) < 2 and toks[j - 1].text.isascii() or lx.ORG_HEADS.match(toks, j - 1) and j - i == 2 \
                    or (head := lx.ORG_HEADS.match(toks, i)) is not None and head[0] > 1:  # "Đoàn ĐBQH tỉnh": a body
                i = j
                continue
            before = s.text[:toks[i].start]
            after = s.text[toks[j - 1].end:]
            if (_NOT_A_PERSON_AFTER.search(before.rstrip()[-40:]) and not _city_then_person(s, i)
                    and not self._person_named_at(s, i)) or (  # ("Chủ tịch UBND quận Phạm Tuấn Long", named before)
                    before.endswith(("từ ", "Từ ")) and _ROUTE_ON.match(after)):  # "chở khách từ Phạm Văn Hai đi …": a street
                i = j
                continue
            honorific = _after_honorific(toks, i, 3) and not (toks[i - 1].cap and _DASH.search(s.text[toks[i - 1].end:toks[i].start])) \
                or (i > 0 and toks[i - 1].key in _PERSON_NOUN_ENDS and bool(_PERSON_NOUN_BEFORE.search(before[-24:])))
            # ("hai lão nông Nguyễn Công Uẩn", "tài xế Lê Tấn Hùng"; but "Công ty May Minh Anh - Kim Liên": a name's last word)
            titled = any(m.end == i and (m.kind == "post" or not _DASH.search(s.text[toks[i - 1].end:toks[i].start]))
                         for m in s.mentions if m.kind in ("post", "org")) \
                and "(" not in s.text[toks[i - 1].end:toks[i].start] or any(
                lx.TITLES.phrases.get(tuple(t.key for t in toks[k:i])) for k in range(max(0, i - 5), i)) \
                or self._after_post_chain(s, i)
            followed = bool(re.match(r"\s*[-–,]\s*\S", after)) and bool(self._title_at(s, j))
            middle = j - i >= 3 and toks[i + 1].key in ("văn", "thị") and not lx.ORG_HEADS.match(toks, i + 2)
            coordinated = bool(_LIST_SEPARATOR_END.search(before.rstrip()[-8:])) and any(
                m.kind == "person" and _PERSONS_LISTED.fullmatch(s.text, toks[m.end - 1].end, toks[i].start) for m in s.mentions)
            listed = j - i >= 3 and bool(_LIST_OPENER.search(before[-30:]))  # "… được khen thưởng gồm: Hoàng Trọng Hiệp và …"
            if not (honorific or titled or followed) and (_SUSPECTS.search(before[-60:]) or suspect_end is not None
                                                          and _SUSPECTS_GO_ON.fullmatch(s.text, suspect_end, toks[i].start)):
                i, suspect_end = j, toks[j - 1].end  # "bắt giữ đối tượng Hoàng Văn M.", "4 đối tượng gồm A (SN 1990), B
                continue  # (SN 1995), C và D": suspects, named in passing
            if titled and not (honorific or followed or middle) and self._ends_a_body_s_name(s, i, j):
                i = j  # "Giám đốc Công ty Than Hà Lầm cho biết" in a report that named "Công ty Than Hà Lầm - TKV"
                continue
            if honorific or titled or followed or middle or coordinated or listed:  # "… Nguyễn Văn Hoàng và Lê Tấn Hùng"
                name = s.char_span(i, j)
                s.mentions.append(Mention(i, j, "person", self.person(name), name))
                for k in range(i, j):
                    covered[k] = True
            i = j

    def _ends_a_body_s_name(self, s: _Sentence, i: int, j: int) -> bool:
        """Whether tokens i to j, with the word before them, are words of a body the report has named."""
        if i == 0:
            return False
        words = f" {s.tokens[i - 1].key} {matching_key(s.char_span(i, j))} "
        return any(words in f" {matching_key(o.label)} " for o in self.facts.orgs.values())

    def _after_post_chain(self, s: _Sentence, i: int) -> bool:
        """A title and the name of its body right before token i, unbroken ("Chủ tịch UBND tỉnh Nghệ An
        Nguyễn Đức Trung"), and no province's name starting at i ("… Sở Y tế Hà Nội")."""
        toks = s.tokens
        if lx.province_index().match(toks, i):
            return False
        for k in range(max(0, i - 12), i - 1):
            t = lx.TITLES.match(toks, k)
            if not t or k + t[0] >= i or not _unbroken(s, k, i + 1):
                continue
            at = k + t[0]
            head, known = lx.ORG_HEADS.match(toks, at), lx.org_index().match(toks, at)
            if (known and at + known[0] == i) or (head and at + head[0] < i) or (
                    head and at + head[0] == i and tuple(x.key for x in toks[at:i]) in lx.PROVINCIAL_HEADS):
                return True  # (a head alone names no body, "Giám đốc NXB Kim Đồng" is no person "Kim Đồng",
                #              but "Bí thư Thành ủy Nguyễn Thiện Nhân" is)
        return False

    def _delegation_offices(self, s: _Sentence, covered: list[bool]) -> None:
        """"Văn phòng Đoàn ĐBQH và HĐND tỉnh Nghệ An": the one office of a province's delegation to the National Assembly
        and of its people's council, not two bodies (the report's province when the name gives none)."""
        for m in _DELEGATION_OFFICE.finditer(s.text):
            i = s.tok_at(m.start())
            place = lx.province_index().match(s.tokens, s.tok_at(m.start(1)) + 1) if m.group(2) else None
            province = place[1] if place else (self._home_province() or self.province) if not m.group(2) else None
            end = s.tok_at(m.start(1)) + 1 + (place[0] if place else 0)
            if province is None or any(i <= x.start < end and x.kind != "place" for x in s.mentions):
                continue
            s.mentions[:] = [x for x in s.mentions if not (i <= x.start < end)]
            text = s.char_span(i, end)
            name = "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân " + _lower_first(province.label)
            s.mentions.append(Mention(i, end, "org", self.org(name, text), text))
            for k in range(i, end):
                covered[k] = True

    def _celebrating_body(self) -> Org | None:
        """The body whose anniversary or award the report's ceremony is ("Công ty X tổ chức Lễ kỷ niệm 40 năm ngày thành
        lập"), or None."""
        ev = self.main_event
        if ev is None or not isinstance(ev.organizer, Org) or not re.match(r"(?:lễ )?(?:kỷ niệm|đón nhận)", matching_key(ev.name)):
            return None
        return ev.organizer

    def _place_subject(self, s: _Sentence, c0: int, end: int) -> Mention | None:
        """A province, district or commune as the subject right before "được …" ("tỉnh Nghệ An", "quận Hoàn Kiếm"): the
        place as the body that receives (a district or commune of the report's province), or None; of places listed,
        the last."""
        places = self._place_subjects(s, c0, end)
        return places[-1] if places else None

    def _place_subjects(self, s: _Sentence, c0: int, end: int) -> list[Mention]:
        """The places listed as the subject right before ``end`` ("xã Si Ma Cai và xã Bát Xát"), as bodies."""
        m = _PLACE_SUBJECT.search(s.text, c0, end)
        items = _PLACE_ITEM.finditer(s.text, m.start(1), m.end(1)) if m is not None else ()
        return [body for item in items if (body := self._place_body(s, item)) is not None]

    def _place_body(self, s: _Sentence, m: re.Match) -> Mention | None:
        """The body a place is as one that acts or receives (its unit word and name: groups 1 and 2 of ``m``): a province
        of the reference data, a district or commune of the report's province; None for a province it does not know."""
        unit, name = m.group(1), m.group(2)
        start, stop = s.tok_at(m.start(1)), s.tok_at(m.end(2))
        text = s.char_span(start, stop)
        province = lx.province_in(text) if unit.lower() in ("tỉnh", "thành phố") else None
        if province is not None and province.kind == "province":
            org = self.org(province.label, text, province)
        elif unit.lower() == "tỉnh":
            return None
        else:
            org = self._local(unit.capitalize() + " " + name, text)
        return Mention(start, stop, "org", org, text)

    def _person_named_at(self, s: _Sentence, j: int) -> bool:
        """Whether a person the report named before is named again from token j: "Chủ tịch UBND quận Phạm Tuấn Long"
        (a district may bear a person's name, "phường Trần Hưng Đạo"; this one is the chairman's)."""
        return any(lx.keys(p.name) == tuple(t.key for t in s.tokens[j:j + len(p.name.split())])
                   for p in self.facts.persons.values()) if self.facts.persons else False

    def _foreign_person(self, s: _Sentence, covered: list[bool], i: int, honoured: bool = False) -> int:
        """A foreign name after a title ("Đại sứ Konstantin V.Vnukov", "Chủ tịch Quốc hội Lào Pany
        Yathotou"): capitalised words one of which cannot be a Vietnamese syllable; after an honorific
        also a name in Vietnamese syllables that a post follows ("Ông Phết Ta Von Phi La Văn, Bí thư …",
        "đồng chí Xổm-phăn Phẹng-khăm-mi, Bộ trưởng …"). Returns where to go on."""
        toks, n = s.tokens, len(s.tokens)
        while i < n and covered[i] and _joined(s, i) and not honoured \
                and any(m.kind == "org" and m.start <= i < m.end for m in s.mentions):
            i += 1  # the body of the title goes on ("Quốc hội Lào")
        j = i
        while j < n and j - i < 8 and not covered[j] and not s.quoted[j]:
            gap = s.text[toks[j - 1].end:toks[j].start] if j > i else ""
            if j > i + 1 and gap == " " and lx.TITLES.match(toks, j):
                break  # "bà Pany Yathotu Ủy viên Bộ Chính trị": the title after the name
            if j > i and gap == "-" and (toks[j].cap or not toks[j - 1].key.isdigit()):
                j += 1  # syllables of one word: "Xổm-phăn"
            elif toks[j].cap and (j == i or not _FOREIGN_NAME_BREAK.search(gap)):
                j += 1
            else:
                break
        words = [t for t in toks[i:j] if t.cap]
        if len(words) < 2 or j - i > 7 or lx.ORG_HEADS.match(toks, i) or any(t.text.isupper() for t in words if len(t.text) > 1):
            return j if honoured else i  # (after an honorific, its words are read past either way)
        foreign = any(len(t.text) > 2 and _foreign_word(t.text) for t in toks[i:j]) \
            or any(s.text[toks[k - 1].end:toks[k].start] == "-" for k in range(i + 1, j))  # "Sổm-xạ Vông-khăm"
        posted = honoured and re.match(r"\s*[,–-]\s*\S", s.text[toks[j - 1].end:]) is not None \
            and (self._title_at(s, j) is not None)
        if (foreign and len(words) <= 4) or posted:
            name = s.char_span(i, j)
            s.mentions.append(Mention(i, j, "person", self.person(name), name))
            for k in range(i, j):
                covered[k] = True
            return j
        return j if honoured else i

    @staticmethod
    def _awards_to_their_giver(s: _Sentence) -> None:
        """"Cờ thi đua của Bộ Y tế": an award the scheme names up to "của Bộ" runs to the end of the
        body named from there, whose award it is (its name, and its conferrer when nothing else says)."""
        toks = s.tokens
        for am in s.of("award"):
            of = next((k for k in range(am.start, am.end) if toks[k].key == "của"), None)
            body = next((m for m in s.of("org") if of is not None and of < m.start < am.end < m.end), None)
            if body is not None:
                am.end, am.text = body.end, s.char_span(am.start, body.end)

    def _title_at(self, s: _Sentence, j: int):
        """The post title starting at the first token from j on (skipping a dash or comma)."""
        if j < len(s.tokens) and s.tokens[j].key in ("nguyên", "cựu"):
            j += 1  # "Trịnh Xuân Thanh, nguyên Chủ tịch …": a former office
        if j >= len(s.tokens):
            return None
        return lx.TITLES.match(s.tokens, j)

    # ------------------------------------------------------------------ posts
    def read_posts(self, s: _Sentence) -> None:
        s.attached.clear()
        listed = self._titled_lists(s) if ":" in s.text else {}
        taken: set[int] = set(s.attached)
        for pm in s.of("person"):
            person = pm.value
            s.attached.clear()
            posts = self._posts_after(s, _past_note(s, pm.end)) + self._posts_before(s, pm.start)
            if posts:
                taken |= s.attached
            for post in posts + listed.get(id(pm), []):
                _add_post(person, post, s.raw)
        s.attached = taken

    def _titled_lists(self, s: _Sentence) -> dict[int, list[Post]]:
        """Persons listed after a title they share: "các Phó Thủ tướng: A, B, C", "các đồng chí Ủy viên
        Trung ương Đảng: A, Phó Thủ tướng Chính phủ; B, …; C, … cùng …" (items parted by semicolons
        name their person first; a list inside an item names several). Person mention id → the posts."""
        out: dict[int, list[Post]] = {}
        for colon in re.finditer(":", s.text):
            c = colon.start()
            head = None
            for head in _TITLED_LIST.finditer(s.text, max(0, c - 100), c):
                pass  # the last "các …" before the colon
            if head is None or not s.text[head.end()].isupper():
                continue
            a, b = s.tok_at(head.end()), s.tok_at(c)
            post, end = self._post_part(s, a, b) if a < b else (None, a)
            if post is None or end != b:
                continue
            stop = _LIST_END.search(s.text, c + 1)
            last = stop.start() if stop else len(s.text)
            persons = [pm for pm in s.of("person") if c < s.tokens[pm.start].start < last]
            by_items = ";" in s.text[c + 1:last]
            for pm in persons:
                at = s.tokens[pm.start].start
                item = max(s.text.rfind(";", c + 1, at), c) + 1
                first = not any(c < s.tokens[o.start].start < at and s.tokens[o.start].start >= item for o in persons)
                if not by_items or first or ":" in s.text[item:at]:
                    out.setdefault(id(pm), []).append(post)
        return out

    def _post_part(self, s: _Sentence, i: int, limit: int) -> tuple[Post | None, int]:
        """A post written at token i ("Chủ tịch Hội Nông dân Việt Nam"), and where it ends."""
        member = next((m for m in s.of("org") if m.start == i and m.end < min(limit, len(s.tokens))
                       and s.tokens[m.end].key == "viên" and _joined(s, m.end)
                       and s.tokens[m.end - 1].key == "ủy"), None) if i < len(s.tokens) else None
        if member is not None:  # "Tỉnh ủy viên", "Huyện ủy viên": a member of that committee (the title as written)
            s.attached.add(id(member))
            return Post(s.char_span(i, member.end + 1), member.value), member.end + 1
        former = next((m for m in s.of("post") if m.start == i + 1 and m.end <= limit), None) \
            if i + 1 < len(s.tokens) and s.tokens[i].key in ("nguyên", "cựu") else None
        if former is not None:  # "nguyên Chủ tịch nước": an office of the reference data, held before
            return Post(f"{s.tokens[i].text} {former.value.extra['title']}", self._known_post(former.value.label).org), former.end
        known = next((m for m in s.of("post") if m.start == i), None)
        if known:
            k = known.value
            e = known.end
            if e + 1 < min(limit, len(s.tokens)) and (s.tokens[e].key, s.tokens[e + 1].key) == ("thường", "trực") \
                    and _joined(s, e) and _joined(s, e + 1):  # "Phó Thủ tướng thường trực (Chính phủ)": an office of its own
                body = next((m for m in s.of("org") if m.start == e + 2 and m.end <= limit and m.value.iri == k.extra["org"]), None)
                if body is not None:
                    s.attached.add(id(body))
                org = body.value if body is not None else self._known_post(k.label).org
                return Post(k.extra["title"] + " thường trực", org), body.end if body is not None else e + 2
            longer = next((m for m in s.of("org") if i < m.start < known.end < m.end <= limit), None)
            if longer is not None:  # "Chủ tịch Quốc hội Lào": the office in that body, not Vietnam's
                s.attached.add(id(longer))
                if longer.value.iri == k.extra["org"]:  # "Chủ tịch Quốc hội nước Cộng hòa …": the same body
                    return Post(k.extra["title"], longer.value, k.iri, k.label), longer.end
                return Post(k.extra["title"], longer.value), longer.end
            org_m = next((m for m in s.of("org") if m.start >= i and m.end <= known.end), None)
            if org_m is not None:
                s.attached.add(id(org_m))
            # "Phó Thủ tướng Trương Hòa Bình": an office of the reference data is in its body, named or not
            return Post(k.extra["title"], org_m.value if org_m else self._known_post(k.label).org, k.iri, k.label), known.end
        former = s.tokens[i].key in ("nguyên", "cựu") and i + 1 < len(s.tokens)
        t = lx.TITLES.match(s.tokens, i + former, limit)
        if not t:
            return None, i
        end = i + former + t[0]
        title = s.char_span(i, end)
        title = lx.TITLE_EXPANSIONS.get(matching_key(title), title)
        org_m = next((m for m in s.of("org") if end - 2 <= m.start < end and end < m.end <= limit and m.start > i), None) \
            or next((m for m in s.of("org") if m.start in (end, end + 1) and m.end <= limit), None)
        # ("Chánh Thanh tra Bộ Y tế": the body the title's last words head, "Thanh tra Bộ Y tế", not the ministry)
        if org_m is None and end > 0 and s.tokens[end - 1].key in ("ban", "phòng", "khoa", "đoàn"):
            # "Trưởng Ban Tổ chức Trung ương", "Chánh Văn phòng Trung ương Đảng": the title's last words head the body's name
            head = end - 2 if end > 1 and (s.tokens[end - 2].key, s.tokens[end - 1].key) == ("văn", "phòng") else end - 1
            org_m = next((m for m in s.of("org") if m.start == head and m.end <= limit), None)
        if org_m is None:
            org_m = self._unit_of_title(s, end, limit)
        if org_m is None and end + 1 < min(limit, len(s.tokens)) and s.tokens[end].key in ("ban", "phòng", "khoa") \
                and not s.tokens[end].cap and _joined(s, end):
            org_m = self._unit_of_title(s, end + 1, limit)  # "Chuyên viên ban Chính sách pháp luật LĐLĐ Thành phố"
        split = _title_and_body(s, i + former, end) if org_m is None else None
        if split is not None:  # "Đại biểu Quốc hội", "Phó Chủ tịch Quốc hội": a title, then a known body's name
            at, known = split
            return Post(s.char_span(i, at), self.org(known.label, s.char_span(at, end), known)), end
        if org_m is None and end + 1 < min(limit, len(s.tokens)) and s.tokens[end].key == "kiêm":
            second, _ = self._post_part(s, end + 1, limit)  # "Chủ tịch kiêm Tổng Giám đốc Viettel": both of that body
            if second is not None and second.org is not None:
                return Post(title, second.org), end
        if org_m is None and (company := self._company_again(s, end)) is not None:
            head = lx.ORG_HEADS.match(s.tokens, end) if end < len(s.tokens) and s.tokens[end].cap else None
            return Post(title, company), end + (head[0] if head else 0)  # "Phạm Gia Lý - Chủ tịch HĐQT, kiêm Tổng giám
            # đốc Công ty"; "A, Giám đốc Học viện, Chủ tịch Hội đồng …": on past the head to the next post
        if org_m is None and matching_key(title) in ("hiệu trưởng", "phó hiệu trưởng") \
                and (school := self._body_again(_SCHOOL_HEADS)) is not None:
            school_words = end + 1 < len(s.tokens) and (s.tokens[end].key, s.tokens[end + 1].key) == ("nhà", "trường") \
                and not s.tokens[end].cap
            return Post(title, school), end + 2 if school_words else end  # "GS A, Hiệu trưởng nhà trường": of the school
        chain = self._formation_chain(s, end) if org_m is None and _UNIT_COMMANDER.fullmatch(matching_key(title)) \
            and end < len(s.tokens) and s.text[s.tokens[end - 1].end:s.tokens[end].start] == ", " else None
        if chain is not None:  # "Trung đội trưởng, Đại đội 2, Tiểu đoàn 3, Trung đoàn 64": of that platoon's company
            return Post(title, chain[0]), chain[1]
        council = self._council_again(s, end) if org_m is None else None
        if council is not None:  # "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng": of the council the report named
            return Post(title, council), end + 2
        formation = self._formation_again(s, end) if org_m is None else None
        if formation is not None:  # "Trung tướng A, Tư lệnh Quân khu" in a report about Quân khu 4: of Quân khu 4
            return Post(title, formation), end + 2
        unit = re.fullmatch(r"(?:phó )?(sư đoàn|trung đoàn|lữ đoàn) trưởng", matching_key(title))
        if org_m is None and unit and (formation := self._body_again(unit.group(1))) is not None:
            return Post(title, formation), end  # "Đại tá A, Sư đoàn trưởng": of the division the report is about
        body = _BODY_OF_BARE_TITLE.get(matching_key(title)) if org_m is None else None
        if body is not None and (end == len(s.tokens) or not _joined(s, end) or s.tokens[end].cap):
            ministries = {o.key: o for o in self.facts.orgs.values() if o.label.startswith(body) and o.cls == "org"
                          and not _PARTY_COMMITTEE.match(o.label) and o.label not in ("Bộ Chính trị",)}
            if len(ministries) == 1:  # "Thứ trưởng Lê Đình Thọ" in a report about one ministry: of that ministry
                # ("Thống đốc Nguyễn Thị Hồng" in one about the State Bank)
                return Post(title, next(iter(ministries.values()))), end
        if org_m is None:
            return None, end
        s.attached.add(id(org_m))
        owner = self._owner_after_comma(s, org_m)
        if owner is not None:  # "Trưởng phòng Tổ chức cán bộ, Sở Y tế": the department's unit
            s.attached.add(id(owner))
            return Post(title, self._unit_of(org_m.value, owner.value)), owner.end
        return Post(title, org_m.value), org_m.end

    def _formation_chain(self, s: _Sentence, at: int) -> tuple[Org, int] | None:
        """Military units named one after another with commas from token ``at`` ("Đại đội 2, Tiểu đoàn 3, Trung
        đoàn 64"): the first, named with those it belongs to ("Đại đội 2 Tiểu đoàn 3 Trung đoàn 64"), and where
        the chain ends; None when no unit is named there."""
        units = []
        while (m := next((x for x in s.of("org") if x.start == at and _MILITARY_UNIT.match(x.value.label)), None)) is not None:
            units.append(m)
            s.attached.add(id(m))
            if m.end >= len(s.tokens) or s.text[s.tokens[m.end - 1].end:s.tokens[m.end].start] != ", ":
                break
            at = m.end
        if not units:
            return None
        org = units[-1].value
        for unit in reversed(units[:-1]):
            org = self._unit_of(unit.value, org)
        return org, units[-1].end

    def _council_again(self, s: _Sentence, at: int) -> Org | None:
        """The council a report named, named again by "Hội đồng" alone at token ``at``; None if it named none."""
        toks = s.tokens
        if at + 1 >= len(toks) or (toks[at].key, toks[at + 1].key) != ("hội", "đồng") or not toks[at].cap or not _joined(s, at) \
                or at + 2 < len(toks) and _joined(s, at + 2) and (toks[at + 2].cap or (toks[at + 1].key, toks[at + 2].key) in lx.name_pairs()):
            return None
        return self._body_again("hội đồng")

    def _formation_again(self, s: _Sentence, at: int) -> Org | None:
        """The numbered formation a report names again by its kind alone at token ``at`` ("Quân khu" in a report
        of "Bộ Tư lệnh Quân khu 4"): the one formation of that kind it named, None when it named none or several."""
        toks = s.tokens
        if at + 1 >= len(toks) or (toks[at].key, toks[at + 1].key) not in _NUMBERED_FORMATIONS or not _joined(s, at + 1) \
                or at + 2 < len(toks) and _joined(s, at + 2) and (toks[at + 2].key.isdigit() or toks[at + 2].cap):
            return None
        kind = s.char_span(at, at + 2)
        numbers = {m.group(1) for o in self.facts.orgs.values() if o.mentioned
                   for m in [re.search(r"(?:^|\s)" + re.escape(matching_key(kind)) + r"\s+(\d{1,3})$", matching_key(o.label))] if m}
        if len(numbers) != 1:
            return None
        label = f"{kind[:1].upper()}{kind[1:]} {numbers.pop()}"
        return self.org(label, label)

    @staticmethod
    def _owner_after_comma(s: _Sentence, unit: Mention) -> Mention | None:
        """The body named after a comma that a unit written without it belongs to: "Vụ Thi đua - Khen
        thưởng, Bộ Tài chính", "Phòng Tổ chức cán bộ, Sở Y tế" (a unit's head, then a body that is not one)."""
        toks, n = s.tokens, len(s.tokens)
        if unit.end >= n or s.text[toks[unit.end - 1].end:toks[unit.end].start] != ", " or unit.value.cls != "org":
            return None
        head = lx.ORG_HEADS.match(toks, unit.start)
        at_head = head is not None and tuple(t.key for t in toks[unit.start:unit.start + head[0]]) in lx.SUBUNIT_HEADS
        # (or the unit's head is the title's last word: "Trưởng phòng An ninh kinh tế, Công an TP. HCM")
        titled = unit.start > 0 and toks[unit.start - 1].key in ("phòng", "ban", "khoa") and not toks[unit.start - 1].cap
        school = toks[unit.start].key == "trường" and not unit.value.label.startswith(("Trường Đại học", "Trường Cao đẳng"))
        if not (at_head or titled or school or toks[unit.start].key in ("phòng", "ban", "khoa")):
            return None  # (a body that is no unit)
        owner = next((m for m in s.of("org") if m.start == unit.end and m.value.cls == "org"), None)
        if owner is None or owner.value is unit.value or unit.value.label.endswith(owner.value.label):
            return None
        if school and not at_head and not owner.value.label.startswith(("Trường Đại học", "Đại học", "Học viện")):
            return None  # (a school is a unit of a university only: "Trường Sư phạm, Trường Đại học Vinh")
        owner_head = lx.ORG_HEADS.match(toks, owner.start)
        if owner_head is not None and tuple(t.key for t in toks[owner.start:owner.start + owner_head[0]]) in lx.SUBUNIT_HEADS:
            return None  # ("Phòng A, Phòng B": two units)
        return owner

    def _units_in_appositions(self, s: _Sentence) -> None:
        """"Thiếu tá A, cán bộ Đội Cảnh sát hình sự, Công an huyện Bến Cầu": a unit in a person's description is
        the unit of the body named after its comma."""
        zones = _apposition_zones(s, s.of("person"))
        for x in s.of("org") if zones else ():
            if x.value.iri is None and any(a <= s.tokens[x.start].start < b for a, b in zones) \
                    and (owner := self._owner_after_comma(s, x)) is not None:  # (not a body of the reference data)
                x.value = self._unit_of(x.value, owner.value)

    def _unit_of(self, unit: Org, owner: Org) -> Org:
        """The unit named with the body it belongs to ("Phòng Tổ chức cán bộ Sở Y tế tỉnh Hà Tĩnh"), its
        short name kept as an alias."""
        full = self.org(f"{unit.label} {owner.label}", unit.label)
        if full is not unit:
            self._merge_into(unit, full)
        return full

    def _unit_of_title(self, s: _Sentence, end: int, limit: int) -> Mention | None:
        """"Phó trưởng phòng An ninh Kinh tế": a title ending in a unit word is followed by the unit's name."""
        toks = s.tokens
        unit = toks[end - 1].key if end else ""
        if unit not in ("phòng", "ban", "khoa") or end >= min(limit, len(toks)) or not toks[end].cap \
                or any(m.start <= end < m.end for m in s.mentions) or not _joined(s, end):
            return None
        covered = [False] * len(toks)
        for m in s.mentions:
            for k in range(m.start, m.end):
                covered[k] = True
        j = min(self._extend_name(s, end, covered), limit)
        if j - end < 2 and not toks[end].text.isupper() and not (unit == "khoa" and j > end):
            return None  # (but "Trưởng khoa Nhi")
        name = unit.capitalize() + " " + s.char_span(end, j)
        parent = next((m for m in s.of("org") if m.start == j and m.end <= limit), None) if j < len(toks) and _joined(s, j) else None
        place = next((m for m in s.of("place") if m.start == j and m.end <= limit), None) if j < len(toks) and _joined(s, j) else None
        if parent is not None:  # "Trưởng ban Dân vận Thành ủy": the unit of a body named after it
            name, j = name + " " + parent.value.label, parent.end
        elif place is not None:  # "Trưởng ban Thi đua - Khen thưởng tỉnh Nghệ An": the province's
            name, j = name + " " + _lower_first(place.value.label), place.end
        name = self._expand_by_ministry((unit,), name)  # ("Trưởng phòng GD-ĐT thành phố X": "Phòng Giáo dục và Đào tạo …")
        m = Mention(end, j, "org", self.org(name, s.text[toks[end - 1].start:toks[j - 1].end]), s.char_span(end, j))
        s.mentions.append(m)
        return m

    def _posts_after(self, s: _Sentence, j: int) -> list[Post]:
        out, unplaced = [], None
        n = len(s.tokens)
        while j < n:
            sep = s.text[s.tokens[j - 1].end:s.tokens[j].start]
            elected = _ELECTED.match(s.text, s.tokens[j].start) if not out else None
            if elected is not None and elected.end() < len(s.text):  # "A là Chủ tịch …", "A tái đắc cử Chủ tịch …"
                j = s.tok_at(elected.end())
                if j >= n:
                    break
                sep = s.text[s.tokens[j - 1].end:s.tokens[j].start]
            if out and s.tokens[j].key == "kiêm" and j + 1 < n and re.fullmatch(r"\s*,?\s*", sep):
                j += 1  # "Chủ tịch HĐQT kiêm Tổng giám đốc Công ty": two posts
                sep = s.text[s.tokens[j - 1].end:s.tokens[j].start]
            elif out and j + 2 < n and (s.tokens[j].key, s.tokens[j + 1].key) in _AND_IS and re.fullmatch(r"\s*,?\s*", sep):
                j += 3 if s.tokens[j + 2].key == "là" and j + 3 < n else 2  # "… và là Chủ tịch …", "…, đồng thời là …"
                sep = s.text[s.tokens[j - 1].end:s.tokens[j].start]
            opened = not out and re.fullmatch(r"\s*\(\s*", sep) is not None  # "ông A (Giám đốc Sở X)"
            if not opened and not re.fullmatch(r"\s*[-–,]\s*|\s*,?\s*", sep) \
                    and not (not out and re.fullmatch(r"\s*\)\s*[-–,]\s*", sep)):  # (after a note: see _past_note)
                break
            limit = next((k for k in range(j + 1, n) if s.tokens[k].start - s.tokens[k - 1].end > 1
                          and _PART_BREAK.search(s.text[s.tokens[k - 1].end:s.tokens[k].start])), n)  # (a space is no break)
            post, end = self._post_part(s, j, limit)
            if post is None and out == [] and limit < n and (limit - j <= 6 or lx.TITLES.match(s.tokens, j, limit)) \
                    and self._title_at(s, limit) \
                    and (s.tokens[j].cap or s.tokens[j].key == "nguyên") and re.fullmatch(r"\s*[-–,]\s*", sep) \
                    and re.fullmatch(r"\s*,\s*", s.text[s.tokens[limit - 1].end:s.tokens[limit].start]):
                # "…, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": a short part (or a title of a body the report does
                unplaced = (j, limit)  # not name: "Ủy viên Ban Thường vụ Tỉnh ủy") we cannot place, then titles
                j = limit
                continue
            if post is None or (end < n and _joined(s, end) and any(m.kind == "person" and m.start == end for m in s.mentions)):
                break  # (a title right before a name is that person's: "A, Đại sứ Việt Nam tại Lào B")
            if unplaced is not None and not out and (local := self._local_party_post(s, *unplaced, post)) is not None:
                out.append(local)  # "Bí thư Đảng ủy, Chủ tịch HĐND xã Thanh Hà": the commune's Party committee
            if unplaced is not None and not out and s.tokens[unplaced[0]].key == "nguyên" and not post.title.startswith("nguyên "):
                post = replace(post, title="nguyên " + post.title)  # "nguyên Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": a former one
            out.append(post)
            j = end
            if j < n and not re.fullmatch(r"\s*,\s*|\s+[-–]\s+", s.text[s.tokens[j - 1].end:s.tokens[j].start]) \
                    and s.tokens[j].key != "kiêm" and (j + 1 >= n or (s.tokens[j].key, s.tokens[j + 1].key) not in _AND_IS):
                break  # (posts go on after a comma or a spaced dash: "Ủy viên Bộ Chính trị - Bí thư Trung ương Đảng")
        return out

    def _local_party_post(self, s: _Sentence, a: int, b: int, then: Post) -> Post | None:
        """A title in a Party committee or council named without its place (tokens a to b: "Bí thư Đảng ủy",
        "Ủy viên Ban Thường vụ"), before a post in a body that names it ("…, Chủ tịch HĐND xã Thanh Hà", "…,
        Trưởng Ban Tổ chức Tỉnh ủy Nghệ An"): the same place's, the same committee's."""
        title = lx.TITLES.match(s.tokens, a, b)
        body = " ".join(t.text for t in s.tokens[a + title[0]:b]) if title else ""
        committee = _PARTY_COMMITTEE_IN.search(then.org.label) if then.org is not None else None
        if title and committee and matching_key(s.char_span(a, b)) in ("ủy viên ban thường vụ", "ủy viên btv"):
            # "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An": of the committee the next post names
            return Post("Ủy viên Ban Thường vụ", self.org(committee.group(0), committee.group(0)))
        place = _LOCAL_PLACE.search(then.org.label) if then.org is not None else None
        if not title or place is None or matching_key(body) not in ("đảng ủy", "đảng bộ", "hđnd", "ubnd", "ủy ban mttq"):
            return None
        name = lx.expand_head(body) + " " + place.group(0).strip()
        return Post(s.char_span(a, a + title[0]), self.org(name, s.char_span(a + title[0], b)))

    def _posts_before(self, s: _Sentence, i: int) -> list[Post]:
        out = []
        end = i
        if i > 0 and ";" in s.text[s.tokens[i - 1].end:s.tokens[i].start]:
            return out  # "A, Chủ tịch nước; B, …": the posts before the semicolon are A's (a colon lists: "các Phó Thủ tướng: B, C")
        while end > 0:
            start = end - 1
            while start > 0 and not _CLAUSE_BREAK.search(s.text[s.tokens[start - 1].end:s.tokens[start].start]):
                start -= 1
            # the part is tokens[start:end]; find a post that starts at `start` and ends at `end`
            found, at = None, start
            for k in range(start, end):
                post, pend = self._post_part(s, k, end)
                if post is not None and pend == end and (k == start or self._only_honorific(s, start, k) or not out):
                    found, at = post, k
                    break
            rank = lx.HONORIFICS.match(s.tokens, start, end) if found is None and not out and end == i and start > 0 else None
            if rank is not None and rank[0] == end - start \
                    and s.text[s.tokens[start - 1].end:s.tokens[start].start].strip() == ",":
                end = start  # "Bộ trưởng Bộ Quốc phòng, Đại tướng A": the posts before the comma and the rank
                continue  # (but not "ông B, Bộ trưởng Bộ Y tế, ông A": B's, as any post after another person)
            if found is None or (end < i and not out and (any(m.kind == "person" and m.end <= at for m in s.mentions)
                                                          or (at != start and not self._only_honorific(s, start, at)))):
                break  # (after a rank, the part is the post: not "Thừa ủy quyền của Chủ tịch nước, đồng chí A")
            out.append(found)
            if at != start and not self._only_honorific(s, start, at):
                break  # "… do Thủ tướng Nguyễn Xuân Phúc": the post next to the name, nothing before it
            if start > 0 and re.search(r"[;:]", s.text[s.tokens[start - 1].end:s.tokens[start].start]):
                break  # "…, Bí thư Thành ủy X; Bí thư Trung ương Đảng Y": a semicolon parts two persons' posts
            end = start
        return out

    def _only_honorific(self, s: _Sentence, a: int, b: int) -> bool:
        words = " ".join(t.key for t in s.tokens[a:b])
        return bool(re.fullmatch(r"((thay mặt|cùng dự có|tới dự có|tham dự có|có|đồng chí|ông|bà)\s*)+", words))

    # ------------------------------------------------------------------ events, documents, campaigns
    def read_events(self, s: _Sentence, first: bool) -> list[Event]:
        found = []
        names = [(s.tokens[x.start].start, s.tokens[x.end - 1].end) for x in s.of("person", "org")]
        for m in _EVENT.finditer(s.text):
            if any(a <= m.start() < b for a, b in names):
                continue  # "ông Vi Trọng Lễ - …", "Trung tâm Hội nghị tỉnh …": a word of a name, no event
            if s.quoted[s.tok_at(m.start())] and _CAMPAIGN_QUOTED.search(s.text, 0, max(s.text.rfind(q, 0, m.start()) for q in "“\"")):
                continue  # 'đợt thi đua “Lập thành tích chào mừng Đại hội Đảng bộ tỉnh …”': a campaign's name, no event
            rest = " " + s.text[m.end():]
            if _EVENT_DOES.match(rest):  # "Hội nghị thống nhất đề nghị …": the event the report is about, acting
                if self.main_event is not None:
                    found.append((m.start(), self.main_event))
                continue
            stop = _EVENT_END.search(rest)
            before_stop = (m.group(0) + rest[:stop.start()]).split() if stop else []
            if stop and stop.group(0).strip() == "và trao" and before_stop[0] == "Lễ" and len(before_stop) <= 3 \
                    and all(w.islower() for w in before_stop[1:]):
                stop = _EVENT_END.search(rest, stop.end()) or stop  # "Lễ tuyên dương và trao Giải thưởng X năm 2024 cho …"
            name = " ".join((m.group(0) + (rest[:stop.start()] if stop else rest)).split())
            quoted = re.match(r"\s*[“\"]([^”\"]{3,200})[”\"]", rest[stop.start():] if stop else "")
            if quoted and _QUOTED_NAME_NEXT.search(name[:1].lower() + name[1:]):  # 'Hội nghị tổng kết phong trào thi đua "Dân vận khéo"
                after = stop.start() + quoted.end()  # giai đoạn 2020 - 2025': the campaign's name, quoted, and on
                while (another := re.match(r"\s*(?:,|và)\s*[“\"][^”\"]{3,200}[”\"]", rest[after:])) is not None:
                    after += another.end()  # ('Lễ trao tặng danh hiệu “Nghệ sĩ Nhân dân”, “Nghệ sĩ Ưu tú” lần thứ 10')
                more = _EVENT_END.search(rest, after)
                end = more.start() if more else len(rest)
                if m.group(1).lower() == "chương trình":  # 'chương trình "Tự hào công nhân" năm 2026 tuyên dương …': the
                    end = after + re.match(r"(?:\s+(?:năm\s+\d{4}|lần thứ\s+\w+))?", rest[after:]).end()  # programme's
                name = " ".join((m.group(0) + rest[:end]).split())  # name and its year
            elif quoted and len(name.split()) <= 3:  # 'lễ kỷ niệm “60 năm ngày thành lập (…) và đón nhận …”'
                name = name + " " + " ".join(re.sub(r"\([^)]*\)", " ", quoted.group(1)).split())
            name = name[:1].upper() + name[1:]
            words = name.split()
            if len(words) < 3 or not re.search(r"\w", words[-1]):
                continue
            if len(words) <= 3 and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
                if self.main_event is not None:  # "Lễ tôn vinh", "Lễ kỷ niệm" alone: the ceremony already named
                    found.append((m.start(), self.main_event))
                continue
            ev = next((e for e in self.facts.events if matching_key(e.name) == matching_key(name)), None)
            if ev is None:
                ev = Event(name, evidence=s.raw)
                self.facts.events.append(ev)
            found.append((m.start(), ev))
        organizing = _ORGANIZE.search(s.text)
        if found and (self.main_event is None) and (organizing or first):
            pos, ev = found[0]
            self.main_event = ev
            day = _DAY.search(s.text)
            if day:
                ev.date = self._date(day)
            elif (today := _TODAY.search(s.text)) and self.report.published is not None:  # "Sáng nay, …": the day the report
                ev.date = (self.report.published.date() - dt.timedelta(days=today.group(1) == "qua")).isoformat()  # was published
            place = _place(s.text)
            if place and any(matching_key(e.name).startswith(matching_key(place)) for _, e in found):
                place = None  # "… thành tích xuất sắc tại Đại hội Thể thao Đông Nam Á lần thứ 33": an event, no place
            if place and not ev.place:
                ev.place = place
            at = s.text.find(place) if place else -1  # a hall named as the place hosts, it does not organise
            if organizing and organizing.start() < pos:
                occasion = _OCCASION.search(s.text, 0, organizing.start())  # "nhân kỷ niệm … Hội Nông dân Việt Nam, X tổ chức"
                orgs = [m.value for m in s.of("org") if s.tokens[m.start].start < organizing.start()
                        and not (at >= 0 and at <= s.tokens[m.start].start < at + len(place))
                        and not (occasion and occasion.start() <= s.tokens[m.start].start < occasion.end())]
                subject = next((m for m in s.of("place") if re.fullmatch(r"\s*(?:đã|long trọng|trang trọng)?\s*",
                                                                          s.text[s.tokens[m.end - 1].end:organizing.start()])), None)
                if not orgs and subject is not None:  # "tỉnh Quảng Trị tổ chức Lễ kỷ niệm …": the province
                    orgs = [self.org(subject.value.label, subject.text, subject.value)]
                elif not orgs and (local := self._place_subject(s, 0, organizing.start())) is not None:
                    orgs = [local.value]  # "huyện Yên Thành long trọng tổ chức Lễ kỷ niệm …": the district
                if orgs:
                    ev.organizer = orgs[0]
                    ev.participants.extend(o for o in orgs[1:] if o not in ev.participants)
            elif ev.organizer is None and (by := _ORGANIZED_BY.search(s.text, pos)) is not None:
                host = next((m for m in s.of("org") if m.start == s.tok_at(by.end())), None)
                if host is not None and _ORGANIZE.search(s.text[s.tokens[host.end - 1].end:][:40]):
                    ev.organizer = host.value  # "Hội nghị … do UBND tỉnh Nghệ An tổ chức"
        return [ev for _, ev in found]

    def _date(self, m: re.Match) -> str | None:
        first = next((k for k in (1, 4, 7) if m.re is _DAY and m.group(k)), 1)  # (the alternative of _DAY that matched)
        d, mo, y = m.group(first), m.group(first + 1), m.group(first + 2)
        year = int(y) if y else self.year
        if not year:
            return None
        day, month = int(d), int(mo)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"

    def read_documents(self, s: _Sentence) -> list[tuple[int, Document]]:
        out = []
        for m in _DOC.finditer(s.text):
            kind, number = m.group(1)[:1].upper() + m.group(1)[1:], m.group(2).rstrip(".-/").replace(" ", "")  # "788- CT/QUTW"
            number = re.sub(r"(?i)(?<=QĐ-)ttg\b", "TTg", number)  # "601/QĐ-Ttg"
            if not re.search(r"\d", number) or (number.isdigit() and len(number) == 4 and kind != "Chỉ thị"):
                continue  # "Luật 2022" is a year, not a number
            doc = self._document(kind, number=number)
            after = s.text[m.end():]
            d = _DOC_DATE.match(after)
            if d and not doc.date:
                doc.date = _iso_date(d)
            self._doc_issuer(s, doc, m.end(), m.start())
            self._doc_title(doc, after)
            out.append((m.start(), doc))
        out += self._own_decision(s)
        for m in _LAW.finditer(s.text):  # a law by its name: "Luật Thi đua, khen thưởng"
            words = re.split(r"(?<=\w)(?=,?\s)", m.group(1))
            kept = []
            for w in words:
                if matching_key(w.strip(" ,")) in lx.STOP or re.search(r"\d|\bsố\b", w) or matching_key(w.strip(" ,")) in _LAW_NAME_ENDS \
                        or w.startswith(",") and any(k.startswith(",") for k in kept):
                    break  # (a law's name holds one comma at most: "Luật Thi đua, khen thưởng, cá nhân bị …")
                kept.append(w)
            name = "Luật " + "".join(kept).strip(" ,")
            if len(kept) >= 2:
                law = self._document("Luật", name=name)
                numbered = _LAW_NUMBER.match(s.text, m.start(1) + len("".join(kept)))
                if numbered and not law.number:  # "Luật Thi đua, khen thưởng số 06/2022/QH15"
                    law.number = numbered.group(1)
                out.append((m.start(), law))
        for m in _DOC_NAMED.finditer(s.text):
            name = f"{m.group(1)} {m.group(2)}"
            term = _TERM.match(s.text[m.end():]) or _TERM_AFTER_ISSUER.match(s.text[m.end():])
            if term and "Trung ương" in name or (term and re.search(r"\b(TW|TƯ)\b", name)):
                name += f" khóa {term.group(1)}"
            doc = self._document(m.group(1), name=re.sub(r"\b(TW|TƯ)\b", "Trung ương", name))
            self._doc_issuer(s, doc, m.end())
            if doc.issuer is None and re.search(r"Trung ương|TW|TƯ", m.group(2)):
                known = lx.org_index().phrases.get(lx.keys("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"))
                doc.issuer = self.org(known.label, "Trung ương", known)
            elif doc.issuer is None and _NUMBERED_CONGRESS.fullmatch(m.group(2)):
                congress = " ".join(m.group(2).split())  # "Nghị quyết Đại hội XII": the congress adopted it
                doc.issuer = next((e for e in self.facts.events if matching_key(e.name) == matching_key(congress)), None)
                if doc.issuer is None:
                    doc.issuer = Event(congress, evidence=s.raw)
                    self.facts.events.append(doc.issuer)
            self._doc_title(doc, s.text[m.end():])
            out.append((m.start(), doc))
        return out

    def _own_decision(self, s: _Sentence) -> list[tuple[int, Document]]:
        """A decision's own text: its "Số: 123/QĐ-UBND" line (issued by the body named above it), its
        "Nghệ An, ngày 15 tháng 12 năm 2024" line, and its articles ("Điều 1. Tặng Bằng khen …"),
        which confer under it."""
        number = _OWN_NUMBER.match(s.text)
        if number and self._decision is None:
            self._decision = self._document("Quyết định", number=number.group(1))
            heading = next(iter(self.facts.orgs.values()), None)
            self._decision.issuer = self._decision.issuer or heading
            return [(0, self._decision)]
        if self._decision is None:
            return []
        if not self._articles and s.text.isupper() and s.tokens and lx.TITLES.match(s.tokens, 0):
            post = self._post_part(s, 0, len(s.tokens))[0]  # "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NAM ĐÀN": who decides
            if post is not None and post.org is not None:
                self._decision.issuer = Post(lx.TITLES.match(s.tokens, 0)[1], post.org, post.known_iri, post.label)
        title = (_OWN_TITLE.match(s.text) or (_OWN_TITLE_LINE.match(s.text) if self._sentence_before is not None
                                              and self._sentence_before.text.strip(" :") == "QUYẾT ĐỊNH" else None)) \
            if not self._articles else None  # ("QUYẾT ĐỊNH" alone on its line, the title on the next)
        if title is not None:  # "QUYẾT ĐỊNH Về việc tặng Giấy khen cho …": the decision's title; its articles confer
            self._decision.title = self._decision.title or title.group(1).rstrip(" .")
            self._titled = s
        day = _OWN_DATE.search(s.text) if not self._decision.date else None
        if day and s.text[:day.start()].count(" ") < 6:
            self._decision.date = _iso_date(day)
        self._articles = self._articles or bool(_ARTICLE.match(s.text))  # (the sentences after "Điều 1." too)
        return [(0, self._decision)] if self._articles else []

    def _document(self, kind: str, number: str | None = None, name: str | None = None) -> Document:
        for doc in self.facts.documents:
            if doc.kind != kind:
                continue
            if number and doc.number and (doc.number == number or doc.number.startswith((number + "-", number + "/"))
                                          or number.startswith((doc.number + "-", doc.number + "/"))):
                if len(number) > len(doc.number):
                    doc.number = number
                return doc
            if name and doc.name and _same_named_doc(doc.name, name):
                if len(name) > len(doc.name):  # "Nghị quyết Trung ương 4", later "… 4 khóa XII": the fuller name
                    doc.name = name
                return doc
        doc = Document(kind, number=number, name=name)
        self.facts.documents.append(doc)
        return doc

    def _doc_issuer(self, s: _Sentence, doc: Document, char: int, start: int | None = None) -> None:
        """Who issued a document: "Quyết định … của UBND tỉnh X", or the body or office that signs it
        ("Chủ tịch UBND tỉnh X ký Quyết định …", ``start``: where the document is named)."""
        if start is not None and doc.issuer is None:
            signer = self._subject_before(s, 0, start, _SIGNS)
            if signer is not None:
                doc.issuer = signer
                days = [d for d in _DAY_BEFORE.finditer(s.text, 0, start) if not _DOC.search(s.text[:d.start()])]
                day = days[-1] if days else None  # the last day named before the document (not another document's)
                if day and not doc.date:  # "Ngày 15/12/2024, Chủ tịch … ký Quyết định …": the day it was signed
                    doc.date = _iso_date(day)
        after = s.text[char:]
        m = re.match(r"(?:[^;:,“\"]|,(?=\s*\d)){0,40}?\bcủa\s+", after)  # (past no comma but one before a number: not
        # "Nghị định 98/2023/NĐ-CP, Chỉ thị … của …", but "Chỉ thị 03, 05 của Bộ Chính trị")
        if m:
            at = s.tok_at(char + m.end())
            hit = next((x for x in s.mentions if x.start == at and x.kind in ("org", "post")), None)
            if hit and doc.issuer is None:
                doc.issuer = hit.value if hit.kind == "org" else _post_of(hit.value)
            elif doc.issuer is None and at < len(s.tokens):  # "… của Bộ trưởng Bộ Nội vụ": an office, not of the reference data
                post = self._post_part(s, at, len(s.tokens))[0]
                doc.issuer = post if post is not None and post.org is not None else None
        suffix = re.search(r"QĐ-([A-Za-zĐđ]+)", doc.number or "")
        if doc.issuer is None and suffix and suffix.group(1).lower() in _DECISION_AUTHORITY:
            doc.issuer = self._known_post(_DECISION_AUTHORITY[suffix.group(1).lower()])  # "…/QĐ-CTN": the President's
        elif doc.issuer is None and re.search(r"/N[ĐD]-CP$", doc.number or ""):  # "98/2023/NĐ-CP": the Government's decree
            known = lx.org_index().phrases.get(lx.keys("Chính phủ"))  # (implied, not named: no body the report names)
            doc.issuer = (self.facts.orgs.get(known.iri) or Org(known.iri, known.label, iri=known.iri, mentioned=False)) \
                if known is not None else None

    def _doc_title(self, doc: Document, after: str) -> None:
        m = re.match(r"[^“\"]{0,80}?\bvề\s*(?:việc\s*)?[“\"]([^”\"]{3,300})[”\"]", after)
        if m and not doc.title:
            doc.title = m.group(1).strip()

    def read_campaigns(self, s: _Sentence) -> None:
        by = _LAUNCHED_AGAIN.match(s.text) if self.facts.campaigns else None
        kind = by and ("cuộc vận động" if by.group(1).lower().startswith("cuộc") else "phong trào")
        campaign = next((c for c in reversed(self.facts.campaigns) if c.kind == kind), None) if by else None
        hit = next((x for x in s.mentions if x.kind in ("org", "post") and by.start(2) <= s.tokens[x.start].start < by.end(2)),
                   None) if campaign is not None else None
        if hit is not None:  # "Phong trào do Ủy ban Trung ương MTTQ Việt Nam phát động …": the campaign named before
            campaign.launched_by = hit.value if hit.kind == "org" else _post_of(hit.value)
        again = _ADOPTING_AGAIN.match(s.text) if self.facts.campaigns else None
        if again is not None:  # "Hưởng ứng phong trào, A và B đã ký giao ước thi đua": the campaign named before
            kind = "cuộc vận động" if again.group(1).lower().startswith("cuộc") else "phong trào"
            campaign = next((c for c in reversed(self.facts.campaigns) if c.kind == kind), None)
            for body in self._bodies_listed_at(s, again.end()) if campaign is not None else ():
                if body not in campaign.adopted_by and body is not campaign.launched_by:
                    campaign.adopted_by.append(body)
        last = None  # (where the last campaign's name ended, who launched it, who took it up)
        for m in _CAMPAIGN.finditer(s.text):
            kind = matching_key(m.group(1))
            kind = "chủ đề" if kind.startswith("chủ đề") else "cuộc vận động" if kind.startswith("cuộc") else "phong trào"
            names = []
            q = _QUOTE.match(s.text, m.end())
            if not q:
                continue
            names.append(q.group(1) or q.group(2))
            pos = q.end()
            while True:
                nxt = _NEXT_QUOTE.match(s.text, pos)
                if not nxt:
                    break
                names.append(nxt.group(1) or nxt.group(2))
                pos = nxt.end()
            p = _CAMPAIGN_PERIOD.match(s.text, pos)
            period = re.sub(r"\s*[-–]\s*", " - ", p.group(1)) if p else None  # ("2026-2027": "2026 - 2027")
            pos = p.end() if p else pos
            c0 = max(s.text.rfind(";", 0, m.start()), 0)
            launcher = self._launcher(s, c0, m.start(), pos, kind)
            joined = last is not None and _AND_NEXT.fullmatch(s.text, last[0], m.start())
            if launcher is None and joined:
                launcher = last[1]  # "X phát động phong trào “A” và cuộc vận động “B”": X launched both
            adopters = self._adopters(s, c0, m.start(), pos) if launcher is None or _LAUNCHED_AFTER.match(s.text, pos) else []
            if not adopters and launcher is None and joined:
                adopters = last[2]  # "X hưởng ứng phong trào “A” và cuộc vận động “B”": X took up both
            last = (pos, launcher, adopters)
            for name in names:
                name = name.strip(" ,")
                c = next((c for c in self.facts.campaigns if matching_key(c.name) == matching_key(name)), None)
                if c is None:
                    c = Campaign(name, kind, launcher, period=period, evidence=s.raw)
                    self.facts.campaigns.append(c)
                else:
                    c.launched_by = c.launched_by or launcher
                    c.period = c.period or period
                c.adopted_by += [o for o in adopters if o not in c.adopted_by and o is not launcher]

    @staticmethod
    def _bodies_listed_at(s: _Sentence, at: int) -> list[Org]:
        """The bodies named one after another from character ``at`` ("A, B và C …"), up to the first word
        between them that is no list's."""
        out: list[Org] = []
        k = s.tok_at(at)
        while True:
            body = next((m for m in s.of("org") if m.start == k), None)
            if body is None:
                return out
            out.append(body.value)
            gap = _LIST_GOES_ON.match(s.text, s.tokens[body.end - 1].end)
            if gap is None:
                return out
            k = s.tok_at(gap.end())

    def _launcher(self, s: _Sentence, c0: int, at: int, end: int, kind: str):
        """Who launched the campaign named from character ``at`` to ``end``: "do X phát động" before or
        after it, "X (tổ chức lễ) phát động phong trào …", or for a "chủ đề" the last body before it."""
        do = re.search(r"\bdo\s+(.{3,60}?)\s+phát động\b[^.;]*$", s.text[c0:at])
        after = _LAUNCHED_AFTER.match(s.text, end)
        by = re.match(r"(.{3,60}?)\s+phát động\b", s.text[after.end():]) if after else None
        spans = ([(c0 + do.start(1), c0 + do.end(1))] if do else []) \
            + ([(after.end(), after.end() + (by.end(1) if by else 1))] if after else [])
        for start, stop in spans:  # "do X phát động", "do Thường vụ Quân ủy Trung ương phát động": the body named there
            hit = next((x for x in s.mentions if start <= s.tokens[x.start].start < stop and x.kind in ("org", "post")), None)
            if hit:
                return hit.value if hit.kind == "org" else _post_of(hit.value)
        subject = self._subject_before(s, c0, at, _LAUNCHES)
        partner = _PARTNER.search(s.text, c0, at) if subject is not None else None
        first = next((x for x in s.of("org") if partner and s.tokens[x.end - 1].end == partner.start()), None)
        if first is not None:  # "A phối hợp với B tổ chức lễ phát động …": A launches it, B helps
            return first.value
        if subject is not None:
            return subject
        if kind == "chủ đề":
            cands = [x for x in s.of("org") if c0 <= s.tokens[x.start].start < at]
            if cands:
                return cands[-1].value
        return None

    def _adopters(self, s: _Sentence, c0: int, at: int, end: int) -> list[Org]:
        """The bodies that took up the campaign named from ``at`` to ``end``: "X hưởng ứng / triển khai
        phong trào …", or "Hưởng ứng phong trào … (do Y phát động), X đã …"."""
        subject = self._subject_before(s, c0, at, _ADOPTS)
        if isinstance(subject, Post):
            subject = subject.org
        if subject is not None:
            return [subject]
        if not _ADOPTING_OPENER.fullmatch(s.text[c0:at]):
            return []
        comma = s.text.find(",", end)
        start = s.tok_at(comma + 1) if comma >= 0 else len(s.tokens)
        first = next((x for x in s.mentions if x.start == start and x.kind == "org"), None)
        return [first.value] if first is not None else []

    # ------------------------------------------------------------------ clusters
    def read_memberships(self, s: _Sentence) -> None:
        named = [(cm.value, s.tokens[cm.end - 1].end) for cm in s.of("org") if cm.value.cls == "cluster"]
        again = _CLUSTER_AGAIN.match(s.text) if not named and self.cluster is not None else None
        for cluster, after in named or ([(self.cluster, again.end())] if again else []):  # (again: "Khối gồm …")
            self.cluster = cluster
            listed = _MEMBERS_LISTED.search(s.text, after)
            if listed:  # "Khối thi đua … gồm 9 thành viên: A, B, C" (up to the clause's end)
                end = s.text.find(";", listed.end())
                end = len(s.text) if end < 0 else end
                members = [om.value for om in _outermost([om for om in s.of("org") if listed.end() <= s.tokens[om.start].start < end])]
                if listed.group("districts"):  # "… gồm các huyện: Lệ Thủy, Quảng Ninh và thành phố Đồng Hới"
                    members += self._districts_from(s, listed.end(), end, listed.group("districts").split(",")[0])
                elif listed.group("places") or re.search(r"(?i)\b(?:tỉnh|thành phố)\b", cluster.label):
                    members += self._provinces_from(s, listed.end(), end)  # "… gồm 6 tỉnh: Đồng Nai, Bình Dương, …"
                for member in members:
                    if member is not cluster and member.cls != "cluster" \
                            and not any(m.member is member and m.cluster is cluster for m in self.facts.memberships):
                        self.facts.memberships.append(Membership(cluster, member, "thành viên", s.raw))
        self._cluster_roles(s)

    def _cluster_roles(self, s: _Sentence) -> None:
        """Leaders and deputies of a cluster: "A – Khối trưởng Khối thi đua …", "A làm Trưởng khối, B làm
        Phó khối năm 2025", "A (Trưởng Cụm thi đua số 3)", "A, đơn vị Khối trưởng năm 2024"; the cluster is
        the one named after the role, else the one the report last named."""
        clusters = [m for m in s.of("org") if m.value.cls == "cluster"]
        done = 0
        roles = list(_CLUSTER_ROLE.finditer(s.text))
        leading = _LEADING_YEAR.match(s.text)  # "Năm 2023, A là Cụm trưởng, B là Cụm phó"
        said = None  # (a year said before a role's body)
        for k, r in enumerate(roles):
            done_before = done
            at = s.tok_at(r.start())
            named = next((m for m in clusters if m.start in (at + 1, s.tok_at(r.end()))), None)  # "Trưởng Cụm thi đua số 3"
            cluster = named.value if named else self.cluster
            members = [m for m in s.of("org", "place") if (m.kind == "place" or m.value.cls != "cluster")
                       and done <= s.tokens[m.start].start
                       and s.tokens[m.end - 1].end <= r.start() and not (named and m.start >= named.start)]
            done = r.end()
            if cluster is None:
                continue
            member = _outermost(members)[-1] if members else None  # (the body, not its parent inside its name: "Ban
            if member is not None and _ROLE_LINK.fullmatch(s.text, s.tokens[member.end - 1].end, r.start()):  # Tuyên giáo Tỉnh ủy")
                body = member.value if member.kind == "org" else self.org(member.value.label, member.text, member.value)  # "tỉnh Gia Lai là Cụm phó"
                body, start = self._member_as_listed(cluster, body), s.tokens[member.start].start
            elif (local := self._local_before_role(s, cluster, done_before, r.start())) is not None:
                body, start = local  # "bầu xã Mường Khương làm Khối trưởng"
            else:
                continue
            role = "khối trưởng" if "trưởng" in r.group(0).lower() else "khối phó"
            year = _ROLE_YEAR.match(s.text, named and s.tokens[named.end - 1].end or r.end())
            for later in roles[k + 1:] if year is None else ():  # "A làm Cụm trưởng, B làm Cụm phó năm 2024": both
                if ";" in s.text[r.end():later.start()]:
                    break
                year = _ROLE_YEAR.match(s.text, later.end())
                if year is not None:
                    break
            before = _YEAR_BEFORE_ROLE.search(s.text, done_before, start)
            said = before or said  # "năm 2024 do A làm Khối trưởng, B làm Khối phó": both that year
            year = year or said or leading
            if not any(m.member is body and m.cluster is cluster and m.role == role for m in self.facts.memberships):
                self.facts.memberships.append(Membership(cluster, body, role, s.raw, year.group(1) if year else None))

    def _roles_of_listed_provinces(self) -> None:
        """"UBND tỉnh Gia Lai – Cụm trưởng Cụm thi đua …" said before the sentence that lists the cluster's provinces:
        the province's role (once, when the report says it again of the province)."""
        kept: list[Membership] = []
        for m in self.facts.memberships:
            if m.role != "thành viên":
                m.member = self._member_as_listed(m.cluster, m.member)
            if not any(k.cluster is m.cluster and k.member is m.member and k.role == m.role and k.year == m.year for k in kept):
                kept.append(m)
        self.facts.memberships = kept

    def _local_before_role(self, s: _Sentence, cluster: Org, start: int, at: int) -> tuple[Org, int] | None:
        """A district or commune named right before the cluster role at character ``at`` ("xã Mường Khương làm
        Khối trưởng"): the member the cluster lists for it (its people's committee), else the place as a body;
        with where it is named."""
        named = list(_LOCAL_UNIT.finditer(s.text, start, at))
        local = named[-1] if named else None
        if local is None or not _ROLE_LINK.fullmatch(s.text, local.end(), at):
            return None
        key = matching_key(f"Ủy ban nhân dân {local.group(1)} {local.group(2)}")
        listed = next((m.member for m in self.facts.memberships if m.cluster is cluster and matching_key(m.member.label) == key), None)
        return listed or self._local(f"{local.group(1).capitalize()} {local.group(2)}", local.group(0)), local.start()

    def _member_as_listed(self, cluster: Org, body: Org) -> Org:
        """The member a cluster of provinces lists for a province's people's committee ("A, Chủ tịch UBND thành
        phố Huế, Cụm trưởng năm 2025", of a cluster of "Thanh Hóa, …, thành phố Huế"): the province; else ``body``."""
        if not body.label.startswith("Ủy ban nhân dân "):
            return body
        province = matching_key(body.label.removeprefix("Ủy ban nhân dân "))
        return next((m.member for m in self.facts.memberships if m.cluster is cluster and m.member is not body
                     and matching_key(m.member.label) == province), body)

    def _districts_from(self, s: _Sentence, at: int, end: int, unit: str) -> list[Org]:
        """The districts named from character ``at`` to ``end`` ("Lệ Thủy, Quảng Ninh và thành phố Đồng Hới",
        each a ``unit`` unless it says its own), as their people's committees, the members of a district cluster."""
        found, pos = [], at
        while pos < end:
            item = _DISTRICT_ITEM.match(s.text, pos, end)
            if item is None or item.end() == pos:
                break
            own = (item.group(1) or unit).rstrip(".")
            own = {"TP": "thành phố", "TX": "thị xã"}.get(own, own)
            written = s.text[item.start(1) if item.group(1) else item.start(2):item.end(2)]
            found.append(self.org(f"Ủy ban nhân dân {own} {item.group(2)}", written))
            pos = item.end() + (1 if s.text.startswith(",", item.end()) else 0)
        return found

    def _provinces_from(self, s: _Sentence, at: int, end: int) -> list[Org]:
        """The provinces named from character ``at`` to ``end``, with or without "tỉnh" ("Đồng Nai, TP Hồ Chí
        Minh"), as bodies."""
        toks, found = s.tokens, []
        k = s.tok_at(at)
        while k < len(toks) and toks[k].start < end:
            inside = any(m.start <= k < m.end for m in s.mentions if m.kind != "place")  # "UBND tỉnh Lâm Đồng"
            place = None if inside else next((m for m in s.mentions if m.start == k and m.kind == "place"), None)
            bare = None if inside or any(m.start < k < m.end for m in s.mentions) else lx.province_index().match(toks, k)
            known, size = (place.value, place.end - k) if place else (bare[1], bare[0]) if bare else (None, 1)
            if known is not None:
                found.append(self.org(known.label, s.char_span(k, k + size), known))
            k += size
        return found

    # ------------------------------------------------------------------ awards
    def read_awards(self, s: _Sentence, events: list[Event], docs: list[tuple[int, Document]], result: bool = False) -> None:
        """The conferrals of sentence ``s``; ``result``: it is an item of a list of awards and recipients
        ("- Cờ thi đua của Chính phủ: UBND huyện A, Trường B"), its verb said by the sentence before the list."""
        if s is self._titled:
            return  # a decision's title: what its articles confer, said once more
        going_on = _BY_THAT.match(s.text) is not None
        if going_on and self._withheld is not None:
            return  # "… đề nghị Thủ tướng tặng Bằng khen cho 5 tập thể. Cụ thể, tặng Bằng khen cho A, B": still proposed
        if not s.of("award") and self.facts.awards and ("trao" in s.text or "gắn" in s.text) \
                and (again := _TITLE_HANDED_OVER.search(s.text)) is not None:
            self._title_handed_over(s, again)
        clauses = _clauses(s.text)
        conferred = False
        for am in s.of("award"):
            at = s.tokens[am.start].start
            c0, c1 = next(((a, b) for a, b in clauses if a <= at < b), (0, len(s.text)))
            clause = s.text[c0:c1]
            if "đón nhận" in clause and self._named_before(s, am, c1):
                continue  # "Giám đốc A đã đón nhận Huân chương": the order given above, received on the body's behalf
            if not _CONFER.search(clause) and not (conferred and (s.text[c0 - 1:c0] == ";" and _AWARD_THEN_FOR.fullmatch(
                    s.text, c0, at) or re.search(r"(?:[,;]|\svà)\s*$", s.text[c0:at]))
                    and re.match(r"\s+cho\s", s.text[s.tokens[am.end - 1].end:c1])) \
                    and not (result and c0 == 0 and _RESULT_ITEM.fullmatch(s.text, 0, at)
                             and _RESULT_RECIPIENTS.match(s.text, s.tokens[am.end - 1].end)):
                continue  # (but "A trao X cho B; Y cho C" and "…; Y cho C và Z cho D": the verb goes on to the next clause
                # and its awards; so it does to a list's items)
            why = _WHY.search(clause, at - c0)  # (what the award is for says nothing of whether it is given:
            scope = clause[:why.start()] if why else clause  # "… vì đã cứu 3 em bị đuối nước")
            nxt = next((s.tokens[a.start].start - c0 for a in s.of("award") if a.start >= am.end and s.tokens[a.start].start < c1), None)
            after = s.tokens[am.end - 1].end - c0  # (nor a proposal after the award's recipients, of the next award:
            given = _GIVEN_BEFORE.search(clause[:at - c0]) is not None
            if any(not (given and nxt is not None and after <= h.start() < nxt and _AND_THEN.search(scope[:h.start()]))
                   for h in _NOT_CONFERRAL.finditer(scope)):
                # "tặng Bằng khen cho 10 tập thể và đề nghị Thủ tướng tặng Bằng khen cho 2 tập thể": the ten's is given)
                self._withheld = s  # (a proposal, a revocation, a condition: what follows with "Cụ thể, …" is one too)
                continue
            if c0 and _PROPOSING.search(s.text[:c0]) and not re.search(r"\b(?:đã|vừa|được)\b", clause) \
                    and not self._gives_after_proposal(s, c0):
                self._withheld = s
                continue  # "đề nghị A tặng X cho …; B tặng Y cho …": the proposal goes on
            listed = _LIST_HEAD.match(s.text, s.tokens[am.end - 1].end)
            if listed and c1 < len(s.text) and not self._awards_in(s, c1, len(s.text)):
                c1 = len(s.text)  # "tặng Bằng khen cho: A; B; C": the list is the award's
            self._hosting = False
            recipients = self._recipients(s, am, c0, c1)
            if again := self._children_again(s, am, c1, recipients):
                recipients = sorted(recipients + again, key=lambda r: r.start)
            hosting, given = self._hosting, self._awards_in(s, c0, c1)
            if len(recipients) > 1 and len(given) == len(recipients) and _RESPECTIVELY.search(s.text, c0, at):
                recipients = [recipients[given.index(am)]]  # "A và B lần lượt nhận X và Y": A gets X, B gets Y
            if recipients and all(r.kind == "person" for r in recipients) and s.text.startswith(";", c1):
                recipients += self._persons_listed_on(s, c1)  # "trao Huy hiệu Đảng tặng … A; nguyên Thủ tướng B; …"
            elif recipients and s.text.startswith(";", c1) and _LIST_HEAD_CHO.search(s.text, c0, s.tokens[recipients[0].start].start):
                recipients += self._persons_closing_the_list(s, c1)  # "… cho Công an huyện X; Trung tá A, Trưởng Công an
                # huyện và Đại úy B, Đội trưởng … vì đã có thành tích …"
            if _ANNEXED.search(clause):
                self._annexed = (s, am, events, docs, c0, c1)
            if recipients and all(r.kind == "group" and r.value.count is None for r in recipients) \
                    and self._handed_over_again(s, am, c0, at):
                continue  # "A trao Kỷ niệm chương cho các nhà giáo" after the sentence that gave it to 15: A hands those over
            if not recipients:
                self._handed_over_again(s, am, c0, at)
                if listed and not s.text[listed.end():].strip():
                    self._listing, self._annex_listing = (s, am, events, docs, c0, c1), False  # the items follow, one a paragraph
                continue
            if listed and not s.text[listed.end():].strip() and all(r.kind == "group" for r in recipients):
                # "tặng Bằng khen cho các tập thể, cá nhân sau:" and the items: they are the group, named
                self._listing, self._annex_listing = (s, am, events, docs, c0, c1), True
            made = self._confer(s, am, recipients, events, docs, c0, c1)
            if hosting:
                self._hosted.update(id(a) for a in made)
            else:  # (named as the recipient too: no guess)
                self._hosted.difference_update(id(a) for a in made)
            conferred = True
            if all(r.kind == "group" and r.value.count for r in recipients):
                self._counted = (s, am, events, docs, c0, c1, [r.value for r in recipients])
        if self._withheld is not s and not going_on:
            self._withheld = None

    def _read_signature(self, paragraph: str, parts: list[_Sentence]) -> None:
        """The signature of the decision the report is the text of: "CHỦ TỊCH" (or "KT. CHỦ TỊCH" then "PHÓ CHỦ
        TỊCH"), then the signer's name alone: the signer holds that office in the body that issues it."""
        title = _SIGNER_TITLE.fullmatch(paragraph) if self._decision is not None else None
        if title is not None:
            self._signer_title = _SIGNER_TITLES[" ".join(title.group(1).split())]
            return
        signer = self._signer_title
        self._signer_title = None
        issuer = self._decision.issuer if self._decision is not None else None
        body = issuer.org if isinstance(issuer, Post) else issuer if isinstance(issuer, Org) else None
        if not signer or body is None or len(parts) != 1:
            return
        persons = parts[0].of("person")
        if len(persons) == 1 and persons[0].text == paragraph.strip():
            _add_post(persons[0].value, Post(signer, body), parts[0].raw)
        elif not persons and _SIGNER_NAME.fullmatch(paragraph) and lx.keys(paragraph)[0] in lx.SURNAMES:
            _add_post(self.person(paragraph.strip()), Post(signer, body), parts[0].raw)  # ("Trần Phước Hiền": a name
            # with no middle word only persons have, known to be one by its place under the office)

    def _note_acting_for(self, s: _Sentence) -> None:
        """"Thượng tá A, Phó trưởng phòng …, được sự ủy quyền của Giám đốc Công an TP.HCM đã trao …": whom A acts for, so
        that an award A hands over later in the report is that office's when nothing else says whose."""
        for m in _ACTING_FOR.finditer(s.text):
            person = next((p for p in reversed(s.of("person")) if s.tokens[p.end - 1].end <= m.start()), None)
            principal = self._principal(s, m.end()) if person is not None else None
            if principal is not None and not re.search(r"[;.]", s.text[s.tokens[person.end - 1].end:m.start()]):
                self._acting_for[id(person.value)] = principal

    def _note_children(self, s: _Sentence) -> None:
        """Persons the report calls "em" (children, pupils), in the order it names them."""
        for pm in s.of("person") if "em " in s.text else ():
            if _CALLED_EM.search(s.text, 0, s.tokens[pm.start].start) and pm.value not in self._children:
                self._children.append(pm.value)

    def _children_again(self, s: _Sentence, am: Mention, c1: int, recipients: list[Mention]) -> list[Mention]:
        """"… tặng Bằng khen cho em A và em B" then "Chủ tịch UBND tỉnh đã tặng Bằng khen cho hai em" (or "cho 2 em
        và 118 học sinh"): the children the report named, as many as it counts."""
        after = s.tokens[am.end - 1].end
        m = _CHILDREN_AGAIN.match(s.text, after, c1) or _CHILDREN_AGAIN_AND.match(s.text, after, c1)
        if m is None or any(r.kind == "person" for r in recipients):
            return []
        count = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1).lower()]
        if len(self._children) != count:
            return []
        at = s.tok_at(m.start(1))
        return [Mention(at, at + 2, "person", child, s.char_span(at, at + 2)) for child in self._children]

    def _title_handed_over(self, s: _Sentence, m: re.Match) -> None:
        """"Đại tướng A trao danh hiệu cho Viettel", "A trao Huy hiệu và chúc mừng đồng chí B": the title or badge
        the report said B received, handed over by A."""
        giver = _hands_over_before(s, 0, m.start())
        if giver is None:
            return
        end = re.search(r"[;.]|\s(?:vì|nhân dịp|tại)\s", s.text[m.end():])
        stop = m.end() + end.start() if end else len(s.text)
        named = [x for x in s.mentions if x.kind in ("org", "person", "group") and m.end() <= s.tokens[x.start].start < stop]
        names = {id(x.value) for x in named if x.kind != "group"}
        nouns = {_noun_of(x.value) for x in named if x.kind == "group"}  # ("cho các cá nhân": the counted ones)
        word = m.group(1).lower()  # (the kind handed over: a title, a badge, or any award)

        def kind_ok(award) -> bool:
            return word == "phần thưởng" or (award.award_label.startswith("Huy hiệu") if word == "huy hiệu"
                                              else award.award_label.startswith("Giải thưởng") if word == "giải thưởng"
                                              else not award.award_label.startswith(_NOT_TITLES))
        if not named and _KIN.match(s.text, m.end()):  # "… trao danh hiệu cho thân nhân liệt sĩ": the one the report
            theirs = [a for a in self.facts.awards if isinstance(a.recipient, Person) and a.presented_by is None and kind_ok(a)]
            if len({a.award_iri for a in theirs}) == 1:  # gave it to (posthumously), its kin receiving
                names = {id(a.recipient) for a in theirs}
        for award in self.facts.awards:
            to_them = id(award.recipient) in names or isinstance(award.recipient, Group) and award.recipient.count \
                and _noun_of(award.recipient) in nouns
            if to_them and award.presented_by is None and kind_ok(award):
                award.presented_by = giver

    @staticmethod
    def _gives_after_proposal(s: _Sentence, c0: int) -> bool:
        """Whether a clause after the proposal's (at or before character ``c0``) has its own giver and verb when the
        proposal names awards, not a giving: "Bộ đã trình cấp có thẩm quyền khen thưởng 2 Huân chương …; Bộ trưởng tặng
        Cờ thi đua cho 18 tập thể" (but "đề nghị A tặng X cho …; B tặng Y cho …" goes on proposing)."""
        proposal = list(_PROPOSING.finditer(s.text, 0, c0))[-1]
        end = s.text.find(";", proposal.end())
        if _GIVING_VERB.search(s.text, proposal.end(), end if end >= 0 else c0):
            return False
        for a, _ in _clauses(s.text):
            if proposal.end() < a <= c0:
                k = s.tok_at(a + len(s.text[a:]) - len(s.text[a:].lstrip()))
                subject = lx.TITLES.match(s.tokens, k) or any(m.start == k for m in s.mentions if m.kind in ("org", "post", "person"))
                if subject and _OWN_GIVING.match(s.text, s.tokens[k].end):
                    return True
        return False

    def _handed_over_again(self, s: _Sentence, am: Mention, c0: int, at: int) -> bool:
        """"A trao Kỷ niệm chương và chúc mừng …" right after the sentence that gave it (to whom, not by whom):
        A hands over those conferrals. Whether there were any."""
        before = self._sentence_before
        verb = _HANDS_OVER.search(s.text, c0, at)
        giver = _hands_over_before(s, c0, verb.start()) if verb is not None and before is not None else None
        if giver is None:
            return False
        def same_kind(a: Award) -> bool:  # ("Bằng khen" again: the kind given, "Bằng khen của cấp ủy Đảng" or any other
            return a.award_iri == am.value.iri or _under(am.value.iri, a.award_iri) \
                or a.name.lower().startswith(am.value.label.lower())  # named so)
        given = [a for a in self.facts.awards if a.presented_by is None and a.evidence == before.raw and same_kind(a)]
        if not given and self.main_event is not None:  # "Bộ LĐ-TB&XH tổ chức Lễ trao tặng bằng khen cho A và B." … "Bộ trưởng
            given = [a for a in self.facts.awards if a.presented_by is None and a.event is self.main_event and same_kind(a)]
            # C đã trao bằng khen … cho hai ông": those of the report's ceremony, said before
        given += [a for a in self.facts.awards if a.presented_by is None and isinstance(a.recipient, Group) and a not in given
                  and any(g.award_iri == a.award_iri and isinstance(g.recipient, Person) for g in given)]
        # (given to one of a counted group named before: "… cho 5 cán bộ." "A là một trong 5 cán bộ được nhận …" "B trao …")
        for award in given:
            award.presented_by = giver
        return bool(given)

    @staticmethod
    def _persons_listed_on(s: _Sentence, at: int) -> list[Mention]:
        """The persons a list goes on with after the semicolon at character ``at``: one person a clause,
        with their titles and no verb of its own ("…; nguyên Thủ tướng Chính phủ B; nguyên Phó Thủ tướng C.")."""
        out = []
        for c0, c1 in _clauses(s.text):
            if c0 <= at:
                continue
            persons = [m for m in s.of("person") if c0 <= s.tokens[m.start].start < c1]
            ands = [a.end() for a in re.finditer(r"\svà\s+", s.text[c0:c1])]
            if not persons or len(persons) != 1 + len(ands) or any(c0 <= s.tokens[m.start].start < c1 for m in s.of("award")) \
                    or _CONFER.search(s.text[c0:c1]) or re.search(r"\b(?:được|nhận|là)\b", s.text[c0:c1]) \
                    or any(not re.fullmatch(r"(?:[\w.]+\s+){0,3}", s.text[c0 + a:s.tokens[p.start].start])
                           for a, p in zip(ands, persons[1:])):
                break  # ("…; TS.BS B, Trưởng khoa Nhi và BS C, Giám đốc …": the last two, "và" right before the second)
            out += persons
        return out

    @staticmethod
    def _persons_closing_the_list(s: _Sentence, at: int) -> list[Mention]:
        """The persons of the clause after the semicolon at character ``at`` when it only names them, with their
        titles, up to the award's rationale ("…; Trung tá A, Trưởng Công an huyện và Đại úy B, Đội trưởng … vì đã có
        thành tích …"): a recipient list that goes on past the semicolon."""
        c1 = next((b for a, b in _clauses(s.text) if a > at), None)
        if c1 is None:
            return []
        why = _RATIONALE.search(s.text, at, c1)
        end = why.start() if why else c1
        if why is None and c1 < len(s.text) or re.search(r"\b(?:được|nhận|là|đã|đang|sẽ|trao|tặng|phát biểu|cho biết|chúc mừng|"
                                                          r"tổ chức|dự|tham dự)\b", s.text[at:end]):
            return []  # (a clause of its own, not the list's last items)
        persons = [m for m in s.of("person") if at < s.tokens[m.start].start < end and id(m) not in s.attached]
        return persons if persons and not any(at < s.tokens[m.start].start < end for m in s.of("award")) else []

    def _confer(self, s: _Sentence, am: Mention, recipients: list[Mention], events: list[Event],
                docs: list[tuple[int, Document]], c0: int, c1: int, item: _Sentence | None = None) -> list[Award]:
        """The conferrals of the award ``am`` of sentence ``s`` (clause c0–c1) to ``recipients``,
        mentions of ``s`` or, in a list under the sentence, of its ``item``."""
        at = s.tokens[am.start].start
        clause = s.text[c0:c1]
        known = am.value
        after_award = s.text[s.tokens[am.end - 1].end:c1]
        rec_end = max(s.tokens[m.end - 1].end for m in recipients) if item is None else s.tokens[am.end - 1].end
        tail = s.text[max(rec_end, s.tokens[am.end - 1].end):c1]
        period = _PERIOD.search(tail)
        if period is None and len(self._awards_in(s, c0, c1)) == 1:
            period = _PERIOD.search(after_award)
        if period is None and (c0 == 0 or not _PERIOD.search(s.text, c0, s.tokens[am.start].start)):
            first = _SCHOOL_YEAR_FIRST.match(s.text)  # "Năm học 2021 - 2022, Trường A được … tặng Cờ thi đua": the year it
            # rewards (and of the clauses after: "Giai đoạn 2020 – 2025, 2 tập thể …; 35 tập thể …")
            period = _PERIOD.match(s.text, first.end()) if first else None
        if period is None and self._decided is not None and self._decided[0] is not s and _BY_THAT.match(s.text) \
                and (about := re.search(r"\bvề việc\b", self._decided[0].text)) is not None:
            period = _PERIOD.search(self._decided[0].text, about.end())  # "Quyết định … về việc tặng Cờ thi đua … năm 2026."
            # then "Theo đó, tặng Cờ thi đua cho …": the year the decision rewards
        intro = self._results_intro if self._results_intro is not None and self._results_intro[0] is not s else None
        if intro is not None:  # an item of "… tặng thưởng Huân chương … từ năm 2019 đến năm 2023, cụ thể:": that decision's
            period = period or _PERIOD.search(intro[0].text)
            if intro[1] is not None and not any(d.kind == "Quyết định" for _, d in docs):
                docs = [*docs, (c0, intro[1])]
        presenter, principal, titled = None, None, None
        verbs = list(re.finditer(r"\b(trao tặng|trao|tặng|gắn|phong tặng)\b", s.text[c0:at]))
        verb = verbs[-1] if verbs else re.search(r"\b(trao tặng|trao|tặng|gắn|phong tặng)\b", clause)
        if verb:
            rec_ids = {id(r.value) for r in recipients} | {id(a.recipient) for a in self.facts.awards if a.evidence == s.raw}
            # (one who received before in the sentence hands nothing over: "… cho liệt sĩ A, … và phong tặng … cho B")
            persons = [m for m in s.of("person") if c0 <= s.tokens[m.start].start < c0 + verb.start() and id(m.value) not in rec_ids]
            behalf = [b for b in _ON_BEHALF.finditer(s.text, c0, c0 + verb.start())
                      if any(s.tokens[p.end - 1].end <= b.start() for p in persons)]
            if behalf:  # "A thay mặt Thủ tướng Chính phủ B trao …": A hands it over, for the one named after
                principal = self._principal(s, behalf[-1].end())
                persons = [p for p in persons if s.tokens[p.end - 1].end <= behalf[-1].start()]
            # the one who hands it over: not the agent of a passive ("được X tặng") nor a decider ("X quyết định … tặng"),
            # but one who hands over or reads out the decision ("X trao Quyết định của Chủ tịch nước về việc truy tặng …",
            # "X công bố Quyết định … và trao Huân chương …")
            if persons and not re.search(r"\b(được|(?<!trao )(?<!công bố )(?<!đọc )quyết định)\b", s.text[s.tokens[persons[-1].end - 1].end:c0 + verb.start()], re.I) \
                    and not (verb.group(1) in ("tặng", "phong tặng")
                             and _PASSIVE_AGENT.search(s.text, c0, s.tokens[persons[-1].start].start)):
                presenter = persons[-1].value  # (but "được Thủ tướng Chính phủ A tặng": A gives, who hands it over is not said)
            elif not persons and (holder := self._titled_subject(s, c0, c0 + verb.start())) is not None:
                presenter, titled = holder  # "Bộ trưởng cũng trao …": the minister the report named (the office gives)
            elif not persons and verb.group(1) in ("trao", "gắn") and (holder := self._office_holder(s, c0, c0 + verb.start())):
                presenter = holder  # "Tổng giám đốc EVN đã trao …": the one the report named in that office (who "tặng" gives,
                # as an office: who hands it over is not said)
            elif c0 > 0 and not persons and self._presented is not None and self._presented[0] is s \
                    and not any(c0 <= s.tokens[m.start].start < c0 + verb.start() for m in s.of("org", "post")):
                presenter = self._presented[1]  # "A trao Cờ thi đua cho 4 tập thể; trao Bằng khen cho …": A again
            elif c0 == 0 and self._presented is not None and self._presented[0] in (self._sentence_before, s) \
                    and _SUBJECTLESS_GIVING.match(s.text) and s.tokens[am.start].start > verb.start():
                presenter = self._presented[1]  # "A trao X cho B. Đồng thời trao Y cho C": A again
        elif c0 > 0 and self._presented is not None and self._presented[0] is s:
            presenter = self._presented[1]  # "A trao X cho B; Y cho C": A hands over Y too
        lead = _AUTHORIZED_BY.match(s.text) if principal is None else None
        authorized = self._principal(s, lead.end()) if lead is not None and lead.end() <= at else None
        if self._decided is not None and self._decided[0] is not s and _BY_THAT.match(s.text) \
                and not any(d.kind == "Quyết định" for _, d in docs):
            docs = [*docs, (c0, self._decided[1])]  # "… ký Quyết định số 12/QĐ-UBND … Theo đó, tặng Bằng khen cho …"
        if presenter is not None:
            self._presented = (s, presenter)
        conferrer = self._conferrer(s, am, known, docs, c0, c1)
        office = self._presenter_office(s, presenter) if presenter is not None else None
        said = next((a for a in self.facts.awards if (conferrer is None or conferrer == office) and self._sentence_before is not None
                     and a.evidence == self._sentence_before.raw and a.name.startswith(known.label + " của ")
                     and a.conferred_by is not None), None) if known.label in ("Bằng khen", "Cờ thi đua", "Giấy khen") else None
        if said is not None:  # "… trao Bằng khen của Chủ tịch UBND tỉnh cho X." then "A, Chủ tịch UBND huyện trao Bằng khen
            # cho Y": that one again (its giver said, not the office of who hands it over)
            conferrer, known = said.conferred_by, reference.by_iri("award").get(said.award_iri, known)
        if authorized is not None and not known.extra.get("authority") and " của " not in self._award_name(s, am, c1):
            conferrer = authorized  # "Thừa ủy quyền của Thống đốc NHNN, ông A trao Cờ thi đua …": the governor's
        if conferrer is None:
            principal = principal or (self._acting_for.get(id(presenter)) if presenter is not None else None)
            conferrer = principal or (self._presenter_office(s, presenter) if presenter is not None else None) \
                or (titled if titled is None or not _deputy(titled.title) else titled.org)
        if conferrer is None and c0 > 0 and s.text[c0 - 1:c0] == ";" and _AWARD_THEN_FOR.fullmatch(s.text, c0, at):
            conferrer = next((a.conferred_by for a in reversed(self.facts.awards) if a.evidence == s.raw and a.conferred_by),
                             None)  # "X công nhận danh hiệu A cho 120 tập thể; danh hiệu B cho 45 cá nhân": X's too
        if _is_party_award(known) and not _party_committee(conferrer):
            conferrer = None  # a Party badge is the Party's, whoever hands it over ("Thủ tướng Chính phủ trao Huy hiệu Đảng")
        state = next((x for p in presenter.posts if (x := _foreign(p.org))), None) if presenter is not None else None
        if state is None and presenter is not None and any(len(w) > 2 and _foreign_word(w) for w in presenter.name.split()):
            state = self._only_foreign_state()  # "Đại sứ Khamphao Ernthavanh trao Huân chương …" in a report about Laos
        if state is None and presenter is not None:  # "A trao Huân chương X của Nhà nước Lào cho B và Huân chương Hữu
            state = next((x for a in self.facts.awards if a.evidence == s.raw and a.presented_by is presenter  # nghị cho C":
                          and (x := _foreign(a.conferred_by))), None)  # the same state's, handed over by the same person
        if state is not None and known.label.startswith(("Huân chương", "Huy chương")) \
                and (_foreign(conferrer) is None or not (getattr(conferrer, "label", None) or "").startswith("Nhà nước ")):
            label = "Nhà nước " + state.label  # handed over by a foreign state's official: that state's order, not Vietnam's
            # (nor the official's ministry's: "Thứ trưởng Bộ An ninh nhân dân Lào trao Huân chương Tự do")
            conferrer = self.org(label, label)
            known = reference.by_iri("award").get(_FOREIGN_ORDER, known)
        event = None
        in_clause = [e for e in events if matching_key(e.name) in matching_key(clause)
                     and not _WON_AT.search(clause[:max(0, clause.find(e.name))])]  # (not "… cho 30 giáo viên đạt giải
        # trong Hội thi giáo viên dạy giỏi": where they won, not where the award is handed over)
        if in_clause:
            event = in_clause[0]
        elif self.main_event and _GENERIC_EVENT.search(s.text):
            event = self.main_event
        elif self.main_event and presenter is not None and not re.search(r"\b(?:19|20)\d\d\b", _RATIONALE.split(clause, 1)[0]) \
                and not _BEFORE_THEN.match(s.text):
            event = self.main_event  # handed over by someone, in the report of a ceremony: at that ceremony (not "Trước đó, …",
            # "Năm 2020, …"; but "… vì đã có thành tích … giai đoạn 2019 - 2023" is the period it rewards)
        elif self.main_event and re.search(r"\b[Bb]an [Tt]ổ chức\b", s.text[c0:at]):
            event = self.main_event  # "Ban tổ chức đã trao …": the ceremony's organisers, at the ceremony
        elif self.main_event and self._sentence_before is not None and not _BEFORE_THEN.match(s.text) \
                and not re.search(r"\b(?:19|20)\d\d\b", _RATIONALE.split(clause, 1)[0]) \
                and any(a.event is self.main_event and a.evidence == self._sentence_before.raw for a in self.facts.awards):
            event = self.main_event  # "Dịp này, A tặng … cho B." then "C tặng … cho D.": at the ceremony too
        elif self.main_event and matching_key(known.label) in matching_key(self.main_event.name) and not _BEFORE_THEN.match(s.text) \
                and not re.search(r"(?<![/-])\b(?:19|20)\d\d\b", _RATIONALE.split(clause, 1)[0]):  # (a decision's date is no past year)
            event = self.main_event  # "Lễ phong tặng danh hiệu “Bà mẹ Việt Nam Anh hùng”" then "Theo Quyết định …, 12 mẹ được
            # phong tặng danh hiệu …": the award the ceremony is named after, handed over there
        if conferrer is None and in_clause and (known.label in ("Bằng khen", "Cờ thi đua") and _ministry_or_province(event.organizer)
                                                or known.label.startswith("Giải thưởng") and event.organizer is not None):
            conferrer = event.organizer  # "Bộ LĐ-TB&XH tổ chức Lễ trao tặng bằng khen cho …": its own Bằng khen; "Tổng Liên
            # đoàn tổ chức Lễ trao Giải thưởng Nguyễn Đức Cảnh cho …": its own prize
            head = "Bộ trưởng" if conferrer.label.startswith("Bộ ") else "Chủ tịch" \
                if conferrer.label.startswith("Ủy ban nhân dân ") else None
            if known.label == "Bằng khen" and head is not None:  # (a ministry's Bằng khen is its minister's, a province's
                conferrer = Post(head, conferrer)  # its chairman's: "Bằng khen của Bộ trưởng", "… của Chủ tịch UBND tỉnh")
        known = self._specific(known, conferrer)
        name = self._award_name(s, am, c1)
        if name.count("(") > name.count(")"):  # "Huân chương Lao động (hạng Nhất, Nhì, Ba)": the first, its class inside
            name = re.sub(r"\s*\(\s*", " ", name)
        named = re.search(rf"{re.escape(name)}\s+[“\"][^”\"]+[”\"]", event.name) \
            if name in ("Kỷ niệm chương", "Huy hiệu") and event is not None else None
        name = named.group(0) if named else name  # "Lễ trao Kỷ niệm chương “Vì sự nghiệp Nội vụ”" then "A trao Kỷ
        # niệm chương cho B": that medal
        decision = next((d for pos, d in docs if c0 <= pos < c1 and d.kind == "Quyết định"), None)
        rationale = re.search(r"\b(?:vì|do)\s+(?:đã\s+)?(?:có\s+)?(.{10,300})$", tail)
        if rationale is None:
            rationale = re.search(r"\b(có (?:nhiều )?thành tích.{5,300})$", tail)
        period_of = _period_of(period)
        group = next((a for a in reversed(self.facts.awards) if a.award_iri == known.iri and isinstance(a.recipient, Group)),
                     None) if _AMONG_THOSE.match(s.text, c0) or _ONE_OF_MANY.search(s.text, c0, at) else None
        if group is not None:  # "… cho 12 cá nhân." then "Trong số các cá nhân được tặng … có A" ("A là một trong những cá nhân
            # được nhận …"): that conferral's giver, year, decision, event
            conferrer, period_of = conferrer or group.conferred_by, period_of or group.period
            decision, event = decision or group.decision, event or group.event
        if known.extra.get("recipientKind") == "collective":
            recipients = [self._body_of(item or s, rm) for rm in recipients]
        elif known.extra.get("recipientKind") == "individual" and (any(r.kind != "org" for r in recipients)
                                                                   or known.label.startswith(_PERSONAL_TITLES)):
            recipients = [r for r in recipients if r.kind != "org"]  # (a title for "GS A, Trường X và B": A's body is none;
            # "Thầy thuốc Ưu tú" for a body alone: the person the report names in it was not read, not the body)
        return [self._add_award(Award(
            known.iri, known.label, name, rm.value, conferrer, presenter,
            period_of, event,
            (event.date if event else None) or (decision.date if decision else None), decision,  # (a ceremony of no known day:
            # the decision's)
            rationale.group(1).strip(" .,") if rationale else None, s.raw if item is None else s.raw + "\n" + item.raw))
            for rm in recipients]

    def read_list_item(self, item: _Sentence) -> None:
        """An item of the list an award's sentence opened ("tặng Bằng khen cho:" + "1. Phòng Tư pháp
        huyện Diễn Châu;"): its first named body, person or group receives the award."""
        if self._listing is None or item.of("award"):
            return
        named = _outermost([x for x in item.mentions if x.kind in ("org", "person", "group") and id(x) not in item.attached])
        named = self._units_with_owners(item, named)  # ("1. Phòng Cải cách hành chính, Sở Nội vụ;": the department's)
        if named:
            s, am, events, docs, c0, c1 = self._listing
            given = self._confer(s, am, named[:1], events, docs, c0, c1, item)
            if self._annex_listing:  # a list "kèm theo" names the counted groups' members: no conferral to the groups
                iris = {a.award_iri for a in given}
                self.facts.awards = [a for a in self.facts.awards
                                     if not (isinstance(a.recipient, Group) and a.evidence == s.raw and a.award_iri in iris)]

    def read_group_named(self, item: _Sentence, counted: tuple) -> bool:
        """"… tặng Bằng khen cho 2 cá nhân …" then "Theo đó, 2 sinh viên được khen thưởng gồm: A và B" (or "Các
        cá nhân được tặng Bằng khen gồm: …"): the counted group, named in the next sentence, is those it names
        (as many as it counts): they receive the award instead of the group. Whether the sentence did."""
        m = _GROUP_NAMED.match(item.text) or _AMONG_NEXT.match(item.text)
        if m is None and counted[0] is not item and (listed := _NOUN_LISTED.search(item.text)) is not None:
            return self._group_listed_in(item, counted, listed)
        if m is None and counted[0] is not item and not item.of("award") and (one := _ONE_OF_THEM.search(item.text)) is not None:
            return self._one_of_them(item, counted, one)
        if m is None or counted[0] is item:
            return False
        s, am, events, docs, c0, c1, groups = counted
        if not all(x.value.iri == am.value.iri or _under(x.value.iri, am.value.iri) or _under(am.value.iri, x.value.iri)
                   for x in item.of("award")):
            return False  # (an award of its own)
        named = _outermost(_without_appositions(item, [
            x for x in item.mentions if x.kind in ("org", "person") and id(x) not in item.attached
            and item.tokens[x.start].start >= m.end() and item.text.count("(", m.end(), item.tokens[x.start].start)
            == item.text.count(")", m.end(), item.tokens[x.start].start)]))  # (not "(… Trường X)", "em A, học sinh Trường X")
        if ";" in item.text[m.end():]:
            named = self._units_with_owners(item, named)
        if m.re is _AMONG_NEXT:  # "Trong đó, có A; B và ông C": some of the counted groups, which keep their award
            if groups and all(g.kind == "individual" for g in groups):  # (persons only among individuals: "bác sĩ A,
                named = [x for x in named if x.kind == "person"]  # Bệnh viện X" is where A works)
            if named:
                self._confer(s, am, named, events, docs, c0, c1, item)
                groups.clear()
            return bool(named)
        kind = _GROUP_KIND.get(m.group(2).lower(), "individual") if m.group(2) else None  # "Các tập thể … gồm: …"
        if kind is not None:  # (the persons of "Các cá nhân gồm: A, Chủ tịch X; B", not the bodies of their posts)
            named = [x for x in named if (x.kind == "person") == (kind == "individual")]
        rest = [x for x in item.of("group") if item.tokens[x.start].start >= m.end() and x.value.count] if named else []
        counted_too = sum(x.value.count for x in rest)  # "gồm: A, B, C và 9 vận động viên môn bóng đá nữ": twelve
        group = next((g for g in groups if g.count == len(named) + counted_too and (m.group(1) is None or int(m.group(1)) == g.count)
                      and (kind is None or g.kind == kind)), None)
        if group is not None:
            named = sorted(named + rest, key=lambda x: x.start)
        partial = None
        if group is None and kind is not None and m.group(1) is None and not item.text.startswith(("Trong đó", "trong đó")):
            # "10 tập thể …" then "Các tập thể được tặng Bằng khen gồm: A; B; C" (some of them): they receive
            # the award too, and the group keeps its own
            partial = next((g for g in groups if g.kind == kind and g.count > len(named) > 0), None)
        if group is None and partial is None:
            return False  # (a partial list, "trong đó có …", does not name the group)
        given = self._confer(s, am, named, events, docs, c0, c1, item)
        groups.remove(group or partial)  # (named once; the next sentence may name another: "Các cá nhân gồm: …")
        iris = {a.award_iri for a in given}
        self.facts.awards = [a for a in self.facts.awards
                             if not (a.recipient is group and a.evidence == s.raw and a.award_iri in iris)]
        return True

    def _one_of_them(self, item: _Sentence, counted: tuple, one: re.Match) -> bool:
        """"… trao Giải thưởng X cho 5 cán bộ" then "Chị A, Bí thư Huyện đoàn Y là một trong 5 cán bộ được nhận giải
        thưởng": A is one of the counted group, and receives its award too (the group keeps its own)."""
        s, am, events, docs, c0, c1, groups = counted
        if not any(g.count == int(one.group(1)) and _noun_of(g) == one.group(2) for g in groups):
            return False
        subject = next((p for p in item.of("person") if item.tokens[p.end - 1].end <= one.start()), None)
        if subject is None:
            return False
        self._confer(s, am, [subject], events, docs, c0, c1, item)
        return True

    def _group_listed_in(self, item: _Sentence, counted: tuple, listed: re.Match) -> bool:
        """"… phong tặng danh hiệu X cho 5 nghệ nhân" then "A trao quyết định và chúc mừng các nghệ nhân: B, C, D, E
        và F": the five, named by the noun that counted them, receive the award instead of the group, from A."""
        s, am, events, docs, c0, c1, groups = counted
        named = [x for x in item.of("person") if item.tokens[x.start].start >= listed.end() and id(x) not in item.attached]
        group = next((g for g in groups if g.count == len(named) and _noun_of(g) == listed.group(1)), None)
        if group is None or not named:
            return False
        given = self._confer(s, am, named, events, docs, c0, c1, item)
        verb = re.search(r"\b(?:trao tặng|trao|gắn)\b", item.text[:listed.start()])
        giver = [p for p in item.of("person") if verb and item.tokens[p.end - 1].end <= verb.start()]
        for award in given if giver else ():
            award.presented_by = award.presented_by or giver[-1].value
        groups.remove(group)
        self.facts.awards = [a for a in self.facts.awards if not (a.recipient is group and a.evidence == s.raw)]
        return True

    def _titled_tail(self, s: _Sentence, am: Mention) -> tuple[Post, int] | None:
        """"Bằng khen của Bộ trưởng" + "Bộ Y tế": the award's name ends in a title whose body follows."""
        words = [t.key for t in s.tokens[am.start:am.end]]
        if "của" not in words:
            return None
        at = am.start + len(words) - words[::-1].index("của")
        post, end = self._post_part(s, at, len(s.tokens))
        return (post, end) if post is not None and end >= am.end else None

    def _award_name(self, s: _Sentence, am: Mention, c1: int) -> str:
        """The award's name as written, with the quoted name or the "của …" that completes it
        ("Kỷ niệm chương “Vì sự nghiệp …”", "Huân chương Hữu nghị của Nhà nước Liên bang Nga")."""
        end = s.tokens[am.end - 1].end
        tail = self._titled_tail(s, am)
        if tail is not None:
            return s.text[s.tokens[am.start].start:s.tokens[tail[1] - 1].end]
        q = re.match(r"\s*:?\s*[“\"]([^”\"]{3,120})[”\"]", s.text[end:c1]) if not s.quoted[am.end - 1] else None
        if q:  # (not after an award quoted itself: "danh hiệu "A" cho B và Kỷ niệm chương "C"" is no name "A" … "C")
            return s.text[s.tokens[am.start].start:end + q.end()]
        own = self._own_name_end(s, am, c1) if am.value.label in ("Huân chương", "Huy chương") else am.end
        if own > am.end:  # "Huân chương Itsala hạng Nhất", "Huân chương Tự do hạng Nhì": an order the scheme does not list
            return s.char_span(am.start, own)
        v = _UNQUOTED_MEDAL.match(s.text[end:c1]) if am.value.label == "Kỷ niệm chương" else None
        if v:  # "Kỷ niệm chương Vì sự nghiệp Y tế" (the name unquoted): up to a clause's end or a verb
            return s.text[s.tokens[am.start].start:end] + " " + v.group(1).strip()
        m = re.match(r"\s*của\s+", s.text[end:c1])
        if m:
            at = s.tok_at(end + m.end())
            hit = next((x for x in s.mentions if x.start == at and x.kind in ("org", "post")), None)
            stop = hit.end if hit is not None else None
            if stop is None and at < len(s.tokens):
                post, pend = self._post_part(s, at, len(s.tokens))
                stop = pend if post is not None else None
            if stop is not None:
                return s.text[s.tokens[am.start].start:s.tokens[stop - 1].end]
        if am.value.iri == _OTHER_TITLE:  # "danh hiệu “Công dân Thủ đô ưu tú”": the title, named by its quotation
            return re.search(r"[“\"]([^”\"]{3,80})[”\"]", am.text).group(1).strip()
        if am.value.iri == _OTHER_PRIZE:  # "Giải thưởng “Nhà khoa học trẻ”", "Cúp “Doanh nhân vì cộng đồng”": as written
            return am.text
        if _closes_quote(am.text, s.text, end):
            return am.text + s.text[end]  # "Huy hiệu “Tuổi trẻ dũng cảm”": the scheme's name, quoted in part
        return am.text

    def _own_name_end(self, s: _Sentence, am: Mention, c1: int) -> int:
        """Where the own name that follows a generic "Huân chương" ends: capitalised words, then a
        class ("hạng Nhất") within two more words; ``am.end`` when no such name follows."""
        toks, n = s.tokens, len(s.tokens)
        def free(k):
            return k < n and toks[k].end <= c1 and _joined(s, k) and not any(m.start <= k < m.end for m in s.mentions)
        if not (free(am.end) and toks[am.end].cap):
            return am.end
        j = am.end + 1
        while j - am.end < 4 and free(j) and toks[j].cap:
            j += 1
        for h in range(j, min(j + 3, n - 1)):
            if not free(h) or not free(h + 1):
                break
            if toks[h].key == "hạng" and toks[h + 1].key in ("nhất", "nhì", "ba"):
                return h + 2
        state = _OF_A_STATE.match(s.text, toks[j - 1].end, c1)
        if state is not None:  # "Huân chương Mặt trời mọc của Nhà nước Nhật Bản": its name goes on in lower case
            return s.tok_at(state.end(1))
        return j

    def _described_group(self, s: _Sentence, am: Mention, c0: int, a: int, b: int) -> Mention | None:
        """"trao 11 Huân chương … tặng các đồng chí lãnh đạo 15 tỉnh của nước bạn Lào": recipients described
        in words from character a to b, counted by the number before the award; or None."""
        count = _count_before(s, am, c0)
        words = _GROUP.pattern.match(s.text, a) if count else None
        if words is None or words.group(1) != "các":
            return None
        text = s.text[a:b].rstrip(" ,;.:")
        kind = "any" if words.group(3) and words.group(3) != words.group(2) else _GROUP_KIND.get(words.group(2), "individual")
        start = s.tok_at(a)
        return Mention(start, start + len(lx.tokenize(text)), "group", Group(text, count, kind), text)

    def _named_again(self, s: _Sentence, a: int, b: int) -> Mention | None:
        """"… trao Huân chương Lao động hạng Nhất cho Tổng công ty": a body named again by its head alone (or
        "đơn vị") is the one the report is about (its event's organiser) or the last it named with that head."""
        m = _HEAD_AGAIN.fullmatch(s.text, a, b)
        body = self._body_again(_head_key(m.group(1))) if m is not None else None
        if body is None:
            return None
        at = s.tok_at(m.start(1))
        return Mention(at, s.tok_at(m.end(1)), "org", body, m.group(1))

    def _body_again(self, head: str | tuple[str, ...]) -> Org | None:
        """The body a report names again by its head alone ("công ty", "đơn vị"; or any of several heads):
        its event's organiser when that has the head, else the last body it named with the head."""
        heads = (head,) if isinstance(head, str) else head
        prefixes = tuple(h + " " for h in heads)
        committees = tuple(h + " ủy" for h in heads)  # ("Quận" again is the district, not "Quận ủy …", its Party committee)
        organizer = self.main_event.organizer if self.main_event is not None else None
        if organizer is not None and matching_key(organizer.label).startswith(committees):
            organizer = None
        if organizer is not None and ("đơn vị" in heads or matching_key(organizer.label).startswith(prefixes)
                                      or "chi nhánh" in heads and "chi nhánh" in matching_key(self.main_event.evidence)):
            return organizer  # ("Chi nhánh NHCSXH tỉnh X tổ chức …" then "… cho Chi nhánh": the branch, labelled as its bank's)
        named = [o for o in self.facts.orgs.values() if o.mentioned and matching_key(o.label).startswith(prefixes)
                 and not matching_key(o.label).startswith(committees)]
        return named[-1] if named and "đơn vị" not in heads else None

    def _company_again(self, s: _Sentence, end: int) -> Org | None:
        """The company of a post written without its body's name: "Tổng giám đốc Công ty." (its head alone; or an
        institute's, a hospital's: "Giám đốc Học viện"), "Chủ tịch HĐQT" (a board has no name of its own): the
        company the report is about."""
        toks = s.tokens
        if end < len(toks) and _joined(s, end) and toks[end].cap:
            head = lx.ORG_HEADS.match(toks, end)
            if head is None or _head_key(s.char_span(end, end + head[0])) not in _COMPANY_HEADS + _INSTITUTION_HEADS \
                    or (end + head[0] < len(toks) and toks[end + head[0]].cap and _joined(s, end + head[0])):
                return None  # (a company named in full is a mention of its own)
            return self._body_again(_head_key(s.char_span(end, end + head[0])))
        if toks[end - 1].key not in ("hđqt", "hđtv", "trị", "viên"):  # "… Hội đồng quản trị", "… HĐTV"
            return None
        if end < len(toks) and toks[end].key == "kiêm":  # "Chủ tịch HĐQT kiêm Tổng giám đốc TCty X": X's board
            after = lx.TITLES.match(toks, end + 1)
            named = next((m for m in s.of("org") if after and m.start == end + 1 + after[0]
                          and _head_key(m.value.label).startswith(_COMPANY_HEADS)), None)
            if named is not None:
                return named.value
        return self._body_again(_COMPANY_HEADS)

    def _body_of(self, s: _Sentence, rm: Mention) -> Mention:
        """A collective award "received" by a person named with a post: the body of that post
        ("Ông A – Tổng giám đốc Công ty X nhận Cờ thi đua" → Công ty X)."""
        if rm.kind != "person":
            return rm
        after = next((m for m in s.of("org") if id(m) in s.attached and m.start >= rm.end
                      and not re.search(r"[;.]", s.text[s.tokens[rm.end - 1].end:s.tokens[m.start].start])), None)
        return after or rm

    def _awards_in(self, s: _Sentence, c0: int, c1: int) -> list[Mention]:
        return [m for m in s.of("award") if c0 <= s.tokens[m.start].start < c1]

    def _recipients(self, s: _Sentence, am: Mention, c0: int, c1: int) -> list[Mention]:
        kinds = ("org", "person", "group")
        last = am
        for w in self._awards_in(s, s.tokens[am.end - 1].end, c1) if _count_before(s, am, c0) else ():
            if not re.fullmatch(r"\s*(?:,|và|,\s*và)\s*\d{1,6}\s+", s.text[s.tokens[last.end - 1].end:s.tokens[w.start].start]):
                break
            last = w  # "trao 11 Huân chương A, 74 Huân chương B tặng …": counted awards, then their recipients
        award_end = s.tokens[last.end - 1].end
        rest = s.text[award_end:c1]
        later_awards = [m for m in self._awards_in(s, award_end, c1)]
        m = re.match(r"(?:[^;]{0,80}?\b(?:cho|tặng|đối với|đến(?!\s+(?:năm|nay|ngày|tháng|hết|cuối|\d{4}\b|\d{1,2}/))|gồm(?: có)?(?=\s*:)|lên\s+(?:lá\s+)?[Cc]ờ(?:\s+truyền thống)?(?:\s+của)?)"
                     r"(?:\s*:)?|\s*:)\s+", rest)  # ("gắn Huân chương … lên lá cờ truyền thống của X": X's)
        shared = bool(later_awards) and am.value.label not in ("Huân chương", "Huy chương") \
            and _AWARDS_JOINED.fullmatch(s.text, award_end, s.tokens[later_awards[0].start].start)  # ("Huân chương và Kỷ
        # niệm chương" in a report that named the order: the order again)
        if m and (shared or not (later_awards and s.tokens[later_awards[0].start].start < award_end + m.end())):
            a = award_end + m.end()
            names = [(s.tokens[x.start].start, s.tokens[x.end - 1].end) for x in s.mentions if x.kind in kinds]
            stop = next((x for x in _RECIPIENTS_END.finditer(s.text, a, c1)
                         if not any(p <= x.start() < q for p, q in names)), None)  # (not "Phòng … tội phạm về ma túy")
            b = stop.start() if stop else c1
            nxt = next((s.tokens[w.start].start for w in later_awards if s.tokens[w.start].start >= a), b)
            b = min(b, nxt)  # "tặng A cho 3 cá nhân, B cho 11 cá nhân": the next award's recipients are its own
            found = [x for x in s.mentions if x.kind in kinds and a <= s.tokens[x.start].start < b
                     and not self._inside_award(s, x) and id(x) not in s.attached]
            for x in found:  # "cho Phòng A và Phòng B, Công an tỉnh C": C's units
                owned = _units_owned(s, x, found)
                for unit in owned:
                    unit.value = self._unit_of(unit.value, x.value)
                if owned:
                    found = [o for o in found if o is not x]
                    break
            if ";" in s.text[a:b] or len(found) == 2:  # (a list's items; or one unit and its owner: "cho Phòng A, Công an tỉnh B")
                found = self._units_with_owners(s, found)
            found = [x for x in found if not (x.kind == "org" and (_describes_a_person(s, x) or _owner_of_one_before(s, x, found)))]
            if found:
                found = _named_members(s, _outermost(_without_appositions(s, found)))
                count = _count_before(s, am, c0) if len(found) == 1 and found[0].kind == "group" else None
                if count is not None and not found[0].value.label[:1].isdigit():  # "trao 30 Bằng khen cho các tập thể,
                    g = found[0]  # cá nhân": thirty; "35 Cờ thi đua và 250 Bằng khen cho …": each award its own count
                    found = [Mention(g.start, g.end, "group", Group(g.value.label, count, g.value.kind), g.text)]
            groups_only = bool(found) and all(x.kind == "group" for x in found)
            among = (_AMONG_THEM.match(s.text, b) or _GROUP_LISTED.search(s.text, b, c1)
                     or _AMONG_THEM_LATER.search(s.text, b, c1)) if groups_only else None  # ("… cho 25 cá nhân đã có thành
            # tích …, trong đó có bà A"; the rationale between)
            if among:  # "… cho 45 cá nhân (or: các cá nhân), trong đó có đồng chí A, nguyên Chủ tịch …": A is one of them
                stop = re.search(r"\b(?:vì|có (?:nhiều )?thành tích|nhân dịp|tại)\b", s.text[among.end():c1])
                end = among.end() + stop.start() if stop else c1
                named = [x for x in s.mentions if x.kind in ("org", "person") and among.end() <= s.tokens[x.start].start < end
                         and not self._inside_award(s, x) and id(x) not in s.attached]
                named = _outermost(_without_appositions(s, named))
                if all(x.value.kind == "individual" for x in found):  # "… cho 4 cá nhân, trong đó có kỹ sư A, Công ty B":
                    named = [x for x in named if x.kind == "person"]  # A, not the company A works for
                whole = among.re is _GROUP_LISTED and sum(x.value.count or 0 for x in found) == len(named)
                if named:  # (an uncounted group, "các cá nhân", is no more than those it names; "6 học sinh …, gồm các
                    found = named if whole else [x for x in found if x.value.count is not None] + named  # em: A, …, F": six)
            if found:
                return found
            described = self._described_group(s, am, c0, a, b)
            if described is not None:
                return [described]
            again = self._named_again(s, a, b)
            if again is not None:
                return [again]
            places = _PLACES_NAMED.fullmatch(s.text, a, b)
            items = list(_PLACE_ITEM.finditer(s.text, places.start(1), places.end(1))) if places is not None else []
            locals_ = [self._place_body(s, p) for p in items if p.group(1).lower() not in ("tỉnh", "thành phố")]
            if items and len(locals_) == len(items) and None not in locals_:
                return locals_  # "trao Cờ thi đua của Chính phủ cho huyện Yên Thành": the district (but "lễ trao Huân chương
                # … cho tỉnh Điện Biên" announces those its bodies receive)
        among_those = _AMONG_THOSE.match(s.text, c0)
        has = re.search(r"\bcó\s+", s.text[award_end:c1]) if among_those else None
        if has is not None:  # "Trong số các nghệ sĩ được phong tặng … lần này có ca sĩ A, đạo diễn B": A and B
            named = [x for x in s.mentions if x.kind in ("org", "person") and s.tokens[x.start].start >= award_end + has.end()
                     and s.tokens[x.start].start < c1 and id(x) not in s.attached]
            if named:
                return _outermost(_without_appositions(s, named))
        # "tặng Thượng tướng X Huân chương …": recipient between the verb and the award
        before = s.text[c0:s.tokens[am.start].start]
        v = re.search(r"\b(?:trao tặng|tặng|trao)\s+(?!.*\b(?:trao|tặng)\b)(.*)$", before)
        if v and not any(a_m is not am and c0 + v.start(1) <= s.tokens[a_m.start].start < s.tokens[am.start].start
                         for a_m in s.of("award")):  # (after other awards: a list of awards and their givers)
            a = c0 + v.start(1)
            found = [x for x in s.mentions if x.kind in kinds and a <= s.tokens[x.start].start < s.tokens[am.start].start
                     and id(x) not in s.attached and not self._inside_award(s, x)]
            found = [x for x in found if not re.search(r"\d", s.text[s.tokens[x.end - 1].end:s.tokens[am.start].start])]
            if found:
                return _outermost(found)
        if re.match(r"\s*(?:và\s+)?(?:đồng thời\s+)?(?:cũng\s+)?được\b", s.text[c0:]) and self._subject is not None \
                and self._subject[0] is s:
            return self._subject[1]  # "X được … tặng A; được … tặng B"
        if re.search(r"\blễ\s+(?:trao tặng|trao|tôn vinh)\s*$", before, re.I):
            return []  # "tổ chức lễ trao tặng Huy hiệu Đảng": who organises it is not who receives it
        held = _HOLDS_RECEIVING.search(before)
        host = next((x for x in reversed(s.of("org")) if held and c0 <= s.tokens[x.start].start
                     and s.tokens[x.end - 1].end <= c0 + held.start()
                     and _HOST_NOTE.fullmatch(s.text, s.tokens[x.end - 1].end, c0 + held.start())), None)
        # ("Sư đoàn 324 (Quân khu 4) tổ chức lễ … và đón nhận …", "Lữ đoàn 147, Vùng 1 Hải quân tổ chức …": its parent between)
        if host is not None:  # "X tổ chức Lễ kỷ niệm 55 năm thành lập và đón nhận Huân chương …": X receives it
            unit = next((x for x in s.of("org") if x.end <= host.start and self.main_event is not None
                         and x.value is self.main_event.organizer
                         and s.text[s.tokens[x.end - 1].end:s.tokens[host.start].start] == ", "), None)
            self._hosting = True  # (a guess the report may contradict: see _drop_hosts_given_elsewhere)
            return [unit or host]  # ("Sư đoàn 312, Quân đoàn 12 tổ chức …": the organiser, its parent after a comma)
        # subject: "X được trao / nhận / đón nhận AWARD"
        verb = re.search(r"\b(được (?:(?:(?!được\b)(?:[^,;]|,(?=\s*[A-ZĐ]))){2,60}? )?(?:trao tặng|trao|tặng|nhận|phong tặng|truy tặng|khen thưởng|công nhận|vinh danh)"
                         r"|vinh dự (?:được )?(?:nhận|đón nhận)|đón nhận|nhận|đạt được|đạt(?= danh hiệu))\b(?!.*\b(?:được|nhận|đạt)\b)", before)
        pronoun = re.search(r"(?:^|[,.]\s*)([Đđ]ồng chí|[Ôô]ng|[Bb]à|[Cc]ô|[Tt]hầy|[Aa]nh|[Cc]hị)\s+(?:[^,;]{0,12}\s)?$",
                            s.text[c0:c0 + verb.start()]) \
            if verb and self.last_person is not None else None
        if pronoun and not any(m.kind in ("person", "org") for m in s.mentions if c0 <= s.tokens[m.start].start < c0 + verb.start()):
            at = s.tok_at(c0 + pronoun.start(1))  # "Nhiều năm liền, đồng chí được công nhận …": the person named before
            him = [Mention(at, at + 1, "person", self.last_person.value, pronoun.group(1))]
            self._subject = (s, him)  # ("Cô từng … được công nhận A và được Thủ tướng tặng B": her B too)
            return him
        if verb and self._subject is not None and self._subject[0] is s \
                and re.search(r"(?:,|\bvà|\bđồng thời)\s+(?:cũng\s+)?$", s.text[c0:c0 + verb.start()]):
            verb_at = c0 + verb.start()
            since = max([c0] + [s.tokens[a.end - 1].end for a in s.of("award") if c0 <= s.tokens[a.start].start < verb_at])
            if not any(since <= s.tokens[x.start].start < verb_at for x in s.of("person", "org", "group")):
                return self._subject[1]  # "X được A tặng B và (or ",") được C tặng D": the same X (but "…; Giám đốc Công
                # ty, ông A, được …": A, named after the last award)
        if verb:
            cands = _outermost([x for x in reversed(s.mentions) if x.kind in ("org", "person", "group")
                                and c0 <= s.tokens[x.start].start and s.tokens[x.end - 1].end <= c0 + verb.start()
                                and not self._inside_award(s, x) and id(x) not in s.attached and not _an_office_s_body(s, x)
                                and not _in_attached(s, x)])[::-1]  # (a body named twice: where it is named last)
            if not cands and (places := self._place_subjects(s, c0, c0 + verb.start())):
                self._subject = (s, places)
                return places  # "Năm 2025, tỉnh Nghệ An được Chính phủ tặng Cờ thi đua": the province
            alone = _DISTRICT_ALONE.search(s.text, c0, c0 + verb.start()) if not cands else None
            name = self._district_named(alone.group(1).lower()) if alone else None
            if name is not None:  # "Quận đã được … tặng Huân chương …" in a report on "quận Ba Đình": the district
                k = s.tok_at(alone.start(1))
                district = Mention(k, k + 1, "org", self._local(alone.group(1).capitalize() + " " + name, alone.group(1)),
                                   alone.group(1))
                self._subject = (s, [district])
                return [district]
            part = _part_start(s.text, c0, c0 + verb.start())
            if _NO_SUBJECT.match(s.text, part) and not any(s.tokens[x.start].start >= part for x in cands) \
                    and (host := self._celebrating_body()) is not None:
                k = s.tok_at(c0 + verb.start())  # "- 3 lần được Chủ tịch nước tặng Huân chương Lao động" in the report of
                return [Mention(k, k + 1, "org", host, s.tokens[k].text)]  # a body's anniversary: that body's
            described = self._described_subject(s, cands, c0 + verb.start()) if cands and cands[-1].kind == "org" else None
            if described is not None:  # "Chị A, công nhân Công ty B, vinh dự nhận …": A, not the company
                chosen = [described]
                listed = [x for x in s.of("person") if x.end <= described.start and id(x) not in s.attached] \
                    if not _ATTEND.search(s.text[:s.tokens[described.start].start]) else []  # (not "Tới dự có A, …; B, …")
                for prev in reversed(listed):
                    if not _listed_with(s, prev, chosen[0]):
                        break
                    chosen.insert(0, prev)  # ("A, Trưởng Công an xã X; Đại úy B, cán bộ Phòng Y được tặng …": both)
                self._subject = (s, chosen)
                return chosen
            if len(cands) > 1 and cands[-2].kind == "group" and cands[-1].kind == "org" \
                    and _OF_BODY.fullmatch(s.text, s.tokens[cands[-2].end - 1].end, s.tokens[cands[-1].start].start):
                cands = cands[:-1]  # "5 cá nhân thuộc Công an tỉnh được tặng …": the five, not their body
            if len(cands) > 1 and cands[-2].kind == "org" and cands[-1].kind == "org" \
                    and re.fullmatch(r"\s+của\s+", s.text[s.tokens[cands[-2].end - 1].end:s.tokens[cands[-1].start].start]):
                cands = cands[:-1]  # "Trường Mầm non A của Công ty được … tặng": the school, not its owner
            if len(cands) > 1 and cands[-2].kind == "org" and cands[-1].kind == "org" \
                    and (owner := self._owner_after_comma(s, cands[-2])) is not None and owner.start == cands[-1].start:
                cands[-2].value = self._unit_of(cands[-2].value, owner.value)
                cands = cands[:-1]  # "Trường Sư phạm, Trường Đại học Vinh được tặng …": the university's school
            if cands:
                gap = s.text[s.tokens[cands[-1].end - 1].end:c0 + verb.start()]
                owned = re.search(r"\bcủa\s*$", s.text[:s.tokens[cands[-1].start].start])  # "đảng viên của Đảng bộ X được …"
                described = cands[-1].kind == "person" and re.fullmatch(r"\s*[-–,]\s*[^;()]{1,100}?,?\s*", gap) \
                    and not _and_outside_names(s, s.tokens[cands[-1].end - 1].end, c0 + verb.start())  # "Ông A, Cựu chiến binh xã B, huyện C được …"
                qualified = cands[-1].kind == "group" and len(gap) < 120 and not re.search(r",|\bđược\b", gap)
                # ("8 đảng viên đạt tiêu chuẩn “…” 5 năm liền (2012-2016) đã được tặng …": the group, qualified)
                bare_gap = _PLACED_AT.sub("", re.sub(r"\s*\([^()]*\)", "", gap))  # "Ông A (SN 1958, trú tại …) vừa được …",
                # "Xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước vinh dự được …": its places said after it
                if (len(bare_gap) < 40 or described or qualified) and not re.search(r"[;]", bare_gap) and not owned:
                    chosen = [cands[-1]]
                    for k, prev in reversed(list(enumerate(cands[:-1]))):  # "15 tập thể và 30 cá nhân được tặng …": both
                        if prev.kind == "org" and k > 0 and cands[k - 1].kind == "person" and re.fullmatch(
                                r"\s*,\s*[^\s,;()][^,;()]{0,40}\s", s.text[s.tokens[cands[k - 1].end - 1].end:s.tokens[prev.start].start]):
                            continue  # ("A, công nhân Công ty X và B, …": A's workplace)
                        if _GIVEN_ALSO.fullmatch(s.text, s.tokens[prev.end - 1].end, s.tokens[chosen[0].start].start) \
                                and prev.kind == chosen[0].kind:
                            chosen.insert(0, prev)  # "12 mẹ được truy tặng và 2 mẹ được phong tặng danh hiệu …": both
                            continue
                        if not _listed_with(s, prev, chosen[0]) or re.search(r"\bcủa\s*$", s.text[:s.tokens[prev.start].start]) \
                                or any(a is not am and c0 <= s.tokens[a.start].start and a.end <= prev.start for a in s.of("award")):
                            break  # (not "Quyết định … của UBND tỉnh X, 15 tập thể …": the decision's issuer; nor
                        chosen.insert(0, prev)  # "1 nhà giáo được tặng A là thầy B, và 8 nhà giáo được tặng C": B's is A)
                    named = self._group_named_after(s, am, chosen, c1)
                    if named:  # "1 nhà giáo được phong tặng danh hiệu A là thầy B": B
                        chosen = named
                    self._subject = (s, chosen)
                    return chosen
        return []

    def _units_with_owners(self, s: _Sentence, found: list[Mention]) -> list[Mention]:
        """A list's items, one a semicolon, each unit named with the owner after its comma: "…; Khoa Hồi sức tích
        cực, Bệnh viện Trẻ em Hải Phòng; …" is the hospital's unit, not two recipients."""
        for x in list(found):
            owner = self._owner_after_comma(s, x) if x.kind == "org" else None
            if owner is not None and owner in found and re.match(r"\s*(?:[;.]|$)", s.text[s.tokens[owner.end - 1].end:]):
                x.value = self._unit_of(x.value, owner.value)
                found.remove(owner)
        return found

    @staticmethod
    def _group_named_after(s: _Sentence, am: Mention, subject: list[Mention], c1: int) -> list[Mention]:
        """Those named after "là" or "trong đó có" behind the award a counted group receives ("1 nhà giáo được phong
        tặng danh hiệu Nhà giáo Nhân dân là thầy A"): all of the group when they are as many, else they and the group."""
        if len(subject) != 1 or subject[0].kind != "group" or not subject[0].value.count:
            return []
        is_ = _IS_NAMED.match(s.text, s.tokens[am.end - 1].end)
        if is_ is None:
            return []
        stop = re.search(r"[;:]|,\s*(?:và\s+)?\d|\bvà\s+\d|\b(?:được|vì|nhân dịp)\b", s.text[is_.end():c1])
        end = is_.end() + stop.start() if stop else c1
        named = _outermost(_without_appositions(s, [x for x in s.mentions if x.kind in ("person", "org") and id(x) not in s.attached
                                                      and is_.end() <= s.tokens[x.start].start < end]))
        if not named or named[0].start != s.tok_at(is_.end()) and not re.fullmatch(r"\s*(?:\S+\s+){0,2}", s.text[is_.end():s.tokens[named[0].start].start]):
            return []  # (right after "là", or an honorific: "là thầy A", "là Đại tá B")
        return named if len(named) == subject[0].value.count else subject + named

    @staticmethod
    def _described_subject(s: _Sentence, cands: list[Mention], verb_at: int) -> Mention | None:
        """The person named before a description after a comma that names a body and ends at the
        verb ("Ông A, Chủ tịch Công đoàn cơ sở Công ty B, được …", "Chị C, công nhân Công ty D vinh
        dự nhận …"), or None. A description begins with a title or a lower-case word: "Ông A, Công
        ty B và Công ty C được …" lists three recipients."""
        p = cands[-2] if len(cands) > 1 else None
        if p is not None and p.kind == "org" and len(cands) > 2 and cands[-3].kind == "person" \
                and re.fullmatch(r"\s*,\s*", s.text[s.tokens[p.end - 1].end:s.tokens[cands[-1].start].start]):
            p = cands[-3]  # "Đại úy C, cán bộ Phòng Tham mưu, Công an tỉnh được …": a unit, then its owner
        if p is None or p.kind != "person" or p.end >= len(s.tokens):
            return None
        between = s.text[s.tokens[p.end - 1].end:verb_at]
        if not re.fullmatch(r"\s*[-–,]\s*[^;()]{1,120}?,?\s*(?:(?:đã|vừa|cũng|đều)\s+)*", between) \
                or _and_outside_names(s, s.tokens[p.end - 1].end, verb_at):
            return None
        first = s.tokens[p.end]
        return p if not first.cap or lx.TITLES.match(s.tokens, p.end) else None

    def _inside_award(self, s: _Sentence, x: Mention) -> bool:
        return any(a.start <= x.start and x.end <= a.end for a in s.of("award"))

    def _conferrer(self, s: _Sentence, am: Mention, known, docs, c0: int, c1: int):
        own = next((m for m in s.of("org") if am.start < m.start and m.end <= am.end), None)
        if own is not None and s.tokens[own.start - 1].key == "của" and not known.extra.get("authority") \
                and _foreign(own.value) is None:
            return own.value  # "A, Bí thư Tỉnh ủy trao Cờ thi đua của UBND tỉnh": the award's name says whose it is
        agent = self._agent_before(s, am, c0)
        if agent is not None and not (isinstance(agent, Post) and _deputy(agent.title)):
            return agent  # (not "được Phó Thủ tướng A trao tặng Cờ thi đua của Chính phủ": a deputy hands over, decides nothing)
        for pos, doc in docs:
            if doc.number:  # a decision anywhere in the sentence ("… Quyết định 601/QĐ-TTg …")
                suffix = re.search(r"QĐ-([A-Za-zĐđ]+)", doc.number or "")
                if suffix and suffix.group(1).lower() in _DECISION_AUTHORITY:
                    return self._known_post(_DECISION_AUTHORITY[suffix.group(1).lower()])
        giver = self._subject_giving(s, am, c0)
        named = self._giver_named_after(s, am, c1)
        for x in (named, giver):  # "Huân chương … của Nhà nước Lào", "Nhà nước Lào tặng Huân chương …": not Vietnam's President
            if _foreign(x) is not None:
                return x
        field = _MEDAL_FIELD.search(self._award_name(s, am, c1)) if known.label == "Kỷ niệm chương" and named is None else None
        ministry = _ministry_of_field(field.group(1)) if field else None
        if ministry is not None and giver is not None and ministry.iri in (getattr(giver, "iri", None),
                                                                         getattr(getattr(giver, "org", None), "iri", None)):
            return giver  # "Bộ Y tế tặng Kỷ niệm chương Vì sự nghiệp Y tế": as the text says
        if ministry is not None:  # "Kỷ niệm chương “Vì sự nghiệp Giáo dục”": its minister's, whoever hands it over
            return Post("Bộ trưởng", self.facts.orgs.get(ministry.iri)
                        or Org(ministry.iri, ministry.label, iri=ministry.iri, mentioned=False))
        force = _WHOLE_FORCE.search(am.text) if giver is None and named is None else None  # (the scheme's own spelling)
        if force is not None:  # "Chiến sĩ thi đua toàn quân": the Minister of National Defence's ("… toàn lực lượng
            known_ministry = lx.org_index().phrases.get(lx.keys("Bộ Quốc phòng" if force.group(1) else "Bộ Công an"))
            return Post("Bộ trưởng", self.facts.orgs.get(known_ministry.iri)  # Công an nhân dân": Public Security's)
                        or Org(known_ministry.iri, known_ministry.label, iri=known_ministry.iri, mentioned=False))
        authority = reference.authority(known)
        if authority is not None and authority.kind == "post":
            return self._known_post(authority.label)
        if authority is not None:  # (a mass organization's own award: "Giải thưởng Lý Tự Trọng" is the Youth Union
            # Central Committee's, whoever hands it over or acts for it)
            return self.facts.orgs.get(authority.iri) or Org(authority.iri, authority.label, iri=authority.iri, mentioned=False)
        tail = self._titled_tail(s, am)
        if tail is not None:  # "Bằng khen của Chủ tịch UBND tỉnh"
            return tail[0]
        if named is not None:  # "A, Chủ tịch X trao Cờ thi đua của Ban Chấp hành X": the award's name says whose it is
            return named  # (over a decision's issuer: "Tặng Giấy khen của Giám đốc Sở …" after a decision of the province)
        issuer = next((doc.issuer for pos, doc in docs if doc.kind == "Quyết định" and doc.issuer is not None
                       and c0 <= pos < c1), None)
        if issuer is not None:  # "Theo Quyết định số … của UBND tỉnh X, … được tặng Bằng khen"
            return issuer
        if giver is not None:
            return giver
        inner = next((m.value for m in s.of("org") if am.start < m.start and m.end <= am.end), None)
        return inner if inner is not None else named

    def _only_foreign_state(self):
        """The one foreign state whose bodies the report names so far ("Nhà nước Lào", "Đại sứ quán Lào"), or None."""
        states = {x.iri: x for o in self.facts.orgs.values() if (x := _foreign(o)) is not None}
        return next(iter(states.values())) if len(states) == 1 else None

    def _principal(self, s: _Sentence, at: int):
        """The office or body named right after "thay mặt" (character ``at``), for whom an award is
        handed over ("thay mặt Thủ tướng Chính phủ", "thay mặt Ban Thường vụ Tỉnh ủy"), or None."""
        k = s.tok_at(at)
        hit = next((m for m in s.mentions if m.start == k and m.kind in ("post", "org", "person")), None)
        if hit is None and k < len(s.tokens) and lx.TITLES.match(s.tokens, k):  # "Thống đốc Ngân hàng Nhà nước": an office
            post = self._post_part(s, k, len(s.tokens))[0]  # not of the reference data
            return post if post is not None and post.org is not None else None
        if hit is None:
            return None
        if hit.kind == "post":
            return _post_of(hit.value)
        if hit.kind == "person":
            return self._presenter_office(s, hit.value)
        return self._office_or_body(s, hit)

    def _named_before(self, s: _Sentence, am: Mention, c1: int) -> bool:
        """Whether a generic award written alone ("Huân chương", "Huy chương") names again an award of its kind
        the report gave a body before ("… trao Huân chương Hồ Chí Minh cho X. Giám đốc A đã đón nhận Huân chương.")."""
        if am.value.label not in ("Huân chương", "Huy chương") or self._award_name(s, am, c1) != am.text:
            return False
        return any(_under(am.value.iri, a.award_iri) and isinstance(a.recipient, Org) for a in self.facts.awards)

    @staticmethod
    def _classes_alone(s: _Sentence) -> None:
        """"… trao Huy chương Chiến sĩ vẻ vang hạng Nhất cho 5 đồng chí, hạng Nhì cho 12 đồng chí": a class written
        alone after an award of another class is that award of this class."""
        for a in list(s.of("award")):  # "Huân chương Lao động hạng Nhất, Nhì, Ba", "… (hạng Nhất, Nhì và Ba)": each class
            stem = re.match(r"(.+ hạng) (?:Nhất|Nhì|Ba)$", a.value.label)
            more = _MORE_CLASSES.match(s.text, s.tokens[a.end - 1].end) if stem else None
            for c in _CLASS_WORD.finditer(more.group(0)) if more else ():
                sibling = _award_by_label(f"{stem.group(1)} {c.group(0)}")
                at = s.tok_at(more.start() + c.start())
                if sibling is not None:
                    s.mentions.append(Mention(at, at + 1, "award", sibling, sibling.label))
        for m in _CLASS_ALONE.finditer(s.text):
            at = s.tok_at(m.start())
            before = [a for a in s.of("award") if a.end <= at]
            if not before or any(a.start <= at < a.end for a in s.of("award")):
                continue
            last = before[-1].value
            stem = re.match(r"(.+ hạng) (?:Nhất|Nhì|Ba)$", last.label)
            sibling = _award_by_label(f"{stem.group(1)} {m.group(1)}") if stem else None
            if sibling is not None:
                s.mentions.append(Mention(at, at + 2, "award", sibling, sibling.label))  # (its name, written out)

    def _office_holder(self, s: _Sentence, a: int, b: int) -> Person | None:
        """The one person the report named in the office that is the subject of a clause from character a to the verb
        at b, its title and body written ("Tổng giám đốc EVN đã trao …": "ông A, Tổng giám đốc EVN"), or None."""
        body = next((m for m in reversed(s.of("org")) if a <= s.tokens[m.start].start and s.tokens[m.end - 1].end <= b), None)
        if body is None or not _SUBJECT_GAP.fullmatch(s.text, s.tokens[body.end - 1].end, b) or body.value.label.startswith("Nhà nước"):
            return None  # (a head of state, the office that gives: "Chủ tịch nước Lào trao …")
        title = next((s.char_span(k, body.start) for k in range(max(0, body.start - 4), body.start)
                      if lx.TITLES.phrases.get(tuple(t.key for t in s.tokens[k:body.start]))), None)
        if title is None or s.tokens[s.tok_at(a) if a else 0].start > s.tokens[body.start].start:
            return None
        holders = {id(p): p for p in self.facts.persons.values()
                   if any(x.org is body.value and matching_key(x.title) == matching_key(title) for x in p.posts)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _titled_subject(self, s: _Sentence, a: int, b: int) -> tuple[Person, Post] | None:
        """The one person the report named with a title that stands alone as the subject of a clause from
        character a to the verb at b ("Bộ trưởng cũng trao …", "Tại buổi lễ, Giám đốc đã trao …"), and that
        post; None when no one or more than one holds it."""
        m = _TITLE_SUBJECT.search(s.text, a, b)
        if m is None or m.end() != b:
            return None
        at = s.tok_at(m.start(1))
        t = lx.TITLES.match(s.tokens, at)
        if t is None or s.tokens[at + t[0] - 1].end != m.end(1):
            return None
        title = matching_key(s.text[m.start(1):m.end(1)])
        held = [(p, post) for p in self.facts.persons.values() for post in p.posts if matching_key(post.title) == title]
        return held[0] if len(held) == 1 else None

    @staticmethod
    def _presenter_office(s: _Sentence, presenter: Person):
        """"Chủ tịch UBND tỉnh A trao Bằng khen cho …", no giver named otherwise: the office the one who
        hands it over holds in the sentence (its body, for a deputy: a deputy decides no award), or None."""
        named = {id(m.value) for m in s.of("org")}
        posts = [p for p in presenter.posts if p.org is not None and id(p.org) in named]
        if not posts:  # "Bộ trưởng Đào Ngọc Dung trao …" in a report about one ministry: the title before the name
            at = next((s.tokens[m.start].start for m in s.of("person") if m.value is presenter), None)
            posts = [p for p in presenter.posts if p.org is not None and at is not None
                     and s.text[:at].rstrip().lower().endswith(p.title.lower())]
        if not posts or _foreign(posts[-1].org) is not None:
            return None
        post = posts[-1]
        return post.org if _deputy(post.title) else post

    def _giver_named_after(self, s: _Sentence, am: Mention, c1: int):
        """The body or office named after the award by "của", "do" or "từ" ("Bằng khen của UBND tỉnh …", "nhận
        Bằng khen từ Bộ trưởng Bộ Y tế"), or None."""
        end = s.tokens[am.end - 1].end
        end += 1 if _closes_quote(am.text, s.text, end) else 0  # ("Huy hiệu "Tuổi trẻ dũng cảm" của Ban Chấp hành …")
        m = re.match(r"\s*(?:của|do|từ)\s+", s.text[end:c1])
        if not m and am.value.label in ("Kỷ niệm chương", "Huân chương", "Huy chương"):  # a name the scheme does not
            # know, then its giver: "Kỷ niệm chương Vì sức khỏe nhân dân của Bộ trưởng Bộ Y tế", "Huân chương Tự do … của Nhà nước Lào"
            name = self._award_name(s, am, c1)
            end = s.tokens[am.start].start + len(name) if s.text.startswith(name, s.tokens[am.start].start) else end
            m = re.match(r"\s*(?:của|do|từ)\s+", s.text[end:c1])
        if not m:
            return None
        at = s.tok_at(end + m.end())
        hit = next((x for x in s.mentions if x.start == at and x.kind in ("org", "post")), None)
        if hit:
            return hit.value if hit.kind == "org" else _post_of(hit.value)
        return self._post_part(s, at, len(s.tokens))[0] if at < len(s.tokens) else None

    def _agent_before(self, s: _Sentence, am: Mention, c0: int):
        """"… được Thủ tướng Chính phủ tặng Bằng khen": the office or body between "được" and the verb."""
        before = s.text[c0:s.tokens[am.start].start]
        m = re.search(r"\bđược\s+((?:(?!\bđược\b)[^;]){2,60}?)\s+(?:trao tặng|tặng|trao|khen thưởng|phong tặng|truy tặng|công nhận)\s+(?:[^,;]{0,30})$",
                      before)  # (the last "được …": "X được A tặng B, được C tặng D")
        if not m:
            return None
        a, b = c0 + m.start(1), c0 + m.end(1)
        hits = [x for x in s.mentions if x.kind in ("post", "org") and a <= s.tokens[x.start].start and s.tokens[x.end - 1].end <= b]
        if not hits:
            return None
        return self._office_or_body(s, hits[0]) if hits[0].kind == "org" else _post_of(hits[0].value)

    def _participants(self, s: _Sentence) -> list[Org]:
        """The bodies a sentence on who attended names for themselves ("Tham dự có đại diện lãnh đạo Bộ
        Nội vụ, Văn phòng Chính phủ …"): not the body of an office ("Ủy viên Bộ Chính trị"), nor a piece
        of a name read in two ("Ủy ban Kinh tế" "Quốc hội")."""
        orgs, toks = s.of("org"), s.tokens
        organizing = _ORGANIZE.search(s.text)
        out = []
        for k, om in enumerate(orgs):
            joined = [o for o in orgs[max(0, k - 1):k + 2] if o is not om and (o.end == om.start and _joined(s, om.start)
                                                                               or om.end == o.start and _joined(s, o.start))]
            office = any((t := lx.TITLES.match(toks, i)) and i + t[0] >= om.start and _unbroken(s, i, om.start + 1)
                         for i in range(max(0, om.start - 6), om.start + 1))  # "Ủy viên Bộ Chính trị", "Bí thư Tỉnh ủy"
            office = office or (om.end < len(toks) and toks[om.end].key == "viên")  # "Tỉnh ủy viên"
            if id(om) in s.attached or om.value.cls == "cluster" or joined or office or self._inside_award(s, om) \
                    or (organizing and toks[om.end - 1].end <= organizing.start()):  # "UBND TP Hà Nội tổ chức …"
                continue
            out.append(om.value)
        return out

    def _office_or_body(self, s: _Sentence, x: Mention):
        """The body of mention x, or the office when a title comes right before it ("Bộ trưởng Bộ Công an")."""
        title = next((t for k in range(max(0, x.start - 6), x.start)
                      if (t := lx.TITLES.match(s.tokens, k)) and k + t[0] == x.start and _unbroken(s, k, x.start + 1)), None)
        return Post(s.char_span(x.start - title[0], x.start), x.value) if title else x.value

    def _subject_giving(self, s: _Sentence, am: Mention, c0: int):
        """"UBND huyện Gia Lâm (đã) tặng Giấy khen cho …": the body or office right before the verb."""
        award_at = s.tokens[am.start].start
        if _ON_BEHALF.search(s.text[c0:award_at]):
            return None
        giver = self._subject_before(s, c0, award_at, _GIVES)
        part = _part_start(s.text, c0, award_at)  # (not a giver of the list's
        first = next((a for a in s.of("award") if part <= s.tokens[a.start].start < award_at), None)  # item before: "- 3 lần
        # được Chủ tịch nước tặng Huân chương …. - Được A và B tặng … và nhiều bằng khen")
        if giver is None and first is not None:  # "UBND tỉnh tặng Cờ thi đua cho 35 tập thể và Bằng khen cho …": the same giver
            giver = self._subject_before(s, c0, s.tokens[first.start].start, _GIVES)
        if giver is None:  # "Bộ trưởng tặng Cờ thi đua cho 18 tập thể, Bằng khen cho …"
            giver = self._bare_title_giving(s, c0, s.tokens[(first or am).start].start)
        if giver is None and c0 > 0 and self._gave is not None and self._gave[0] is s \
                and _GIVES.fullmatch(" " + s.text[c0:award_at].strip() + " "):
            giver = self._gave[1]  # "X tặng Cờ thi đua cho A; tặng Bằng khen cho 12 tập thể": X again
        if giver is not None:
            self._gave = (s, giver)
        if isinstance(giver, Post) and giver.org is not None and _deputy(giver.title):
            return giver.org  # a deputy hands over what the body's head decides: "X, Phó Chủ tịch Tổng LĐLĐ … trao"
        return giver

    def _bare_title_giving(self, s: _Sentence, c0: int, at: int) -> Post | None:
        """"Bộ trưởng tặng Cờ thi đua cho …" (the award at character ``at``), a title alone: the post of the one person
        the report named with that title ("Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị chủ trì …"), or None."""
        verb = _GIVING_AT_END.search(s.text, c0, at)
        held = self._titled_subject(s, max(0, c0 - 1), verb.start() + 1) if verb is not None else None  # (from the
        # semicolon that opens the clause)
        return held[1] if held is not None and held[1].org is not None else None

    def _subject_before(self, s: _Sentence, c0: int, at: int, verb: re.Pattern):
        """The body or office named right before character ``at``, the text between them matching
        ``verb`` ("UBND huyện X đã tặng", "Chủ tịch UBND tỉnh X ký"); a person only when they decide
        ("… Nguyễn Văn Hòa vừa quyết định tặng": their office), never one who hands over."""
        hits = [x for x in s.mentions if x.kind in ("post", "org", "person") and c0 <= s.tokens[x.start].start
                and s.tokens[x.end - 1].end <= at
                and verb.fullmatch(_ABBREVIATION_AFTER.sub("", s.text[s.tokens[x.end - 1].end:at], count=1))]
        if not hits:
            return None
        x = max(hits, key=lambda x: x.end)
        between = s.text[s.tokens[x.end - 1].end:at].lower()
        if x.kind == "person":  # "Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa vừa quyết định tặng …": the office decides
            launches = verb is _LAUNCHES
            if not launches and "quyết định" not in between and "ký" not in between.split():
                return None  # a person who hands it over presents it
            office = next((m for m in s.of("post") if m.end == x.start), None)
            if office is not None:  # "Chủ tịch nước Võ Văn Thưởng đã ký …": an office of the reference data
                return _post_of(office.value)
            named = {id(m.value) for m in s.mentions if m.kind == "org" and m.end <= x.start}
            post = next((p for p in x.value.posts if p.org is not None and id(p.org) in named), None)
            held = [p for p in x.value.posts if p.org is not None]
            if post is None and launches and len(held) == 1:  # "đồng chí Lưu Thị Hạnh phát động phong trào …", her
                post = held[0]  # one post named earlier: she launches it as its holder
            return post
        if x.kind == "org":  # "Chủ tịch UBND tỉnh X đã ký quyết định …": the office, not the body
            return self._office_or_body(s, x)
        return _post_of(x.value)

    def _specific(self, known, conferrer):
        """The scheme's concept for a generic award and its conferrer: "Bằng khen" given by the Prime
        Minister is the "Bằng khen của Thủ tướng Chính phủ"; an order of a foreign state is its own concept."""
        if known.label.startswith(("Huân chương", "Huy chương")) and (_foreign(conferrer) is not None or (
                isinstance(conferrer, Org) and conferrer.iri is None and re.match(r"Nhà nước\b", conferrer.label))):
            return reference.by_iri("award").get(_FOREIGN_ORDER, known)
        if known.label.endswith(_MINISTRY_LEVEL) and isinstance(conferrer, Post) and conferrer.known_iri \
                and known.extra.get("authority") != conferrer.known_iri:  # "4 lần được Thủ tướng Chính phủ tặng Cờ thi
            root = known.label[:-len(_MINISTRY_LEVEL)]  # đua xuất sắc": not a ministry's flag, the Prime Minister's
            return next((k for k in reference.entities("award") if k.extra.get("authority") == conferrer.known_iri
                         and k.label.startswith(root + " ")), known)
        if known.extra.get("authority"):
            return known
        if known.label == "Cờ thi đua" and isinstance(conferrer, Org) and conferrer.label == "Chính phủ":
            return next((k for k in reference.entities("award") if k.label == "Cờ thi đua của Chính phủ"), known)
            # ("tỉnh Nghệ An được Chính phủ tặng Cờ thi đua": the Government's flag, which the Prime Minister decides)
        if isinstance(conferrer, Post) and conferrer.known_iri:
            for k in reference.entities("award"):
                if k.extra.get("authority") == conferrer.known_iri and k.label.startswith(known.label + " "):
                    return k
        if known.label == "Bằng khen" and _party_committee(conferrer):  # "… được Ban Thường vụ Tỉnh ủy tặng Bằng khen"
            return next((k for k in reference.entities("award") if k.label == "Bằng khen của cấp ủy Đảng"), known)
        if known.label in ("Bằng khen", "Cờ thi đua") and _ministry_or_province(conferrer):
            # "Bộ Y tế trao 25 Bằng khen", "Cờ thi đua của UBND tỉnh": the ministry's or province's level
            return next((k for k in reference.entities("award") if k.label == known.label + _MINISTRY_LEVEL), known)
        return known

    def _known_post(self, label: str) -> Post:
        """A deciding office the report implies (by a decision's number or the law), not names."""
        k = lx.post_index().phrases[lx.keys(label)]
        org_known = reference.by_iri("org").get(k.extra["org"])
        org = None
        if org_known:
            org = self.facts.orgs.get(org_known.iri) or Org(org_known.iri, org_known.label, iri=org_known.iri, mentioned=False)
        return Post(k.extra["title"], org, k.iri, k.label)

    def _add_award(self, award: Award) -> Award:
        """Add a conferral, or complete the one of that award to that recipient already read; returns it."""
        rkey = _recipient_key(award.recipient)
        for old in self.facts.awards:
            named = [re.search(r"[“\"](.+?)[”\"]", a.name) for a in (old, award)]
            if named[0] and named[1] and matching_key(named[0].group(1)) != matching_key(named[1].group(1)):
                continue  # two medals of one kind, each with its own name ("Kỷ niệm chương “Vì …”")
            if _recipient_key(old.recipient) != rkey or (old.period and award.period and old.period != award.period):
                continue
            givers = [g.org if isinstance(g, Post) else g for g in (old.conferred_by, award.conferred_by)]
            if givers[0] is not None and givers[1] is not None and givers[0].key != givers[1].key:
                continue  # ("2 Bằng khen của Hội Cựu chiến binh Việt Nam" and the Bằng khen UBND tỉnh gave: two)
            if old.award_iri != award.award_iri and _under(old.award_iri, award.award_iri):
                old.award_iri, old.award_label, old.name = award.award_iri, award.award_label, award.name
            elif old.award_iri != award.award_iri and not _under(award.award_iri, old.award_iri):
                continue  # ("Huân chương" named again after "Huân chương Chiến công hạng Nhì": that one, more exactly)
            for f in ("conferred_by", "presented_by", "period", "event", "date", "decision", "rationale"):
                if getattr(old, f) is None:
                    setattr(old, f, getattr(award, f))
            return old
        self.facts.awards.append(award)
        return award

    # ------------------------------------------------------------------ run
    def run(self) -> Facts:
        first = True
        # every sentence read first: its words are what the report's province is counted from (_home_province)
        self._paragraphs = [(paragraph, [_Sentence(text) for text in sentences(paragraph)]) for paragraph in self.report.body]
        for paragraph, parts in self._paragraphs:
            annexed = self._annexed or (self._counted[:6] if self._counted is not None and _ANNEX_OF_AWARDED.search(paragraph)
                                        else None)  # ("… tặng Bằng khen cho 2 tập thể và 3 cá nhân" then "DANH SÁCH … ĐƯỢC TẶNG …")
            if annexed is not None and _ANNEX_HEADING.match(paragraph):
                self._listing, self._annexed, self._annex_listing = annexed, None, True  # "DANH SÁCH": the list announced
                continue
            if self._annex_listing and _ANNEX_PART.fullmatch(paragraph):
                continue  # "(Kèm theo Quyết định số …)", "I. Tập thể", "II. CÁ NHÂN": the list goes on after them
            item = self._listing is not None and _LIST_ITEM.match(paragraph)
            if not item:
                self._listing, self._annex_listing = None, False  # a paragraph that is no item ends the list
            result = self._results_listed and _LIST_ITEM.match(paragraph) is not None
            self._results_listed = result  # ("… được khen thưởng như sau:" then "- Huân chương …: A, B", one a paragraph)
            self._results_intro = self._results_intro if result else None
            for s in parts:
                text = s.raw
                self.find_mentions(s)
                self._note_children(s)
                if "ủy quyền" in s.text:
                    self._note_acting_for(s)
                self.read_posts(s)
                self._units_in_appositions(s)
                events = self.read_events(s, first)
                docs = self.read_documents(s)
                self.read_campaigns(s)
                self.read_memberships(s)
                if item:
                    self.read_list_item(s)
                    item = False  # (the item's first sentence names the recipient)
                counted = self._counted  # (the sentence after an award to a counted group may name it)
                named_group = counted is not None and self.read_group_named(s, counted)
                if not named_group:
                    self.read_awards(s, events, docs, result)
                    if counted is not None and counted[0] is not s:
                        self._drop_group_named_by(counted, s)
                if self._counted is counted and not (named_group and counted[-1]) \
                        and not (counted is not None and counted[0] is self._sentence_before and not s.of("award")):
                    self._counted = None  # (the next may name another of its groups; one sentence with no award may come
                    # between: "… cho 10 cá nhân." "A trao danh hiệu cho các cá nhân." "Trong số 10 cá nhân … có B")
                decided = [d for _, d in docs if d.kind == "Quyết định" and d.number]
                if decided:
                    self._decided = (s, decided[-1])
                elif not _BY_THAT.match(text) and self._listing is None:
                    self._decided = None  # (a "Theo đó" sentence keeps the decision for the next one, and for the
                    # items of the list it opens: "Theo đó, tặng Bằng khen cho:" + "1. …;" + "2. …;")
                if self.main_event and _ATTEND.search(text):
                    for pm in s.of("person"):
                        if pm.value not in self.main_event.attendees:
                            self.main_event.attendees.append(pm.value)
                    for body in self._participants(s) if not _ATTEND.search(text).group(0) == "có mặt" else ():
                        if body is not self.main_event.organizer and body not in self.main_event.participants:
                            self.main_event.participants.append(body)
                named = s.of("person")
                if named:
                    self.last_person = named[-1]
                self._sentence_before = s
                first = False
            self._read_signature(paragraph, parts)
            if parts and parts[-1].text.rstrip().endswith(":") and _RESULTS_LISTED.search(parts[-1].text) \
                    and not _NOT_CONFERRAL.search(parts[-1].text) \
                    and not _PROPOSING.search(parts[-1].text):
                self._results_listed = True  # (not "… đề nghị khen thưởng như sau:": proposals)
                decided = self._decided[1] if self._decided is not None and self._decided[0] is parts[-1] else None
                self._results_intro = (parts[-1], decided)  # (its decision and period are the items')
        self._merge_short_names()
        self._merge_legal_forms()
        self._merge_national_names()
        self._units_of_the_host()
        self._drop_unnamed_groups()
        self._drop_vague_groups()
        self._drop_hosts_given_elsewhere()
        self._launched_at_the_ceremony()
        self._roles_of_listed_provinces()
        if _PROPOSAL_TITLE.search(self.report.title or ""):  # a notice of a proposal (or a revocation): the awards
            self.facts.awards = [a for a in self.facts.awards if not _EARLIER_AWARD.search(a.evidence)]  # its candidate had before
        awards, self.facts.awards = self.facts.awards, []
        for award in awards:  # (bodies merged above may now receive one award twice: once)
            self._add_award(award)
        return self.facts

    def _launched_at_the_ceremony(self) -> None:
        """A campaign named in the report of its launch ("Lễ phát động …"), in a sentence that launches ("Phát biểu
        phát động, ông A kêu gọi … hưởng ứng phong trào “X”", or "Đại hội đã phát động …" in the report of a congress)
        and by no one the text names: the ceremony's organiser's."""
        ev = self.main_event
        if ev is None or ev.organizer is None:
            return
        launch = matching_key(ev.name).startswith("lễ phát động")
        for c in self.facts.campaigns:
            by_event = _EVENT_LAUNCHES.match(c.evidence)  # "Đại hội đã phát động phong trào thi đua “…”": the congress's
            held = next((e for e in self.facts.events if by_event and e.name.startswith(by_event.group(1))
                         and (e is ev or e.organizer is None and e.evidence == ev.evidence)), None)  # organiser's (a congress
            # named with the ceremony: "Tỉnh ủy … tổ chức Lễ kỷ niệm … và Đại hội Thi đua yêu nước tỉnh lần thứ VI")
            if c.launched_by is None and ("phát động" in c.evidence.lower() if launch else held is not None):
                c.launched_by = ev.organizer

    def _drop_group_named_by(self, counted: tuple, s: _Sentence) -> None:
        """"… Lễ truy tặng danh hiệu X cho 3 mẹ." then "A trao … X cho thân nhân các mẹ B, C và D": the three are
        the group (the same award, from the same giver, to as many of its kind): its conferral is theirs."""
        said, am, *_, groups = counted
        given = [a for a in self.facts.awards if a.evidence == s.raw and a.award_iri == am.value.iri]
        for group in list(groups):
            kind = [a for a in given if isinstance(a.recipient, Person) == (group.kind == "individual")]
            ours = [a for a in self.facts.awards if a.recipient is group and a.evidence == said.raw and a.award_iri == am.value.iri]
            if ours and len(kind) == group.count and all(a.conferred_by == ours[0].conferred_by for a in kind):
                self.facts.awards = [a for a in self.facts.awards if a not in ours]
                groups.remove(group)

    def _drop_hosts_given_elsewhere(self) -> None:
        """"UBND huyện A tổ chức Lễ đón nhận Huân chương X" then "… trao Huân chương X cho Đảng bộ, chính quyền và
        Nhân dân huyện A": the award the host was taken to receive went to another body the report names."""
        given = {(a.award_iri, id(a.recipient)) for a in self.facts.awards if id(a) not in self._hosted}
        elsewhere = {iri for iri, _ in given}
        def same(a: Award, iri: str) -> bool:  # (the host's "Huân chương" is the "Huân chương Lao động hạng Nhì" given)
            return iri == a.award_iri or _under(a.award_iri, iri)
        self.facts.awards = [a for a in self.facts.awards if not (
            id(a) in self._hosted and any(same(a, iri) for iri in elsewhere) and (a.award_iri, id(a.recipient)) not in given
            and all(isinstance(b.recipient, Org) for b in self.facts.awards if same(a, b.award_iri) and id(b) not in self._hosted))]

    def _drop_unnamed_groups(self) -> None:
        """"Quyết định số 12/QĐ-UBND về việc tặng Bằng khen cho các tập thể, cá nhân …", then "Theo
        đó, tặng Bằng khen cho A, B": the uncounted group is A and B, named; no conferral of its own."""
        named = {(a.award_iri, id(a.decision)) for a in self.facts.awards
                 if a.decision is not None and not isinstance(a.recipient, Group)}
        self.facts.awards = [a for a in self.facts.awards if not (
            isinstance(a.recipient, Group) and a.recipient.count is None and (a.award_iri, id(a.decision)) in named)]

    def _merge_legal_forms(self) -> None:
        """"Tổng Công ty Xây lắp Dầu khí Việt Nam" and "Tổng Công ty Cổ phần Xây lắp dầu khí Việt Nam" in one
        report: a company named with and without its legal form is one body, labelled with it."""
        by_core: dict[str, list[Org]] = {}
        for o in self.facts.orgs.values():
            if o.iri is None and o.key.startswith(_COMPANY_HEADS):
                by_core.setdefault(_LEGAL_FORM.sub("", o.key), []).append(o)
        for same in by_core.values():
            if len(same) < 2:
                continue
            target = max(same, key=lambda o: len(o.key))
            for short in same:
                if short is not target:
                    self._merge_into(short, target)

    def _merge_national_names(self) -> None:
        """"Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh Bắc Kạn" and "Ủy ban MTTQ tỉnh" (read as the branch of "… Việt Nam") in
        one report: a branch of a nation-wide body named with and without "Việt Nam" is one body, labelled with it."""
        by_key = {o.key: o for o in self.facts.orgs.values() if o.iri is None}
        for o in list(by_key.values()):
            short = _NATION_BEFORE_UNIT.sub(" ", o.key)
            if short != o.key and (other := by_key.get(short)) is not None and other is not o:
                self._merge_into(other, o)

    def _drop_vague_groups(self) -> None:
        """"trao tặng Huân chương cho các cá nhân" (a caption) in a report that says which: "Huân chương Lao
        động hạng Nhất cho 3 cá nhân, …": the uncounted group's award of a kind the report names more
        exactly for others, or gives to a counted group ("… cho 19 đơn vị") or to the persons (bodies) it names
        ("các đồng chí" after "A; B; C"), is said again, vaguely; no conferral of its own."""
        exact = [a.award_iri for a in self.facts.awards]
        counted = {a.award_iri for a in self.facts.awards if isinstance(a.recipient, Group) and a.recipient.count}
        named = {(a.award_iri, isinstance(a.recipient, Person)): a for a in self.facts.awards if not isinstance(a.recipient, Group)}
        kept = []
        for a in self.facts.awards:
            vague = isinstance(a.recipient, Group) and a.recipient.count is None
            again = vague and (a.recipient.kind in ("individual", "collective")
                               and (a.award_iri, a.recipient.kind == "individual") in named
                               or a.recipient.kind == "any" and any((a.award_iri, k) in named for k in (True, False)))
            # ("… cho các tập thể, cá nhân Công an tỉnh X" then "… Huân chương Tự do cho Công an tỉnh X và … cho Đại tá A")
            for b in self.facts.awards if again else ():  # "Các đồng chí được trao Huân chương … gồm: A; B; C" then "… trao
                if b.award_iri == a.award_iri and not isinstance(b.recipient, Group):  # Huân chương cho các đồng chí": those
                    if a.presented_by is not None and b.presented_by is None:  # named, handed over by that person
                        b.presented_by = a.presented_by
                        b.event = b.event or a.event
                    b.period, b.conferred_by = b.period or a.period, b.conferred_by or a.conferred_by  # (for the term it said)
            if not (vague and (again or any(iri != a.award_iri and _under(a.award_iri, iri) for iri in exact)
                               or a.award_iri in counted)):
                kept.append(a)
        self.facts.awards = kept

    def _merge_short_names(self) -> None:
        """A body named shortly before its full name ("Bộ Chỉ huy BĐBP" then "Bộ Chỉ huy BĐBP tỉnh
        Quảng Ninh"; "Tổng công ty PVC" before "… Việt Nam (PVC)") is that body: one node."""
        orgs = [o for o in self.facts.orgs.values() if o.iri is None]
        owners = None  # (the keys of every body named, when needed)
        for short in orgs:
            head = matching_key(lx.expand_head(short.label, alone=True)) + " "  # (then "tỉnh …", "thành phố …", "quận …"; its head
            # written out: "Bộ Chỉ huy BĐBP" and "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh")
            full = [o for o in orgs if o is not short and o.key.startswith(head) and o.key.startswith(_PLACE_AFTER_NAME, len(head))]
            if len(full) != 1:  # "Bộ Tư lệnh Quân khu" after "Bộ Tư lệnh Quân khu 4": the one numbered so
                full = [o for o in orgs if o is not short and o.key.startswith(head) and _NUMBER_ONLY.fullmatch(o.key, len(head))]
            if len(full) != 1:
                toks = lx.tokenize(short.label)
                head = lx.ORG_HEADS.match(toks, 0) if toks else None
                alias = self.aliases.get(tuple(t.key for t in toks[head[0]:])) if head and head[0] < len(toks) else None
                full = [alias] if isinstance(alias, Org) and alias is not short else []
            if not full:  # "Đội Cảnh sát hình sự" after "Đội Cảnh sát hình sự Công an quận Hoàn Kiếm": the one unit
                if owners is None:  # named with its owner
                    owners = {o.key if o.iri is None else matching_key(o.label) for o in self.facts.orgs.values()}
                prefix = short.key + " "  # (or with the brand of its group: "Công ty Than Hà Lầm - TKV")
                full = [o for o in orgs if o is not short and o.key.startswith(prefix) and (
                    o.key[len(prefix):] in owners or lx.org_index().phrases.get(tuple(o.key[len(prefix):].split())) is not None)]
                full = full if len(full) == 1 else []
            if not full and short.key in ("đảng ủy khối", "đảng bộ khối"):  # "Đảng ủy Khối" after "Đảng ủy Khối các cơ quan
                full = [o for o in orgs if o.key.startswith(("đảng ủy khối ", "đảng bộ khối "))]  # tỉnh X": the one so named
                full = full if len(full) == 1 else []
            if full:
                self._merge_into(short, full[0])

    def _units_of_the_host(self) -> None:
        """"Công an tỉnh Quảng Ninh tổ chức …" then "… cho tập thể Phòng Cảnh sát giao thông": a unit named without
        its body, in a report whose event that body holds, is the host's (one node per province's department, not
        every report's "Phòng Cảnh sát giao thông" in one), labelled with it ("… Công an tỉnh Quảng Ninh")."""
        host = self.main_event.organizer if self.main_event is not None else None
        if host is None or host.cls != "org":
            return
        for unit in [o for o in self.facts.orgs.values() if o.iri is None and o is not host]:
            head = unit.key.split(" ", 1)[0]
            if host.key.startswith(_UNIT_OWNERS.get(head, ())) and not _OWNED.search(unit.label, len(head) + 1) \
                    and len(unit.key.split()) > 1:
                label = f"{unit.label} {host.label}"
                target = self.facts.orgs.get(matching_key(label))
                if target is None:
                    target = self.org(label, label)
                    target.spellings.discard(label)
                target.context = target.context or host.context
                self._merge_into(unit, target)

    def _merge_into(self, short: Org, target: Org) -> None:
        """One body named two ways: ``short`` becomes ``target`` (its spellings kept as the target's aliases)."""
        target.spellings |= short.spellings | {short.label}
        self.facts.orgs.pop(short.key, None)
        short.key, short.label, short.context = target.key, target.label, target.context


def _add_post(person: Person, post: Post, evidence: str) -> None:
    """Give ``person`` a post once: an office of the reference data is one post whether or not its
    body was named with it ("Phó Thủ tướng Chính phủ", later "Phó Thủ tướng Trần Hồng Hà")."""
    for k, p in enumerate(person.posts):
        same_body = p.org is post.org or (p.org is not None and post.org is not None and p.org.key == post.org.key)
        if matching_key(p.title) == matching_key(post.title) and same_body and p.known_iri == post.known_iri:
            return  # (the first spelling kept: "Nguyên Phó Thủ tướng", later "nguyên Phó Thủ tướng")
        if same_body and matching_key(p.title) == matching_key(post.title) + " thường trực":
            return  # "Phó Thủ tướng thường trực Chính phủ", later "Phó Thủ tướng Chính phủ": the same office
        if same_body and matching_key(post.title) == matching_key(p.title) + " thường trực":
            person.posts[k], person.evidence[k] = post, evidence
            return
        if post.known_iri is not None and p.known_iri == post.known_iri:
            if p.org is None and post.org is not None:
                person.posts[k], person.evidence[k] = post, evidence
            return
    person.posts.append(post)
    person.evidence[len(person.posts) - 1] = evidence


@lru_cache(maxsize=None)
def _award_by_label(label: str):
    """The award type of the scheme with that preferred label, or None."""
    return next((a for a in reference.by_iri("award").values() if a.label == label), None)


def _under(general: str, specific: str) -> bool:
    """Whether award type ``specific`` is ``general`` narrowed ("Huân chương Chiến công hạng Nhì" under "Huân chương")."""
    awards = reference.by_iri("award")
    known = awards.get(specific)
    for _ in range(6):  # (the scheme is a few levels deep)
        known = awards.get(known.extra.get("broader")) if known is not None else None
        if known is None:
            return False
        if known.iri == general:
            return True
    return False


def _deputy(title: str) -> bool:
    """A deputy's title ("Phó Chủ tịch", "Thứ trưởng"): a deputy hands over what the body's head decides."""
    return matching_key(title).startswith(("phó ", "thứ trưởng"))


_PARTY_AWARDS = "https://w3id.org/tdkt/award/khen-thuong-dang"


def _is_party_award(known) -> bool:
    """An award of the Party ("Huy hiệu 50 năm tuổi Đảng"): under "Khen thưởng của Đảng" in the scheme."""
    return known is not None and (known.iri == _PARTY_AWARDS or _under(_PARTY_AWARDS, known.iri))


def _title_and_body(s: _Sentence, i: int, end: int):
    """A title read from token i to ``end`` that ends in a known body's name ("Phó Chủ tịch Quốc hội"):
    (where the body's name starts, the body as ``Known``), or None."""
    phrases = lx.org_index().phrases
    for at in range(i + 1, end):
        known = phrases.get(tuple(t.key for t in s.tokens[at:end]))
        if known is not None and known.kind == "org":
            return at, known
    return None


def _post_of(k) -> Post:
    org_known = reference.by_iri("org").get(k.extra["org"])
    org = Org(org_known.iri, org_known.label, iri=org_known.iri, mentioned=False) if org_known else None
    return Post(k.extra["title"], org, k.iri, k.label)


_VI_ONSET = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?", re.I)
_VI_FINAL = re.compile(r"(ch|ng|nh|[cmnpt]|[iyuo])?$", re.I)


@lru_cache(maxsize=4096)  # (names recur)
def _foreign_word(word: str) -> bool:
    """True when a capitalised word cannot be one Vietnamese syllable ("Konstantin", "Vnukov")."""
    w = unicodedata.normalize("NFD", word)
    w = "".join(c for c in w if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    if re.search(r"[fjwzFJWZ]", w) or not w.isalpha():
        return bool(re.search(r"[fjwzFJWZ]", w))
    onset = _VI_ONSET.match(w).group(0)
    rest = w[len(onset):]
    vowels = re.match(r"[aeiouy]+", rest, re.I)
    if not vowels:
        return True
    final = rest[vowels.end():]
    return not _VI_FINAL.fullmatch(final) and final != ""


def _without_appositions(s: _Sentence, found: list[Mention]) -> list[Mention]:
    """Drop the bodies named in a person's apposition ("Đỗ Kim Hội - Chuyên viên ban … LĐLĐ Thành phố",
    "Trần Văn Tú, chiến sĩ Đội Cảnh sát PCCC …")."""
    zones = _apposition_zones(s, found)
    described = [x for x in found if x.kind == "org" and any(a <= s.tokens[x.start].start < b for a, b in zones)]
    owners = {id(o) for x in described if (o := Extractor._owner_after_comma(s, x) or _owner_named_with(s, x)) is not None}
    # (and the owner after a comma of a unit described: "A, cán bộ Đội X, Công an quận Y")
    return [x for x in found if x not in described and id(x) not in owners]


def _owner_named_with(s: _Sentence, unit: Mention) -> Mention | None:
    """The body named after the comma behind ``unit`` when the unit is already known as its unit ("Đội X, Công an
    quận Y" once "Đội X" is "Đội X Công an quận Y"), or None."""
    if unit.end >= len(s.tokens) or s.text[s.tokens[unit.end - 1].end:s.tokens[unit.end].start] != ", ":
        return None
    return next((m for m in s.of("org") if m.start == unit.end and unit.value.label.endswith(" " + m.value.label)), None)


def _apposition_zones(s: _Sentence, found: list[Mention]) -> list[tuple[int, int]]:
    """Where the persons of ``found`` are described after their names (characters from, to): their posts or what
    they are ("Trần Văn Tú, chiến sĩ Đội Cảnh sát PCCC …"), or where they work, set off by commas."""
    zones = []
    for p in found:
        if p.kind != "person" or p.end >= len(s.tokens):
            continue
        sep = s.text[s.tokens[p.end - 1].end:s.tokens[p.end].start]
        former = s.tokens[p.end].key in ("nguyên", "cựu")
        described = not s.tokens[p.end].cap and s.tokens[p.end].key not in lx.STOP  # "liệt sĩ A, chiến sĩ Đội …"
        if re.fullmatch(r"\s*[-–,]\s*", sep) and (described or lx.TITLES.match(s.tokens, p.end + former)):
            stop = re.search(r"[;.()]|,\s*(?:và\s+)?(?=[A-ZĐ])(?!(?:Phó|Chủ|Bí|Ủy|Giám|Trưởng|Tổng|Thứ|Bộ trưởng))", s.text[s.tokens[p.end].start:])
            zones.append((s.tokens[p.end].start, s.tokens[p.end].start + (stop.start() if stop else len(s.text))))
        elif sep.strip() == "," and (at := next((x for x in found if x.kind == "org" and x.start == p.end), None)) \
                and re.match(r"\s*,\s*và\b", s.text[s.tokens[at.end - 1].end:]):
            zones.append((s.tokens[at.start].start, s.tokens[at.end - 1].end))  # "GS.TSKH A, Đại học Quốc gia Hà Nội, và …":
            # where the person works, set off by commas (but "cho ông A, Công ty B.": a list, both receive)
    return zones


_PARENT_AFTER_DASH = re.compile(rf"\s+[-–]\s+(?:Đại học|Học viện|Bộ|Tập đoàn|Tổng công ty|Viện|Bệnh viện)(?:\s+[{_UP}]\w*){{1,6}}")


def _closes_quote(name: str, text: str, end: int) -> bool:
    """Whether an award's name quoted in part ("Huy hiệu “Tuổi trẻ dũng cảm") has its closing quote at ``end``."""
    return (name.count("“") > name.count("”") and text.startswith("”", end)) or \
        (name.count('"') % 2 == 1 and text.startswith('"', end))


def _place(text: str) -> str | None:
    """The place after "tại", with the lower-case words that end a name's last pair ("Cung Văn hóa Lao động")."""
    m = _PLACE.search(text)
    if m is None:
        return None
    place, pairs = m.group(1), lx.name_pairs()
    for word in re.findall(r"\s+(\w+)", text[m.end(1):])[:2]:
        if (matching_key(place.rsplit(" ", 1)[-1]), matching_key(word)) not in pairs:
            break
        place += " " + word
    named_by_day = re.match(r" \d{1,2}/\d{1,2}(?![/\d])", text[m.start(1) + len(place):])
    if named_by_day and place.rsplit(" ", 1)[-1].islower():  # "Quảng trường 7/5", "Sân vận động 19/8": named by a day
        place += named_by_day.group()
    parent = _PARENT_AFTER_DASH.match(text, m.start(1) + len(place))
    if parent:  # "tại Trường Đại học Sư phạm - Đại học Thái Nguyên": the school of a university
        place += parent.group()
    if place.endswith(".") and len(place.rsplit(" ", 1)[-1]) > 4:  # (the sentence's full stop; "TP." stays)
        place = place[:-1]
    return place


_MINISTRY_LEVEL = " cấp bộ, ngành, tỉnh, đoàn thể trung ương"


_PARTY_COMMITTEE = re.compile(r"(?:Ban (?:Thường vụ|Chấp hành) )?(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)\b"
                              r"|(?:Ban Bí thư|Bộ Chính trị|Ban Chấp hành Trung ương Đảng)\b(?! Ban Chấp hành Trung ương Đoàn)")
# (but the Youth Union's secretariat, "Ban Bí thư Ban Chấp hành Trung ương Đoàn …", is no committee of the Party)


def _party_committee(giver) -> bool:
    """A committee of the Party (or its standing committee), or an office in one: who gives the Party's Bằng khen."""
    org = giver.org if isinstance(giver, Post) else giver
    return isinstance(org, Org) and _PARTY_COMMITTEE.match(org.label) is not None


def _ministry_or_province(giver) -> bool:
    """A ministry ("Bộ Y tế"), a body of the Government's own ("Ngân hàng Nhà nước Việt Nam"), a province's
    people's committee, a central body of the Front and its member organisations ("Tổng Liên đoàn Lao
    động Việt Nam"), or the head of one: who gives the Bằng khen and Cờ thi đua of the ministry, province
    and central mass organisation level."""
    org = giver.org if isinstance(giver, Post) and giver.title.lower() in _HEADS_OF_MINISTRIES else giver
    if not isinstance(org, Org) or org.cls != "org":
        return False
    if org.iri is not None and (org.iri in _central_mass_bodies() or org.iri in _government_bodies()
                                or org.iri in _central_branches()):
        return True
    if org.label.startswith("Bộ ") and not org.label.startswith(("Bộ Chỉ huy", "Bộ Tư lệnh", "Bộ đội", "Bộ Chính trị")):
        return True
    province = lx.province_in(org.label)
    return province is not None and org.label == "Ủy ban nhân dân " + _lower_first(province.label)


_HEADS_OF_MINISTRIES = ("chủ tịch", "bộ trưởng", "thống đốc", "tổng thanh tra", "chủ nhiệm", "tổng giám đốc", "viện trưởng")


@lru_cache(maxsize=1)
def _government_bodies() -> frozenset[str]:
    """The IRIs of the known ministries and other bodies of the Government ("Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ"), whose heads give awards of a ministry's level."""
    government = reference.known_names("org").get(matching_key("Chính phủ"))
    return frozenset(k.iri for k in reference.entities("org") if government is not None and k.extra.get("parent") == government.iri)


@lru_cache(maxsize=1)
def _central_branches() -> frozenset[str]:
    """The IRIs of the central bodies outside the Government whose heads give awards of a ministry's level by the law
    (Luật Thi đua, khen thưởng 2022): the Supreme People's Court and Procuracy, the State Audit Office."""
    known = reference.known_names("org")
    return frozenset(k.iri for name in ("Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao", "Kiểm toán Nhà nước")
                     if (k := known.get(matching_key(name))) is not None)


@lru_cache(maxsize=1)
def _central_mass_bodies() -> frozenset[str]:
    """The IRIs of the Vietnam Fatherland Front and of the known bodies that belong to it (its
    central committee, the trade unions, the women's, farmers' and veterans' unions, the Youth Union),
    with those bodies' own central committees."""
    front = reference.known_names("org").get(matching_key("Mặt trận Tổ quốc Việt Nam"))
    if front is None:
        return frozenset()
    members = {front.iri} | {k.iri for k in reference.entities("org") if k.extra.get("parent") == front.iri}
    # (and their central committees: "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")
    return frozenset(members | {k.iri for k in reference.entities("org") if k.extra.get("parent") in members})


def _part_start(text: str, a: int, b: int) -> int:
    """Where the last part of ``text`` from character a to b begins: after its last full stop, colon, semicolon or
    list dash, else a (the dash itself may open the part: "… 350 tỷ đồng. - 3 lần được …").

    >>> text = "Giá trị 350 tỷ đồng. - 3 lần được"
    >>> text[_part_start(text, 0, len(text)):]
    '- 3 lần được'
    """
    return max([a] + [a + m.end() for m in _PART_START.finditer(text[a:b])])


def _branch_name_end(s: _Sentence, j: int, covered: list[bool]) -> int | None:
    """Where the name of a bank's branch that begins with "chi nhánh" at token j ends ("Chi nhánh Vinh", "chi nhánh
    Bắc Hà Nội": its capitalised words, at most four, not a person's name after them), or None."""
    toks, n = s.tokens, len(s.tokens)
    if j + 2 >= n or (toks[j].key, toks[j + 1].key) != ("chi", "nhánh") or not _joined(s, j) or any(covered[j:j + 3]) \
            or not (toks[j + 2].cap and _joined(s, j + 2)):
        return None
    k = j + 2
    while k < n and k < j + 6 and (toks[k].cap or k > j + 2 and (toks[k].key.isdigit() or (toks[k - 1].key, toks[k].key)
                                                                 in lx.name_pairs())) and _joined(s, k) and not covered[k] \
            and not (k > j + 2 and toks[k].key in lx.SURNAMES and k + 1 < n and toks[k + 1].cap):
        k += 1  # (a name's pair of words and a number: "Chi nhánh Khu vực 7")
    return k


_WHOLE_FORCE = re.compile(r"\btoàn (?:(quân)|lực lượng (?:Công an nhân dân|CAND))\b")  # an emulation title of the army, the police
_MEDAL_FIELD = re.compile(r"\bVì sự nghiệp\s+([^”\"]+)")


def _ministry_of_field(field: str):
    """The ministry of a field a medal is named after, or None.

    >>> _ministry_of_field("Giáo dục").label  # (the one ministry whose name begins so)
    'Bộ Giáo dục và Đào tạo'
    """
    return _ministry_by_words(tuple(t.key for t in lx.tokenize(field)))


def _ministry_by_words(words: tuple[str, ...]):
    """The ministry named "Bộ" and the words ``words`` (keys), or the one ministry whose name begins so (two words at
    least: "lao động"), or None."""
    key = ("bộ",) + words
    ministry = lx.org_index().phrases.get(key)
    if ministry is None and len(key) > 2:
        starting = {m.iri: m for k, m in lx.ministries() if k[:len(key)] == key}
        ministry = next(iter(starting.values())) if len(starting) == 1 else None
    return ministry if ministry is not None and ministry.label.startswith("Bộ ") else None


def _foreign(giver):
    """The foreign state whose body (or whose body's office) ``giver`` is, or None."""
    org = giver.org if isinstance(giver, Post) else giver
    return lx.foreign_state(org.label) if isinstance(org, Org) else None


def _period_of(m: re.Match | None) -> str | None:
    """The period a :data:`_PERIOD` match names: "2024", "2020 - 2025", "2015 - 2024" for "từ năm 2015 đến năm 2024"."""
    if m is None:
        return None
    return f"{m.group(1)} - {m.group(2)}" if m.group(1) else m.group(3)


def _in_attached(s: _Sentence, x: Mention) -> bool:
    """A mention inside a body that is part of a post ("Đội trưởng Đội Cảnh sát hình sự Công an huyện X": the Công an)."""
    return any(o is not x and o.start <= x.start and x.end <= o.end and id(o) in s.attached for o in s.mentions)


def _written_as_named(text: str, known) -> bool:
    """The text is one of the known names with its punctuation ("Bộ Văn hóa, Thể thao và Du lịch")."""
    written = nfc(text).lower()  # (one tone style, one space)
    return any(nfc(name).lower() == written for name in known.names)


def _unbroken(s: _Sentence, i: int, j: int) -> bool:
    """No comma, semicolon, colon, bracket or quote between tokens i and j (a full stop may be: "TP.HCM"):
    "Trung ương, Đảng ủy …" is no "Trung ương Đảng"."""
    toks = s.tokens
    return not any(_LIST_BREAK.search(s.text[toks[k - 1].end:toks[k].start]) for k in range(i + 1, j))


def _city_then_person(s: _Sentence, j: int) -> bool:
    """Whether "thành phố" at tokens j-2, j-1 is followed by a person's full name, not a city's: "Chủ tịch UBND
    thành phố Trần Sỹ Thanh" (three capitalised words from a surname on, no province's name)."""
    toks = s.tokens
    return j >= 2 and (toks[j - 2].key, toks[j - 1].key) == ("thành", "phố") and j + 2 < len(toks) \
        and toks[j + 2].cap and _joined(s, j + 2) and lx.province_index().match(toks, j) is None


def _unit_then_name(s: _Sentence, i: int) -> bool:
    """An administrative unit word at token i and a capitalised name after it ("huyện Gia Lâm", "TP. Móng Cái")."""
    m = lx.ADMIN_UNITS.match(s.tokens, i)
    k = i + m[0] if m else 0
    return bool(m) and k < len(s.tokens) and s.tokens[k].cap and s.text[s.tokens[k - 1].end:s.tokens[k].start].strip() in ("", ".")


def _without_inner_abbreviations(text: str) -> str:
    """The sentence with each abbreviation in brackets inside a body's name blanked out, so that the name
    reads on: "Liên đoàn Lao động (LĐLĐ) tỉnh Nghệ An" → "Liên đoàn Lao động        tỉnh Nghệ An".
    Only when the letters are the initials of the words before it and a place or a name follows;
    the text keeps its length, so positions stay those of the sentence as written."""
    if "(" not in text:
        return text
    out = text
    for m in _INNER_ABBREVIATION.finditer(text):
        letters = [c for c in m.group(1) if c.isalpha()]
        words = [w for w in re.findall(r"\w+", text[max(0, m.start() - 120):m.start()]) if w.lower() != "và"]
        if len(words) >= len(letters) and [w[0].upper() for w in words[len(words) - len(letters):]] == letters:
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def _an_office_s_body(s: _Sentence, x: Mention) -> bool:
    """A body named as the body of an office that something is "of" ("Thư khen của Bộ trưởng Bộ Công an"):
    it gives, it does not receive."""
    toks = s.tokens
    for k in range(max(0, x.start - 5), x.start):
        t = lx.TITLES.match(toks, k)
        if t and k + t[0] == x.start and k > 0 and toks[k - 1].key == "của" and _unbroken(s, k - 1, x.start + 1):
            return True
    return False


def _iso_date(m: re.Match) -> str:
    """A match of day, month and year (groups 1–3) as an ISO date: "15/12/2024" → "2024-12-15"."""
    return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"


_COUNT_AT_END = fastre.anchored(re.compile(r"\b(\d{1,6})\s+$"))


def _count_before(s: _Sentence, am: Mention, c0: int) -> int | None:
    """The number written right before the award ("trao 25 Bằng khen"), or None."""
    count = _COUNT_AT_END.search(s.text, c0, s.tokens[am.start].start)
    return int(count.group(1)) if count else None


@lru_cache(maxsize=1024)
def _head_key(head: str) -> str:
    """The key of a body's head written out: "Cty" → "công ty", "UBND" → "ủy ban nhân dân"."""
    return matching_key(lx.HEAD_EXPANSIONS.get(lx.keys(head), head))


def _after_honorific(toks: list, i: int, words: int) -> bool:
    """Whether an honorific of at most ``words`` words ends right before token i ("đồng chí", "Thượng tướng")."""
    return any(lx.HONORIFICS.phrases.get(tuple(t.key for t in toks[k:i])) for k in range(max(0, i - words), i))


def _describes_a_person(s: _Sentence, x: Mention) -> bool:
    """Whether mention x is in brackets right after a person's name: "Thượng úy A (Đội Cảnh sát PCCC …)"."""
    at = s.tokens[x.start].start
    opened = s.text.rfind("(", 0, at)
    if opened < 0 or ")" in s.text[opened:at]:
        return False
    return any(m.kind == "person" and re.fullmatch(r"\s*", s.text[s.tokens[m.end - 1].end:opened]) for m in s.of("person"))


def _quoted_whole(s: _Sentence, i: int, j: int) -> bool:
    """Whether tokens i to j are all a quotation holds: "được Bộ Quốc phòng tặng “Cờ thi đua” đơn vị xuất sắc"."""
    a, b = s.tokens[i].start, s.tokens[j - 1].end
    return s.text[a - 1:a] in ("“", '"') and s.text[b:b + 1] in ("”", '"')


def _joined(s: _Sentence, j: int) -> bool:
    """No punctuation between token j-1 and token j."""
    gap = s.text[s.tokens[j - 1].end:s.tokens[j].start]
    return gap == " " or not _NAME_BREAK.search(gap)


def _lower_first(label: str) -> str:
    """"Tỉnh Nghệ An" → "tỉnh Nghệ An" (a province inside a body's name)."""
    return label[:1].lower() + label[1:] if re.match(r"(Tỉnh|Thành phố)\b", label) else label


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of a text's clauses, between semicolons."""
    out, start = [], 0
    end = text.find(";")
    while end >= 0:
        out.append((start, end))
        start = end + 1
        end = text.find(";", start)
    out.append((start, len(text)))
    return out


_LISTED_WITH = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:ông|bà|anh|chị|đồng chí)\s+)?", re.I)
_DESCRIBED_THEN_AND = re.compile(r"\s*[-–,]\s*[^;()]{1,100}?(?:,?\s+và|;)\s+"
                                 r"(?:(?:ông|bà|anh|chị|đồng chí|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy))\s+)?", re.I)
# ("A, Chủ tịch X và bà B", "A, Phó Trưởng Công an huyện X; Trung tá B, …")


def _noun_of(group: Group) -> str:
    """What a group counts: "cá nhân" of "10 cá nhân", "nghệ nhân" of "5 nghệ nhân"."""
    return group.label.split(" ", 1)[-1]


def _hands_over_before(s: _Sentence, start: int, at: int) -> Person | None:
    """The last person named between characters ``start`` and ``at``, the verb of handing over at ``at``: who
    hands it over ("A, Bí thư Tỉnh ủy trao …"), None when there is none or the person receives ("A được trao …")."""
    persons = [m for m in s.of("person") if start <= s.tokens[m.start].start and s.tokens[m.end - 1].end <= at]
    if not persons or re.search(r"\bđược\b", s.text[s.tokens[persons[-1].end - 1].end:at]):
        return None
    return persons[-1].value


def _listed_with(s: _Sentence, prev: Mention, nxt: Mention) -> bool:
    """Whether ``prev`` and ``nxt`` are listed together: "A và B", "A, B", and for a person "A, Chủ tịch
    Hội X và bà B" (a description that begins with a title)."""
    a, b = s.tokens[prev.end - 1].end, s.tokens[nxt.start].start
    if _LISTED_WITH.fullmatch(s.text, a, b):
        return True
    return prev.kind == "person" and _DESCRIBED_THEN_AND.fullmatch(s.text, a, b) is not None \
        and prev.end < len(s.tokens) and (lx.TITLES.match(s.tokens, prev.end) is not None
                                          or _PERSON_NOUN_FIRST.match(s.text, a) is not None)  # ("A, công nhân Công ty X và B")


def _and_outside_names(s: _Sentence, a: int, b: int) -> bool:
    """Whether a "và" joins two things between characters a and b: one not inside a name read
    ("… Công ty B và Công ty C", but not "Sở Lao động - Thương binh và Xã hội")."""
    spans = [(s.tokens[m.start].start, s.tokens[m.end - 1].end) for m in s.mentions if m.kind in ("org", "person", "post")]
    return any(not any(x <= at.start() < y for x, y in spans) for at in _AND.finditer(s.text, a, b))


_AND = re.compile(r"\bvà\b")


_OF_BODY = re.compile(r"\s+(?:thuộc|của|là\s+(?:cán bộ|chiến sĩ|cán bộ, chiến sĩ|công nhân|nhân viên|giáo viên|học sinh|sinh viên"
                      r"|đoàn viên|hội viên|đảng viên|người lao động)(?:\s+(?:thuộc|của))?)\s+")  # ("3 cá nhân là cán bộ Công an xã A")
# "… cho tập thể A và 2 cá nhân là Đại úy B, …": the persons the group is
_PERSONS_ARE = re.compile(r"\s+là\s+(?:(?:các\s+)?(?:ông|bà|đồng chí|anh|chị|thầy|cô|em|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)"
                          r"|(?:Thượng|Trung|Hạ)\s+sĩ)\s+)?")
_MEMBERS_FOLLOW = re.compile(r"(?:(?:\s+[^:;,]{1,30}?)?\s*(?:,?\s*(?:gồm(?: có)?|là)\s*)?|\s+[^:;]{1,80}?,\s*(?:bao\s+)?gồm(?: có)?\s*)"
                             r":\s*(?:(?:các\s+)?(?:ông|bà|đồng chí|anh|chị|thầy|cô|em)\s+)?", re.I)
# ("3 tập thể: ", "3 nghệ nhân của tỉnh, gồm: ông ", "4 nhà giáo, gồm: thầy ", "8 tập thể dẫn đầu các khối, cụm thi đua của tỉnh, gồm: ")


def _named_members(s: _Sentence, found: list[Mention]) -> list[Mention]:
    """Recipients after "cho", without the groups whose members are named ("cho 3 tập thể: A; B; C"
    is three conferrals, not four) and the body a group belongs to ("cho 5 tập thể và 12 cá nhân
    thuộc Công an tỉnh" is the groups'), where something else is left.

    (One conferral per recipient: the group of the named members is no recipient of its own.)
    """
    out = []
    for k, x in enumerate(found):
        prev, nxt = found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None
        if x.kind == "group" and nxt is not None and nxt.kind != "group" \
                and (_MEMBERS_FOLLOW.fullmatch(s.text, s.tokens[x.end - 1].end, s.tokens[nxt.start].start)
                     or nxt.kind == "person" and _PERSONS_ARE.fullmatch(s.text, s.tokens[x.end - 1].end, s.tokens[nxt.start].start)):
            continue
        if x.kind == "org" and prev is not None and prev.kind == "group" \
                and _OF_BODY.fullmatch(s.text, s.tokens[prev.end - 1].end, s.tokens[x.start].start):
            continue
        out.append(x)
    return out or found


def _past_note(s: _Sentence, j: int) -> int:
    """The token after a note in brackets that follows a name ending before token j ("A (thứ 3 từ trái sang), Chủ
    tịch …", "B (bìa phải) - Giám đốc …"), where its titles begin; j when no note follows."""
    m = _NOTE.match(s.text, s.tokens[j - 1].end) if j < len(s.tokens) else None
    return s.tok_at(m.end()) if m and m.end() < len(s.text) else j


def _below_province(s: _Sentence, k: int, province=None) -> bool:
    """Whether the name at token k follows the unit word of a district or commune ("huyện Quảng Ninh"), or of
    a city when it is a ``province``'s name ("thành phố Kon Tum": the city, of the province Tỉnh Kon Tum)."""
    toks = s.tokens
    if k > 0 and toks[k - 1].key in _BELOW_PROVINCE and not toks[k - 1].cap:
        return True
    city = k > 1 and (toks[k - 2].key, toks[k - 1].key) == ("thành", "phố") and not toks[k - 2].cap \
        or k > 0 and toks[k - 1].key == "tp"
    return city and province is not None and province.label.startswith("Tỉnh ")


def _owner_of_one_before(s: _Sentence, x: Mention, found: list[Mention]) -> bool:
    """Whether body ``x`` is named as the owner of a body or group just before it ("Khoa Cấp cứu của Bệnh viện",
    "Phòng Tổ chức thuộc Sở Y tế", "12 khoa, phòng của Bệnh viện", "15 đại biểu HĐND tỉnh", "Sư đoàn 316, Quân
    khu 2"): the body that has them, not one more recipient."""
    at = s.tokens[x.start].start
    if any(o.kind in ("org", "group") and o.end <= x.start
           and re.fullmatch(r"\s+(?:của|thuộc)\s+", s.text[s.tokens[o.end - 1].end:at]) for o in found):
        return True
    if any(o.kind == "group" and o.end == x.start and s.text[s.tokens[o.end - 1].end:at] == " " for o in found):
        return True
    before = next((o for o in reversed(found) if o.end <= x.start), None)
    return before is not None and before.kind == "org" and s.text[s.tokens[before.end - 1].end:at] == ", " \
        and _COMMAND.match(x.value.label) is not None and _FORMATION.match(before.value.label) is not None


def _units_owned(s: _Sentence, x: Mention, found: list[Mention]) -> list[Mention]:
    """The units that body ``x``, named after a comma behind the last of a list closed by "và", belongs to:
    "cho Phòng A và Phòng B, Công an tỉnh C" (the units listed right before it; none if ``x`` goes on the list)."""
    at = s.tokens[x.start].start
    before = [o for o in found if o.end <= x.start]
    after = next((o for o in found if o.start >= x.end), None)
    belongs = bool(before) and x.kind == "org" and re.fullmatch(r"\s+(?:thuộc|của)\s+", s.text[s.tokens[before[-1].end - 1].end:at])
    if not belongs and (len(before) < 2 or x.kind != "org" or s.text[s.tokens[before[-1].end - 1].end:at] != ", " \
            or not re.fullmatch(r"\s+và\s+", s.text[s.tokens[before[-2].end - 1].end:s.tokens[before[-1].start].start]) \
            or after is not None and re.fullmatch(r"\s*(?:,|và)\s*", s.text[s.tokens[x.end - 1].end:s.tokens[after.start].start])):
        return []  # ("Phòng A, Phòng B thuộc Sở Tư pháp", "Khoa C của Bệnh viện": the units of that body too)
    units, listed_after = [], None
    for o in reversed(before):
        head = lx.ORG_HEADS.match(s.tokens, o.start) if o.kind == "org" else None
        if listed_after is not None and not re.fullmatch(r"\s*(?:,|và)\s*", s.text[s.tokens[o.end - 1].end:s.tokens[listed_after.start].start]):
            break
        listed_after = o
        if head is None or tuple(t.key for t in s.tokens[o.start:o.start + head[0]]) not in lx.SUBUNIT_HEADS:
            if belongs and o.kind == "org" and _OWN_PLACE.search(o.value.label):
                continue  # "Phòng A và Công an quận B thuộc Công an thành phố C": B's police named whole, on the list
            break
        units.append(o)
    return units[::-1] if belongs or len(units) == len(before) or len(units) >= 2 else []


def _outermost(mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if any(o.start <= m.start and m.end <= o.end and o is not m for o in mentions):
            continue
        if any(o is not m and o.kind == "org" and m.kind == "org" and o.value is m.value for o in out):
            continue
        out.append(m)
    return out


def _recipient_key(r) -> str:
    if isinstance(r, Org):
        return "org:" + r.key
    if isinstance(r, Person):
        return "person:" + matching_key(r.name)
    return "group:" + matching_key(r.label)


def _same_named_doc(a: str, b: str) -> bool:
    """Whether two names without a number name one document: the same numbers (Arabic or Roman, but
    not a term's: "Nghị quyết Trung ương 4" is "… 4 khóa XII"), both of the Central Committee or not, of a
    congress or not."""
    ka, kb = matching_key(a), matching_key(b)
    na, nb = (re.findall(r"\b(?:\d+|[ivxl]+)\b", re.sub(r"khóa [ivxl]+", "", k)) for k in (ka, kb))
    if not na and not nb:  # no number to tell them by: one name holds the other ("Luật Đất đai", "Luật Đất đai năm …")
        return ka.startswith(kb) or kb.startswith(ka)
    return ka == kb or (na == nb and ("trung ương" in ka) == ("trung ương" in kb) and ("đại hội" in ka) == ("đại hội" in kb))


def extract(report: Report) -> Facts:
    """The facts one report states."""
    return Extractor(report).run()
