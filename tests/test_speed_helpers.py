"""Helpers that make the parse cheaper must not change what it reads: the clause reading's children lists are
spaCy's own, and a parsed article is freed by reference counting (no cycle left for the garbage collector)."""
from __future__ import annotations

import gc
import weakref

import dossier
from dossier import clauses, nlp

TEXT = ("The European Union, which had long hesitated, imposed new sanctions on Monday on three Russian banks "
        "and froze the assets of two officials, the foreign minister said. Hungary did not object.\n\n"
        "Officials in Brussels said the measures, first proposed in May, would take effect the next day.")


def test_children_are_spacys_children() -> None:
    doc = nlp.parse(TEXT)
    kids = clauses._children(clauses._token_arrays(doc)[4])
    assert any(kids)                                   # the sentence has a parse with children to compare
    assert kids == [[c.i for c in t.children] for t in doc]


def test_children_of_a_root_exclude_itself() -> None:
    assert clauses._children([0, 0, 1, 3]) == [[1], [2], [], []]


def test_a_parsed_article_is_freed_without_the_cyclic_collector() -> None:
    art = dossier.parse_article(TEXT, published="2022-02-09")
    assert art.reading is not None and len(art.clauses) > 0
    gone = weakref.ref(art.reading)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del art
        assert gone() is None                          # freed by reference counting alone
    finally:
        if enabled:
            gc.enable()
