"""Parsing many articles in parallel: local worker processes, or the workers of a Dask cluster.

A worker loads the spaCy model once (`dossier.nlp.load` caches it for its process) and turns each `Task` into
a `Parsed` (every frame as an Arrow table, ready for the store) or a `Failed` (the one-line reason). Results
stream back as they finish: at most `window` tasks are in flight, so the parent never holds more than that
many articles, however many there are.
"""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
from typing import Iterable, Iterator, NamedTuple

import pyarrow as pa

from dossier.errors import DossierError
from dossier.sources import Source


class Task(NamedTuple):
    """One article to parse, with the id the store gives it."""
    source: Source
    article_id: str
    content_hash: str


class Parsed(NamedTuple):
    """A parsed article: its `articles` row and every frame, as Arrow tables keyed by frame name."""
    task: Task
    tables: dict[str, pa.Table]
    cpu_s: float


class Failed(NamedTuple):
    """An article that could not be parsed, and why (one line)."""
    task: Task
    reason: str


_LOADED_OPS: list = []   # the thinc ops `nlp.load()` chose, in the thread that loaded the model


def _model_ready() -> None:
    """The model is loaded, and this thread uses the thinc ops the loading chose: thinc's current ops belong to
    a thread, and a Dask worker runs its tasks in other threads than the one that loaded the model (which would
    otherwise run on blis, slower here: benchmarks/spacy_config.md)."""
    from thinc.api import get_current_ops, set_current_ops

    from dossier import nlp
    if not _LOADED_OPS:
        nlp.load()
        _LOADED_OPS.append(get_current_ops())
    elif get_current_ops() is not _LOADED_OPS[0]:
        set_current_ops(_LOADED_OPS[0])


def parse_task(task: Task) -> Parsed | Failed:
    """Parses one article into its store tables (runs in a worker)."""
    import time

    from dossier.corpus_store import ARTICLES, FRAMES, article_table, frame_table
    _model_ready()
    start = time.process_time()
    try:
        art = task.source.read()
    except DossierError as err:
        return Failed(task, str(err))
    except Exception as err:  # noqa: BLE001 - one article's crash must not stop the run: it is recorded
        return Failed(task, f"{task.source.name}: {type(err).__name__}: {' '.join(str(err).split())}")
    meta = art.meta
    row = {"article_id": task.article_id, "published": meta.get("published"), "outlet": meta.get("outlet")}
    tables = {frame: frame_table(frame, getattr(art, frame), **row) for frame in FRAMES}
    tables[ARTICLES] = article_table(meta, article_id=task.article_id, source=task.source.name,
                                     content_hash=task.content_hash, text=art.text)
    return Parsed(task, tables, time.process_time() - start)


def _init_worker() -> None:
    """A local worker: Ctrl-C is the parent's to handle; the model is loaded before the first article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _model_ready()


def warm_up() -> int:
    """Loads the model in this worker process; returns its process id."""
    import os
    _model_ready()
    return os.getpid()


# ---------------------------------------------------------------- executors

class Local:
    """`workers` spawned processes on this machine, each loading the model once."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = cf.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=_init_worker)

    def warm(self) -> None:
        """Waits until every worker has started and loaded the model."""
        cf.wait([self.pool.submit(warm_up) for _ in range(self.workers)])

    def submit(self, task: Task) -> cf.Future:
        return self.pool.submit(parse_task, task)

    def wait(self, futures: set) -> tuple[set, set]:
        return cf.wait(futures, return_when=cf.FIRST_COMPLETED)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class Cluster:
    """The workers of a running dask.distributed scheduler (or a `LocalCluster` passed as `address`)."""

    def __init__(self, address) -> None:
        try:
            import dask
            from distributed import Client
            timeout = dask.config.get("distributed.comm.timeouts.connect")   # DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise DossierError(f"cannot reach the Dask scheduler ({' '.join(str(err).split())[:200]})",
                               source=str(address)) from None
        self.client.register_plugin(ModelLoader(), name="dossier-model")
        self.workers = max(1, sum(self.client.nthreads().values()))

    def warm(self) -> None:
        self.client.run(warm_up)

    def submit(self, task: Task):
        return self.client.submit(parse_task, task, pure=False)

    def wait(self, futures: set) -> tuple[set, set]:
        from distributed import wait
        with self.client.as_current():
            done, pending = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def close(self) -> None:
        self.client.close()


def _worker_plugin_base():
    try:
        from distributed.diagnostics.plugin import WorkerPlugin
        return WorkerPlugin
    except ImportError:  # pragma: no cover - distributed is a pinned dependency
        return object


class ModelLoader(_worker_plugin_base()):
    """A Dask worker plugin: each worker loads the model when it starts (and when it joins later)."""
    idempotent = True

    def setup(self, worker) -> None:
        warm_up()


def executor(*, workers: int | None = None, scheduler=None):
    """Dask workers when `scheduler` is given (an address or a cluster object), else local processes."""
    import os
    if scheduler is not None:
        return Cluster(scheduler)
    return Local(max(1, workers or os.cpu_count() or 1))


def stream(pool, tasks: Iterable[Task], *, window: int) -> Iterator[Parsed | Failed]:
    """Each task's result as soon as it is done (in any order), with at most `window` tasks in flight."""
    pending: set = set()
    source = iter(tasks)
    exhausted = False
    while pending or not exhausted:
        while not exhausted and len(pending) < window:
            task = next(source, None)
            if task is None:
                exhausted = True
            else:
                pending.add(pool.submit(task))
        if not pending:
            break
        done, pending = pool.wait(pending)
        for future in sorted(done, key=_order):
            yield future.result()


def _order(future) -> str:
    """Futures done together, in a stable order (their task's article id, once known)."""
    try:
        return future.result().task.article_id
    except Exception:  # noqa: BLE001 - a failed future sorts first; .result() raises it again in stream()
        return ""
