"""Placeholder until the quotes extractor lands: a correctly shaped empty frame."""
from __future__ import annotations

import pandas as pd

from dossier.schema import frame


def extract(art) -> pd.DataFrame:
    return frame("quotes")
