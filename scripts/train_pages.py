#!/usr/bin/env python3
"""Train the page-kind model (src/main/resources/.../structure/page-kind-model.tsv).

Usage (from the project root, after `mvn -B -q package -DskipTests`; needs numpy):
  python3 scripts/train_pages.py [--shared ../shared] [--write]

Pages and their kinds: the WCXB pages set (article, listing/collection, forum, product,
service/documentation -> other, as tools/score_pages.py maps them), plus the article pages of
the body dev sets (AEB, dragnet, fundus, cleanportaleval) and wire stories (Reuters, AG's
News), so that clean copy and other sites' articles stay articles. Each set is split by site
as scripts/evaluate.py does; a softmax regression is trained on the tune half only and scored
on both halves, each page with and without its URL (accuracy, and article F1 on the WCXB
pages). The text's weights are trained first, on the pages without their URLs; then the
address's alone, on the pages with them. --write stores the weights; --cv K cross-validates by
site inside the tune half instead, for choosing the settings. --cache FILE keeps the feature
dumps (two runs of the parser over every page) between runs.
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


def dump(rows, urls):
    names, out = dump_features("PageFeatureDump", rows, urls)
    feats = {}
    words = {}
    for o in out:
        feats[o["id"]] = o["f"]
        words[o["id"]] = o["words"]
    return names, feats, words


def site(r):
    from evaluate import site_of
    return site_of(r)


def vocabulary(rows, words, size, min_sites, address=False):
    """The words that best tell the kinds apart on the tune half, each seen on min_sites sites:
    the page's words, or with address those of its URL (prefixed "u:")."""
    sites = {}
    by_kind = {}
    kind_n = {}
    for r, k in rows:
        kind_n[k] = kind_n.get(k, 0) + 1
        for w in words[r["id"]]:
            if w.startswith("u:") != address:
                continue
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


def train(X, y, sample_w, l2=1e-3, steps=3000, lr=0.05, start=None, free=None):
    """Softmax regression by Adam; from the weights start (zeros when None), moving only the rows
    (features) where the boolean vector free is set (all when None)."""
    n, d = X.shape
    k = len(KINDS)
    W = np.zeros((d, k)) if start is None else start.copy()
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    Y = np.eye(k)[y]
    for t in range(1, steps + 1):
        s = X @ W
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = X.T @ ((p - Y) * sample_w[:, None]) / sample_w.sum() + l2 * W
        if free is not None:
            grad *= free[:, None]
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


def matrix(raw, vocab, keep, address=(True, False)):
    """Features, kinds, sample weights and WCXB-pages flags of the rows that keep(row) accepts, over
    all sets: each row once with its address (the features a user passing the URL gets) and once
    without, for each flag in address."""
    X, y, w, wcxb = [], [], [], []
    for with_url in address:
        for s, (rows, feats, words) in raw[with_url].items():
            for r, k in rows:
                if keep(r):
                    X.append(feats[r["id"]] + [np.log1p(words[r["id"]].get(v, 0)) for v in vocab])
                    y.append(KINDS.index(k))
                    w.append(1.0 if s == "wcxb-pages" else 0.3)
                    wcxb.append(s == "wcxb-pages")
    return np.array(X, dtype=float), np.array(y), np.array(w), np.array(wcxb)


def two_stages(raw, names, vocab, keep, a):
    """The text's weights trained on the pages without their addresses, then the address's weights
    alone on the pages with them: a page given without its URL is classified by the text model
    exactly, and the address only adds its evidence to it."""
    Xt, yt, wt, _ = matrix(raw, vocab, keep, (False,))
    W = train(Xt, yt, wt, l2=a.l2, steps=a.steps)
    free = np.array([n.startswith("url_") for n in names] + [v.startswith("u:") for v in vocab])
    Xt, yt, wt, _ = matrix(raw, vocab, keep, (True,))
    return train(Xt, yt, wt, l2=a.l2, steps=a.steps, start=W, free=free)


def vocabularies(rows, words, a):
    """The page words (as "w:" rows are named, without the prefix) and the address words ("u:...")."""
    text = vocabulary(rows, words, a.vocabulary, a.min_sites) if a.vocabulary else []
    url = vocabulary(rows, words, a.url_vocabulary, a.min_sites, address=True) if a.url_vocabulary else []
    return text + url


def scores(X, y):
    """Accuracy and article F1 of the kinds y against the predictions X (argmax indices)."""
    art = KINDS.index("article")
    tp = ((X == art) & (y == art)).sum()
    P = tp / max(1, (X == art).sum())
    R = tp / max(1, (y == art).sum())
    return (X == y).mean() if len(y) else 0, 2 * P * R / (P + R) if P + R else 0


def fold_of(r, k):
    import hashlib
    return hashlib.md5(site(r).encode()).digest()[1] % k


def cross_validate(a, raw, names, tune_rows, all_words):
    """Mean held-out-fold accuracy and article F1 on the WCXB pages of the tune half, with and
    without their addresses, for the settings given."""
    res = {True: [], False: []}
    for f in range(a.cv):
        def keep_train(r):
            return half_of(r) == "tune" and fold_of(r, a.cv) != f

        def keep_held(r):
            return half_of(r) == "tune" and fold_of(r, a.cv) == f
        vocab = vocabularies([(r, k) for r, k in tune_rows if keep_train(r)], all_words, a)
        W = two_stages(raw, names, vocab, keep_train, a)
        for with_url in (True, False):
            Xh, yh, _, wc = matrix(raw, vocab, keep_held, (with_url,))
            res[with_url].append(scores(np.argmax(Xh[wc] @ W, axis=1), yh[wc]))
    for with_url, r in res.items():
        print(f"vocabulary={a.vocabulary} url_vocabulary={a.url_vocabulary} min_sites={a.min_sites} l2={a.l2:g} "
              f"{'with' if with_url else 'without'} URLs: cv accuracy {np.mean([x[0] for x in r]):.3f} "
              f"article F1 {np.mean([x[1] for x in r]):.3f}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--vocabulary", type=int, default=100)
    ap.add_argument("--url-vocabulary", type=int, default=100)
    ap.add_argument("--min-sites", type=int, default=20)
    # chosen by --cv 5 inside the tune half (accuracy with / without URLs): 300 words on ten
    # sites and 5e-3 gave 0.791 / 0.766; 100 words on twenty sites and 1e-2 give 0.821 / 0.787
    # (fewer words of one topic, such as "code" on documentation sites, learnt as a kind's)
    ap.add_argument("--l2", type=float, default=1e-2)
    ap.add_argument("--cv", type=int, default=0,
                    help="instead of training: K-fold cross-validation by site inside the tune half, "
                         "for choosing --l2, --vocabulary, --url-vocabulary and --min-sites without "
                         "looking at the check half")
    ap.add_argument("--cache", help="a file that keeps the feature dumps between runs (pickle)")
    a = ap.parse_args()
    if a.cache and os.path.exists(a.cache):
        import pickle
        with open(a.cache, "rb") as f:
            names, raw = pickle.load(f)
    else:
        raw = {True: {}, False: {}}
        names = None
        for s, rows in pages(a.shared).items():
            for with_url in (True, False):
                names, feats, words = dump(rows, with_url)
                raw[with_url][s] = (rows, feats, words)
        if a.cache:
            import pickle
            with open(a.cache, "wb") as f:
                pickle.dump((names, raw), f)
    tune_rows = [(r, k) for rows, _, _ in raw[True].values() for r, k in rows if half_of(r) == "tune"]
    all_words = {}
    for _, _, words in raw[True].values():
        all_words.update(words)
    if a.cv:
        cross_validate(a, raw, names, tune_rows, all_words)
        return
    vocab = vocabularies(tune_rows, all_words, a)
    W = two_stages(raw, names, vocab, lambda r: half_of(r) == "tune", a)
    names = names + [v if v.startswith("u:") else "w:" + v for v in vocab]
    for with_url in (True, False):
        for half in ("tune", "check"):
            for s in raw[with_url]:
                X, y, _, _ = matrix({with_url: {s: raw[with_url][s]}}, vocab,
                                    lambda r: half_of(r) == half, (with_url,))
                print(report(f"{s:16s} {half:5s} {'url   ' if with_url else 'no url'}", X, y, W))
    if a.write:
        with open(MODEL, "w", encoding="utf-8") as f:
            f.write("# Page-kind model weights: written by scripts/train_pages.py (tune half of the dev sets).\n")
            f.write("# feature\t" + "\t".join(KINDS) + "\n")
            for i, n in enumerate(names):
                f.write(n + "\t" + "\t".join(f"{W[i, c]:.4f}" for c in range(len(KINDS))) + "\n")
        print("wrote", MODEL)


if __name__ == "__main__":
    main()
