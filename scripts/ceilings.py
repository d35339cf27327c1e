#!/usr/bin/env python3
"""What the evaluation pages themselves hold: an upper bound for the metadata scores.

For each WCXB metadata page (../shared/eval/metadata/wcxb-dev.jsonl.gz, its HTML from
eval/boilerplate/wcxb-dev.jsonl.gz; the same tune/check split by site as scripts/evaluate.py), whether the gold publication date and the gold authors can be read
from the input at all:

- date: the gold day is written in the input in one of many common forms, with or without the
  year ("2025-12-19", "December 19, 2025", "Dec. 19th", "19 Dec", "19.12.2025", "12/19/2025",
  "2025/12/19", ...), or stands in the page's address ("/2025/12/19/", "20251219");
- authors: each gold name, folded (lower case, no accents, words only), is in the folded input.

A parser that reads every such page right scores at most the share printed as "ceiling": a page
whose gold date or name the input never shows cannot be right, except by chance. The bound is
generous (a day written without its year is counted as readable), so the real bound is lower.

Usage: python3 scripts/ceilings.py [--shared ../shared]
Prints, per input form (scraped text with its address; the page's HTML) and half, the number of
pages with a gold value and the ceiling of date accuracy and of authors F1.
"""
import argparse
import datetime
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402  (the tune/check split by site)

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
# the months' first letters in the other languages of the dev sets (es, fr, de, it, pt, nl), by month
OTHER_MONTHS = [["ene", "janv", "jän", "genn", "jan"], ["feb", "févr", "fev"], ["mar", "mär", "mrt"],
                ["abr", "avr", "apr"], ["may", "mai", "mag", "maa", "mei"], ["jun", "juin", "giu"],
                ["jul", "juil", "lug"], ["ago", "août", "aug"], ["sep", "set"], ["oct", "okt", "ott", "out"],
                ["nov"], ["dic", "déc", "dez", "dec"]]
# how far around a year its day and month may stand ("Updated on 19-Dec-2025", "4 de agosto de 2021")
NEAR_YEAR = 24


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", s.lower()))


def day_forms(d):
    """Ways a page writes the day d, lower case, with one space between words."""
    y, m, dd = d.year, d.month, d.day
    out = [f"{y}-{m:02d}-{dd:02d}", f"{y}/{m:02d}/{dd:02d}", f"{y}/{m}/{dd}", f"{y}.{m:02d}.{dd:02d}",
           f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{dd}/{m}/{y}", f"{dd:02d}/{m:02d}/{y}",
           f"{dd}.{m}.{y}", f"{dd:02d}.{m:02d}.{y}", f"{m}/{dd}/{y % 100:02d}", f"{m:02d}/{dd:02d}/{y % 100:02d}"]
    for name in (MONTHS[m - 1], MONTHS[m - 1][:3], MONTHS[m - 1][:3] + "."):
        for day in (str(dd), f"{dd:02d}", str(dd) + ("th" if 10 <= dd % 100 <= 20 else
                                                      {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th"))):
            out += [f"{name} {day}", f"{day} {name}"]
    return out


def url_forms(d):
    return [f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.year}{d.month:02d}{d.day:02d}"]


def bounded(text, form):
    """Whether form stands in text with no digit right before or after it (letters may be glued to
    it, as scraped text glues "Jane RoeMar 5, 2025")."""
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not text[start - 1].isdigit()) and (end == len(text) or not text[end].isdigit()):
            return True
        start = text.find(form, start + 1)
    return False


def near_year(t, d):
    """Whether the day's number and its month (a number or a name in any of the languages) stand
    within NEAR_YEAR characters of its year, in any order (generous: one number may stand for both)."""
    names = [MONTHS[d.month - 1][:3]] + OTHER_MONTHS[d.month - 1]
    numbers = re.compile(r"(?<!\d)0?(\d{1,2})(?!\d)")
    for m in re.finditer(r"(?<!\d)%d(?!\d)" % d.year, t):
        window = t[max(0, m.start() - NEAR_YEAR):m.end() + NEAR_YEAR]
        found = {int(x) for x in numbers.findall(window)}
        if d.day in found and (d.month in found or any(n in window for n in names)):
            return True
    return False


def date_readable(gold_date, text, url):
    d = datetime.date.fromisoformat(gold_date[:10])
    t = re.sub(r"\s+", " ", text.lower()).replace(",", "")
    return (any(bounded(t, f.replace(",", "")) for f in day_forms(d)) or near_year(t, d)
            or any(f in (url or "") for f in url_forms(d)))


def authors_ceiling(gold, text):
    names = {fold(a) for a in gold}
    if not names:
        return 1.0
    folded = fold(text)
    shown = [n for n in names if n and n in folded]
    return 2 * len(shown) / (len(names) + len(shown)) if shown else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    args = ap.parse_args()
    path = os.path.join(args.shared, "eval", "metadata", "wcxb-dev.jsonl.gz")
    html_path = os.path.join(args.shared, "eval", "boilerplate", "wcxb-dev.jsonl.gz")
    if not os.path.exists(path) or not os.path.exists(html_path):
        print(f"skip: {path} or {html_path} not found")
        return 0
    rows = evaluate.read_jsonl(path)
    html = {r["id"]: r.get("html") or "" for r in evaluate.read_jsonl(html_path)}
    for r in rows:
        r["html"] = html.get(r["id"], "")
    for form in ("text", "html"):
        for half in ("tune", "check"):
            dates = [0, 0]
            authors = [0, 0.0]
            for r in rows:
                if evaluate.half_of(r) != half:
                    continue
                source = r.get(form) or ""
                if not source.strip():
                    continue
                g = r
                if g.get("date"):
                    dates[0] += 1
                    dates[1] += date_readable(g["date"], source, r.get("url") if form == "text" else None)
                if g.get("authors") is not None:
                    authors[0] += 1
                    authors[1] += authors_ceiling(g["authors"], source)
            print(f"ceiling wcxb {form:4s} {half:5s} date pages={dates[0]} ceiling={dates[1] / max(1, dates[0]):.3f}"
                  f"  authors pages={authors[0]} ceiling={authors[1] / max(1, authors[0]):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
