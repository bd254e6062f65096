"""The command line: `dossier parse`, `dossier report`, `dossier reports`. Bad input: one line on stderr, exit 2."""
from __future__ import annotations

import argparse
import errno
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from dossier.errors import DossierError, OutputError, printable

FRAMES = ("paragraphs", "sentences", "actors", "mentions", "quotes", "events", "positions", "removed")
EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dossier` command; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        _check_args(args)
        return args.run(args)
    except DossierError as err:
        print(f"dossier: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as err:      # the system refused something (disk full, a folder that vanished): one line too
        where = f"{printable(err.filename)}: " if err.filename else ""
        print(f"dossier: {where}{(err.strerror or str(err)).lower()}", file=sys.stderr)
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
                       "read or a notebook fails (exit code 2), or when the run is interrupted. A .jsonl file is one "
                       "article per line, as with `dossier reports`.")
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
    _corpus_parser(sub)
    return ap


def _check_args(args) -> None:
    """Refuses, before any work, a publication date that is not one and an output folder that cannot be written."""
    if getattr(args, "published", None) is not None:
        from dossier.pipeline import check_published
        args.published = check_published(args.published)
    if getattr(args, "out", None) is not None:
        check_out(args.out)


def check_out(out: Path) -> None:
    """Raises OutputError unless `out` is a folder, or can be made one, in which a file can be written. Leaves
    nothing behind: a folder that does not exist yet is tried in its nearest existing parent."""
    target = out
    while not os.path.lexists(target) and target.parent != target:
        target = target.parent
    if not target.is_dir():
        what = "is a file, not a folder" if target == out else f"cannot be created: {printable(target)} is not a folder"
        raise OutputError(f"the output folder {what}", source=str(out))
    try:
        tempfile.TemporaryDirectory(prefix=".dossier-probe-", dir=target).cleanup()
    except OSError as err:
        raise OutputError(f"the output folder cannot be written ({(err.strerror or str(err)).lower()})",
                          source=str(out)) from None


def _parse(args) -> int:
    from dossier.sources import iter_sources
    failed = 0
    for given in args.files:
        try:
            for source in iter_sources([given], published=args.published):
                failed += not _parse_one(source, args.out)
        except DossierError as err:     # a folder without articles, an unreadable listing
            print(f"dossier: {err}", file=sys.stderr)
            failed += 1
    return EXIT_BAD_INPUT if failed else 0


def _parse_one(source, out_root: Path) -> bool:
    """Parses one article and writes its frames; False (after one line on stderr) when it cannot be read."""
    t0 = time.perf_counter()
    try:
        art = source.read()
    except DossierError as err:
        print(f"dossier: {err}", file=sys.stderr)
        return False
    out = write_frames(art, out_root)
    print(f"{printable(source.name)} -> {printable(out)} ({len(art.actors)} actors, {len(art.quotes)} quotes, "
          f"{len(art.positions)} positions, {time.perf_counter() - t0:.2f}s)")
    return True


def write_frames(art, out_root: Path) -> Path:
    """Write every frame as CSV and meta.json into out_root/<article_id>/, all or nothing.

    The frames are written into a temporary folder beside it and renamed into place, so the folder is always
    whole; when other runs write the same article at the same time, each replaces the folder whole and none
    fails (the last one's copy stays)."""
    final = out_root / art.meta["article_id"]
    out_root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".partial-", dir=out_root))
    try:
        for name in FRAMES:
            getattr(art, name).to_csv(tmp / f"{name}.csv", index=False)
        (tmp / "meta.json").write_text(json.dumps(art.meta, indent=1, ensure_ascii=False, default=str),
                                       encoding="utf-8")
        (tmp / "text.txt").write_text(art.text, encoding="utf-8")
        _replace_folder(tmp, final)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return final


def _replace_folder(new: Path, final: Path, *, attempts: int = 100) -> None:
    """Renames folder `new` to `final`, first moving any folder there aside (and deleting it). Each step is one
    rename, so `final` is never half written; another process doing the same in between makes us try again."""
    for _ in range(attempts):
        try:
            os.rename(new, final)
            return
        except OSError as err:
            if err.errno == errno.ENOTDIR:
                raise OutputError("exists and is not a folder", source=str(final)) from None
            if err.errno not in (errno.ENOTEMPTY, errno.EEXIST):
                raise
        old = tempfile.mkdtemp(prefix=".old-", dir=final.parent)
        try:
            os.rename(final, old)       # replaces the empty folder `old`
        except FileNotFoundError:
            pass                        # another run moved it aside first
        shutil.rmtree(old, ignore_errors=True)
    raise OutputError("is being replaced by other runs again and again; try again", source=str(final))


def _report(args) -> int:
    from dossier.report import report_article
    from dossier.sources import RECORD_SUFFIXES
    if args.file.suffix.lower() in RECORD_SUFFIXES:     # one article per record
        args.paths = [args.file]
        return _reports(args)
    t0 = time.perf_counter()
    page = report_article(args.file, published=args.published, out_dir=args.out, pdf=args.pdf)
    print(f"{printable(args.file)} -> {printable(page)}{' (+ PDF)' if args.pdf else ''} "
          f"({time.perf_counter() - t0:.1f}s); index: {printable(page.parent / 'index.html')}")
    return 0


def _reports(args) -> int:
    from dossier.report import report_all
    batch = report_all(args.paths, out_dir=args.out, published=args.published, pdf=args.pdf)
    print(f"{len(batch.written)} reports, {len(batch.failed)} failed; index: {printable(batch.index)}")
    return EXIT_BAD_INPUT if batch.failed else 0


def _corpus_parser(sub) -> None:
    c = sub.add_parser("corpus", help="parse many articles into one store: Parquet per frame, DuckDB, identities "
                       "and events across articles",
                       description="Parse every SOURCE (article files; folders of seeds, dated by their index.csv; "
                       ".jsonl files of crawler records, one article per line) on worker processes and write OUT/: one "
                       "Parquet folder per frame, corpus.duckdb with a view per frame and the tables across articles "
                       "(corpus_actors, actor_map, corpus_events, event_sources). Articles already stored are skipped; "
                       "an article that cannot be read goes to the errors table (and exit code 2), the rest go on.")
    c.add_argument("sources", nargs="+", type=Path, metavar="SOURCE")
    c.add_argument("--out", type=Path, required=True, help="the store folder (created, or brought up to date)")
    c.add_argument("--published", help="publication date YYYY-MM-DD of the article files named directly")
    c.add_argument("--workers", type=_positive, help="local worker processes (default: every core)")
    c.add_argument("--scheduler", metavar="ADDRESS", help="parse on the workers of this running Dask scheduler "
                   "(e.g. tcp://10.0.0.5:8786) instead of local processes")
    c.add_argument("--force", action="store_true", help="parse again the articles already stored")
    c.add_argument("--commit-every", type=_positive, default=None, metavar="N",
                   help="commit after every N articles (default 64; a commit also happens every 10 seconds)")
    c.add_argument("--report", action="store_true", help="also export the corpus notebook as offline HTML "
                   "(OUT/report/05_corpus.html)")
    c.add_argument("--quiet", action="store_true", help="no progress bar")
    c.set_defaults(run=_corpus)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)


def _corpus(args) -> int:
    from dossier import corpus
    t0 = time.perf_counter()
    summary = corpus.build(args.sources, out=args.out, published=args.published, workers=args.workers,
                           scheduler=args.scheduler, force=args.force, progress=not args.quiet,
                           batch_articles=args.commit_every or corpus.BATCH_ARTICLES,
                           on_error=lambda source, reason: _tqdm_error(reason))
    t = summary.tables
    print(f"{summary.store}: {summary.parsed} articles parsed, {summary.skipped} skipped (already stored), "
          f"{summary.failed} failed; {t['corpus_actors']} corpus actors, {t['corpus_events']} corpus events "
          f"({time.perf_counter() - t0:.1f}s)")
    if args.report:
        print(f"report -> {corpus.report(summary.store)}")
    return EXIT_BAD_INPUT if summary.failed else 0


def _tqdm_error(reason: str) -> None:
    from tqdm import tqdm
    tqdm.write(f"dossier: {reason}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
