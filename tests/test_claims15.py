"""Denials whose denier the article never tied to the accused: with one accusing side (a lead's "A
senator" being the senator named later), the denial answers it; with two, nobody. A denial marked by
"also" joins the one before it; an accuser's negation denies nothing; proper conduct answers no later
accusation; a colon dateline is no accuser; a participle set off by a comma keeps its own modality; a
reckless accusation is denied; the management of a body stands for it. Real parses of sentences written
for the test, and one hand-built parse."""

from __future__ import annotations

import pytest

_CHARGE = ("accused officials of the Roads Agency of approving payments for bridges that were never "
           "finished.\n\n")
_SENATOR = "Senator Paulo Brandt on Tuesday " + _CHARGE
_SECRETARY = "Public Works Secretary Ines Varga denied that her office had released any money for unfinished bridges."


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


@pytest.mark.parametrize("text, pair", [
    ("Union secretary Tom Reyes accused management of cutting off the miners' medical cover to break the "
     "strike.\n\n“We firmly deny that any miner has been turned away from the clinic,” said Lena Ortiz, a "
     "spokesperson for Westridge Mining.", ("Lena Ortiz", "Tom Reyes")),
    (_SENATOR + _SECRETARY, ("Ines Varga", "Paulo Brandt")),
    ("QUITO, Ecuador — A senator on Tuesday " + _CHARGE
     + "Senator Paulo Brandt, who chairs the public works committee, said the payments were made in 2025.\n\n"
     "The senator also accused two firms, Norvik Builders and Kestrel Construction, of overbilling the "
     "agency.\n\n" + _SECRETARY, ("Ines Varga", "Paulo Brandt")),
])
def test_a_denial_answers_the_one_accuser(pipeline, text, pair):
    """"management", "officials of the Roads Agency": the denier is not known to be the accused,
    but only one side has accused anyone; "A senator" of a lead is the senator named later."""
    assert pair in _denials(pipeline, text)


def test_two_accusing_sides_leave_a_denial_unanswered(pipeline):
    """A second side accusing someone else: which accusation the denial answers is not known."""
    text = _SENATOR + "Mayor Ada Pirvu accused the governor of wasting money on a stadium.\n\n" + _SECRETARY
    assert not any(source == "Ines Varga" for source, _ in _denials(pipeline, text))


def test_also_joins_the_denial_before(pipeline):
    """"also dismissed the allegations": one more denier of the accusation the denial before answered, not of
    the counter-accusation reported between them."""
    text = ("Senator Paulo Brandt accused Transport Minister Karel Dunst of hiding the cost of three ferries.\n\n"
            "Dunst denied that he had hidden anything.\n\n"
            "The minister accused the Opposition of “playing politics with transport”.\n\n"
            "The shipyard, Norvik Marine, also dismissed the allegations.")
    denials = _denials(pipeline, text)
    assert ("Norvik Marine", "Paulo Brandt") in denials and ("Norvik Marine", "Karel Dunst") not in denials


def test_a_colon_dateline_is_no_accuser(pipeline):
    """"Muscat: A group of ... has accused ...": the place before the colon, parsed as a second subject, neither
    accuses nor is answered."""
    text = ("The Gulf Times\n\nMuscat: A group of flat owners has accused the building's management company of "
            "hiding repair costs.\n\nNorvik Homes, which manages the building, rejected the charge.\n")
    article = pipeline.analyze(text, id="t")
    assert not any("Muscat" in (c.source.name, c.target.name) for c in article.claims)
    assert ("Norvik Homes", "group") in _denials(pipeline, text)


def test_a_set_off_participle_keeps_its_own_modality(lexicons, gazetteer, bare_nlp):
    """'"... someone is not telling the truth," he said, accusing officials ...' with "accusing" parsed as a
    complement of "telling": the participle set off by a comma takes neither the quote's negation nor a
    controller (a hand-built parse of the small model's reading)."""
    from spacy.tokens import Doc

    from attribution.pipeline.claims import Context, _controller, modality
    from attribution.pipeline.layout import find_layout
    from attribution.pipeline.speakers import Resolver

    words = ["Someone", "is", "not", "telling", "the", "truth", ",", "he", "said", ",", "accusing", "officials", "."]
    heads = [3, 3, 3, 3, 5, 3, 8, 8, 3, 8, 3, 10, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct", "nsubj", "parataxis", "punct", "xcomp", "dobj",
            "punct"]
    tags = ["NN", "VBZ", "RB", "VBG", "DT", "NN", ",", "PRP", "VBD", ",", "VBG", "NNS", "."]
    lemmas = ["someone", "be", "not", "tell", "the", "truth", ",", "he", "say", ",", "accuse", "official", "."]
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, find_layout(doc.text, lexicons), entities=[])
    ctx = Context(doc, [], resolver, lexicons, gazetteer, quotations=[])
    assert modality(doc[10], ctx) == (False, False) and _controller(doc[10]) is None


def test_figures_named_in_a_denied_clause_are_no_accusation(pipeline):
    """"denied that any sale had been left out of the board's figures": the figures are not what is denied, and
    their owner, the spokesperson's own board, is no accuser."""
    text = ("Councillor Ruth Okeke said the harbour board had hidden berth sales from the public.\n\n"
            "A spokesperson for the Harbour Board denied that any sale had been left out of the board's figures.")
    assert not any(target == "Harbour Board" for _, target in _denials(pipeline, text))


def test_an_accusers_negation_is_no_denial(pipeline):
    """"traders have not been allocated stalls" from one who has accused the council himself echoes the act of
    another's accusation, but goes on accusing."""
    text = ("The opposition Civic Party has accused town council officials of allocating market stalls to ruling "
            "party members.\n\nThe chairman of the Market Traders Association, Tom Reyes, accused council officers "
            "of losing the registration files.\n\nAccording to Reyes, at least 200 former traders have not been "
            "allocated stalls.")
    assert not any(source == "Tom Reyes" for source, _ in _denials(pipeline, text))


@pytest.mark.parametrize("label", ["reckless", "mischievous", "irresponsible"])
def test_calling_an_accusation_reckless_denies_it(pipeline, label):
    """A label of irresponsibility, like one of falsity, rejects the accusation it is given to."""
    text = ("Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"
            f"Harbour master Piet Vandal called the accusation “{label}”.")
    assert ("Piet Vandal", "Lena Ortiz") in _denials(pipeline, text)


def test_proper_conduct_answers_no_later_accusation(pipeline):
    """"said he had followed the procurement rules" answers what was said before it, not an accusation the
    article reports later."""
    text = ("Harbour master Piet Vandal said he had followed the procurement rules.\n\n"
            "The harbour board will meet on Friday to review the tender.\n\n"
            "Senator Lena Ortiz accused Vandal of rigging the tender.")
    assert not _denials(pipeline, text)


@pytest.mark.parametrize("runners", ["management", "leadership"])
def test_the_management_of_a_body_stands_for_it(pipeline, runners):
    """"accused the management of the Harbour Authority": the body its managers run is accused."""
    article = pipeline.analyze(f"Senator Lena Ortiz accused the {runners} of the Harbour Authority of hiding "
                               "accident reports.", id="t")
    assert ("Lena Ortiz", "Harbour Authority") in {(c.source.name, c.target.name) for c in article.claims
                                                   if c.relation == "accuse"}
