"""Reported (indirect) speech: constructions whose content the parser hangs in an unexpected place."""

from __future__ import annotations

import pytest


def _quotes(pipeline, text):
    """(text, cue, speaker name) of the statements found in ``text``."""
    return [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "that Tom Vance had ..." on "report" as a relative clause: it is complete (its own
    # subject and object, "that" a bare complementizer), so it is what the report says
    ("Governor Alma Reyes is seizing upon a Harbor Gazette report that Tom Vance had a tax bill of nearly "
     "$40 million in 2009.", ("Tom Vance had a tax bill of nearly $40 million in 2009", "report", "Harbor Gazette")),
    # "during ...", "amid ..." hung on the verb after its object tell when or amid what it spoke
    ("Councillor Nia Brandt cited the overtime figures during a heated budget debate.",
     ("the overtime figures", "cited", "Nia Brandt")),
    ("Regional leaders offered broad new water-sharing plans amid growing fears of drought.",
     ("broad new water-sharing plans", "offered", "Regional leaders")),
    # a phrase hung on the verb that modifies its object stays with it
    ("Councillor Nia Brandt announced her engagement to Paul Ives.",
     ("her engagement to Paul Ives", "announced", "Nia Brandt")),
    # "for starters", "for years" are adverbials: the cue's complement is the next "for" phrase
    ("Mayor Ines Cole would ask, for starters, for the figures from every depot.",
     ("the figures from every depot", "would ask", "Ines Cole")),
    ("Mayor Ines Cole has called for years for a new bridge over the Arrow.",
     ("a new bridge over the Arrow", "has called", "Ines Cole")),
    # "a four-day week" is a DATE to the tagger, but what was called for
    ("Mayor Ines Cole called for a four-day week at every depot.",
     ("a four-day week at every depot", "called", "Ines Cole")),
])
def test_reported_content_and_its_span(pipeline, text, expected):
    assert expected in _quotes(pipeline, text)


def test_true_relative_clause_of_a_noun_cue_is_no_content(pipeline):
    # "that" is the object of "wrote": the clause tells which report, not what it says
    text = "Governor Alma Reyes is seizing upon a Harbor Gazette report that Tom Vance wrote in 2003."
    assert not any(cue == "report" for _, cue, _ in _quotes(pipeline, text))


def test_subject_after_according_to_taken_for_apposition(pipeline):
    """The parser hangs the clause's subject on "according to X," as X's apposition: it opens the content."""
    text = ("According to Rep. Alma Reyes, congressional scrutiny of the ferry contract was partly responsible "
            "for the exposure of the billing scandal.")
    assert ("congressional scrutiny of the ferry contract was partly responsible for the exposure of the billing "
            "scandal", "According to", "Alma Reyes") in _quotes(pipeline, text)


def test_true_apposition_after_according_to_stays_out(pipeline):
    text = "According to Jane Roe, the port director, the median wait was 41 minutes in March."
    assert _quotes(pipeline, text)[0][0] == "the median wait was 41 minutes in March"


@pytest.mark.parametrize("text, expected", [
    # a gerund cannot share the modal of the content clause: "calling" coordinates with "saying"
    ("Mayor Ines Cole responded on Monday evening, saying she would not \u201cretract a single claim\u201d and "
     "calling on the harbor board to publish the toll accounts for May.",
     ("she would not \u201cretract a single claim\u201d", "saying", "Ines Cole")),
    ("Mayor Ines Cole defended her deputy, saying he has been a champion of tenants in his buildings and "
     "calling him \"a reformer.\"", ("he has been a champion of tenants in his buildings", "saying", "Ines Cole")),
])
def test_second_predicate_of_the_speaker_ends_the_content(pipeline, text, expected):
    assert expected in _quotes(pipeline, text)


@pytest.mark.parametrize("text, content", [
    ("The union said that the board had cut wages and ignored the safety audit.",
     "the board had cut wages and ignored the safety audit"),
    ("The union said the board would cut wages and close the depot.", "the board would cut wages and close the depot"),
    ("The union said that the board was cutting wages and remained ready to close the depot.",
     "the board was cutting wages and remained ready to close the depot"),
    ("The union said that the board was cutting wages and ignoring the safety audit.",
     "the board was cutting wages and ignoring the safety audit"),
])
def test_predicates_sharing_the_content_clause_stay_in_it(pipeline, text, content):
    assert (content, "said", "union") in _quotes(pipeline, text)


def test_closing_outlet_that_carried_the_words_is_no_content(pipeline):
    text = ("A spokesperson for the Ministry of Ports denied the allegations, saying the coast guard \"acts within "
            "the law\" and that none of its boats had approached the raft, Maltese state broadcaster TVM reported.")
    assert ("none of its boats had approached the raft", "saying", "spokesperson for the Ministry of Ports") \
        in _quotes(pipeline, text)


def _closing_report(pipeline, words, tags, subject):
    """A content "the ferry will sail on time, WORDS ." hand-parsed, with the closing verb's subject at
    ``subject`` (an index into ``words``)."""
    from spacy.tokens import Doc

    body = ["the", "ferry", "will", "sail", "on", "time", ","]
    last = len(body) + len(words) - 1
    heads = [1, 3, 3, 3, 3, 4, 3] + [last] * len(words) + [3]
    heads[len(body) + subject] = last
    deps = ["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"] + ["dep"] * len(words) + ["punct"]
    deps[len(body) + subject] = "nsubj"
    heads[last] = 3
    deps[last] = "ccomp"
    all_tags = ["DT", "NN", "MD", "VB", "IN", "NN", ","] + tags + ["."]
    pos = [{"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "MD": "AUX", "VB": "VERB", "VBD": "VERB", "IN": "ADP",
            ",": "PUNCT", ".": "PUNCT", "JJ": "ADJ"}[t] for t in all_tags]
    lemmas = [{"reported": "report", "said": "say"}.get(w, w.lower()) for w in body + words + ["."]]
    return Doc(pipeline.nlp.vocab, words=body + words + ["."], heads=heads, deps=deps, tags=all_tags, pos=pos,
               lemmas=lemmas)


@pytest.mark.parametrize("words, tags, subject, kept", [
    # a channel noun, a name (tagged as one or not): who carried or spoke the words
    (["the", "news", "agency", "reported"], ["DT", "NN", "NN", "VBD"], 2, "the ferry will sail on time"),
    (["Wrenfield", "said"], ["NNP", "VBD"], 0, "the ferry will sail on time"),
    (["state", "broadcaster", "NTK", "reported"], ["NN", "NN", "NN", "VBD"], 2, "the ferry will sail on time"),
    # a common noun that names no outlet, and a noun "Report" that is no verb, stay
    (["the", "survey", "reported"], ["DT", "NN", "VBD"], 1, "the ferry will sail on time, the survey reported"),
    (["the", "Annual", "Report"], ["DT", "JJ", "NN"], 2, "the ferry will sail on time, the Annual Report"),
])
def test_closing_report_is_dropped_only_when_its_subject_names_an_outlet_or_speaker(pipeline, lexicons, words, tags,
                                                                                    subject, kept):
    from attribution.pipeline.statements import _drop_channel

    doc = _closing_report(pipeline, words, tags, subject)
    end = _drop_channel(doc, 0, len(doc), lexicons)
    assert [t.text for t in doc[:end] if not t.is_punct] == kept.replace(",", "").split()


def test_outlet_set_off_before_its_reporting_verb_is_no_object_gap(pipeline):
    """", state news agency RIA reported." parsed as a relative clause on "agency": the noun is set off by a
    comma (hung on it), so it is no object the clause lacks."""
    from spacy.tokens import Doc

    from attribution.pipeline.statements import _object_gap

    words = ["He", "left", ",", "state", "news", "agency", "RIA", "reported", "."]
    heads = [1, 1, 5, 5, 5, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "punct", "compound", "compound", "dobj", "nsubj", "relcl", "punct"]
    pos = ["PRON", "VERB", "PUNCT", "NOUN", "NOUN", "NOUN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert not _object_gap(doc[7])


@pytest.mark.parametrize("text, expected", [
    ("As Mara Quill, a housing economist, recently put it, the rent cap will shrink supply.",
     ("the rent cap will shrink supply", "put", "Mara Quill")),
    ("The levy is a tax on the poor, as one farmer put it.", ("The levy is a tax on the poor", "put", "one farmer")),
])
def test_as_clause_with_put_it_reports_the_clause_it_modifies(pipeline, text, expected):
    assert expected in _quotes(pipeline, text)


def test_put_it_with_a_particle_of_motion_is_no_cue(pipeline):
    assert _quotes(pipeline, "As Tomas Reyl put it down, the phone rang.") == []


@pytest.mark.parametrize("text", [
    "Mara Quill said in reply to a question from the floor that the bridge was on time.",
    "Mara Quill told reporters in response to Tuesday's question that the bridge was on time.",
    "Mara Quill said during the council's third hearing on the works that the bridge was on time.",
])
def test_that_clause_hung_on_the_noun_of_a_setting_phrase_within_a_setting_phrase(pipeline, text):
    assert ("the bridge was on time", "Mara Quill") in [(q[0], q[2]) for q in _quotes(pipeline, text)]


def test_allude_to_reports_its_object(pipeline):
    assert ("the budget shortfall", "alluded", "Ines Cole") in _quotes(
        pipeline, "Mayor Ines Cole alluded to the budget shortfall during her speech.")


@pytest.mark.parametrize("text, expected", [
    # a noun conjunct hung on the cue is no second predicate: it continues the object
    ("Mara Quill was apparently referring to the spate of burglaries, and the mayor's campaign to cut patrols.",
     "the spate of burglaries, and the mayor's campaign to cut patrols"),
    # so does a conjunct that repeats a preposition of the content
    ("Mara Quill alluded to her failings, and to his own.", "her failings, and to his own"),
    ("Mara Quill cited her years as county treasurer and as a state senator.",
     "her years as county treasurer and as a state senator"),
])
def test_conjunct_hung_on_the_cue_continues_its_object(pipeline, text, expected):
    assert expected in [q[0] for q in _quotes(pipeline, text)]


def test_a_second_clause_with_its_own_subject_does_not_continue_the_object(pipeline):
    assert "the plan" in [q[0] for q in _quotes(pipeline, "Mara Quill praised the plan and the council voted for it.")]


@pytest.mark.parametrize("text, parts", [
    # "that" taken for the determiner of the second clause's subject still opens a second complement
    ('The Orvel Quarry Group said in a statement that it follows every permit condition and that '
     'state soil samples in March "showed no pollution."',
     ["it follows every permit condition", 'state soil samples in March "showed no pollution']),
    # a bare noun in -ing is a mass noun, a subject of its own: "that" is its complementizer
    ("Mara Quill said the council had opened two clinics since July and that flooding had eased since May.",
     ["the council had opened two clinics since July", "flooding had eased since May"]),
])
def test_and_that_opens_a_second_statement(pipeline, text, parts):
    found = [q[0] for q in _quotes(pipeline, text)]
    assert all(part in found for part in parts)



@pytest.mark.parametrize("text, expected", [
    # a negated verb of saying with no subject of its own is the speaker's act, whatever the parser joins it to
    ("Harbor police spokesperson Nia Brandt said 12 dockers had been held since the blockade began on trespass "
     "charges, but would not say whether the union had organised the protest.",
     "12 dockers had been held since the blockade began on trespass charges"),
    ("The Arrow Valley water board confirmed that the authority had received a complaint about the tender but "
     "would not say whether an inquiry had been opened.",
     "the authority had received a complaint about the tender"),
    # so is a finite past after a participle with its auxiliary, the content's verb
    ("The Freedonian Press Union said in a report in May that the harbour police had “repeatedly seized cameras "
     "from reporters” and called for the officers to face trial before a civilian judge.",
     "the harbour police had “repeatedly seized cameras from reporters”"),
    # or after a quotation that the content's verb closes
    ('Councillor Nia Brandt said the tenants deserved to know "who signed what and when" and called for a '
     'public hearing.', 'the tenants deserved to know "who signed what and when"'),
    # the that-clause hung on the noun of a place phrase after the hearer is what was told
    ("Transport Minister Paul Ives told reporters at the ministry’s Arrow Street offices that Freedonia had "
     "recalled its ambassador in Lutz to deliver a formal protest.",
     "Freedonia had recalled its ambassador in Lutz to deliver a formal protest"),
    # "that" taken for the object of a clause with an object of its own is its complementizer
    ('Harbor Board spokesperson Ines Cole rejected the charge, telling reporters at the midday briefing that '
     'the board treats "all tenants equally".', 'the board treats "all tenants equally"'),
])
def test_a_content_the_parser_runs_on_or_misplaces(pipeline, text, expected):
    assert expected in [q[0] for q in _quotes(pipeline, text)]


@pytest.mark.parametrize("text, expected", [
    ("The drought losses are real, she said, but the upstream dams give the province leverage that the "
     "capital does not have.",
     ["The drought losses are real", "the upstream dams give the province leverage that the capital does not have"]),
    ("The old council had \"sold off every depot\", he said, while the new one had \"never built a single "
     "bus shelter\".",
     ["The old council had \"sold off every depot\"", "the new one had \"never built a single bus shelter\""]),
])
def test_a_clause_set_against_the_reported_one_after_the_cue_is_reported_too(pipeline, text, expected):
    assert [q.text for q in pipeline.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, expected", [
    ("The plan was sound, he said, and left the room.", ["The plan was sound"]),  # no subject: narrative
    ("She has drawn up a plan, she said, for how the town can pay for the bridge.",
     ["She has drawn up a plan, she said, for how the town can pay for the bridge"]),  # one clause round the cue
])
def test_no_second_content_without_a_clause_set_against_the_first(pipeline, text, expected):
    assert [q.text for q in pipeline.analyze(text).quotes] == expected


@pytest.mark.parametrize("text, cue", [
    # the noun a cue's relative clause or participle modifies names the thing the sentence talks of;
    # what the source said of it is not reported there
    ("The toll figures cited by the drivers' union were drawn from a survey of forty depots.", "cited"),
    ("Several of the depots Mayor Ines Cole listed have been closed since March.", "listed"),
    ("The tram fares, which were announced in May, will rise again in the autumn.", "announced"),
])
def test_the_noun_a_cue_modifies_is_no_statement(pipeline, text, cue):
    assert not any(found == cue for _, found, _ in _quotes(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Transport Minister Ada Nkemelu, asked about the strike at a briefing on Tuesday, said the depots "
     "would reopen next week.", [("the depots would reopen next week", "said", "Ada Nkemelu")]),
    ("Ms Ruto, pressed on the cost, said the tender had been fair.",
     [("the tender had been fair", "said", "Ruto")]),
])
def test_a_participle_set_off_beside_the_subject_is_no_statement_of_it(pipeline, text, expected):
    # the parser takes "asked" for the finite verb of the subject and leaves "said" without one:
    # the subject is the one asked, and it is the speaker of "said"
    assert _quotes(pipeline, text) == expected


@pytest.mark.parametrize("text, accusation", [
    ("Harbor Board accuses rival port of dumping sludge in the bay, Lutz denies", "dumping sludge in the bay"),
    ("Freedonian army accuses Lutz militia of shelling two border villages, Lutz denies",
     "shelling two border villages"),
])
def test_a_denial_after_a_reported_accusation_says_nothing_of_its_own(pipeline, text, accusation):
    # the clause before "X denies" is the accuser's statement, read off its own cue
    assert [q[0] for q in _quotes(pipeline, text)] == [accusation]
