"""The article the product was specified from, end to end."""

from __future__ import annotations


def _by_speaker(article, name):
    return [q for q in article.quotes if q.speaker and q.speaker.name == name]


def test_bergner_quotes_have_full_name_and_role(spec_article):
    quotes = _by_speaker(spec_article, "Kevin Bergner")
    texts = " | ".join(q.text for q in quotes)
    assert "Our intelligence reveals that senior leadership in Iran is aware of this activity" in texts
    assert "That would be hard to imagine." in texts
    assert "the Qods Force was working with" in texts
    assert any(q.kind == "direct" for q in quotes) and any(q.kind == "indirect" for q in quotes)
    assert all(q.speaker.role == "military spokesman" for q in quotes)
    assert all(q.speaker.affiliation == "U.S. military" for q in quotes)
    assert quotes[0].speaker.rank == "Brigadier-General"


def test_quote_without_cue_continues_previous_speaker(spec_article):
    quote = next(q for q in spec_article.quotes if q.text.startswith("We also understand"))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Kevin Bergner"
    assert quote.cue is None


def test_najjar_dismisses_us_accusations(spec_article):
    quotes = _by_speaker(spec_article, "Mostafa Mohammad Najjar")
    mixed = next(q for q in quotes if q.kind == "mixed")
    assert "sheer lie" in mixed.text
    assert mixed.cue == "dismissed"
    assert mixed.speaker.role == "Defense Minister"
    assert mixed.speaker.affiliation == "Iran"
    assert mixed.speaker.channel and "IRNA" in mixed.speaker.channel


def test_zebari_role_and_affiliation_from_demonym(spec_article):
    quote = _by_speaker(spec_article, "Hoshiyar Zebari")[0]
    assert quote.speaker.role == "Foreign Minister"
    assert quote.speaker.affiliation == "Iraq"


def test_organisation_and_group_speakers(spec_article):
    speakers = {q.speaker.name for q in spec_article.quotes if q.speaker}
    assert "U.S. military" in speakers
    assert "Military experts and some exiled Iranians" in speakers


def test_accusation_and_denial_edges(spec_article):
    edges = {(c.relation, c.source.name, c.target.name) for c in spec_article.claims}
    us_side = {"U.S. military", "United States", "Kevin Bergner"}
    iran_side = {"Iran", "Senior Iranian leaders", "Mostafa Mohammad Najjar"}
    assert any(r == "accuse" and s in us_side and t in iran_side for r, s, t in edges)
    assert ("accuse", "U.S. military", "Qods Force") in edges
    assert any(r == "deny" and s in iran_side and t in us_side for r, s, t in edges)
    assert ("deny", "Mostafa Mohammad Najjar", "United States") in edges


def test_denial_points_at_the_accusation_it_answers(spec_article):
    denial = next(c for c in spec_article.claims if c.relation == "deny" and c.source.name == "Iran")
    answered = next(c for c in spec_article.claims if c.id == denial.responds_to)
    assert answered.relation == "accuse" and answered.source.name == "U.S. military"


def test_teasers_after_section_heading_yield_nothing(spec_article, spec_text):
    boundary = spec_text.index("Latest news")
    assert all(q.start < boundary for q in spec_article.quotes)


def test_offsets_point_into_the_text(spec_article, spec_text):
    for quote in spec_article.quotes:
        assert spec_text[quote.start:quote.end] == quote.text
    for claim in spec_article.claims:
        assert spec_text[claim.start:claim.end].strip() == claim.evidence


def test_claims_carry_event_codes(spec_article):
    accuse = next(c for c in spec_article.claims if c.relation == "accuse")
    deny = next(c for c in spec_article.claims if c.relation == "deny")
    assert (accuse.cameo, accuse.plover) == ("112", "ACCUSE")
    assert deny.cameo == "016"


def test_actors_link_people_to_what_they_speak_for(spec_article):
    actors = {a.id: a for a in spec_article.actors}
    bergner = next(a for a in actors.values() if a.name == "Kevin Bergner")
    assert bergner.type == "person"
    assert any(actors[parent].name == "U.S. military" for parent in bergner.member_of if parent in actors)


def test_pronouns_take_the_speaker_before_them(spec_article):
    by_text = {q.text: q.speaker for q in spec_article.quotes if q.speaker}
    discovered = next(s for t, s in by_text.items() if t.startswith("the United States had discovered"))
    assert (discovered.name, discovered.mention, discovered.resolution) == ("Kevin Bergner", "He", "pronoun")
    charges = next(s for t, s in by_text.items() if t.startswith("such charges were part"))
    assert (charges.name, charges.channel) == ("Mostafa Mohammad Najjar", "IRNA")


def test_nominal_takes_the_organisation_named_before(spec_article):
    bombs = next(q.speaker for q in spec_article.quotes if q.text.startswith("the bombs have killed"))
    assert (bombs.name, bombs.mention, bombs.resolution) == ("U.S. military", "The military", "nominal")


def test_channel_is_the_outlet_name(spec_article):
    mixed = next(q for q in spec_article.quotes if q.kind == "mixed")
    assert mixed.speaker.channel == "IRNA"


def test_organisation_tagged_as_a_person_is_not_a_person(spec_article):
    assert all(a.type != "person" for a in spec_article.actors if a.name == "Qods Force")
