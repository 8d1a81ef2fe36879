"""Accusations and denials by construction (real parses of sentences written for the tests, and one
hand-built parse): accusing by contending ("X claimed that Y had ...", not of a move or of something
undergone), speakers the tagger misread or a pronoun names in the clause it reports; denials of what
was just said, of a noun labelled by "as", by a relative labelling clause, by an idiom ("pushed back
on those claims"), of an owner's case, of an accusation made against a description of the denier, by
a denier never tied to the accused, by "also", by a demonstrative noun after a newer statement;
accusing by an attempt at wrongdoing ("is trying to silence critics", never a minute's silence); and
what is no denial (an accuser's negation, proper conduct answering a later accusation, a colon dateline
as accuser); the one dateline test; sides by a state organ's country and by a body's acronym; statements
responding to an accusation; denials whatever the parse ("called the accusation "a smear ...""), of the
denier's own deed, by an acronym tagged a common noun; wrongdoing in a gerund parsed as a compound; a
target "the party" or "them" taking up the actors its sentence named; denial by a thing done "in full
compliance" (and not by a norm of a coordinated verb); a statement read out accusing for its reader; a
denier whose title names the accused body ("deputy secretary of the ministry"); an accusation labelled a
pretext ("described the allegation as a distraction"); the accused negating the charge's words with no verb of
denial ("has not withheld a single payment", "at no time were funds diverted"); an "also" denial worded as another
side's charge; an accuser insisting after its charge was denied, which denies nothing; 'called that "untrue"'
whatever the parse makes of "that"; a subject said to have known of a problem and done nothing, waited or
acted only late."""

from __future__ import annotations

import pytest

from attribution.pipeline.claims import _on_side, find_claims, side
from attribution.pipeline.layout import is_dateline
from attribution.pipeline.model import Entity
from attribution.pipeline.speakers import Resolver


def _claims_of(pipeline, text: str, relation: str) -> set[tuple[str, str]]:
    """(source, target) names of the unflagged claims of one relation in a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == relation}


def _denials(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the deny claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "deny"}


def _accusations(pipeline, text: str) -> set[tuple[str, str]]:
    """(source, target) names of the accuse claims of a text."""
    article = pipeline.analyze(text, id="t")
    return {(c.source.name, c.target.name) for c in article.claims if c.relation == "accuse"}


@pytest.mark.parametrize("text, pair", [
    ("The Farmers Union claimed that the company behind the dam, Verdant Agro Ltd, had cleared the wetland "
     "before the permit was issued.", ("Farmers Union", "Verdant Agro Ltd")),
    ("Senator Marta Quell claimed during the debate that the Lowmoor Water Board had put a cousin of the water "
     "minister on its payroll.", ("Marta Quell", "Lowmoor Water Board")),
    ("Mayor Tomas Reyes claimed that the economy had grown by four percent.", None),
    ("Councillor Ana Pereira claimed she had been misquoted by the newspaper.", None),
    ("Councillor Ana Pereira claimed that the contractor would finish the road in May.", None),
    ("The Defence Ministry of Valdonia claimed on Monday that its forces had struck two launch sites.", None),
    ("Deputy Minister Ruth Adjei dismissed as baseless the claim that her department had left the teachers' "
     "petitions unanswered.", None),
])
def test_claiming_that_another_actor_did_something_accuses_it(pipeline, text, pair):
    """No actor, the speaker's own side or an act not done ("would finish") makes no accusation."""
    assert _claims_of(pipeline, text, "accuse") == ({pair} if pair else set())


@pytest.mark.parametrize("text, pair", [
    ("ALOR SETAR, Dec 5 (Bernama) -- The Kedah state executive on Friday claimed that the Ministry of Rural Works "
     "(MRW) had kept back RM40 million intended for drainage works in three districts, leaving farms exposed.",
     ("Kedah state executive", "Ministry of Rural Works")),
    ("GEORGE TOWN, Dec 5 (Bernama) -- The Penang state executive on Friday claimed that the Ministry of Coastal and "
     "Regional Works (MCRW) had kept back RM40 million intended for drainage works.",
     ("Penang state executive", "Ministry of Coastal and Regional Works")),
])
def test_a_claim_in_a_wire_lead_is_the_actor_beside_the_dateline(pipeline, text, pair):
    """The parser may take the dateline's place for the subject of the lead's verb: the claimant is the
    actor beside it, not the place."""
    assert _claims_of(pipeline, text, "accuse") == {pair}


def test_a_speaker_the_tagger_took_for_no_actor_still_makes_its_claims(nlp, lexicons, gazetteer):
    """A party name read as a common noun or as the title of a work is still the resolved speaker's."""
    doc = nlp("KODEP on Friday accused the Civil Aviation Ministry of leaving four aircraft grounded.")
    doc[0].pos_, doc[0].tag_ = "NOUN", "NN"
    doc.ents = [e for e in doc.ents if e.start > 0]
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, doc._.attribution_layout,
                                entities=doc._.attribution_entities)
    claims = find_claims(doc, doc._.attribution_statements, resolver, lexicons, gazetteer)
    names = {(c.relation, resolver.entities[c.source].name, resolver.entities[c.target].name) for c in claims}
    assert ("accuse", "KODEP", "Civil Aviation Ministry") in names


def test_calling_an_accusation_a_fairy_tale_denies_it(pipeline):
    text = ("The Green League on Monday accused the Transport Ministry of hiding a safety audit.\n\n"
            "Ministry spokesman Petros Lakis described the accusations as \"a fairy tale\".")
    assert ("Petros Lakis", "Green League") in _claims_of(pipeline, text, "deny")


def test_it_in_a_clause_a_firm_reports_is_the_firm(pipeline):
    """ "X said in a statement that it rejects ...": "it" is X, even when the tagger took X for a person's
    name; not the body named just before."""
    text = ("Senator Ada Munro claimed during the debate that the contractor, Petrakis Hellas, had hired the "
            "minister's nephew as a consultant.\n\nThe Transport Ministry said its inspectors would visit the port "
            "next week. Union leader Tom Reed blamed the ministry for the delays.\n\nPetrakis Hellas said in a "
            "short statement that it \"firmly rejects\" what it called \"malicious rumours\".")
    denials = _claims_of(pipeline, text, "deny")
    assert ("Petrakis Hellas", "Ada Munro") in denials
    assert ("Transport Ministry", "Tom Reed") not in denials


_CHARGE = "Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"


@pytest.mark.parametrize("text, pair", [
    (_CHARGE + "“They have buried the truth for years,” Ortiz said.\n\n"
     "The Harbour Authority rejected this, saying every report had been published.",
     ("Harbour Authority", "Lena Ortiz")),
    ("Councillor Ruth Okeke said the mayor had wasted public money on the stadium.\n\n"
     "Mayor Piet Vandal accused the council of hypocrisy.\n\n"
     "“They spent twice as much on the old arena,” Vandal said.\n\n"
     "Okeke dismissed the comparison as “a sideshow”, saying the issue was the stadium.",
     ("Ruth Okeke", "Piet Vandal")),
    ("Senator Lena Ortiz accused Transport Minister Karel Dunst of rigging a ferry tender, an accusation "
     "the minister’s office described as “a work of fiction”.", ("minister’s office", "Lena Ortiz")),
])
def test_a_denial_of_what_was_just_said(pipeline, text, pair):
    """A pronoun reaches past the accuser's own further quotes; "the comparison" labelled by "as"
    refers back; a relative labelling clause on an accusation noun denies it."""
    assert pair in _denials(pipeline, text)


def test_a_campaign_never_denies_its_candidate(pipeline):
    """The latest accusation is by the namesake of the denier ("the Tallis campaign", "Mira Tallis"):
    their own side, so no denial of it."""
    text = ("Senator Mira Tallis accused the governor of stalling the budget.\n\n"
            "The governor proposed a debate on Monday, but the Tallis campaign rejected the idea as “absurd”.")
    assert not any(source == "Tallis campaign" for source, _ in _denials(pipeline, text))


def test_playing_politics_accuses_its_subject(pipeline):
    """A verb and object that together name wrongdoing ("play politics") accuse the subject, not what
    "with" names."""
    text = "Councillor Ada Pirvu said the Opposition had been “playing politics with the town’s drinking water”."
    assert _accusations(pipeline, text) == {("Ada Pirvu", "Opposition")}


def test_both_sides_are_no_one_target(pipeline):
    """"both parties" names each of two actors: no one target."""
    text = "Councillor Ada Pirvu said both parties were “playing politics with roads”."
    assert not _accusations(pipeline, text)


def test_an_act_for_political_gain_accuses_its_doer(pipeline):
    """An act done "for political gain" is its doer's wrongdoing."""
    text = ("Mayor Piet Vandal dismissed those calls, saying opposition councillors were using the floods for "
            "political gain ahead of the elections.")
    assert ("Piet Vandal", "opposition councillors") in _accusations(pipeline, text)


_CHARGE = ("accused officials of the Roads Agency of approving payments for bridges that were never "
           "finished.\n\n")


_SENATOR = "Senator Paulo Brandt on Tuesday " + _CHARGE


_SECRETARY = "Public Works Secretary Ines Varga denied that her office had released any money for unfinished bridges."


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
            "of losing the registration files.\n\nAccording to Reyes, nearly 90 fish traders from the old harbour "
            "market have not been allocated stalls.")
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


_ACCUSATION = ("Councillor Ruth Okeke alleged that a deputy in the harbour master's office had sold berths to "
               "yacht owners for cash.\n\n")


_CHARGE = "Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"


@pytest.mark.parametrize("text, pair", [
    (_ACCUSATION + "Harbour master Piet Vandal denied selling any berths.", ("Piet Vandal", "Ruth Okeke")),
    (_CHARGE + "The Harbour Authority pushed back on those claims on Friday, saying every report had been "
     "published.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "The Harbour Authority hit back at the allegations.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "The Harbour Authority rejected the senator's figures.", ("Harbour Authority", "Lena Ortiz")),
    (_CHARGE + "Opposition spokesman Karel Dunst dismissed the Harbour Authority's case as a smear.",
     ("Karel Dunst", "Harbour Authority")),
])
def test_a_denial_answers_its_accuser(pipeline, text, pair):
    """The accused described, not named, is the denier its words fit; an idiom of rebuttal denies; so does
    rejecting a named owner's case or figures."""
    assert pair in _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    _ACCUSATION + "Ferry operator Piet Vandal denied selling any tickets.",
    _CHARGE + "The mayor, Ada Pirvu, pushed back against the budget cuts.",
    _CHARGE + "Judge Mira Tallis dismissed the case on Monday.",
])
def test_no_denial_without_a_sound_accuser(pipeline, text):
    """A description sharing no word with the denier, a rebuttal of no accusation or a case of nobody named
    answers nobody."""
    assert not {pair for pair in _denials(pipeline, text) if pair[1] == "Lena Ortiz" or pair[0] in ("Piet Vandal",
                                                                                                   "Mira Tallis")}


@pytest.mark.parametrize("text, word, expected", [
    ("HARTLEY, Nov 3 (Wirenews) - The port union accused the board of lying.", "HARTLEY", True),
    ("DUNMORE \u2014 The port union accused the board of lying.", "DUNMORE", True),
    ("Brackton: A group of boat owners has accused the harbour board of fraud.", "Brackton", True),
    ("The union met on Friday. NATO, the alliance, accused the board of lying.", "NATO", False),  # mid-paragraph
    ("HARTLEY is a port town.", "HARTLEY", False),
    ("Dunmore \u2013 A group of boat owners has accused the harbour board of fraud.", "Dunmore", True),
    ("The union met on Friday.\n\nPHB, for its part, accused the union of lying.", "PHB", False),
])
def test_one_dateline_test(nlp, text, word, expected):
    """A dateline's place opens its paragraph, in capitals before a dash, a bracket or a comma (not a
    short name before a comma and a lower-case word), or in title case before a colon or a dash (naming
    no person); the claim rules read no actor in it."""
    token = next(t for t in nlp(text) if t.text == word)
    assert is_dateline(token) is expected


@pytest.mark.parametrize("phrasal", ["push back", "hit back"])
def test_rebuttal_idioms_are_phrasal_denials(lexicons, phrasal):
    """The idioms of rebuttal are phrasal cue verbs of denial in the lexicon, denying only what names an
    accusation; their verb alone keeps its own cue."""
    verb, particle = phrasal.split()
    cue = lexicons.phrasal_verbs[verb][particle]
    assert (cue.relation, cue.requires) == ("deny", ("accusation",))
    assert lexicons.verbs[verb].relation != "deny"


def test_a_rebuttal_of_no_accusation_is_no_statement_of_its_object(pipeline):
    """ "hit back at the council" aims at the council; the council is not what was said."""
    article = pipeline.analyze("Mayor Ivo Brandt hit back at the council on Monday.", id="t")
    assert not [q for q in article.quotes if q.text == "the council"]
    assert not [c for c in article.claims if c.relation == "deny"]


@pytest.mark.parametrize("text, pair", [
    ("Councillor Tomas Reyl alleged in a radio interview that the marina contract was tied to the deputy mayor.",
     ("Tomas Reyl", "deputy mayor")),
    ("The police chief later claimed that several of the youths held overnight had links with a Harbour Party "
     "councillor.", ("police chief", "Harbour Party councillor")),
    ("Mayor Ida Berg claimed the gang had ties to the Northern Alliance.", ("Ida Berg", "Northern Alliance")),
    ("Mayor Ida Berg said the marina contract was tied to the deputy mayor.", None),
    ("Mayor Ida Berg claimed the floods were linked to the dam.", None),
])
def test_an_alleged_tie_to_an_actor_accuses_it(pipeline, text, pair):
    """A clause reported by "allege" or "claim" that ties its subject to an actor ("linked to", "links
    with", "ties to") accuses that actor; "said" contends nothing, and a dam is no actor."""
    found = {p for p in _accusations(pipeline, text) if p[1] != "gang"}
    assert found == ({pair} if pair else set())


@pytest.mark.parametrize("text, pair", [
    ("Councillor Ana Lind claimed that the contractor had hired a cousin of the mayor.", ("Ana Lind", "contractor")),
    ("Councillor Ana Lind claimed that the port board had begun dredging the bay before the permit was issued.",
     ("Ana Lind", "port board")),
    ("Councillor Ola Ness claimed that the waste firm had stopped collecting rubbish from paying households.",
     ("Ola Ness", "waste firm")),
    ("Regional governor Pavel Sorin dismissed the accusations as lies, claiming that the families had gone to the "
     "resorts at their own request.", None),
    ("Union chairman Tomas Berg claimed that older passengers were bearing the brunt of the cuts.", None),
])
def test_a_contention_accuses_only_of_an_act(pipeline, text, pair):
    """ "claimed that X had ..." accuses X of what X did; a move ("had gone to the
    resorts") or something undergone ("were bearing the brunt") accuses nobody."""
    assert _accusations(pipeline, text) == ({pair} if pair else set())


@pytest.mark.parametrize("text, accuser", [
    ("The Lowland Party accused the Marlow government of cutting the budget of the hospital. The nurses' union "
     "secretary, Ada Verne, accused the health minister, Piet Mulder, of \"spin\". Marlow Health denied that the "
     "closure of the ward was linked to the budget.", "Lowland Party"),
    ("The Lowland Party accused the Marlow government of cutting the budget of the hospital. The nurses' union "
     "secretary, Ada Verne, accused the health minister, Piet Mulder, of \"spin\". Marlow Health denied that the "
     "ward had been closed.", "Ada Verne"),
    # the denial's own word for a charge ("claims") repeats nothing the charge is about
    ("The Lowland Party accused Marlow Health of making false claims to the auditors. The nurses' union "
     "secretary, Ada Verne, accused Marlow Health of closing the ward. Marlow Health rejected the claims.",
     "Ada Verne"),
])
def test_a_denial_answers_the_accusation_whose_words_it_repeats(pipeline, text, accuser):
    """When the latest accusation shares no content word with what is denied, the earlier one that does
    ("budget") is the one answered; with no word shared, the latest stays."""
    assert {target for source, target in _denials(pipeline, text) if source == "Marlow Health"} == {accuser}


@pytest.mark.parametrize("text, pair", [
    ("Fishermen's leader Tomas Reyes said the harbour board had sold the jetty. Harbour board chairman Piet Mulder "
     "dismissed Reyes's suggestion that the board was hiding the sale.", ("Piet Mulder", "Tomas Reyes")),
    ("Fishermen's leader Tomas Reyes spoke on Monday. Harbour board chairman Piet Mulder dismissed Reyes's "
     "suggestion that the board did not pay its fees.", ("Piet Mulder", "Tomas Reyes")),
    ("Fishermen's leader Tomas Reyes said the talks should wait. Harbour board chairman Piet Mulder dismissed "
     "Reyes's suggestion that the talks be delayed until May.", None),
    ("Fishermen's leader Tomas Reyes spoke on Monday. Harbour board chairman Piet Mulder dismissed Reyes's "
     "suggestion that he would resign.", None),
])
def test_a_denied_suggestion_of_an_act_answers_its_owner(pipeline, text, pair):
    """ "dismissed X's suggestion that ..." denies X's charge when the clause reports an act done, even
    where X is not shown accusing; a proposal (subjunctive) or a forecast (modal) is no charge."""
    assert _denials(pipeline, text) == ({pair} if pair else set())


def test_a_denied_statement_answers_its_owner(pipeline):
    """A statement rejected is an account its owner gave: "rejected the Ruritanian statement" answers
    the ministry that made it, named by the nationality."""
    text = ("The Ruritanian Foreign Ministry accused Kessel of staging the attack. Kessel's Foreign Ministry "
            "spokesperson Ivo Dane rejected the Ruritanian statement.")
    assert {source for source, target in _denials(pipeline, text) if target.startswith("Ruritan")} == {"Ivo Dane"}


_CHARGED = ("The Lowland Party accused the health minister, Ada Verne, of hiding the waiting lists. Verne rejected "
            "the accusation. ")


@pytest.mark.parametrize("text, charged", [
    (_CHARGED + '"The Lowland Party left us with the longest waiting lists in the country," she said.', True),
    (_CHARGED + '"The Lowland Party never once raised the waiting lists in parliament," she said.', False),
    ("The Lowland Party accused the health minister, Ada Verne, of hiding the waiting lists. Verne rejected the "
     "accusation, saying the Lowland Party would lose the election.", False),
    (_CHARGED + "Nurses' union secretary Piet Mulder said the lists were growing. Ada Verne said the Lowland Party "
     "had cut the hospital budget in 2019.", False),
    # an act reported in the reporter's words, not the denier's own, is no charge
    (_CHARGED + "Verne said the Lowland Party had won the 2019 election in the north.", False),
])
def test_a_denier_keeping_the_floor_turns_the_charge_on_its_accuser(pipeline, text, charged):
    """After a denial, an act done by the accuser in what the denier goes on to say accuses the accuser;
    a negated ("never once") or modal act accuses nobody, and another side speaking in between ends
    the denier's turn."""
    assert (("Ada Verne", "Lowland Party") in _accusations(pipeline, text)) is charged


@pytest.mark.parametrize("text, pair, wrong", [
    ("The opposition Kestrel Party accused the Varna provincial government of awarding a ferry contract to a "
     "friend of the governor.\n\n"
     "Fisherman Tomas Reede accused the province of ignoring the fishing villages.\n\n"
     "Deputy governor Ilse Marr dismissed the allegations, saying the Kestrel Party was “chasing headlines” "
     "before the vote.", ("Ilse Marr", "Kestrel Party"), ("Ilse Marr", "Fisherman Tomas Reede")),
    ("The rebels accused the Free Council of hiding weapons in a school near Orlovo.\n\n"
     "Colonel Ivo Brenn, a spokesman for the military, said the jets had struck a depot. He denied that the "
     "jets had hit any homes, calling reports of deaths \"stories spread by the Free Council's radio\".\n\n"
     "The Free Council accused the military of bombing the school.", ("Ivo Brenn", "Free Council"),
     ("Ivo Brenn", "rebels")),
])
def test_a_denial_answers_the_accuser_its_gloss_names(pipeline, text, pair, wrong):
    """The participle that glosses a denial ("saying X was ...", "calling reports stories spread by X")
    names the accuser it answers, before or after it in the article, not the latest other accuser."""
    denials = _denials(pipeline, text)
    assert pair in denials and wrong not in denials


def test_he_in_a_quotation_is_not_its_speaker(pipeline):
    """A claim verb whose subject is "he" inside a direct quotation reports someone else's act: the
    quotation's speaker is not its source."""
    text = "\"He accused the union of sabotage, and that is a lie,\" said Marta Kiel, the union's leader."
    assert ("Marta Kiel", "union") not in _accusations(pipeline, text)


def test_a_preposition_hung_on_the_particle_is_the_cues(pipeline):
    """"pushed back on that accusation on Friday": the parser may hang "on that accusation" on "back"; the
    particle's preposition is the cue's, not the verb's own "on Friday"."""
    text = ("Senator Hal Brenner accused the housing agency of steering grants to donors.\n\n"
            "The agency's director, Rosa Lind, pushed back on that accusation on Friday, telling reporters that "
            "every grant had been audited.")
    assert ("Rosa Lind", "Hal Brenner") in _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Opposition leader Dara Voss has questioned whether Rivermark Holdings received favourable treatment in the "
     "tender. Rivermark has denied that, saying every bid was scored by an outside panel.",
     ("Rivermark", "Dara Voss")),
    ("Foreign Minister Tilde Aron said the arrest of a Norlandic engineer without charge was deeply troubling. "
     "Aron said the embassy had been allowed one visit.\n\n"
     "Sudova rejected the criticism. A spokesman for its foreign ministry said the engineer's rights were "
     "protected.", ("Sudova", "Tilde Aron")),
])
def test_a_denial_of_what_was_just_said_answers_its_speaker(pipeline, text, pair):
    """"denied that", "rejected the criticism" with no accusation reported for it: the speaker of the
    statement just before, of another side."""
    assert pair in _denials(pipeline, text)


def test_rejecting_an_estimate_denies_nobody(pipeline):
    """An estimate is no accusation: rejecting it answers no speaker."""
    text = "Mayor Ana Brill said the new bridge would open in May. The council's auditor rejected the estimate."
    assert not _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Governor Ilse Marten accused the river police of beating protesters in Dorvik.\n\n"
     "“They acted like an occupying army,” Marten said.\n\n"
     "The Dorvik Tenants Union said officers had kicked in doors at dawn. “Children were screaming,” its "
     "chairman, Pavel Rusk, said.\n\n"
     "The river police denied that claim.", ("river police", "Pavel Rusk")),
    ("Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"
     "Dock worker Amos Feld said managers had shredded logbooks after each spill.\n\n"
     "The Harbour Authority rejected those allegations on Monday.", ("Harbour Authority", "Amos Feld")),
    ("Governor Lidia Marsh accused the Federal Housing Agency of \"sitting on\" the relief money.\n\n"
     "In a statement on Monday, the agency said the long delays were caused by the state housing office itself.\n\n"
     "Marsh's office called that account false.", ("Marsh's office", "Federal Housing Agency")),
    ("Councillor Rhea Doyle said the Lakeside Transit Board had cut night buses in poorer wards to save "
     "money.\n\nThe board rejected that description.", ("Lakeside Transit Board", "Rhea Doyle")),
])
def test_a_demonstrative_charge_answers_the_statement_just_made(pipeline, text, pair):
    """"denied that claim", "rejected those allegations" after an older accusation: the statement just
    before, of another side, is the one rejected; so is "that account" the parser read as the noun's
    subject ("called that account false")."""
    assert pair in _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Senator Ivo Brandt accused the port board of wasting the dredging budget. The board's chair, Mira Solt, "
     "rejected that argument.", ("Mira Solt", "Ivo Brandt")),
    ("The Tarvo Mining Company accused the Green Ridge council of delaying its permit on purpose. The company "
     "said the delay had cost it 40 million dollars. The council disputed that figure on Tuesday.",
     ("Green Ridge council", "Tarvo Mining Company")),
    ("Councillor Dana Pike accused the Lakeview Water Board of hiding leaks from residents.\n\n"
     "Alderman Tom Ruiz said Pike and her allies were playing politics with the leaks.\n\n"
     "Pike dismissed that argument.", ("Dana Pike", "Tom Ruiz")),
])
def test_a_demonstrative_argument_rejected_answers_the_one_just_made(pipeline, text, pair):
    """"rejected that argument", "disputed that figure": the demonstrative points back to the case just
    put forward, as "that account" does; the latest statement of another side since the accusation is
    the one rejected."""
    assert pair in _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    "Mayor Ana Brill said the new bridge would open in May. The council's auditor rejected that estimate.",
    "The court heard the appeal on Monday. The judge rejected that argument.",
    "Mayor Ana Brill said the new bridge would open in May. The council's auditor rejected the argument.",
])
def test_a_demonstrative_argument_with_no_accusation_before_denies_nothing(pipeline, text):
    assert not _denials(pipeline, text)


def test_the_label_a_denial_gives_is_not_the_wording_of_the_charge(pipeline):
    """"dismissed the claim as the old excuse of a council ...": the words after "as" are the denier's,
    so a word of them ("council") shared with an older charge does not make that charge the one answered."""
    text = ("The transport board accused the city council of failing to pay its bus fees.\n\n"
            "The Green League, which holds most council seats, claimed on Monday that ministers were cutting funds "
            "to punish the city.\n\n"
            "Opposition leader Omar Dask dismissed the claim as the old excuse of a council that cannot pay its "
            "own fees.")
    denials = _denials(pipeline, text)
    assert ("Omar Dask", "Green League") in denials
    assert ("Omar Dask", "transport board") not in denials


@pytest.mark.parametrize("text, pair", [
    ("Dock workers have accused Marlow Shipping Lines of dumping fuel in the bay, a charge the operator has "
     "strongly denied.", ("Marlow Shipping Lines", "Dock workers")),
    ("Villagers have accused the Tarn Mining Company of poisoning the river, an accusation the miner denied on "
     "Friday.", ("Tarn Mining Company", "Villagers")),
])
def test_a_bare_noun_denying_a_charge_that_sums_up_its_sentence_is_the_one_charged(pipeline, text, pair):
    """"X accused Marlow of ..., a charge the operator has denied": "the operator", which names no body
    of its own, takes up the one the sentence charges."""
    assert pair in _denials(pipeline, text)


@pytest.mark.parametrize("text", [
    # a body of that kind named before: the noun is that body, whatever the resolver makes of it
    "The Ministry of Health was named in the report. The opposition accused the Northern Power Corporation of "
    "cutting power, a charge the ministry has denied.",
    # "the government" is the government, not the police it defends
    "The ombudsman accused the Northern Power Corporation of cutting power, a charge the government rejected.",
    # two accused: the noun takes up neither
    "The opposition accused the Northern Power Corporation and the Water Board of cutting power, a charge the "
    "utility has denied.",
])
def test_a_bare_noun_denying_a_charge_takes_up_no_accused_it_may_not_be(pipeline, text):
    assert "Northern Power Corporation" not in {source for source, _ in _denials(pipeline, text)}


@pytest.mark.parametrize("text, older", [
    ("Governor Rosa Delgado accused the coast guard of ignoring warnings about the storm.\n\n"
     "A local radio station, quoting unnamed harbour workers, reported that Velmar Fisheries had dumped its "
     "catch at sea, a claim the company called \"completely untrue.\"", "Rosa Delgado"),
    ("Governor Rosa Delgado accused the coast guard of ignoring warnings about the storm.\n\n"
     "The smugglers also accused the harbour master of taking bribes from rival gangs, an accusation Ortega called "
     "\"ridiculous.\"", "Rosa Delgado"),
])
def test_a_zero_relative_on_a_summing_noun_answers_its_own_sentence_only(pipeline, text, older):
    """"..., a claim the company called untrue": a relative with no relative word on an indefinite charge noun
    sums up its own sentence's claim, like "..., which it denies"; when that claim was not read, it answers
    no older accusation against another body."""
    assert older not in {target for _, target in _denials(pipeline, text)}


def test_a_demonstrative_charge_keeps_the_accuser_its_own_side_follows(pipeline):
    """The latest statement is the denier's own side: "that claim" still answers the accusation."""
    text = ("Senator Lena Ortiz accused the Harbour Authority of hiding accident reports.\n\n"
            "The authority's chairman, Bruno Kell, said every report was online.\n\n"
            "The Harbour Authority rejected that claim again on Monday.")
    assert ("Harbour Authority", "Lena Ortiz") in _denials(pipeline, text)


def test_a_demonstrative_charge_keeps_an_accusation_its_paragraph_goes_on_with(pipeline):
    """A later statement in the accusation's own paragraph goes on with it: "that charge" is the accusation."""
    text = ("Senator Hal Brenner accused the housing agency of steering grants to donors. A spokesman said "
            "Brenner would seek a hearing in March.\n\n"
            "The agency's director, Rosa Lind, rejected that charge, saying every grant had been audited.")
    assert ("Rosa Lind", "Hal Brenner") in _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Senator Mira Dalton said the Harbour Authority was trying to silence the dock workers who spoke out.",
     ("Mira Dalton", "Harbour Authority")),
    ("The Tenants League said in a statement that the Velmont council had sought to gag its members.",
     ("Tenants League", "Velmont council")),
    ("Rights group Open Voice said the Korvan authorities had \"turned to lawsuits, again and again, to silence "
     "reporters\".", ("Open Voice", "Korvan authorities")),
    ("\"The opposition keeps trying to manufacture a scandal from ordinary paperwork,\" the "
     "Harbour Authority said in a statement.", ("Harbour Authority", "opposition")),
    ("Mayor Ivo Brandt said the Dorvik council would observe a minute of silence for the flood victims.", None),
    ("Senator Mira Dalton said the Harbour Authority was not trying to silence anyone.", None),
    ("Senator Mira Dalton said the Harbour Authority would try to silence its critics.", None),
])
def test_an_attempt_at_wrongdoing_accuses_the_one_attempting_it(pipeline, text, pair):
    """"trying to silence", "sought to gag": an attempt is still the subject's wrongdoing (unlike one
    planned or supposed); "silence" and "gag" name wrongdoing only as verbs."""
    assert _accusations(pipeline, text) == ({pair} if pair else set())


@pytest.mark.parametrize("text, pair", [
    ("Opposition health spokesperson Dara Quinlan accused the Government of \"overseeing the longest "
     "hospital queues this country has known\".\n\n"
     "The Nurses Guild accused the hospital board of hiding the waiting lists.\n\n"
     "Minister for Health Ruth Halloran firmly rejected the allegation that the Government had neglected "
     "hospital capacity.", ("Ruth Halloran", "Dara Quinlan")),
    ("Senator Lena Ortiz accused the Harbour Authority of holding back the dredging funds to punish the "
     "port union.\n\n"
     "Ortiz said the authority's director had told staff to delay the payment.\n\n"
     "The Pilots Guild said the authority was using the dredging contract as a whip against the union.\n\n"
     "Harbour Authority director Bruno Kell denied that he had given any order about the payment.",
     ("Bruno Kell", "Lena Ortiz")),
])
def test_a_charge_denied_with_its_accused_or_its_words_answers_that_charge(pipeline, text, pair):
    """"rejected the allegation that the Government had neglected ...": the accusation against the Government,
    not a later one against another body; a denial taking up the words of a charge spelt out in the
    accuser's next statement ("the payment") answers that accuser, not a newer one whose words it does not
    share (lexical cohesion)."""
    assert _denials(pipeline, text) == {pair}


@pytest.mark.parametrize("text, pair", [
    ("Councillor Rita Oduya accused the Harbour Board of hiding the cost of the new pier. Board chairman Felix "
     "Amanor dismissed her remarks as \"campaign noise\".", ("Felix Amanor", "Rita Oduya")),
    ("Councillor Rita Oduya said the Harbour Board had been slow to repair the pier. Board chairman Felix Amanor "
     "dismissed Oduya's comments as \"campaign noise\".", ("Felix Amanor", "Rita Oduya")),
])
def test_dismissing_someones_remarks_denies_them(pipeline, text, pair):
    """"dismissed her remarks as ...": the owner of the remarks is answered, as the owner of a case or of
    figures is; remarks with no owner named answer nobody by themselves."""
    assert pair in _denials(pipeline, text)


def test_no_one_accuses_or_is_denied_by_an_office_named_after_them(pipeline):
    """"Ocampo's office" speaks for Ocampo: its denial answers no accusation of his."""
    text = ("Governor Lidia Marsh accused the Federal Housing Agency of \"sitting on\" the relief money.\n\n"
            "The agency said the state had been told which forms were missing.\n\n"
            "Marsh's office called that account false.")
    assert ("Marsh's office", "Lidia Marsh") not in _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Governor Lidia Marsh accused the Federal Housing Agency of \"sitting on\" the relief money. In a "
     "statement on Monday, the agency said the long delays were caused by the state housing office itself.",
     ("Federal Housing Agency", "state housing office")),
    ("Xinhua news agency reported the talks had ended. The agency said the long delays were caused by the rebels.",
     None),
    ("Anadolu Agency reported the talks had ended. The agency said the long delays were caused by the rebels.", None),
])
def test_an_agency_that_is_no_outlet_accuses_by_what_it_says(pipeline, text, pair):
    """"the agency said", resolved to a government agency, is that agency speaking, not a channel;
    a news agency relays and accuses nobody."""
    assert (pair in _accusations(pipeline, text)) if pair else not _accusations(pipeline, text)



def test_a_press_secretary_named_by_her_principal_is_on_his_side():
    """"Brusnikin's press secretary" (affiliation: a person's surname) is on Anatoly Brusnikin's side."""
    entities = [Entity(name="Oleg Varnik", type="person", key="person:oleg-varnik"),
                Entity(name="Irina Sokol", type="person", key="person:irina-sokol", affiliation="Varnik"),
                Entity(name="Workers Party", type="organisation", key="org:workers-party")]
    assert _on_side(entities, 0, side(entities, 1))
    assert not _on_side(entities, 2, side(entities, 1))


def test_a_corporation_following_the_rules_in_its_chief_executives_words_denies(pipeline):
    """"said the corporation had followed the procurement guidelines": "the corporation" is an actor, the
    speaker's own body, so its proper conduct answers the accusation against it."""
    text = ("Councillor Dana Whyte charged that the Eastfield Municipal Corporation had paid contractors for work "
            "that was never done.\n\n"
            "The chief executive officer of the Eastfield Municipal Corporation, Sharon Blake, said the "
            "corporation had followed the procurement guidelines.")
    assert ("Sharon Blake", "Dana Whyte") in _denials(pipeline, text)


def test_a_claim_a_denial_rejects_accuses_nobody_for_the_denier(pipeline):
    """"dismissed as false the claim that her ministry had ignored the letters": the deputy minister
    rejects the charge against her ministry; she makes none."""
    text = ("Senator Kwame Asare said the Ministry of Roads had ignored two letters from the caucus.\n\n"
            "The Deputy Minister for Roads, Ama Boateng, dismissed as false the claim that her ministry had "
            "ignored the caucus's letters.")
    assert ("Ama Boateng", "Ministry of Roads") not in _accusations(pipeline, text)
    assert ("Ama Boateng", "ministry") not in _accusations(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("The company's chief executive, Rita Moss, said the delays were caused by Hollis Build, the "
     "former main contractor.", ("Rita Moss", "Hollis Build")),
    ("Mayor Dan Orr said the Velmont militia caused the blackout.", ("Dan Orr", "Velmont militia")),
    ("Mayor Dan Orr said the blazes had been caused by a long spell of dry weather.", None),
    ("Mayor Dan Orr said the Velmont militia could cause delays.", None),
    ("Senator Ana Ruiz said the governor was \"using flood victims as props\" in a feud with Washington.",
     ("Ana Ruiz", "governor")),
    ("Opposition leader Dara Voss said the government was treating the audit office as a political tool.",
     ("Dara Voss", "government")),
    ("Opposition leader Dara Voss said the government used the stadium as a shelter during the floods.", None),
    ("\"Our country has never used water as a weapon,\" the ambassador Ivo Kral said.", None),
    ("The Varnian border committee said Ostland was \"searching for an outside enemy to cover its own "
     "failures\".", ("Varnian border committee", "Ostland")),
    ("Minister Ivo Maren said the new report would hide no failure.", None),
    ("Community leader Rosa Quispe said the mining company had ignored complaints for years.",
     ("Rosa Quispe", "mining company")),
    ("The Lake Trust said the water board had ignored repeated written requests to publish the data.",
     ("Lake Trust", "water board")),
    ("Mayor Dan Orr said the board had ignored the noise from the protest.", None),
    ("Mayor Dan Orr said the council would not ignore warnings again.", None),
    ("Transport Minister Ivo Maren said the Harbour Pilots Guild had missed its deadline, and accused its "
     "management of \"hiding behind the pilots\".", ("Ivo Maren", "Harbour Pilots Guild")),
    ("Minister Ivo Maren accused the Harbour Pilots Guild of blocking the reform, alleging that some of its "
     "officials had taken money from shipping firms.", ("Ivo Maren", "Harbour Pilots Guild")),
])
def test_an_act_of_wrongdoing_by_construction_accuses_its_doer(pipeline, text, pair):
    """Wrongdoing named by a construction, not a word alone: causing a harm ("the delays were caused by
    the contractor"; a season is no actor, a harm that could be caused none done), using someone as a
    mere instrument ("as props", "as a political tool"; not a shelter, not a negated use), covering up
    one's failures, ignoring complaints or warnings (not a noise, not a promise). "its management",
    "some of its officials" are the body that owns them, never a party of their own."""
    assert _accusations(pipeline, text) == ({pair} if pair else set())


@pytest.mark.parametrize("text, pair", [
    ("Mayor Ana Ruiz said the Farmers League had itself failed to file its reports on time.",
     ("Ana Ruiz", "Farmers League")),
    ("Councillor Rita Mbeki added that the Harbour Party had itself appointed three acting managers without "
     "assessments when it ran the city.", ("Rita Mbeki", "Harbour Party")),
    ("Mayor Tom Ruiz said the Harbour Party itself had hired consultants without a tender.",
     ("Tom Ruiz", "Harbour Party")),
    ("The ministry said the Harbour Party had defended itself in court.", None),
    ("The Dockworkers Union's secretary, Joan Marr, said the union had itself called on the inspectors to look "
     "into the blast.", None),
])
def test_a_tu_quoque_accuses_the_actor_it_stresses(pipeline, text, pair):
    """An emphatic reflexive beside another actor's subject charges it with what it charges others with; a
    reflexive object, or the speaker's own body, accuses nobody."""
    assert _claims_of(pipeline, text, "accuse") == ({pair} if pair else set())


def test_claims_denied_are_their_owners_when_its_leaders_made_them(pipeline):
    """"The League's claims" answer the charge League leaders made, not the speaker who spoke last."""
    text = ("Farmers League leaders accused the water board of hiding the test results. Mayor Ana Ruiz accused the "
            "League of skipping the hearings. The League's claims were, however, dismissed by board chairman "
            "Tom Vale.")
    assert _denials(pipeline, text) == {("Tom Vale", "League")}


@pytest.mark.parametrize("text, denials", [
    ("The Farmers Caucus accused the Grain Board of diverting subsidised seed to traders. The board's chief "
     "executive, Dr Paul Onyango, insisted that the caucus's figures were made up.",
     {("Paul Onyango", "Farmers Caucus")}),
    ("The Farmers Caucus accused the Grain Board of diverting subsidised seed to traders. Board chairman Paul "
     "Onyango maintained that every district office had filed its returns.", {("Paul Onyango", "Farmers Caucus")}),
    ("Board chairman Paul Onyango insisted that every district office had filed its returns. The Farmers Caucus "
     "later accused the Grain Board of diverting subsidised seed to traders.", set()),
])
def test_insisting_against_an_accusation_already_reported_denies_it(pipeline, text, denials):
    """A rebuttal verb answers the charge already made against the speaker's side, never a later one."""
    assert _denials(pipeline, text) == denials


@pytest.mark.parametrize("text, denials", [
    ("Councillor Mara Velt accused Transport Minister Ivo Maren of handing the ferry contract to a friend. Maren "
     "dismissed the accusation as \"baseless\" and accused Velt of spreading rumours. Velt insisted that her "
     "office had letters to prove the deal.", {("Ivo Maren", "Mara Velt")}),
    ("Councillor Mara Velt accused Transport Minister Ivo Maren of handing the ferry contract to a friend. Maren "
     "accused Velt of spreading rumours. Velt insisted that her office had letters to prove the deal.",
     {("Mara Velt", "Ivo Maren")}),
])
def test_insisting_after_ones_own_charge_was_denied_holds_to_it(pipeline, text, denials):
    """An accuser whose charge the accused has denied, insisting after the accused's counter-charge, holds
    to its own accusation and denies nothing; without that denial the insisting answers the counter-charge."""
    assert _denials(pipeline, text) == denials


def test_a_spokesperson_of_a_state_organ_is_of_its_country_side(pipeline):
    """A "Ruritanian Interior Ministry spokesperson" speaks for Ruritania (France here): her "also denied"
    joins no earlier denial of France's own accusation."""
    text = ("Carlos Mendez, the governor of the border province, said French drones had struck a grain depot. "
            "The Swiss agency for refugees disputed the French account. "
            "French Interior Ministry spokesperson Odile Marchand later accused the governor of staging the "
            "blast. Marchand also denied that French drones fly over the province.")
    assert ("Odile Marchand", "France") not in _denials(pipeline, text)


def test_an_acronym_names_the_side_of_the_body_it_abbreviates(pipeline):
    """"The TVL's press officer" is of the Tarsa Valley League's side, so her denial answers the
    minister who accused the party, not the party itself."""
    text = ("The Tarsa Valley League (TVL) alleged that the transport ministry had ignored warnings about the "
            "bridge. Responding to the criticism, Transport Minister Hugo Lind said the TVL was \"playing games "
            "with the grief of families\". The TVL's press officer rejected the charge.")
    assert any(source == "Hugo Lind" and ("TVL" in target or target == "Tarsa Valley League")
               for source, target in _accusations(pipeline, text))
    denials = _denials(pipeline, text)
    assert any(target == "Hugo Lind" for _, target in denials)
    assert not any(target == "Tarsa Valley League" for _, target in denials)


@pytest.mark.parametrize("text, pair", [
    ("The Harbour Workers Guild accused the port authority of selling berths to friends. Reacting to the "
     "allegations, port director Ilse Brandt said the Harbour Workers Guild had \"staged the whole strike for "
     "money\".",
     ("Ilse Brandt", "Harbour Workers Guild")),
    # without the answer, no counter-charge, but the act in X's scare quotes accuses all the same
    ("The Harbour Workers Guild accused the port authority of selling berths to friends. Port director Ilse "
     "Brandt said the Harbour Workers Guild had \"staged the whole strike for money\".",
     ("Ilse Brandt", "Harbour Workers Guild")),
    ("The Harbour Workers Guild accused the port authority of selling berths to friends. Port director Ilse "
     "Brandt said the Harbour Workers Guild had staged the whole strike.", None),
])
def test_a_statement_responding_to_an_accusation_turns_it_on_the_accuser(pipeline, text, pair):
    """"Responding to / Reacting to the criticism, X said": X answers the latest accuser, and an act X's
    own quoted words give the accuser is a counter-charge (without the answer, a mere report is none,
    unless the act is in the speaker's scare quotes: :func:`characterization_claims`)."""
    accusations = _accusations(pipeline, text) - {("Harbour Workers Guild", "port authority")}
    assert accusations == ({pair} if pair else set())


@pytest.mark.parametrize("text, denier, accuser", [
    # 'called the accusation "a smear ..."': the parser may hang the complement as a second object
    ("Councillor Dana Whitby accused the mayor of hiding the audit. Mayor Piet Loman rejected the demand. "
     "He called that accusation \"a smear made up by rivals who failed to win the vote\" and said the audit "
     "was public.", "Piet Loman", "Dana Whitby"),
    # a person denying a deed of her own answers the prefect who accused her, not a later charge against her party
    ("Prefect Anton Weil accused Green Workers Party deputy Mara Olsen of inventing facts about a march she "
     "attended herself. The police union accused the GWP of turning officers into targets. Olsen denied she "
     "was ever at the rally.", "Mara Olsen", "Anton Weil"),
    # 'a charge the DA disputed': the tagger's "DA" a common noun there, a name elsewhere in the article
    ("The DA on Monday accused Mayor Sipho Khumalo of rigging the vote.\n\nCouncillor Thandi Mokoena said the DA "
     "had itself hired four managers without interviews when it ran the council, a charge the DA disputed.",
     "DA", "Thandi Mokoena"),
])
def test_a_denial_answers_the_accuser_however_parsed_or_placed(pipeline, text, denier, accuser):
    """A labelled accusation, a denial of one's own deed and one by an acronym the tagger misread, each
    answering its accuser alone."""
    assert {target for source, target in _denials(pipeline, text) if source == denier} == {accuser}


def test_a_gerund_parsed_as_compound_keeps_its_wrongdoing(pipeline):
    """'had "a long record of looting fuel"': the parser makes "looting" a compound of "fuel"."""
    text = ("Information Minister Omar Haddad said the rebel militia has \"a long record of looting fuel, grain "
            "and medicine\".")
    assert {source for source, _ in _accusations(pipeline, text)} == {"Omar Haddad"}


def test_a_labelled_denial_coordinated_with_a_negated_report_is_not_negated(pipeline):
    """'said that Ostrana "does not allow" ... and termed the allegations "baseless"': the parser hangs the
    labelling verb on the negated reported clause; the denial is as the report is, said."""
    text = ("Spain accused Portugal of sheltering the smugglers. Portugal's foreign ministry spokesman, Ivo Renn, "
            "wrote on X on Sunday that Portugal \"does not allow anyone to use its land against a neighbour\" and "
            "termed the Spanish allegations \"baseless and a cover for failures at home\".")
    assert any(target == "Spain" for _, target in _denials(pipeline, text))


@pytest.mark.parametrize("text, accuser, accused", [
    ("Greens spokesman Tomas Erlund said Vastra was \"once more trying to scare pensioners\" and accused the "
     "party of \"lying about the budget\".", "Tomas Erlund", "Vastra"),
    ("Farmers union chief Ilse Brandt said the Agrarian League and Forward Kelmar were \"selling out rural "
     "towns\" and accused them of \"trading votes for subsidies\".", "Ilse Brandt", "Agrarian League"),
])
def test_the_party_or_them_takes_up_the_actors_the_sentence_named(pipeline, text, accuser, accused):
    """'said Akel was ... and accused the party of': the party is the one just named, not a body called
    "party"; "them", the coordinated actors of the clause before (not someone named earlier)."""
    assert any(source == accuser and target.startswith(accused) for source, target in _accusations(pipeline, text))


def test_the_party_is_never_the_claimants_own_phrase(pipeline):
    """'Mayor of Dorvik Council, Ana Lind, blamed the company': no body of the claimant's own phrase."""
    text = "Mayor of Dorvik Council, Ana Lind, blamed the company for the flooding of the lower town."
    assert ("Ana Lind", "Dorvik Council") not in _accusations(pipeline, text)


@pytest.mark.parametrize("text, denial", [
    ("The Greens accused the transport ministry of rigging a bus tender for a donor's firm.\n\nIn a written "
     "statement, the transport ministry said the tender had been run \"in full compliance\" with procurement law.",
     ("transport ministry", "Greens")),
    ("The Greens accused the transport ministry of rigging a bus tender for a donor's firm.\n\nThe transport "
     "ministry said the tender had been awarded in accordance with the rules.", ("transport ministry", "Greens")),
])
def test_a_thing_done_in_compliance_denies_for_its_doer(pipeline, text, denial):
    """'said the tender had been run "in full compliance" with ...': the passive act of the accused,
    done in conformity with a norm, denies the accusation."""
    denier, accuser = denial
    assert any(denier.endswith(source) and target == accuser for source, target in _denials(pipeline, text))


def test_compliance_of_an_act_done_by_another_denies_nothing(pipeline):
    """A passive act with its doer named ('had been run by the auditors in compliance with ...') is no
    denial of the speaker's."""
    text = ("The Greens accused the transport ministry of rigging a bus tender for a donor's firm.\n\nThe ministry "
            "said the review had been run by outside auditors in full compliance with the law.")
    assert not any(source.endswith("ministry") for source, _ in _denials(pipeline, text))


def test_a_statement_read_out_accuses_for_whoever_read_it(pipeline):
    """'X read a statement on television accusing Y': X accuses, not "statement"."""
    text = ("Colonel Ivo Renn, the spokesman for the ruling council, read a statement on national television "
            "accusing the Border Agency of recruiting spies among the drivers.")
    assert ("Ivo Renn", "Border Agency") in _accusations(pipeline, text)


def test_following_a_case_while_urging_respect_for_the_law_denies_nothing(pipeline):
    """A norm in a verb coordinated with "follow" ('was following the dispute closely and called on both
    camps to respect the rules') is no following of a norm."""
    text = ("The Greens accused the transport ministry of rigging a bus tender for a donor's firm.\n\nThe bloc's "
            "delegation in Dorvik said it was following the dispute closely and called on both camps to respect "
            "the rules.")
    assert not any(source.endswith("delegation") for source, _ in _denials(pipeline, text))


@pytest.mark.parametrize("text", [
    "The Dorvan Tenants Union accused the housing ministry of selling public land to developers. A second group, "
    "the Pellow Farmers League, accused the port board of dumping waste. Karel Voss, deputy secretary of the "
    "housing ministry, denied that any land had been sold.",
    "The Dorvan Tenants Union accused the housing ministry of selling public land to developers. A second group, "
    "the Pellow Farmers League, accused the port board of dumping waste. Karel Voss, a senior official at the "
    "housing ministry, denied that any land had been sold.",
])
def test_a_denier_titled_as_of_the_accused_body_answers_its_accuser(pipeline, text):
    """'Karel Voss, deputy secretary of the housing ministry, denied that ...': the title's body is the one
    accused, so the denial answers the charge against it, not the latest one by another accuser."""
    assert _denials(pipeline, text) == {("Karel Voss", "Dorvan Tenants Union")}


@pytest.mark.parametrize("label", ["a distraction from the pay talks", "a pretext for cutting posts"])
def test_labelling_an_accusation_a_pretext_denies_it(pipeline, label):
    """'described the allegation as a distraction': calling a charge a pretext or a ploy dismisses it as
    calling it false does."""
    text = ("The Selwick Nurses Union accused the health ministry of hiding the staffing audit. The ministry "
            f"described the allegation as {label}.")
    assert any(source.endswith("ministry") and target == "Selwick Nurses Union"
               for source, target in _denials(pipeline, text))


_SITTING_ON = ("The Harbour Workers Union accused the Kesterton Harbour Board of sitting on overtime payments owed "
               "to dock staff. ")
_DIVERTING = "Senator Ada Kruse accused the Ministry of Roads of diverting bridge funds to other projects. "


@pytest.mark.parametrize("text, pair", [
    (_SITTING_ON + "\"The board has not withheld a single payment that staff properly claimed,\" Kesterton Harbour "
     "Board spokesperson Mara Venn said.", ("Mara Venn", "Harbour Workers Union")),
    ("Councillor Tom Reyes accused the Delmar Paving Company of holding secret meetings with planning officials "
     "before the contract award. The company said it had no contact whatsoever with planning officials outside "
     "the tender.", ("Delmar Paving Company", "Tom Reyes")),
    (_DIVERTING + "\"At no time were bridge funds diverted to any other project,\" the Ministry of Roads said in a "
     "statement.", ("Ministry of Roads", "Ada Kruse")),
    (_DIVERTING + "The Ministry of Roads said no decision had been made on the new airport.", None),
    (_DIVERTING + "The Ministry of Roads said Kruse had no standing to lecture anyone about bridge funds.", None),
    (_SITTING_ON + "\"We cannot release overtime payments that nobody has claimed,\" Kesterton Harbour Board "
     "spokesperson Mara Venn said.", None),
    (_SITTING_ON + "Kesterton Harbour Board spokesperson Mara Venn said she was not qualified to judge how "
     "overtime payments are owed.", None),
    ("Opposition MP Leni Toa accused the Samoa Roads Authority of awarding the bridge contract without a tender. "
     "The Samoa Audit Office said no complaint about the contract had ever reached its auditors.", None),
])
def test_the_accused_stating_the_negation_of_the_charge_denies_it(pipeline, text, pair):
    """'accused the board of sitting on payments ... "The board has not withheld a single payment"': the
    accused side (or one speaking for it) negating, by "not", "no contact", "at no time", a clause that
    takes up words of the charge denies it, with no verb of denial. A negated clause sharing no word with the
    charge, said of the accuser, or modal denies nothing; nor does another body of the accused's country."""
    assert _denials(pipeline, text) == ({pair} if pair else set())


def test_an_also_denial_worded_as_another_charge_answers_that_charge(pipeline):
    """'The trust also dismissed the lobbying claims' after a denial of the meetings charge: "also" joins the
    denial before it unless what is dismissed takes up the words of another side's accusation only."""
    text = ("Councillor Tom Reyes accused the Delmar Paving Company of holding secret meetings with planning "
            "officials before the contract award. The Road Hauliers Association blamed the Delmar Paving Company "
            "for lobbying against new weight limits. The company said it had no contact whatsoever with planning "
            "officials outside the tender. The Delmar Quarry Trust also dismissed the lobbying claims.")
    assert _denials(pipeline, text) == {("Delmar Paving Company", "Tom Reyes"),
                                        ("Delmar Quarry Trust", "Road Hauliers Association")}


@pytest.mark.parametrize("label", ['"simply untrue"', "untrue", '"a feeble excuse"'])
def test_calling_that_untrue_denies_whatever_the_parse_of_that(pipeline, label):
    """'called that "simply untrue"': the small model hangs "that" on the complement as a complementizer or a
    determiner (an adjective takes neither, nor a noun phrase with its own article); it is the labelling
    verb's object, the accusation just reported, and the speaker denies it."""
    text = ("Councillor Hana Mirek accused the Vellmoor Water Board of waiting for a flood before it would act. "
            f"A board spokesman, Piet Arendse, called that {label}, noting that crews had cleared the drains twice.")
    assert _denials(pipeline, text) == {("Piet Arendse", "Hana Mirek")}


def test_that_determining_a_noun_is_no_object_of_its_own(pipeline):
    """'called that plan unworkable' labels the plan, not what was said before: no denial."""
    text = ("Councillor Hana Mirek accused the Vellmoor Water Board of waiting for a flood before it would act. "
            "Piet Arendse called that plan unworkable.")
    assert _denials(pipeline, text) == set()



def test_a_headline_claim_takes_the_named_parties_of_the_lead_it_restates(pipeline):
    """A headline above the article describes the parties its lead names: "state ferry firm" is the
    company the lead names, not an actor of its own."""
    text = ("Auditor accuses state ferry firm of overpaying shipyard\n\n"
            "PORT LOUIS - The National Audit Office of Velmar on Friday accused the state ferry company Coastal "
            "Lines Velmar of overpaying a shipyard by $4 million, in a report released after a two-year review.\n\n"
            "The company rejected the findings on Saturday and said every payment had been approved by its board.")
    accusations = _accusations(pipeline, text)
    assert all(target != "state ferry firm" for _, target in accusations)
    assert any(target == "Coastal Lines Velmar" for _, target in accusations)


def test_a_headline_claim_naming_another_actor_than_the_lead_keeps_it(pipeline):
    text = ("Velmar accuses Korland of shelling border town\n\n"
            "The Velmar Defence Ministry on Monday accused rebel fighters of firing rockets at the border town of "
            "Ostrava Nova, killing two farmers and wounding eleven, and said Korland had armed them.\n\n"
            "Korland's foreign ministry denied any part in the attack.")
    assert any(target == "Korland" for _, target in _accusations(pipeline, text))


@pytest.mark.parametrize("text, pair", [
    # the denier is named in the charge: the body the charged act favoured
    ("The Green Alliance accused the transport ministry of choosing Northgate Haulage Ltd without a tender. "
     "The ministry's spokesman Paul Ferro accused the Green Alliance of playing politics with the roads. "
     "Northgate Haulage Ltd denied any political ties to the ministry.", ("Northgate Haulage Ltd", "Green Alliance")),
    # the denier is not named but takes up the charge's words
    ("The Miners Union accused the regional council of granting drilling licences inside the nature reserve. "
     "The council's chairwoman Ilse Brandt accused the union of spreading panic among farmers. "
     "Mayor Oskar Lind denied that any drilling licence had been granted inside the reserve.",
     ("Oskar Lind", "Miners Union")),
])
def test_a_denier_the_accusation_did_not_target_answers_the_charge_it_is_named_in_or_worded_as(pipeline, text, pair):
    assert pair in _denials(pipeline, text)


def test_a_denier_sharing_no_word_with_any_charge_answers_none_of_two_sides(pipeline):
    text = ("The Miners Union accused the regional council of granting drilling licences inside the nature reserve. "
            "The council's chairwoman Ilse Brandt accused the union of spreading panic among farmers. "
            "Mayor Oskar Lind denied that the school budget had been cut.")
    assert not {pair for pair in _denials(pipeline, text) if pair[0] == "Oskar Lind"}


def test_a_bare_kind_noun_is_of_the_side_of_the_one_body_of_that_kind():
    """"the ministry" and the one "Ministry of Rural Roads" of an article are one side, both ways; with two
    ministries named, the bare noun is of neither."""
    ministry = Entity(name="Ministry of Rural Roads", type="organisation", key="org:ministry-of-rural-roads")
    bare = Entity(name="ministry", type="organisation", key="org:ministry")
    union = Entity(name="Roads Workers Union", type="organisation", key="org:roads-workers-union")
    entities = [ministry, bare, union]
    assert _on_side(entities, 0, side(entities, 1)) and _on_side(entities, 1, side(entities, 0))
    assert not _on_side(entities, 2, side(entities, 1))
    other = Entity(name="Ministry of Finance", type="organisation", key="org:ministry-of-finance")
    assert not _on_side([*entities, other], 0, side([*entities, other], 1))


@pytest.mark.parametrize("text, edge", [
    ("Opposition health critic Dana Pruitt accused the Labour government of hiding the waiting lists. "
     "Health Minister Carl Oduya denied that the government had removed any figures. Oduya dismissed Pruitt's "
     "attack as \"laughable, coming from the party that closed three rural clinics.\"",
     ("accuse", "Carl Oduya", "Dana Pruitt")),
    ("Shadow housing secretary Paul Reeve accused the housing minister, Anne Cole, of ignoring warnings about "
     "damp flats. Cole rejected the accusation. Speaking in Bristol later, Ms Cole said she would \"not accept "
     "lessons\" from a party that \"sold off the council homes in the first place\".",
     ("accuse", "Anne Cole", "Paul Reeve")),
    ("Shadow transport secretary Neil Ward accused the Department for Transport of quietly cancelling rail "
     "upgrades. A department spokesperson said the claims were \"simply wrong\". Speaking in York later, transport "
     "secretary Maya Lind said she would \"not take lessons\" from a party that \"sold off the railways in the "
     "first place\". She insisted no upgrade had been cancelled.",
     ("accuse", "Maya Lind", "Neil Ward")),  # the retort comes in the turn that leads up to her denial
])
def test_a_denier_describing_the_accusers_party_by_its_deeds_accuses_it(pipeline, text, edge):
    """The accused turns on the accuser by what "the party that ..." did, in the denier's own words."""
    assert edge[1:] in _claims_of(pipeline, text, edge[0])


def test_a_party_that_did_something_said_by_a_bystander_is_no_counter_charge(pipeline):
    """Only the denier, while it holds the floor, turns a description of a party on its accuser."""
    text = ("Councillor Rita Vance accused the mayor, Owen Hart, of wasting the road budget. Hart rejected the claim. "
            "Historian Lena Moss said the town \"still remembers the party that built the old bridge.\"")
    assert "Lena Moss" not in {source for source, _ in _claims_of(pipeline, text, "accuse")}


@pytest.mark.parametrize("text, edges", [
    ("The Water Board has accused a private bottling company in Kestrel of draining the aquifer for a month. The "
     "board said the wells belonged to Northgate Springs Ltd.\n\nNorthgate Springs rejected the findings. In a "
     "statement, the company said its pumps had stopped in May, and it blamed its drilling contractor, Harlow Bore "
     "Works, for a cracked casing.\n\nThe contractor denied any fault. Its director Omar Blaine accused the "
     "bottling company of ignoring three warnings.",
     [("accuse", "Water Board", "Northgate Springs"), ("accuse", "Northgate Springs", "Harlow Bore Works"),
      ("accuse", "Omar Blaine", "Northgate Springs")]),
    ("Tenants accused Orchid Bay Holdings of pocketing the repair fund. Orchid Bay Holdings rejected the charge. "
     "The company also blamed the tower's old cleaning firm for the missing receipts. That firm, Tidewell "
     "Cleaning, said it had filed every receipt.",
     [("accuse", "Orchid Bay Holdings", "Tidewell Cleaning")]),
])
def test_a_business_described_as_the_company_or_set_beside_its_name_is_the_named_one(pipeline, text, edges):
    """"the company", "a ... company" named only later, and a noun a name is set beside ("its drilling contractor,
    Harlow Bore Works", "That firm, Tidewell Cleaning") are the business the article names."""
    article = pipeline.analyze(text, id="t")
    found = {(c.relation, c.source.name, c.target.name) for c in article.claims}
    assert set(edges) <= found


def test_a_company_description_never_becomes_a_ministry_or_the_accuser(pipeline):
    """Only a named party that is no state body, nor the claim's other party, is what "the company" is."""
    text = ("The Ministry of Fisheries accused the company of dumping fish waste in the bay. Officials did not name "
            "the firm.")
    assert _claims_of(pipeline, text, "accuse") == {("Ministry of Fisheries", "company")}


def test_rejecting_the_findings_denies_the_accusation_against_the_rejecter(pipeline):
    """"rejected the findings": an audit's findings are the accusation the body they were made against answers."""
    text = ("The State Audit Office accused Harlow Water Ltd of billing the city for pipes it never laid.\n\n"
            "Harlow Water Ltd rejected the findings on Tuesday.")
    assert ("Harlow Water Ltd", "State Audit Office") in _denials(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Greens say Dunmore District Council hid a loan from voters, a charge its leader calls nonsense\n\n"
     "Green councillor Pia Lund claimed the district council had hidden a loan of two million pounds.\n\n"
     "The council's leader, Victor Crane, rejected the accusation on Monday.",
     ("Victor Crane", "Greens")),
    ("Senator Ruth Okafor claimed the Harbour Authority had \"sold the docks to its friends\" last spring.\n\n"
     "Authority spokesman Dario Venn dismissed the lawmaker's remarks as \"a stunt for the cameras\".",
     ("Dario Venn", "Ruth Okafor")),
])
def test_a_party_named_by_a_bare_title_is_the_named_person_it_stands_for(pipeline, text, pair):
    """"its leader" is the person named as the leader; "the lawmaker" whose remarks a spokesman dismissed is the
    person whose charge came just before."""
    denials = _denials(pipeline, text)
    assert pair in denials
    assert not any(name.islower() for edge in denials for name in edge)


@pytest.mark.parametrize("text, pair", [
    ("The Lakeview Port Authority (LPA) has delayed the dredging of the harbour for two years. Fishermen's leader "
     "Peter Obi Lamptey blamed LPA management for the delay.", ("Peter Obi Lamptey", "Lakeview Port Authority")),
    ("Senator Ann Flores blamed the Trump administration for the delay.", ("Ann Flores", "Trump administration")),
])
def test_the_management_of_a_body_named_before_it_is_the_body(pipeline, text, pair):
    """"LPA management" is the authority that the acronym names; a person's "administration" stays as it is."""
    assert pair in _accusations(pipeline, text)


_FAVOURED = ("A water tender has divided the municipality: two ward councillors have accused the town's engineers "
             "of inflating the cost of the pipes.\n\n"
             "Councillor Mary Tembo {said}. She accused the town clerk, James Banda, of ignoring the advice of the "
             "tender board.\n\n"
             "Banda rejected the accusation and said the tender board had approved the award.\n\n"
             "The tender board's chairman, Paul Mwale, said his board had ranked Bluerock Pipes Ltd third.\n\n"
             "Bluerock Pipes Ltd denied that it had received any special treatment from the council.")


def test_a_firm_denying_a_favour_answers_the_accuser_whose_statement_named_it(pipeline):
    """The firm was brought into the story by the councillor's statement, whoever she accused after it."""
    text = _FAVOURED.format(said="said the water contract had been steered to Bluerock Pipes Ltd, a firm set up "
                                 "in April")
    assert ("Bluerock Pipes Ltd", "Mary Tembo") in _denials(pipeline, text)


def test_a_firm_named_only_by_a_bystander_answers_no_accuser_by_that(pipeline):
    """The board chairman who named the firm accused nobody; the councillor never named it."""
    text = _FAVOURED.format(said="said the water contract was a scandal")
    assert not any(source == "Bluerock Pipes Ltd" for source, _ in _denials(pipeline, text))


@pytest.mark.parametrize("text, pair", [
    ("The heating firm Nordwarm Ltd said the regional governor, Pavel Orlov, was looking for a scapegoat to cover "
     "a decade of underfunding.", ("Nordwarm Ltd", "Pavel Orlov")),
    ("Councillor Ana Ruiz said the Harbour Board was trying to shift the blame for the delays onto the dockers.",
     ("Ana Ruiz", "Harbour Board")),
    ("Councillor Ana Ruiz said the Harbour Board was trying to shift the cranes to the northern quay.", None),
])
def test_seeking_a_scapegoat_or_shifting_the_blame_is_the_subjects_wrongdoing(pipeline, text, pair):
    """A verb and its object that together put one's own blame on others accuse the clause's subject; the verb
    with another object does not."""
    found = _accusations(pipeline, text)
    assert pair in found if pair else not found


@pytest.mark.parametrize("text", [
    "Director Omar Haddad told reporters that the Food Safety Agency had checked the mill twice and recorded "
    "several violations of the hygiene code.",
    "Minister Lara Voss said the Mining Authority had reviewed the licences and found no violation of the rules.",
])
def test_recording_or_finding_a_violation_is_no_wrongdoing_of_the_finder(pipeline, text):
    """Whoever records or finds a violation is no party to it: the speaker accuses nobody by saying so."""
    assert not _accusations(pipeline, text)


@pytest.mark.parametrize("text, pair", [
    ("Opposition MP Tomas Vale claimed that the Harbour Board had been warned about the cracked pier in March "
     "and had done nothing.", ("Tomas Vale", "Harbour Board")),
    ("Union leader Ana Ruiz said the Lowmoor Water Board had been told about the leaks but waited until the "
     "summer to send a crew.", ("Ana Ruiz", "Lowmoor Water Board")),
    ("Blogger Ivan Petrov wrote that the Forestry Agency had known about the fires for weeks and acted only "
     "after the village was evacuated.", ("Ivan Petrov", "Forestry Agency")),
    ("Union leader Ana Ruiz said the Lowmoor Water Board had been told about the leaks and sent a crew at once.",
     None),
    ("Union leader Ana Ruiz said the Lowmoor Water Board had been told to wait but did not have a crew.", None),
    ("Union leader Ana Ruiz said the Lowmoor Water Board had done nothing wrong.", None),
])
def test_knowing_of_a_problem_and_not_acting_on_it_accuses_the_knower(pipeline, text, pair):
    """A reported clause saying its subject knew of something (was warned, told, knew about it) and in a joined
    verb did nothing, waited or acted only late accuses that subject; knowing and acting, an instruction, or
    doing nothing wrong does not."""
    found = _accusations(pipeline, text)
    assert pair in found if pair else not found
