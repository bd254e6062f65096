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


# Rules of the model's attribute_ruler that the seeds never reach: contractions over two tokens, pronoun cases,
# 'do'/'have' as main verbs, 'there' before a copula, a determiner standing alone, white space of every kind.
RULER_CASES = ("Y'all gonna get it, and I ain't gonna go, c'mon. Let's go, we gotta do it; she gets it, he got it.\n\n"
               "I saw you and it, then it saw me. But he left.  There is a cat and there were two. That is all; "
               "those who know did their homework and had a dog: what did they have?\n \n\tDo it now.")


def _attributes(doc) -> list[tuple]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_tag_attributes_set_what_spacys_attribute_ruler_sets(seed) -> None:
    """The lookup table in place of the model's attribute_ruler gives every token the same tag, part of speech,
    morphology, lemma and dependency as the ruler itself, on a seed and on the ruler's rarer rules."""
    model = nlp.load()
    assert "tag_attributes" in model.pipe_names and "attribute_ruler" not in model.pipe_names
    for text in (seed.text, RULER_CASES):
        ours = _attributes(model(text))
        with model.select_pipes(disable=["tag_attributes"]):
            model.enable_pipe("attribute_ruler")
            try:
                theirs = _attributes(model(text))
            finally:
                model.disable_pipe("attribute_ruler")
        assert len(ours) == len(theirs) > 50
        assert [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b] == []
    lemmas = {t.lower_: t.lemma_ for t in model(RULER_CASES)}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["c'm"] == "come"   # the two-token rules ran


def test_tag_attributes_refuse_a_rule_they_cannot_read() -> None:
    class Ruler:
        patterns = [{"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"POS": "PROPN"}, "index": 0}]
    try:
        nlp.TagAttributes(Ruler())
    except ValueError as err:
        assert "ENT_TYPE" in str(err)
    else:
        raise AssertionError("a rule testing ENT_TYPE was accepted")
