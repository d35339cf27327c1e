#!/usr/bin/env python3
"""Train the headline model (src/main/resources/.../structure/headline-model.tsv).

Usage (from the project root, after `mvn -B -q package -DskipTests`; needs numpy):
  python3 scripts/train_headline.py [--shared ../shared] [--mode text|html|text-url] [--write]

Reads every dev set with headline gold in ../shared/eval (WCXB, web, dragnet, cleanportaleval,
Reuters, AG's News; WCXB, dragnet and cleanportaleval also from their HTML), splits each by site exactly as scripts/evaluate.py does, and gets the
features of every candidate line from the Java side (HeadlineFeatureDump, test classes). A
line is a positive when its text, folded as the scorer folds it, equals the gold headline or
starts with it before a site separator ("Title | Site"). The model is trained on the tune half
only, as a page-wise softmax (the page's headline is its best-scoring line) plus a logistic
term that sets the bias for pages whose headline is not a line of their text. Prints how often
the best line is a positive on the tune and the check half of each set; --write stores the
weights. --mode text-url trains the model used when the caller passes the page's address and it
has a slug (its words are two more features): on the sets whose pages have addresses, each
parsed with its address.
"""
import argparse
import itertools
import os
import re
import sys
import unicodedata

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import dump_features, half_of, read_jsonl  # noqa: E402

MODEL = {m: f"src/main/resources/io/github/newsparse/internal/structure/headline-model{'' if m == 'text' else '-' + m}.tsv"
         for m in ["text", "html", "text-url"]}
SEPARATORS = set("|-–—:·•»/")
# Features whose pairwise products the model weighs too ("a*b" lines in the weights file): where a
# line sits, what follows it, and what it says, weighed together.
PAIR_FEATURES = ["credit_shape_next", "credit_shape_after", "topic", "prose_gap", "before_story_log", "after_story",
                 "role_other", "role_body", "lede_overlap", "title_case", "words_log", "dup_near",
                 "repeats_title", "within3", "rule_pick"]


def with_pairs(pages, names, pairs):
    """The pages' feature rows with the products of the given pairs of feature indices appended."""
    out = []
    for X, y, half in pages:
        extra = np.stack([X[:, a] * X[:, b] for a, b in pairs], axis=1) if pairs and len(X) else \
            np.zeros((len(X), len(pairs)))
        out.append((np.hstack([X, extra]) if len(X) else X.reshape(0, len(names) + len(pairs)), y, half))
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.findall(r"[^\W_]+", s.lower()))


def is_positive(line, gold):
    g = fold(gold)
    if not g:
        return False
    if fold(line) == g:
        return True
    # "Title | Site": the gold is the line's head before a separator
    for k in range(len(line)):
        if line[k] in SEPARATORS and k > 0 and line[k - 1] == " ":
            if fold(line[:k]) == g:
                return True
    return False


def datasets(shared):
    ev = os.path.join(shared, "eval")
    sets = {}
    sets["wcxb"] = [(r, r.get("headline")) for r in read_jsonl(os.path.join(ev, "metadata", "wcxb-dev.jsonl.gz"))]
    web_in = {r["id"]: r for r in read_jsonl(os.path.join(ev, "metadata", "web-dev.input.jsonl"))}
    sets["web"] = [({**r, "text": web_in[r["id"]]["text"]}, r.get("headline"))
                   for r in read_jsonl(os.path.join(ev, "metadata", "web-dev.jsonl")) if r["id"] in web_in]
    for s in ["dragnet", "cleanportaleval"]:
        sets[s] = [(r, r.get("gold_headline")) for r in
                   read_jsonl(os.path.join(ev, "boilerplate", f"{s}-dev.jsonl.gz"))]
    # the same pages read from their HTML: the page title comes first there
    wcxb_html = {r["id"]: r.get("html") for r in read_jsonl(os.path.join(ev, "boilerplate", "wcxb-dev.jsonl.gz"))}
    sets["wcxb-html"] = [({**r, "html": wcxb_html[r["id"]], "use_html": True}, g) for r, g in sets["wcxb"]
                         if wcxb_html.get(r["id"])]
    for s in ["dragnet", "cleanportaleval"]:
        sets[s + "-html"] = [({**r, "use_html": True}, g) for r, g in sets[s] if r.get("html")]
    for s in ["reuters", "agnews"]:
        ins = {r["id"]: r for r in read_jsonl(os.path.join(ev, "metadata", f"{s}-dev.input.jsonl"))}
        rows = [({**r, "text": ins[r["id"]]["text"], "url": "wire-" + s + "-" + str(n % 2)}, r.get("headline"))
                for n, r in enumerate(read_jsonl(os.path.join(ev, "metadata", f"{s}-dev.jsonl"))) if r["id"] in ins]
        sets[s] = rows[:600]
    return sets


def dump(rows, urls):
    names, out = dump_features("HeadlineFeatureDump", rows, urls=urls)
    by_id = {}
    for o in out:
        by_id.setdefault(o["id"], []).append(o)
    return names, by_id


def pages_of(rows, by_id, dim):
    """[(X, y, half)] per page with gold; y marks positive lines."""
    out = []
    for r, gold in rows:
        if not gold:
            continue
        cands = by_id.get(r["id"], [])
        X = np.array([c["f"] for c in cands], dtype=float).reshape(len(cands), dim)
        y = np.array([is_positive(c["text"], gold) for c in cands], dtype=bool)
        out.append((X, y, half_of(r)))
    return out


def train(pages, dim, l2=1e-3, steps=1500, lr=0.05):
    w = np.zeros(dim)
    m = np.zeros(dim)
    v = np.zeros(dim)
    for t in range(1, steps + 1):
        grad = l2 * w
        grad[0] -= l2 * w[0]
        n = 0
        for X, y, _ in pages:
            if len(X) == 0:
                continue
            s = X @ w
            if y.any():
                # page-wise softmax: raise the positives above the page's other lines
                e = np.exp(s - s.max())
                p = e / e.sum()
                q = np.where(y, e, 0) / e[y].sum()
                grad += X.T @ (p - q)
            # logistic term: every line against its label (sets the threshold)
            sig = 1 / (1 + np.exp(-s))
            grad += 0.2 * X.T @ (sig - y) / max(1, len(X)) * 10
            n += 1
        grad /= max(1, n)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def accuracy(pages, w, threshold):
    ok = 0
    for X, y, _ in pages:
        if len(X) == 0:
            ok += 0
            continue
        s = X @ w
        b = int(np.argmax(s))
        ok += bool(y[b]) and s[b] > threshold
    return ok / max(1, len(pages))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--steps", type=int, default=600)
    ap.add_argument("--linear", action="store_true", help="no pairs of features: a linear model")
    ap.add_argument("--mode", choices=["text", "html", "text-url"], default="text",
                    help="text: scraped text sets; html: the sets read from their HTML; text-url: the "
                         "scraped text of the sets whose pages have an address, parsed with it (the "
                         "model used when the caller passes an address with a slug)")
    a = ap.parse_args()
    sets = datasets(a.shared)
    all_pages = {}
    names = None
    html = a.mode == "html"
    urls = a.mode == "text-url"
    for s, rows in sets.items():
        if ("-html" in s) != html:
            continue
        if urls and not any(str(r.get("url") or "").startswith("http") for r, _ in rows):
            continue
        names, by_id = dump(rows, urls)
        all_pages[s] = pages_of(rows, by_id, len(names))
        reach = sum(y.any() for _, y, _ in all_pages[s]) / max(1, len(all_pages[s]))
        print(f"{s}: {len(all_pages[s])} pages with gold, headline among the lines on {reach:.3f}", flush=True)
    in_mode = all_pages
    pairs = [] if a.linear else list(itertools.combinations([names.index(n) for n in PAIR_FEATURES], 2))
    in_mode = {s: with_pairs(ps, names, pairs) for s, ps in in_mode.items()}
    names = names + [f"{names[x]}*{names[y]}" for x, y in pairs]
    tune = [p for ps in in_mode.values() for p in ps if p[2] == "tune"]
    w = train(tune, len(names), steps=a.steps)
    threshold = -4.0
    for s, ps in in_mode.items():
        t = [p for p in ps if p[2] == "tune"]
        c = [p for p in ps if p[2] == "check"]
        print(f"{s:16s} tune {accuracy(t, w, threshold):.3f} ({len(t)})  check {accuracy(c, w, threshold):.3f} ({len(c)})")
    base = np.zeros(len(names))
    base[names.index("rule_pick")] = 10
    for s, ps in in_mode.items():
        t = [p for p in ps if p[2] == "tune"]
        c = [p for p in ps if p[2] == "check"]
        print(f"{s:16s} rules only: tune {accuracy(t, base, 0):.3f}  check {accuracy(c, base, 0):.3f}")
    for n, x in sorted(zip(names, w), key=lambda z: -abs(z[1]))[:40]:
        print(f"  {n:18s} {x:+.3f}")
    if a.write:
        with open(MODEL[a.mode], "w", encoding="utf-8") as f:
            f.write(f"# Headline model weights ({a.mode}): written by scripts/train_headline.py --mode {a.mode} "
                    "(tune half of the dev sets).\n")
            for n, x in zip(names, w):
                f.write(f"{n}\t{x:.4f}\n")
        print("wrote", MODEL[a.mode])


if __name__ == "__main__":
    main()
