"""Score humpro.monitoring.extract on the news-dev gold set.

Usage::

    .venv/bin/python bench/eval_extract.py [--data DIR] [--split all|tune|holdout] [--show]

``--data`` may point at any folder of items in the news-dev schema (every ``*.json`` with a
``raw_file``), e.g. the invented ``humpro/monitoring/tests/fixtures/news_gold`` (all "tune").

Split (fixed before any tuning, never tuned on): within each format (html, html_fragment, text),
items sorted by id, every third item starting from the second (index % 3 == 1) is HOLDOUT; the rest
is TUNE. That is 20 holdout items (2 html, 13 fragments, 5 text) and 41 tune items.

The blind sets ``humpro/monitoring/tests/fixtures/news_blind`` (24 invented items),
``news_blind2`` (20 invented items in a messier style), ``news_blind3`` (20, regional releases
with many officials), ``news_blind4`` (20, national and legal news), ``news_blind5`` (20, regional
CMS copy with its defects), ``news_blind6`` (20, re-posted, national and complaint-portal copy),
``news_blind7`` (20, regional government copy), ``news_blind8`` (20, national and wire copy),
``news_blind9`` (20, regional government news as it appears), ``news_blind10`` (20, provincial
and national online media as crawled), ``news_blind11`` (20, eastern and central Indonesia),
``news_blind12`` (20, southern Sumatra as the development set shows it), ``news_blind13`` (20,
national government and politics), ``news_blind14`` (20, Java and Bali), ``news_blind15`` (20,
northern Sumatra and Kalimantan), ``news_blind16`` (20, long multi-source stories), ``news_blind17`` (20,
regency news-room releases), ``news_blind18`` (20, complaints), ``news_blind19`` (20, national government,
parliament and law), ``news_blind20`` (20, messy re-posted copy), ``news_blind21`` (20, village
and grassroots government news) and ``news_blind22`` (20, money, procurement, oversight and vertical
agencies), ``news_blind23`` (20, health, education and social services in eastern Indonesia) and
``news_blind24`` (20, the leader's agenda and protocol in provincial and regency releases),
``news_blind25`` (20, national online media: legal cases, national politics, health) and
``news_blind26`` (20, South Sumatra local media as messy as the development set's),
``news_blind27`` (20, items with no Indonesian-government subject: entertainment, business,
foreign affairs, sports) and ``news_blind28`` (20, COVID-19 handling and disasters), each written
without
reading the extractor (their READMEs say how), split the same way: odd numbers TUNE, even numbers
HOLDOUT.

Matching rules
--------------
* Names: lower-cased, degrees/honorifics/ranks and punctuation removed, whitespace collapsed. Two
  names match if equal, equal with spaces removed ("RamlanNurmatias"), RapidFuzz ``ratio`` >= 90
  (spelling variants), or the shorter (>= 2 words) is a word subsequence of the longer.
* Positions: both null, or after normalisation (lower case, punctuation and parentheses
  removed) equal,
  or ``token_sort_ratio`` >= 85, or one contains the other and covers >= 60 % of its characters.
* People: one-to-one greedy matching on names. "people (name)" scores names only; "people
  (name+position)" counts a match only if the position matches as well.
* Quotes: a predicted quote matches a gold quote (one-to-one) when their normalised texts have
  RapidFuzz ``partial_ratio`` >= 90 and the shorter is >= 50 % of the longer. "quote text" P/R
  counts
  every predicted quote. "quote->speaker": TP = matched quote whose predicted speaker matches the
  gold speaker by the name rule; precision = TP / predicted quotes that name a speaker (a quote
  left without speaker is an abstention), recall = TP / gold quotes.
* date: exact ISO string, null == null. dateline: case-insensitive, null == null. title: equal after
  case-folding and whitespace/quote normalisation. reporter: case-insensitive, null == null.
* tone / headline tone: accuracy and macro-F1 over positive/neutral/negative.
* organisations: same one-to-one rule as names on the part before "(" (informative only).
* speed: articles/s for extract_file over the split, after one warm-up call (single process).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humpro.monitoring.extract import extract_file  # noqa: E402
from humpro.monitoring.extract import lexicon as lx  # noqa: E402
from humpro.monitoring.extract.tone_model import macro_f1  # noqa: E402

HOLDOUT = {
    "d002",
    "d005",
    "d009",
    "d012",
    "d015",
    "d018",
    "d021",
    "d024",
    "d027",
    "d030",
    "d033",
    "d036",
    "d039",
    "d042",
    "d045",
    "d049",
    "d052",
    "d055",
    "d058",
    "d061",
}


def split_of(item_id: str) -> str:
    """news-dev: the fixed HOLDOUT ids; the blind sets (news_blind b001-b024, news_blind2
    c001-c020, news_blind3 e001-e020, news_blind4 f001-f020, news_blind5 g001-g020, news_blind6
    h001-h020, news_blind7 i001-i020, news_blind8 j001-j020, news_blind9 k001-k020, news_blind10
    l001-l020, news_blind11 m001-m020, news_blind12 n001-n020, news_blind13 o001-o020,
    news_blind14 p001-p020, news_blind15 q001-q020, news_blind16 r001-r020, news_blind17 s001-s020,
    news_blind18 t001-t020, news_blind19 u001-u020, news_blind20 v001-v020, news_blind21 w001-w020,
    news_blind22 x001-x020, news_blind23 y001-y020, news_blind24 z001-z020, news_blind25
    aa001-aa020, news_blind26 ab001-ab020, news_blind27 ac001-ac020, news_blind28 ad001-ad020): even
    numbers are holdout."""
    if m := re.fullmatch(r"(?:[a-ce-z]|[a-z]{2})(\d{3})", item_id):  # (news-dev's own ids are dNNN)
        return "holdout" if int(m.group(1)) % 2 == 0 else "tune"
    return "holdout" if item_id in HOLDOUT else "tune"


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    words = re.sub(r"[.,'’()]", " ", name).split()
    drop = lx.post_degrees() | {d.lower() for d in lx.pre_degrees()} | lx.honorifics()
    ranks = {w.lower() for r in lx.offices()["ranks"] for w in r.split()}
    return " ".join(w.lower() for w in words if w.lower() not in drop and w.lower() not in ranks)


def name_match(a: str | None, b: str | None) -> bool:
    x, y = norm_name(a), norm_name(b)
    if not x or not y:
        return False
    if x == y or x.replace(" ", "") == y.replace(" ", "") or fuzz.ratio(x, y) >= 90:
        return True
    short, long_ = sorted((x.split(), y.split()), key=len)
    if len(short) >= 2:
        it = iter(long_)
        return all(any(w == v for v in it) for w in short)
    return False


def norm_pos(p: str | None) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", p.lower()).split()) if p else ""


def pos_match(a: str | None, b: str | None) -> bool:
    x, y = norm_pos(a), norm_pos(b)
    if not x and not y:
        return True
    if not x or not y:
        return False
    if x == y or fuzz.token_sort_ratio(x, y) >= 85:
        return True
    short, long_ = sorted((x, y), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def norm_text(t: str) -> str:
    return " ".join(re.sub(r"[\"“”'‘’]", "", t.lower()).split())


def greedy(gold: list, pred: list, match) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and match(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def quote_match(g: dict, p: dict) -> bool:
    a, b = norm_text(g["text"]), norm_text(p["text"])
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 0.5 * len(long_) and fuzz.partial_ratio(short, long_) >= 90


class PRF:
    def __init__(self) -> None:
        self.tp = self.np = self.ng = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.np += n_pred
        self.ng += n_gold

    def fmt(self) -> str:
        p = self.tp / self.np if self.np else 0.0
        r = self.tp / self.ng if self.ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, pred {self.np}, gold {self.ng})"


def evaluate(data: Path, split: str, show: bool) -> None:
    items = []
    for jf in sorted(data.glob("*.json")):
        gold = json.loads(jf.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or "raw_file" not in gold:
            continue  # not an annotated item
        if split != "all" and split_of(gold["id"]) != split:
            continue
        items.append(gold)
    if not items:
        print("no items")
        return
    extract_file(data / items[0]["raw_file"])  # warm-up: lexicon loading
    t0 = time.perf_counter()
    preds = [extract_file(data / g["raw_file"]) for g in items]
    elapsed = time.perf_counter() - t0

    people_n, people_np, quotes_txt, quotes_spk, orgs = PRF(), PRF(), PRF(), PRF(), PRF()
    acc = {"date": 0, "dateline": 0, "title": 0, "reporter": 0}
    tone_g, tone_p, head_g, head_p = [], [], [], []
    for g, p in zip(items, preds, strict=True):
        pairs = greedy(g["people"], p["people"], lambda a, b: name_match(a["name"], b["name"]))
        people_n.add(len(pairs), len(p["people"]), len(g["people"]))
        ok_pos = [
            (gi, pi)
            for gi, pi in pairs
            if pos_match(g["people"][gi]["position"], p["people"][pi]["position"])
        ]
        people_np.add(len(ok_pos), len(p["people"]), len(g["people"]))
        qpairs = greedy(g["quotes"], p["quotes"], quote_match)
        quotes_txt.add(len(qpairs), len(p["quotes"]), len(g["quotes"]))
        spk_ok = [
            (gi, pi)
            for gi, pi in qpairs
            if p["quotes"][pi]["speaker"]
            and name_match(g["quotes"][gi]["speaker"], p["quotes"][pi]["speaker"])
        ]
        quotes_spk.add(len(spk_ok), sum(1 for q in p["quotes"] if q["speaker"]), len(g["quotes"]))
        opairs = greedy(
            g["organizations"],
            p["organizations"],
            lambda a, b: (
                norm_pos(a.split("(")[0]) == norm_pos(b.split("(")[0])
                or fuzz.ratio(norm_pos(a), norm_pos(b)) >= 90
            ),
        )
        orgs.add(len(opairs), len(p["organizations"]), len(g["organizations"]))
        checks = {
            "date": g["date"] == p["date"],
            "dateline": (g["dateline"] or "").lower() == (p["dateline"] or "").lower(),
            "title": norm_text(g["title"]) == norm_text(p["title"] or ""),
            "reporter": (g.get("reporter") or "").lower() == (p.get("reporter") or "").lower(),
        }
        for k, v in checks.items():
            acc[k] += v
        tone_g.append(g["tone"])
        tone_p.append(p["tone"])
        head_g.append(g["headline_tone"])
        head_p.append(p["headline_tone"])
        if show:
            bad = [k for k, v in checks.items() if not v]
            print(
                f"{g['id']} [{split_of(g['id'])}] tone {g['tone']}/{p['tone']} "
                f"head {g['headline_tone']}/{p['headline_tone']} "
                f"people {len(ok_pos)}/{len(pairs)}/{len(g['people'])}/{len(p['people'])} "
                f"quotes {len(spk_ok)}/{len(qpairs)}/{len(g['quotes'])}/{len(p['quotes'])} "
                f"wrong: {', '.join(bad)}"
            )
    n = len(items)
    print(f"split={split}  items={n}")
    print(f"people (name)          {people_n.fmt()}")
    print(f"people (name+position) {people_np.fmt()}")
    print(f"quote text             {quotes_txt.fmt()}")
    print(f"quote->speaker         {quotes_spk.fmt()}")
    print(f"organizations          {orgs.fmt()}")
    for k in ("date", "dateline", "title", "reporter"):
        print(f"{k:<22} accuracy {acc[k] / n:.3f} ({acc[k]}/{n})")
    tone_acc = sum(a == b for a, b in zip(tone_g, tone_p, strict=True)) / n
    head_acc = sum(a == b for a, b in zip(head_g, head_p, strict=True)) / n
    print(
        f"tone (body)            accuracy {tone_acc:.3f}  macro-F1 {macro_f1(tone_g, tone_p):.3f}"
    )
    print(
        f"tone (headline)        accuracy {head_acc:.3f}  macro-F1 {macro_f1(head_g, head_p):.3f}"
    )
    print(
        f"speed                  {n / elapsed:.1f} articles/s "
        f"({1000 * elapsed / n:.1f} ms/article, 1 process)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "news-dev"))
    ap.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    ap.add_argument("--show", action="store_true", help="print one line per item")
    args = ap.parse_args()
    evaluate(Path(args.data), args.split, args.show)


if __name__ == "__main__":
    main()
