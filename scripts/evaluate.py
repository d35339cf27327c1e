#!/usr/bin/env python3
"""Score newsparse on every dev set in ../shared/eval, each split by site into a tune and a check half.

Usage (from the project root, after `mvn -B -q package -DskipTests`):
  python3 scripts/evaluate.py [--shared ../shared] [--only body,meta,pages,quotes] [--html]
                              [--out target/eval]

A site is the URL's host without "www."; it falls in the tune half when the first byte of the
MD5 of its name is even, otherwise in the check half, so a site is never in both. Each dev set
is parsed once by the CLI (`--jsonl`), then the official scorer in ../shared/tools scores the
whole set and each half. Rules are kept only when the check half agrees with the tune half.
Prints one line per set and half: `set half key=value ...`. Skips cleanly (exit 0) when the
shared folder is absent.
"""
import argparse
import glob
import gzip
import hashlib
import json
import os
import subprocess
import sys
from urllib.parse import urlparse

BODY_SETS = ["aeb", "wcxb", "dragnet", "fundus", "cleanportaleval"]


def site_of(row):
    url = row.get("url") or ""
    host = urlparse(url).netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    return host or row.get("publisher") or row.get("id", "")


def with_url(row, out):
    """The input row {out} with the page's address when the set gives one, as a user would pass it."""
    url = (row.get("url") or "").strip()
    if url.startswith("http://") or url.startswith("https://"):
        out["url"] = url
    return out


def half_of(row):
    return "tune" if hashlib.md5(site_of(row).encode()).digest()[0] % 2 == 0 else "check"


def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def dump_features(main_class, rows, urls=False):
    """Runs a feature dump tool of the test classes on [(row, label)]: (feature names, output rows).
    With urls, each row goes with its page's address when it has one, as a user passes it."""
    jar = glob.glob("target/newsparse-*-cli.jar")[0]
    cp = jar + os.pathsep + "target/test-classes"
    def one(r):
        o = {"id": r["id"], "html": r["html"]} if r.get("use_html") else {"id": r["id"], "text": r.get("text") or ""}
        return with_url(r, o) if urls else o
    inp = "\n".join(json.dumps(one(r)) for r, _ in rows)
    res = subprocess.run(["java", "-cp", cp, "io.github.newsparse.internal." + main_class],
                         input=inp, capture_output=True, text=True, check=True)
    lines = res.stdout.splitlines()
    return json.loads(lines[0]), [json.loads(l) for l in lines[1:]]


def run_cli(jar, args, out_path):
    # fail fast: a page whose parse throws is reported as an internal error, not degraded silently
    with open(out_path, "w", encoding="utf-8") as out:
        subprocess.run(["java", "-Dnewsparse.failFast=true", "-jar", jar] + args, stdout=out,
                       stderr=subprocess.DEVNULL)
    with open(out_path, encoding="utf-8") as out:
        failed = [line[:200] for line in out if '"error":"internal error' in line]
    if failed:
        print(f"INTERNAL ERRORS: {len(failed)} pages of {out_path} threw; the first: {failed[0]}", flush=True)


def last_line_kv(text):
    lines = [l for l in text.strip().splitlines() if "=" in l]
    if not lines:
        return {}
    return dict(p.split("=", 1) for p in lines[-1].split() if "=" in p)


def score(tool, gold_path, pred_path, extra=()):
    res = subprocess.run([sys.executable, tool, gold_path, pred_path, *extra],
                         capture_output=True, text=True)
    return last_line_kv(res.stdout)


def halves(gold_rows, preds, gold_path_base):
    """Yields (half name, gold file, pred file) for all, tune and check."""
    ids = {"all": None, "tune": set(), "check": set()}
    for r in gold_rows:
        ids[half_of(r)].add(r["id"])
    for name, keep in ids.items():
        g = gold_path_base + f".{name}.gold.jsonl"
        p = gold_path_base + f".{name}.pred.jsonl"
        write_jsonl(g, [r for r in gold_rows if keep is None or r["id"] in keep])
        write_jsonl(p, [r for r in preds if keep is None or r.get("id") in keep])
        yield name, g, p, len(gold_rows) if keep is None else len(keep)


def show(setname, half, n, kv, keys):
    vals = " ".join(f"{k}={kv.get(k, 'n/a')}" for k in keys)
    print(f"{setname:18s} {half:5s} docs={n:<5d} {vals}", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--only", default="body,meta,pages,quotes")
    ap.add_argument("--html", action="store_true", help="body and wcxb metadata from the HTML")
    ap.add_argument("--out", default="target/eval")
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        print(f"{a.shared} is absent: nothing to evaluate")
        return 0
    jars = glob.glob("target/newsparse-*-cli.jar")
    if not jars:
        print("no CLI jar: run `mvn -B -q package -DskipTests` first", file=sys.stderr)
        return 2
    jar = jars[0]
    tools = os.path.join(a.shared, "tools")
    ev = os.path.join(a.shared, "eval")
    os.makedirs(a.out, exist_ok=True)
    only = set(a.only.split(","))
    form = "html" if a.html else "text"

    if "body" in only:
        for s in BODY_SETS:
            gold_path = os.path.join(ev, "boilerplate", f"{s}-dev.jsonl.gz")
            gold = read_jsonl(gold_path)
            inp = os.path.join(a.out, f"{s}-{form}-in.jsonl")
            write_jsonl(inp, [{"id": r["id"], form: r.get(form) or ""} for r in gold])
            pred_path = os.path.join(a.out, f"{s}-{form}-out.jsonl")
            run_cli(jar, ["--jsonl", inp], pred_path)
            preds = read_jsonl(pred_path)
            for half, g, p, n in halves(gold, preds, os.path.join(a.out, f"{s}-{form}")):
                show(f"body:{s}", half, n, score(os.path.join(tools, "score_body.py"), g, p),
                     ["P", "R", "F1"])

    if "meta" in only:
        keys = ["headline", "date", "authors", "authorsF1"]
        web = read_jsonl(os.path.join(ev, "metadata", "web-dev.jsonl"))
        pred_path = os.path.join(a.out, "web-meta-out.jsonl")
        urls = {r["id"]: r for r in web}
        web_in = os.path.join(a.out, "web-meta-in.jsonl")
        write_jsonl(web_in, [with_url(urls.get(r["id"], {}), r)
                             for r in read_jsonl(os.path.join(ev, "metadata", "web-dev.input.jsonl"))])
        run_cli(jar, ["--jsonl", web_in], pred_path)
        for half, g, p, n in halves(web, read_jsonl(pred_path), os.path.join(a.out, "web-meta")):
            show("meta:web", half, n, score(os.path.join(tools, "score_metadata_full.py"), g, p), keys)
        wc = read_jsonl(os.path.join(ev, "metadata", "wcxb-dev.jsonl.gz"))
        if a.html:
            body = {r["id"]: r.get("html") or "" for r in
                    read_jsonl(os.path.join(ev, "boilerplate", "wcxb-dev.jsonl.gz"))}
            rows = [with_url(r, {"id": r["id"], "html": body.get(r["id"], "")}) for r in wc]
        else:
            rows = [with_url(r, {"id": r["id"], "text": r.get("text") or ""}) for r in wc]
        inp = os.path.join(a.out, f"wcxb-meta-{form}-in.jsonl")
        write_jsonl(inp, rows)
        pred_path = os.path.join(a.out, f"wcxb-meta-{form}-out.jsonl")
        run_cli(jar, ["--jsonl", inp], pred_path)
        for half, g, p, n in halves(wc, read_jsonl(pred_path), os.path.join(a.out, f"wcxb-meta-{form}")):
            show("meta:wcxb", half, n, score(os.path.join(tools, "score_metadata_full.py"), g, p), keys)
        if not a.html:
            # the scraped text without the page's address: a user need not pass it
            inp = os.path.join(a.out, "wcxb-meta-nourl-in.jsonl")
            write_jsonl(inp, [{"id": r["id"], "text": r.get("text") or ""} for r in wc])
            pred_path = os.path.join(a.out, "wcxb-meta-nourl-out.jsonl")
            run_cli(jar, ["--jsonl", inp], pred_path)
            for half, g, p, n in halves(wc, read_jsonl(pred_path), os.path.join(a.out, "wcxb-meta-nourl")):
                show("meta:wcxb-nourl", half, n, score(os.path.join(tools, "score_metadata_full.py"), g, p), keys)
        for s in ["reuters", "agnews"]:
            gold = read_jsonl(os.path.join(ev, "metadata", f"{s}-dev.jsonl"))
            pred_path = os.path.join(a.out, f"{s}-out.jsonl")
            run_cli(jar, ["--jsonl", os.path.join(ev, "metadata", f"{s}-dev.input.jsonl")], pred_path)
            tool = "score_metadata.py" if s == "reuters" else "score_metadata_full.py"
            show(f"meta:{s}", "all", len(gold), score(os.path.join(tools, tool),
                 os.path.join(ev, "metadata", f"{s}-dev.jsonl"), pred_path),
                 ["headline", "dateline_city", "dateline_date", "bodyF1"])

    if "pages" in only:
        gold_path = os.path.join(ev, "pages", "wcxb-dev-pages.jsonl.gz")
        gold = read_jsonl(gold_path)
        # with each page's address, as a user passes it (and as .ci/run does), and without
        for name, urls in [("pages:wcxb", True), ("pages:wcxb-nourl", False)]:
            inp = os.path.join(a.out, f"{name[6:]}-in.jsonl")
            write_jsonl(inp, [with_url(r, {"id": r["id"], "text": r.get("text") or ""}) if urls
                              else {"id": r["id"], "text": r.get("text") or ""} for r in gold])
            pred_path = os.path.join(a.out, f"{name[6:]}-out.jsonl")
            run_cli(jar, ["--jsonl", inp], pred_path)
            for half, g, p, n in halves(gold, read_jsonl(pred_path), os.path.join(a.out, name[6:])):
                show(name, half, n, score(os.path.join(tools, "score_pages.py"), g, p),
                     ["articleP", "articleR", "articleF1", "accuracy"])

    if "quotes" in only:
        for s in ["dev", "train"]:
            gold_path = os.path.join(ev, "quotes", f"polnear-{s}.jsonl")
            pred_path = os.path.join(a.out, f"polnear-{s}-out.jsonl")
            run_cli(jar, ["--jsonl", os.path.join(ev, "quotes", f"polnear-{s}.input.jsonl")], pred_path)
            # halves by publisher, as for the other sets
            for half, g, p, n in halves(read_jsonl(gold_path), read_jsonl(pred_path),
                                        os.path.join(a.out, f"polnear-{s}")):
                show(f"quotes:{s}", half, n, score(os.path.join(tools, "score_quotes.py"), g, p),
                     ["splitDirectF1", "speechSplitF1", "splitAllF1", "sourceAcc"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
