"""Score ``tdkt extract --format json`` against hand-made gold files (the seed's ``*.gold.json`` shape).

Names are compared by their accent-free search key (so NFC/NFD, tone placement, case, punctuation
and diacritics do not matter) and every alias of a gold organization counts. Per category:
precision, recall and F1 over all reports (micro-averaged).

    python tests/scoring.py tests/data/gold --texts ../shared/corpus/magizbox-vn-news/articles

Categories: organizations, persons, posts (person + title; the gold title may carry its body,
"Ủy viên Bộ Chính trị" matches "Ủy viên"), awards (recipient + award type, the concept's label or
the name as written), documents (number, or title / name), events (name).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tdkt.loaders.normalize import search_key

CATEGORIES = ("organizations", "persons", "posts", "awards", "documents", "events")


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp, self.predicted, self.gold = self.tp + tp, self.predicted + predicted, self.gold + gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    misses: list[str] = field(default_factory=list)  # "report: category: FN/FP item"

    def table(self) -> str:
        return "\n".join(f"{c:14s} P={s.precision:.2f} R={s.recall:.2f} F1={s.f1:.2f}  (tp={s.tp} pred={s.predicted} gold={s.gold})"
                         for c, s in self.scores.items())


def k(text: str | None) -> str:
    return search_key(text or "")


def _match(gold: list, pred: list, same) -> tuple[int, list, list]:
    """Greedy one-to-one matching: (true positives, unmatched gold, unmatched predictions)."""
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if i not in used and same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    return len(used), missed, [p for i, p in enumerate(pred) if i not in used]


def _org_names(o: dict) -> set[str]:
    return {k(o["name"])} | {k(a) for a in o.get("aliases", [])}


def _title_match(gold: str, pred: str) -> bool:
    g, p = k(gold), k(pred)
    return g == p or g.startswith(p + " ") or p.startswith(g + " ")


def compare(gold: dict, pred: dict) -> dict[str, tuple[int, list, list]]:
    """Per category: (tp, gold items missed, predicted items not in the gold)."""
    orgs = {k(o["name"]): _org_names(o) for o in gold.get("organizations", [])}

    def names_of(name: str | None) -> set[str]:
        return orgs.get(k(name), {k(name)})

    out = {}
    out["organizations"] = _match(gold.get("organizations", []), pred.get("organizations", []),
                                  lambda g, p: bool(_org_names(g) & _org_names(p)))
    out["persons"] = _match(gold.get("persons", []), pred.get("persons", []), lambda g, p: k(g["name"]) == k(p["name"]))
    gold_posts = [(p["name"], x["title"]) for p in gold.get("persons", []) for x in p.get("posts", [])]
    pred_posts = [(p["name"], x["title"]) for p in pred.get("persons", []) for x in p.get("posts", [])]
    out["posts"] = _match(gold_posts, pred_posts, lambda g, p: k(g[0]) == k(p[0]) and _title_match(g[1], p[1]))
    out["awards"] = _match(gold.get("awards", []), pred.get("awards", []), lambda g, p: (
        bool(names_of(g["recipient"]) & ({k(p["recipient"])} | _pred_org_names(pred, p["recipient"])))
        and k(g["award_type"]) in {k(p["award_type"]), k(p.get("award_name"))}))
    out["documents"] = _match(gold.get("documents", []), pred.get("documents", []), lambda g, p: bool(
        {k(g.get(x)) for x in ("number", "title", "name") if g.get(x)} & {k(p.get(x)) for x in ("number", "title") if p.get(x)}))
    out["events"] = _match(gold.get("events", []), pred.get("events", []), lambda g, p: k(g["name"]) == k(p["name"]))
    return out


def _pred_org_names(pred: dict, name: str | None) -> set[str]:
    for o in pred.get("organizations", []):
        names = _org_names(o)
        if k(name) in names:
            return names
    return set()


def score(pairs: list[tuple[str, dict, dict]]) -> Result:
    """Score (report name, gold, prediction) triples."""
    result = Result()
    for name, gold, pred in pairs:
        for cat, (tp, missed, extra) in compare(gold, pred).items():
            result.scores[cat].add(tp, tp + len(extra), tp + len(missed))
            result.misses += [f"{name}: {cat}: missed {m}" for m in missed] + [f"{name}: {cat}: extra {e}" for e in extra]
    return result


def score_folder(gold_dir: Path, texts: Path) -> Result:
    """Extract every report that has a gold file and score it."""
    from tdkt.loaders.report import ReportLoader

    pairs = []
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        report = texts / (gold_file.name[: -len(".gold.json")] + ".txt")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pairs.append((report.name, gold, ReportLoader().read(report).summary))
    return score(pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--texts", type=Path, help="folder of the reports (default: beside the gold files)")
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    result = score_folder(args.gold, args.texts or args.gold)
    if args.verbose:
        print("\n".join(result.misses))
    print(result.table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
