"""Quotation linking rules on real parses of short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from attribution.pipeline.layout import find_layout
from attribution.pipeline.linking import _shallow_clause, source_after
from attribution.pipeline.quotations import find_quotations


def _linked(pipeline, text):
    return [(q.rule, q.text, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "C," X verbed: any verb after an open quotation says who speaks
        ("\u201cThe bridge will reopen in March,\u201d the engineer grinned.",
         [("quote-after", "The bridge will reopen in March,", "engineer")]),
        ("\u201cThe bridge will reopen in March,\u201d Maria Costa, 58, grinned at the crowd.",
         [("quote-after", "The bridge will reopen in March,", "Maria Costa")]),
        # a name after the quotation that starts with an abbreviated title
        ("\u201cIs the bridge ready for traffic? Probably not,\u201d Ms. Costa said.",
         [("quote-after", "Is the bridge ready for traffic? Probably not,", "Costa")]),
        # a closing mark run together with the dash that names the speaker
        ("\u201cThe bridge will reopen in March and we are glad.\u201d\u2015 Maria Costa",
         [("dash", "The bridge will reopen in March and we are glad.", "Maria Costa")]),
        # "C." X verbed: only a verb with no object of its own
        ("\u201cWe have nothing to hide.\u201d Councillor Tom Reed frowned.",
         [("quote-after", "We have nothing to hide.", "Tom Reed")]),
        # X verbed, "C" / X was blunt: "C"
        ("The mayor snapped back, \u201cThat is simply untrue and they know it.\u201d",
         [("quote-before", "That is simply untrue and they know it.", "mayor")]),
        ("Councillor Tom Reed was blunt: \u201cThe budget is a disgrace.\u201d",
         [("quote-before", "The budget is a disgrace.", "Tom Reed")]),
        # the sentence before introduces the quotation
        # a quotation after the cue's own dependents ("told [one of her aides] [on a regular basis] that"),
        # whose clause the parser hangs on "basis": the clause of the cue's setting
        ("Mayor Ann Lee told one of her young aides on a regular basis that \"patience is the answer.\"",
         [("cue-verb:setting+quote", "patience is the answer.", "Ann Lee")]),
        ("Nurse Anna Berg agreed. \u201cIt is a fair deal for every nurse in the region.\u201d",
         [("quote-intro", "It is a fair deal for every nurse in the region.", "Anna Berg")]),
    ],
)
def test_adjacent_clause_names_the_speaker(pipeline, text, expected):
    assert _linked(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will win this fight!\u201d The crowd cheered the speech loudly.",  # closed quote, verb with an object
        "If the council wins, \u201cthe town will never recover from this.\u201d",  # a clause hanging on the quotation
        "She starred in \u201cThe Long Night Of The Hunter\u201d, which critics loved.",  # a title
    ],
)
def test_adjacent_clause_that_does_not_speak(pipeline, text):
    assert _linked(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a few quoted words without a verb after a word of the sentence: a title, not what the subject says
        "Since then, the \u201cNight Owls\u201d host has spoken out against the plan.",
        # or after a noun and a comma: an apposition naming the noun
        "Lee described the flood in her memoir, \u201cHigh Water.\u201d",
    ],
)
def test_quoted_name_inside_a_sentence_is_not_speech(pipeline, text):
    assert not any(rule.startswith("quote-") for rule, _, _ in _linked(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "\u201cFirst of all,\u201d the mayor said, \u201cthe bridge will reopen in March.\u201d",
        "\u201cHonestly,\u201d the mayor said. \u201cThe bridge will reopen in March.\u201d",
    ],
)
def test_opening_phrase_of_a_split_quote_is_not_a_statement(pipeline, text):
    # the cue reports the sentence the speaker goes on with, not the phrase that leads into it
    assert [(rule.split("+")[0], quoted) for rule, quoted, _ in _linked(pipeline, text)] == [
        ("cue-quote", "the bridge will reopen in March." if "First" in text else "The bridge will reopen in March.")]


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to \u201cMorning Desk\u201d on Monday, Mayor Ann Lee defended the budget.",  # a programme
        "Tom Reed addressed her as \u201cAnnie\u201d in the letter.",  # a form of address
    ],
)
def test_quotation_on_a_preposition_of_the_cue_is_not_what_was_said(pipeline, text):
    assert not any(rule.startswith("cue-quote") for rule, _, _ in _linked(pipeline, text))


def test_quotation_in_the_cue_clause_is_no_second_half(pipeline):
    # the second quotation hangs on a word of the cue's clause: a scare quote, not more of the speech
    assert _linked(pipeline, "\u201cThe budget is balanced,\u201d Lee said of the \u201crainy day\u201d fund.") == [
        ("cue-verb:ccomp+quote", "The budget is balanced,", "Lee")]


def test_short_answer_stays_a_quote(pipeline):
    assert _linked(pipeline, "\u201cAbsolutely,\u201d Tom Reed said.") == [("cue-quote", "Absolutely,", "Tom Reed")]


def test_shallow_clause_keeps_a_capitalised_word_tagged_as_a_verb(nlp):
    """"“C,” Akron police Chief Dale Mercer said": the tagger's bare verb "Akron" opens the name."""
    words = ["\u201d", "Akron", "police", "Chief", "Dale", "Mercer", "said", "Monday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[6, 6, 3, 6, 5, 3, 6, 6, 6],
              deps=["punct", "dep", "compound", "dobj", "compound", "appos", "ROOT", "npadvmod", "punct"],
              tags=["''", "VB", "NN", "NNP", "NNP", "NNP", "VBD", "NNP", "."],
              pos=["PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 8)
    verb, source = _shallow_clause(doc, 1)
    assert (verb.text, source.text) == ("said", "Mercer")


def test_shallow_clause_keeps_a_role_noun_tagged_as_a_bare_verb(nlp):
    """"“C,” screenwriter Cole Haddon wrote": a bare verb before a name is a misread role noun."""
    words = ["\u201d", "screenwriter", "Cole", "Haddon", "wrote", "on", "Twitter", "."]
    doc = Doc(nlp.vocab, words=words, heads=[4, 4, 3, 1, 4, 4, 5, 4],
              deps=["punct", "nsubj", "compound", "dobj", "ROOT", "prep", "pobj", "punct"],
              tags=["''", "VB", "NNP", "NNP", "VBD", "IN", "NNP", "."],
              pos=["PUNCT", "VERB", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
              sent_starts=[True] + [False] * 7)
    verb, source = _shallow_clause(doc, 1)
    assert (verb.text, source.text) == ("wrote", "Haddon")


def test_subject_after_a_quotation_the_parser_hung_on_it(nlp, lexicons):
    """The quotation's sentence made a clause of the subject after it ("critic" heads "won") still
    leaves that subject first; the tags alone would take "who" for it."""
    text = "\u201cWe won,\u201d the critic who saw it wrote."
    words = ["\u201c", "We", "won", ",", "\u201d", "the", "critic", "who", "saw", "it", "wrote", "."]
    spaces = [False, True, False, False, True, True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[2, 2, 6, 2, 6, 6, 10, 8, 6, 8, 10, 10],
              deps=["punct", "nsubj", "ccomp", "punct", "punct", "det", "nsubj", "nsubj", "relcl", "dobj", "ROOT",
                    "punct"],
              tags=["``", "PRP", "VBD", ",", "''", "DT", "NN", "WP", "VBD", "PRP", "VBD", "."],
              pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "PRON", "VERB", "PRON", "VERB", "PUNCT"],
              sent_starts=[True] + [False] * 11)
    assert doc.text == text
    quote = find_quotations(text)[0][0]
    verb, source, rule = source_after(doc, text, quote, find_layout(text, lexicons))
    assert (verb.text, source.text, rule) == ("wrote", "critic", "quote-after")


def test_content_words_leading_into_a_longer_quotation_make_a_mixed_quote(pipeline):
    quotes = pipeline.analyze("The governor called the vote \u201ca clear violation of the rules and in flagrant "
                              "disregard of the law.\u201d").quotes
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "the vote \u201ca clear violation of the rules and in flagrant disregard of the law.")]


@pytest.mark.parametrize(
    ("crosshead", "kept"),
    [
        ("\u2018Staff are being silenced\u2019", False),  # a crosshead in quotation marks heads the part below it
        ("\u201cWe will not give up the harbour!\u201d", True),  # an exclamation is speech
    ],
)
def test_a_quoted_crosshead_is_no_continuation(pipeline, crosshead, kept):
    text = ("\u201cWe have asked for the records twice,\u201d said Ines Falk, a member of the fishing board.\n\n"
            f"{crosshead}\n\nThe port authority said in a statement that the records had been sent in June.")
    texts = [q.text for q in pipeline.analyze(text).quotes]
    assert (crosshead[1:-1] in texts) == kept
    assert "the records had been sent in June" in texts
