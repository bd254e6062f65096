"""The command line: `dossier parse`, `dossier report`, `dossier reports`. Bad input: one line on stderr, exit 2."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from dossier.errors import DossierError

FRAMES = ("paragraphs", "sentences", "actors", "mentions", "quotes", "events", "positions", "removed")
EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dossier` command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except DossierError as err:
        print(f"dossier: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("dossier: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="dossier", description="Turn raw news articles on diplomacy and sanctions "
                                 "into frames (CSV) and HTML reports.")
    sub = ap.add_subparsers(required=True, metavar="COMMAND")
    p = sub.add_parser("parse", help="parse articles and write each one's frames as CSV (+ meta.json)",
                       description="Parse each FILE (plain text, HTML, either in front matter; a folder means its "
                       "seeds, dated by its index.csv; a .jsonl file one article per line) and write OUT/<article_id>/<frame>.csv and meta.json. "
                       "An article that cannot be read gets a one-line error and no output; exit code 2.")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--published", help="publication date YYYY-MM-DD, to resolve relative dates ('on Monday')")
    p.add_argument("--out", type=Path, default=Path("build"), help="output folder (default: build)")
    p.set_defaults(run=_parse)
    r = sub.add_parser("report", help="run the notebooks on one article and export one HTML page",
                       description="Run every report notebook on FILE and write OUT/<article_id>.html, one "
                       "self-contained page that works offline (with --pdf also OUT/<article_id>.pdf), and add it "
                       "to OUT/index.html, created when missing. Nothing is written when the article cannot be "
                       "read or a notebook fails (exit code 2), or when the run is interrupted.")
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--published", help="publication date YYYY-MM-DD, to resolve relative dates ('on Monday')")
    r.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: reports)")
    r.add_argument("--pdf", action="store_true", help="also print the page to PDF with Chromium, offline")
    r.set_defaults(run=_report)
    rs = sub.add_parser("reports", help="reports for every article named (files, seeds folders, JSON Lines)",
                        description="Write OUT/<article_id>.html for every article PATH names (a file; a folder: "
                        "its index.csv, else its article files; a .jsonl file: one article per line) and "
                        "OUT/index.html linking them. An article that fails is listed as failed and the others "
                        "still run; the exit code is then 2.")
    rs.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    rs.add_argument("--published", help="publication date YYYY-MM-DD of the files named directly")
    rs.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: reports)")
    rs.add_argument("--pdf", action="store_true", help="also print each page to PDF with Chromium, offline")
    rs.set_defaults(run=_reports)
    return ap


def _parse(args) -> int:
    from dossier.sources import iter_sources
    failed = 0
    for source in iter_sources(args.files, published=args.published):
        t0 = time.perf_counter()
        try:
            art = source.read()
        except DossierError as err:
            print(f"dossier: {err}", file=sys.stderr)
            failed += 1
            continue
        out = write_frames(art, args.out)
        print(f"{source.name} -> {out} ({len(art.actors)} actors, {len(art.quotes)} quotes, "
              f"{len(art.positions)} positions, {time.perf_counter() - t0:.2f}s)")
    return EXIT_BAD_INPUT if failed else 0


def write_frames(art, out_root: Path) -> Path:
    """Write every frame as CSV and meta.json into out_root/<article_id>/, all or nothing."""
    final = out_root / art.meta["article_id"]
    out_root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".partial-", dir=out_root))
    try:
        for name in FRAMES:
            getattr(art, name).to_csv(tmp / f"{name}.csv", index=False)
        (tmp / "meta.json").write_text(json.dumps(art.meta, indent=1, ensure_ascii=False, default=str),
                                       encoding="utf-8")
        (tmp / "text.txt").write_text(art.text, encoding="utf-8")
        if final.exists():
            shutil.rmtree(final)
        tmp.rename(final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _report(args) -> int:
    from dossier.report import report_article
    t0 = time.perf_counter()
    page = report_article(args.file, published=args.published, out_dir=args.out, pdf=args.pdf)
    print(f"{args.file} -> {page}{' (+ PDF)' if args.pdf else ''} ({time.perf_counter() - t0:.1f}s); "
          f"index: {page.parent / 'index.html'}")
    return 0


def _reports(args) -> int:
    from dossier.report import report_all
    batch = report_all(args.paths, out_dir=args.out, published=args.published, pdf=args.pdf)
    print(f"{len(batch.written)} reports, {len(batch.failed)} failed; index: {batch.index}")
    return EXIT_BAD_INPUT if batch.failed else 0


if __name__ == "__main__":
    sys.exit(main())
