"""A quotation closing a paragraph is no bare cue's of the next paragraph; speaker words that name
no actor ("Ministry sources", "Another signatory, X,", "some of the councillors") keep their claims;
the relative pronoun object of a claim verb is its antecedent: real parses of sentences written for
the test. The keys a surname is found by: no middle given name."""

from __future__ import annotations

import pytest


def _quotes_of(pipeline, text: str) -> dict[str, str | None]:
    """Speaker name of each statement, by its text."""
    article = pipeline.analyze(text, id="t")
    return {q.text: q.speaker.name if q.speaker else None for q in article.quotes}


def _claims_of(pipeline, text: str, relation: str) -> set[tuple[str, str]]:
    """(source, target) names of the claims of one relation in a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == relation}


def test_second_half_of_a_split_quote_closing_its_paragraph_keeps_its_speaker(pipeline):
    """ "“A,” said X. “B.”" then a paragraph opening on a bare cue ("who asked not to be named"): B is X's."""
    text = ("“We have lost three contracts this year because the permits never arrive,” said Mara Velt, who runs "
            "a boatyard in Pellham. “Nobody at the council answers the phone any more.”\n\n"
            "One senior council official, who asked not to be named, said the permit office had lost half its staff.")
    quotes = _quotes_of(pipeline, text)
    assert quotes["Nobody at the council answers the phone any more."] == "Mara Velt"


@pytest.mark.parametrize("text, pair", [
    ("Another signatory, Dr. Ruth Abena Sarpong, who represents the northern ward, accused the council leadership "
     "of hiding the audit.", ("Ruth Abena Sarpong", "council leadership")),
    ("Transport ministry sources accused the union of inflating the number of idle buses.",
     ("Transport ministry sources", "union")),
    ("A police source said the contractor had bribed two inspectors to approve the scaffolding.",
     ("police source", "contractor")),
    ("Mr Orun had been accused by some of the same councillors last year of granting a licence without a tender.",
     ("some of the same councillors", "Orun")),
])
def test_a_speaker_word_naming_no_actor_keeps_the_claims_of_its_speaker(pipeline, text, pair):
    """An informant noun, a description the speaker's name is set off after or a part of a group of
    actors is the speaker."""
    assert pair in _claims_of(pipeline, text, "accuse")


@pytest.mark.parametrize("text, pairs", [
    ("The exiled cleric Omar Vessel, whom President Dana Kroll accuses of plotting the coup, lives in Vienna.",
     {("Dana Kroll", "Omar Vessel")}),
    ("Residents of Marlow complained about the canals, which they blame for the floods.", set()),
])
def test_the_relative_pronoun_object_of_a_claim_verb_is_its_antecedent(pipeline, text, pairs):
    """ "N, whom X accuses of ...": X accuses N; an antecedent that is no actor makes no claim."""
    assert _claims_of(pipeline, text, "accuse") == pairs


@pytest.mark.parametrize("name, keys", [
    (["Carol", "Ann", "Pettigrew"], ["pettigrew"]),  # a middle given name is no surname
    (["Lucia", "Quesada", "Arce"], ["arce", "quesada"]),  # the first of two surnames is one
    (["Omar", "al-Haddad"], ["al-haddad", "haddad"]),
])
def test_the_keys_a_surname_is_found_by(lexicons, name, keys):
    from attribution.pipeline.speakers import _surname_keys

    assert _surname_keys(name, lexicons) == keys


def test_the_signer_of_a_statement_set_off_after_the_fronted_phrase_is_no_source(pipeline):
    """"In a statement signed by his aide, Mr X, the commissioner said": the parser takes the signer for the
    subject (and the commissioner for his apposition); the issuer after him is the source, also of "the
    statement added" after it."""
    text = ("The Green Party accused the Commissioner for Works, Alhaji Musa Bello-Adamu, of approving payments "
            "to two firms.\n\nIn a statement signed by his Senior Aide on Publicity, Mr Isah Okonjo, the "
            "commissioner said he had \u201cnever met the directors of either company\u201d.\n\n\u201cThe "
            "commissioner has instructed his lawyers,\u201d the statement added.\n\nIn a statement "
            "signed by its Head of Communications, Mr Emmanuel Kofi Mensah, the Cocoa Board described the "
            "allegations as \u201cbaseless\u201d.")
    quotes = _quotes_of(pipeline, text)
    assert next(name for quote, name in quotes.items() if "never met" in quote) == "Musa Bello-Adamu"
    assert next(name for quote, name in quotes.items() if "instructed" in quote) == "Musa Bello-Adamu"
    assert next(name for quote, name in quotes.items() if "baseless" in quote) == "Cocoa Board"


def test_the_statement_a_body_named_by_its_kind_issued_is_the_bodys(pipeline):
    """"In a statement ..., the authority said" then "the statement said": the authority's, not the document's."""
    text = ("An authority spokesman rejected the minister's claims. In a statement issued in Northville, the "
            "authority said water had been shared under the accord.\n\n\u201cThe gauges were down for "
            "maintenance,\u201d the statement said.")
    quotes = _quotes_of(pipeline, text)
    assert next(name for quote, name in quotes.items() if "gauges" in quote) == "authority"
