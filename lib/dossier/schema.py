"""Column names and dtypes of every frame of an Article (see docs/frames.md), and the one way to build them."""
from __future__ import annotations

from typing import Iterable, Mapping

import functools

import numpy as np
import pandas as pd

# Frame name -> ordered {column: dtype}. "object" columns hold str, list or None.
COLUMNS: dict[str, dict[str, str]] = {
    "removed": {"line_no": "int64", "text": "object", "reason": "object"},
    "paragraphs": {"paragraph_id": "int64", "kind": "object", "text": "object",
                   "start_char": "int64", "end_char": "int64", "credit": "object"},
    "sentences": {"sentence_id": "int64", "paragraph_id": "int64", "start_char": "int64",
                  "end_char": "int64", "text": "object"},
    "actors": {"actor_id": "int64", "name": "object", "kind": "object", "country": "object",
               "title": "object", "aliases": "object", "mentions": "int64"},
    "mentions": {"actor_id": "int64", "text": "object", "start_char": "int64", "end_char": "int64",
                 "sentence_id": "int64", "paragraph_id": "int64", "via": "object"},
    "quotes": {"quote_id": "int64", "speaker_id": "Int64", "speaker": "object", "text": "object",
               "kind": "object", "cue": "object", "sentence_id": "int64", "start_char": "int64",
               "end_char": "int64"},
    "events": {"event_id": "int64", "kind": "object", "cameo": "object", "source_id": "Int64",
               "target_id": "Int64", "participants": "object", "date": "object", "date_text": "object",
               "location": "object", "sentence_id": "int64",
               "trigger": "object", "plover": "object", "mode": "object"},
    "clauses": {"clause_id": "int64", "sentence_id": "int64", "predicate": "object", "lemma": "object",
                "negated": "bool", "mood": "object", "reported_by": "Int64", "agent_ids": "object",
                "agent": "object", "patient_ids": "object", "patient": "object", "date": "object",
                "date_text": "object", "period": "object", "place": "object", "quoted": "bool",
                "start_char": "int64", "end_char": "int64"},
    "positions": {"actor_id": "int64", "topic": "object", "stance": "object", "period": "object",
                  "target_id": "Int64", "cue": "object", "evidence": "object", "sentence_id": "int64"},
}


def frame(name: str, rows: Iterable[Mapping | tuple] = ()) -> pd.DataFrame:
    """A frame of kind `name` from rows (NamedTuples or mappings), with the contract's columns and dtypes.

    Extra fields in the rows are kept as further columns after the contract's ones.
    """
    cols = COLUMNS[name]
    rows = list(rows)
    if not rows:
        return _empty(name).copy()
    kind = type(rows[0])
    if hasattr(kind, "_fields") and all(type(r) is kind for r in rows):     # NamedTuples of one kind: by column
        fields = list(kind._fields)
        by_field = dict(zip(fields, map(list, zip(*rows))))
        blank = [None] * len(rows)
        values = lambda c: by_field.get(c, blank)
    else:
        records = [r._asdict() if hasattr(r, "_asdict") else dict(r) for r in rows]
        fields = list(records[0])
        values = lambda c: [r.get(c) for r in records]
    names = list(cols) + [k for k in fields if k not in cols]
    return pd.DataFrame({c: _column(values(c), cols.get(c, "object")) for c in names}, copy=False)


def _column(values: list, dtype: str):
    """One column's array: numpy for object, int64 and bool, pandas' nullable array for Int64. Plain Python
    values are converted directly (pd.array's checks cost more than the frame); anything else goes through
    pd.array as before."""
    if dtype == "object":
        out = np.empty(len(values), dtype=object)
        out[:] = values          # element by element, so lists stay lists
        return out
    if dtype == "int64" and all(type(v) is int for v in values):
        return np.array(values, dtype=np.int64)
    if dtype == "bool" and all(type(v) is bool for v in values):
        return np.array(values, dtype=bool)
    if dtype == "Int64" and all(v is None or type(v) is int for v in values):
        return pd.arrays.IntegerArray(np.array([0 if v is None else v for v in values], dtype=np.int64),
                                      np.array([v is None for v in values], dtype=bool))
    return pd.Series(pd.array(values, dtype=dtype)).array


@functools.lru_cache(maxsize=None)
def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=dt) for c, dt in COLUMNS[name].items()})
