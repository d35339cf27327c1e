#!/usr/bin/env python3
"""Train the page-kind model (src/main/resources/.../structure/page-kind-model.tsv).

Usage (from the project root, after `mvn -B -q package -DskipTests`; needs numpy):
  python3 scripts/train_pages.py [--shared ../shared] [--write]

Pages and their kinds: the WCXB pages set (article, listing/collection, forum, product,
service/documentation -> other, as tools/score_pages.py maps them), plus the article pages of
the body dev sets (AEB, dragnet, fundus, cleanportaleval) and wire stories (Reuters, AG's
News), so that clean copy and other sites' articles stay articles. Each set is split by site
as scripts/evaluate.py does; a softmax regression is trained on the tune half only and scored
on both halves (accuracy, and article F1 on the WCXB pages). --write stores the weights.
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import dump_features, half_of, read_jsonl  # noqa: E402

MODEL = "src/main/resources/io/github/newsparse/internal/structure/page-kind-model.tsv"
KINDS = ["article", "listing", "forum", "product", "other"]
MAP = {"article": "article", "listing": "listing", "collection": "listing", "forum": "forum",
       "product": "product", "service": "other", "documentation": "other"}


def pages(shared):
    ev = os.path.join(shared, "eval")
    out = {"wcxb-pages": [(r, MAP.get(r["page_type"], "other"))
                          for r in read_jsonl(os.path.join(ev, "pages", "wcxb-dev-pages.jsonl.gz"))]}
    for s in ["aeb", "dragnet", "fundus", "cleanportaleval"]:
        out[s] = [(r, "article") for r in read_jsonl(os.path.join(ev, "boilerplate", f"{s}-dev.jsonl.gz"))]
    for s in ["reuters", "agnews"]:
        rows = read_jsonl(os.path.join(ev, "metadata", f"{s}-dev.input.jsonl"))[:400]
        out[s] = [({**r, "url": f"wire-{s}-{n % 2}"}, "article") for n, r in enumerate(rows)]
    return out


def dump(rows):
    names, out = dump_features("PageFeatureDump", rows)
    feats = {}
    words = {}
    for o in out:
        feats[o["id"]] = o["f"]
        words[o["id"]] = o["words"]
    return names, feats, words


def site(r):
    from evaluate import site_of
    return site_of(r)


def vocabulary(rows, words, size, min_sites):
    """The words that best tell the kinds apart on the tune half, each seen on min_sites sites."""
    sites = {}
    by_kind = {}
    kind_n = {}
    for r, k in rows:
        kind_n[k] = kind_n.get(k, 0) + 1
        for w in words[r["id"]]:
            sites.setdefault(w, set()).add(site(r))
            by_kind.setdefault(w, {}).setdefault(k, 0)
            by_kind[w][k] += 1
    n = len(rows)
    scored = []
    for w, ss in sites.items():
        if len(ss) < min_sites:
            continue
        df = sum(by_kind[w].values())
        # chi-square of presence against kind
        chi = 0.0
        for k, nk in kind_n.items():
            a = by_kind[w].get(k, 0)
            e = df * nk / n
            e2 = (n - df) * nk / n
            chi += (a - e) ** 2 / max(e, 1e-9) + ((nk - a) - e2) ** 2 / max(e2, 1e-9)
        scored.append((chi, w))
    scored.sort(reverse=True)
    return [w for _, w in scored[:size]]


def train(X, y, sample_w, l2=1e-3, steps=3000, lr=0.05):
    n, d = X.shape
    k = len(KINDS)
    W = np.zeros((d, k))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    Y = np.eye(k)[y]
    for t in range(1, steps + 1):
        s = X @ W
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = X.T @ ((p - Y) * sample_w[:, None]) / sample_w.sum() + l2 * W
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        W -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return W


def report(name, X, y, W):
    pred = np.argmax(X @ W, axis=1)
    acc = (pred == y).mean() if len(y) else 0
    a = KINDS.index("article")
    tp = ((pred == a) & (y == a)).sum()
    pp = (pred == a).sum()
    gp = (y == a).sum()
    P = tp / pp if pp else 0
    R = tp / gp if gp else 0
    F = 2 * P * R / (P + R) if P + R else 0
    return f"{name} acc={acc:.3f} articleP={P:.3f} articleR={R:.3f} articleF1={F:.3f} n={len(y)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--vocabulary", type=int, default=300)
    ap.add_argument("--min-sites", type=int, default=10)
    # 5e-3: weaker priors overfit the 300 vocabulary features (tune accuracy 0.96+, and a
    # one-paragraph article page came out a forum); stronger ones lose forum threads
    ap.add_argument("--l2", type=float, default=5e-3)
    a = ap.parse_args()
    raw = {}
    names = None
    for s, rows in pages(a.shared).items():
        names, feats, words = dump(rows)
        raw[s] = (rows, feats, words)
    tune_rows = [(r, k) for rows, _, _ in raw.values() for r, k in rows if half_of(r) == "tune"]
    all_words = {}
    for _, _, words in raw.values():
        all_words.update(words)
    vocab = vocabulary(tune_rows, all_words, a.vocabulary, a.min_sites) if a.vocabulary else []
    names = names + ["w:" + w for w in vocab]
    data = {}
    for s, (rows, feats, words) in raw.items():
        X = np.array([feats[r["id"]] + [np.log1p(words[r["id"]].get(w, 0)) for w in vocab] for r, _ in rows],
                     dtype=float)
        y = np.array([KINDS.index(k) for _, k in rows])
        h = np.array([half_of(r) for r, _ in rows])
        data[s] = (X, y, h)
    Xt = np.concatenate([d[0][d[2] == "tune"] for d in data.values()])
    yt = np.concatenate([d[1][d[2] == "tune"] for d in data.values()])
    # the article pages of the other sets weigh as much, together, as the WCXB pages' articles
    wt = np.concatenate([np.full(int((d[2] == "tune").sum()), 1.0 if s == "wcxb-pages" else 0.3)
                         for s, d in data.items()])
    W = train(Xt, yt, wt, l2=a.l2, steps=a.steps)
    for s, (X, y, h) in data.items():
        print(report(f"{s:16s} tune ", X[h == "tune"], y[h == "tune"], W))
        print(report(f"{s:16s} check", X[h == "check"], y[h == "check"], W))
    if a.write:
        with open(MODEL, "w", encoding="utf-8") as f:
            f.write("# Page-kind model weights: written by scripts/train_pages.py (tune half of the dev sets).\n")
            f.write("# feature\t" + "\t".join(KINDS) + "\n")
            for i, n in enumerate(names):
                f.write(n + "\t" + "\t".join(f"{W[i, c]:.4f}" for c in range(len(KINDS))) + "\n")
        print("wrote", MODEL)


if __name__ == "__main__":
    main()
