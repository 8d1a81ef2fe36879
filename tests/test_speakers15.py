"""Whose a pronoun, a participle clause or a dateline's sentence is (real parses, invented people and
places)."""

from __future__ import annotations

import pytest

_CASES = [
    # a pronoun chain keeps its referent: the second "He" is the spokesman's, as the first "he" was,
    # not the interviewer's named between
    ("Hours later, rebel spokesman Abdulkarim Wazir denied that the group's fighters had fired on the convoy.\n\n"
     "\"We have carried out no operation against any convoy in the past two days. When we strike, we announce "
     "it,\" he said in a televised interview with Nabil Haddad.\n\nHe blamed \"foreign intelligence\" for "
     "inventing the incident.", "foreign intelligence", "Abdulkarim Wazir"),
    # "spokesman" is said of women too: her given name tells, and "she" finds her
    ("The Opposition has accused the Government of turning a road programme into a slush fund.\n\nOpposition "
     "spokesman on housing, Dr Claudette Abernethy, made the allegation at a press briefing yesterday, where she "
     "produced what she said were lists of contractors.", "lists of contractors", "Claudette Abernethy"),
    # a participle after a reporting clause is the reporter's, not that of a clause of time inside what
    # was reported
    ("Mensah said the deal collapsed after the bank withdrew its offer, adding that talks would resume in May.",
     "talks would resume", "Mensah"),
    ("Okafor claimed the crates had been swapped while they sat in the depot, saying his client had nothing to "
     "hide.", "nothing to hide", "Okafor"),
    # a clause of time on the main verb is no reported content: its subject does the participle's act
    ("The protest came after Kiprop Langat tweeted, saying the election had been rigged.",
     "election had been rigged", "Kiprop Langat"),
    # images and tests that "show" something in what a body reports are its evidence: the body says it
    ("According to the agency, satellite images show that the clearing took place between March and September.",
     "clearing took place", "the agency"),
    ("The union said laboratory tests found that the grain contained little more than chalk.",
     "grain contained", "The union"),
    # "Lagos:" and "Muscat:" date the report; the clause after them names its own source
    ("Lagos: Residents of three estates have accused the state agency of demolishing homes without notice.",
     "demolishing homes", "Residents"),
    ("Muscat: A group of nearly 200 tenants in a residential block has accused the landlord of misleading them "
     "about repairs.", "misleading", "A group"),
]


@pytest.mark.parametrize("text, content, mention", _CASES)
def test_speaker_mention(pipeline, text, content, mention):
    """The speaker's mention: the pronoun's referent by name, or the subject as written."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    assert mention in (quote.speaker.name, quote.speaker.mention)
