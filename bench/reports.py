"""Generate synthetic commendation reports as text files, in the shape of the real ones (title,
date line month first, category, body, author), with invented facts: templates over award names
and bodies, varied sentence shapes, several conferrals, officials and campaigns per report.

Bodies and people are drawn from shared pools so they recur across reports, as in real news; the
same seed gives the same files.

    python bench/reports.py --reports 1000 -o /tmp/tdkt-reports-1000
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from generate import GIVEN, HEADS, MIDDLES, PLACES, SURNAMES, TITLES  # the same pools as the graph generator

NATIONAL = ["Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam",
            "Tổng Liên đoàn Lao động Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Bộ Y tế", "Bộ Giáo dục và Đào tạo", "Bộ Tư pháp",
            "Bộ Công Thương", "Ngân hàng Nhà nước Việt Nam", "Tập đoàn Điện lực Việt Nam"]
AWARDS = ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Nhất",
          "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của Chính phủ", "Huân chương Độc lập hạng Ba",
          "Huân chương Bảo vệ Tổ quốc hạng Ba", "Huân chương Đại đoàn kết dân tộc"]
TITLES_OF = ["danh hiệu Chiến sĩ thi đua toàn quốc", "danh hiệu Tập thể lao động xuất sắc",
             "danh hiệu Lao động tiên tiến"]
CAMPAIGNS = ["Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
             "Cả nước thi đua xây dựng nông thôn mới", "Đổi mới, sáng tạo trong quản lý, điều hành",
             "Doanh nghiệp Việt Nam hội nhập và phát triển", "Phụ nữ tích cực học tập, lao động sáng tạo",
             "Cựu chiến binh gương mẫu", "Dân vận khéo", "Thi đua đặc biệt lập thành tích chào mừng Đại hội"]
CLUSTERS = ["Khối thi đua các tổ chức Chính trị - Xã hội", "Khối thi đua các Tập đoàn kinh tế",
            "Khối thi đua các tỉnh miền núi phía Bắc", "Khối thi đua các tỉnh Bắc Trung Bộ",
            "Khối thi đua các cơ quan Văn hóa - Xã hội", "Khối thi đua các Ban Đảng Trung ương"]


RARE_PERSON = "Tôn Thất Quang Khải"  # named by report 7 only: the selective queries of bench/run ask for it


def unit_of(number: int) -> str:
    """The unit that only report ``number`` names."""
    return f"Hợp tác xã Nông nghiệp số {number} tỉnh {PLACES[number % len(PLACES)]}"


class Pools:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.local = [f"{h} tỉnh {p}" for h in HEADS for p in PLACES]
        self.people = [f"{s} {m} {g}" for s in SURNAMES for m in MIDDLES for g in GIVEN]

    def body(self) -> str:
        return self.rng.choice(NATIONAL) if self.rng.random() < 0.4 else self.rng.choice(self.local)

    def person(self) -> str:
        return self.rng.choice(self.people)


def report(number: int, rng: random.Random, pools: Pools) -> str:
    """One report's text: 4 to 8 paragraphs, 2 to 6 conferrals."""
    year = 2015 + number % 10
    month, day = 1 + number % 12, 1 + number % 28
    cluster = rng.choice(CLUSTERS)
    host, guest, other = pools.body(), pools.body(), pools.body()
    chair, deputy = pools.person(), pools.person()
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    campaign = rng.choice(CAMPAIGNS)
    paras = [
        f"Ngày {day}/{month}, {host} – Khối trưởng {cluster} tổ chức Hội nghị tổng kết công tác thi đua, "
        f"khen thưởng năm {year}. Tới dự có đồng chí {chair} - {t1} {host}; cùng dự có đồng chí {deputy} - {t2} {guest}.",
        f"Các thành viên trong Khối hưởng ứng phong trào thi đua “{campaign}” do {rng.choice(['Thủ tướng Chính phủ', host])} phát động; "
        f"{other} với chủ đề “{rng.choice(CAMPAIGNS)} năm {year}”.",
    ]
    shapes = [
        lambda: f"Thừa ủy quyền của Chủ tịch nước, đồng chí {chair} - {t1} {host} đã trao {rng.choice(AWARDS)} "
                f"cho {pools.body()} vì đã có thành tích xuất sắc trong phong trào thi đua năm {year - 1}.",
        lambda: (lambda award: f"Dịp này, {pools.body()} vinh dự đón nhận {award} của "
                 f"{'Chủ tịch nước' if award.startswith('Huân') else 'Thủ tướng Chính phủ'}.")(rng.choice(AWARDS)),
        lambda: f"Đồng chí {deputy} - {t2} {guest} được tặng {rng.choice(TITLES_OF)} năm {year - 1}.",
        lambda: f"Theo Quyết định số {100 + number % 900}/QĐ-TTg ngày {day}/{month}/{year} của Thủ tướng Chính phủ, "
                f"{pools.body()} được tặng Bằng khen của Thủ tướng Chính phủ vì đã có thành tích xuất sắc trong công tác năm {year - 1}.",
        lambda: f"Cũng tại Hội nghị, {pools.body()} và {pools.body()} được trao Cờ thi đua của Chính phủ năm {year - 1}.",
    ]
    for _ in range(rng.randint(2, 6)):
        paras.append(rng.choice(shapes)())
    # a long tail, as in real news: a unit named by this report only, and (in report 7) a person too
    unit = unit_of(number)
    director = RARE_PERSON if number == 7 else pools.person()
    paras.append(f"Dịp này, {unit} vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ; đồng chí {director} - "
                 f"Giám đốc {unit} thay mặt tập thể đơn vị đón nhận.")
    paras.append(f"Hội nghị đã biểu quyết suy tôn {other} làm Khối trưởng {cluster} năm {year + 1}.")
    lines = [f"Hội nghị tổng kết công tác thi đua năm {year} của {cluster} (bài viết mẫu số {number}, sự kiện hư cấu)", "",
             f"{month}/{day}/{year} 9:{number % 60:02d}:00 AM", "Tin HĐTĐKT Tỉnh, Bộ, Ngành", ""]
    lines += [p + "\n" for p in paras]
    lines += [f"{pools.person()} (bài viết mẫu)", "", "Quay lại | Lên đầu trang"]
    return "\n".join(lines)


def write_reports(n: int, folder: str | Path, seed: int = 7) -> Path:
    """``n`` report files under ``folder`` (in sub-folders of 1,000), written once."""
    folder = Path(folder)
    done = folder / f".complete-{n}-{seed}"
    if done.exists():
        return folder
    rng = random.Random(seed)
    pools = Pools(rng)
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"bao-cao-{i:06d}.txt").write_text(report(i, rng, pools), encoding="utf-8")
    done.write_text("")
    return folder


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    print(write_reports(args.reports, args.output, args.seed))


if __name__ == "__main__":
    main()
