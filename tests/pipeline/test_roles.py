"""Roles and affiliations as written (real parses of sentences written for the tests: invented people,
places and bodies): titles of office and their remits, titles before a rank and ranks marked retired,
occupational titles, a title that is also a rank, role spans (a body's or place's name before a
lower-case title is the affiliation; "of" phrases, a capitalised title's place and "in charge of" stay
in the role), an apposition or a sentence saying what a person is, a lead's indefinite title given to
the person named next, and the body a speaker speaks for (parties, bodies before titles, ministries of
a portfolio, common nouns standing for a named body)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from attribution.pipeline.layout import find_layout
from attribution.pipeline.speakers import Resolver
from attribution.pipeline.titles import is_short_name, parse_title, seat_only


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


def _affiliation(pipeline, text, content):
    """The affiliation of the speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker.affiliation


@pytest.mark.parametrize("text, content, name, role", [
    # two multi-word titles that share a word are one title ("deputy director" and "director general")
    ("Deputy Director General Mara Voss said the checks had followed the rules.", "checks had followed",
     "Mara Voss", "Deputy Director General"),
    ("KPA Deputy Director-General Ivo Brandt told a news conference that the cable was cut.", "cable was cut",
     "Ivo Brandt", "Deputy Director-General"),
    # titles of office the lexicon lacked, and a two-word title neither of whose words is one alone
    ("Public Defender Selin Varo told reporters that her office had logged forty complaints.",
     "her office", "Selin Varo", "Public Defender"),
    ("Town clerk Piet Olander denied stamping the transfer deeds for the market.", "stamping", "Piet Olander",
     "Town clerk"),
    ("The claims were dismissed by Government backbencher Josefa Naulu, who said the Opposition had "
     "\u201cnever once\u201d raised the matter.", "never once", "Josefa Naulu", "Government backbencher"),
    # a portfolio of several fields joined by commas and "and", before the title or after its "for"
    ("Water and Rural Affairs Minister Tobias Renner denied that the plan had changed.", "plan had changed",
     "Tobias Renner", "Water and Rural Affairs Minister"),
    ("Energy, Mining and Climate Minister Tobias Renner denied that the plan had changed.", "plan had changed",
     "Tobias Renner", "Energy, Mining and Climate Minister"),
    ("Minister for Water, Forestry and Rural Affairs Tobias Renner said the plan was final.", "plan was final",
     "Tobias Renner", "Minister for Water, Forestry and Rural Affairs"),
    ("Commissioner for Trade and Industry Marta Solberg dismissed the claims as \u201cnonsense\u201d.", "nonsense",
     "Marta Solberg", "Commissioner for Trade and Industry"),
    # the remit in lower case: the name after it is the speaker, not the title
    ("Commission spokesperson for trade and industry Marta Solberg said the text was final.", "text was final",
     "Marta Solberg", "Commission spokesperson for trade and industry"),
    ("Shadow minister for housing Senator Alicia Brandt said the figures were wrong.", "figures were wrong",
     "Alicia Brandt", "Shadow minister for housing"),
    # "Shadow" opens the title, whatever label the recognizer gives it at a sentence's start
    ("The opposition raised the matter again.\n\nShadow transport secretary Alicia Brandt said the figures were "
     "wrong.", "figures were wrong", "Alicia Brandt", "Shadow transport secretary"),
    # whom the holder works for, named by a title, is no part of the role
    ("Asked about the plan, Ivo Brandt, a spokesperson for the mayor, said the figures were wrong.",
     "figures were wrong", "Ivo Brandt", "spokesperson"),
    ("Ivo Brandt, an adviser to the prime minister, said the figures were wrong.", "figures were wrong",
     "Ivo Brandt", "adviser"),
    # a one-word portfolio the recognizer ran into the person's name after it
    ("Westmark's Minister of Oil Adnan Halabi on Monday said the figures were wrong.", "figures were wrong",
     "Adnan Halabi", "Minister of Oil"),
    # a body's short name after the "of" of a title that covers no portfolio: the body, not the role
    ("The Harbour Safety Authority (HSA) has accused a shipping firm of cutting corners. Dr Omar Said, Chairman "
     "of HSA, told reporters that the figures were wrong.", "figures were wrong", "Omar Said", "Chairman"),
    # the parser hangs the name on the lower-case remit (a gerund, a people's adjective): the name is the holder's
    ("RVP spokesperson for planning Rosa Vella Grech told a press conference that the permit was unlawful.",
     "permit was unlawful", "Rosa Vella Grech", "spokesperson for planning"),
    ("Former assistant foreign minister for Asian affairs Mona Idris El-Khatib told reporters that the talks had "
     "failed.", "talks had failed", "Mona Idris El-Khatib", "Former assistant foreign minister for Asian affairs"),
    # the parser hangs the title on the name: "and" inside its remit is no coordination of two people
    ("The Board answered at once. Board spokesperson for water and river safety Ines Kohl said the plan "
     "reflected \u201cyears of study by Board engineers\u201d and that some delay was normal.",
     "plan reflected", "Ines Kohl", "Board spokesperson for water and river safety"),
    # "Dr Al Nuaimi": "Al" is her surname's particle, not the given name Al, so the role carries over
    ("Dr Mariam Al Nuaimi, Assistant Minister for Economic Affairs, said the talks had stalled.\n\n"
     "\u201cWe will not accept this,\u201d Dr Al Nuaimi said.", "not accept this", "Mariam Al Nuaimi",
     "Assistant Minister for Economic Affairs"),
    # the given name Al stays one where no fuller name ends so
    ("Al Brennan spoke first. Then Rev. Al Brennan said the vote mattered.", "vote mattered", "Al Brennan", None),
    # a name the recognizer ran into the portfolio as an organisation's; an accented given name
    ("Commissioner for Health and Consumer Safety Tomás Eguren dismissed the allegations as \u201ca fishing "
     "expedition\u201d.", "fishing expedition", "Tomás Eguren", "Commissioner for Health and Consumer Safety"),
    ("Minister for Fisheries, Coastal Services and Tourism Ravi Tamana said he had asked the "
     "board for a written account of the licences.", "written account", "Ravi Tamana",
     "Minister for Fisheries, Coastal Services and Tourism"),
    # a member's title the lexicon lacked
    ("SDP parliamentarian Karl Winther made the claims in parliament on Thursday.\n\n"
     "\u201cThat is wrong,\u201d Winther said.", "That is wrong", "Karl Winther", "parliamentarian"),
    # offices of a prefecture, a district and an upper house the lexicon lacked
    ("Prefect Paul Marchand said the march had been authorised.", "march had been", "Paul Marchand", "Prefect"),
    ("Eastvale District Collector R. Anitha, in a statement, said 20 grievances were logged by Monday.",
     "grievances were logged", "R. Anitha", "Eastvale District Collector"),
    ("Green MLC T. Srinivas Rao dismissed the charge, saying the State was fully entitled to rename its schemes.",
     "fully entitled", "T. Srinivas Rao", "MLC"),
    # the parser makes both "Institute" and the name subjects of "said"
    ("Integrity Institute of Antigua and Barbuda chairman Dr Lena Frost said the case showed why the law was "
     "needed.", "the case showed", "Lena Frost", "chairman"),
    # a minister's portfolio after "for" that the recognizer marks as a body or a place, or that "the" starts
    ("The minister for the Digital Transition, Elena Varga Soto, flatly rejected the accusation that the tender was rigged.", "accusation",
     "Elena Varga Soto", "minister for the Digital Transition"),
    ("The Minister for Harbour City and Metropolitan Affairs, Hon. Ruth Nalule, said the tender was clean.",
     "tender was clean", "Ruth Nalule", "Minister for Harbour City and Metropolitan Affairs"),
    # not a lone place nor a body after "for"
    ("The Minister for Wales, Ana Roe, said the tender was clean.", "tender was clean", "Ana Roe", "Minister"),
    ("The Secretary for the Cabinet Office, Ana Roe, said the tender was clean.", "tender was clean", "Ana Roe",
     "Secretary"),
    # a region between a body's possessive and a lower-case title is the title's remit; a country is not
    ("Westmark Watch's East Africa researcher, Tomas Verlinde, said the army had no excuse.", "no excuse",
     "Tomas Verlinde", "East Africa researcher"),
    ("Westmark Watch's Kenya researcher, Tomas Verlinde, said the army had no excuse.", "no excuse",
     "Tomas Verlinde", "researcher"),
    # a committee named by its field or standing after a title's "of" is part of the title, the parser hanging
    # its last word on the name or not; a government office after "head of" too
    ("President of the Housing Committee, deputy Ilse Marwick, said the panel would summon the minister next week.",
     "summon the minister", "Ilse Marwick", "President of the Housing Committee"),
    ("Chairman of the Standing Committee Maria Kovacs told reporters that the hearing had been postponed.",
     "hearing had been", "Maria Kovacs", "Chairman of the Standing Committee"),
    ("Head of the Pensions Bureau Karim Al-Benali told journalists that the losses were now with prosecutors."
     "\n\n\u201cNobody will be spared,\u201d Al-Benali said.", "Nobody will be spared", "Karim Al-Benali",
     "Head of the Pensions Bureau"),
    # a title in lower case describes its holder; a committee a place names is a body of its own
    ("Ivo Brandt, chairman of the Westmark Committee, said the road would be widened next year.",
     "road would be widened", "Ivo Brandt", "chairman"),
    ("Dao Minh Quan, vice chairman of the Lakeside People's Committee, said the road would reopen in March.",
     "road would reopen", "Dao Minh Quan", "vice chairman"),
    # a committee a lower-case adjective marks as a legislature's is part of a lower-case title too, its field
    # after it and however long its name; a chamber's name before it is not such a mark
    ("Greens MP Ivo Kern, deputy chair of the parliamentary Transport Committee, told reporters that the bid "
     "was rigged.", "bid was rigged", "Ivo Kern", "deputy chair of the parliamentary Transport Committee"),
    ("The chairperson of the parliamentary Select Committee on Trade and Industry, Mr Tom Bale, said the "
     "tender was flawed.", "tender was flawed", "Tom Bale",
     "chairperson of the parliamentary Select Committee on Trade and Industry"),
    ("Ana Roe, a member of the parliamentary Budget and Public Finance Committee, said the loan was hidden.",
     "loan was hidden", "Ana Roe", "member of the parliamentary Budget and Public Finance Committee"),
    ("Ivo Kern, chairman of the parliamentary Committee on Roads and Transport, said the loan was hidden.",
     "loan was hidden", "Ivo Kern", "chairman of the parliamentary Committee on Roads and Transport"),
    ("Ivo Kern, the chairman of the House Budget Committee, said the loan was hidden.", "loan was hidden",
     "Ivo Kern", "chairman"),
])
def test_name_and_role(pipeline, text, content, name, role):
    """Titles of office the lexicon lacked, long remits before a name, the words before a name that are
    no part of it (a particle of another's surname, a portfolio), and titled names the parser ran on."""
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


def test_no_remit_across_a_name_or_a_country(pipeline):
    """A name or a country before "and" is no field of the portfolio."""
    speaker = _speaker(pipeline, "Britain and Foreign Minister Anna Berg said the deal was done.", "deal was done")
    assert speaker.name == "Anna Berg"
    assert speaker.role == "Foreign Minister"


def test_a_form_of_address_after_a_remit_is_the_rank(pipeline):
    """ "Senator" after the remit addresses the person: "the senator" still finds her, so a "he" does not."""
    text = ("Shadow minister for housing Senator Alicia Brandt said the figures were wrong.\n\n"
            "Housing Minister Tom Keller rejected the claim.\n\n"
            "\u201cThe senator knows the figures are public,\u201d he said.")
    speaker = _speaker(pipeline, text, "figures are public")
    assert speaker.name == "Tom Keller"
    assert _speaker(pipeline, text, "figures were wrong").rank == "Senator"


@pytest.mark.parametrize("text, role, rank, affiliation", [
    ("Permanent Secretary for Fisheries Mr Tomasi Lenga said the survey team would return next week.",
     "Permanent Secretary for Fisheries", None, None),
    ("Minister of Lands and Survey Hon. Rita Vouza said the survey team would return next week.",
     "Minister of Lands and Survey", "Hon.", "Ministry of Lands and Survey"),
])
def test_a_form_of_address_after_a_capitalised_portfolio_is_no_part_of_it(pipeline, text, role, rank, affiliation):
    """The portfolio ends before the form of address: not "Minister of Lands and Survey Hon."."""
    speaker = _speaker(pipeline, text, "survey team")
    assert (speaker.role, speaker.rank, speaker.affiliation) == (role, rank, affiliation)


@pytest.mark.parametrize("text, role, rank", [
    ("Ambassador Lina Farouk, the spokesperson of the Ministry of Trade, said the tariffs would stay until March.",
     "spokesperson", "Ambassador"),
    ("Rep. Ana Delgado, a Labour lawmaker on the budget committee, said the tariffs would stay until March.",
     "lawmaker", "Rep."),
    # the form of address in a caption first, the apposition in the text
    ("Rep. Ana Delgado of the Labour Party speaks at a rally on Monday.\n\n"
     "Rep. Ana Delgado, a Labour lawmaker on the budget committee, said the tariffs would stay until March.",
     "lawmaker", "Rep."),
    # no apposition, or a former office: the form of address stays the role
    ("Ambassador Tom Kael said the tariffs would stay until March.", "Ambassador", None),
    ("Sen. Ana Roe, a former governor, said the tariffs would stay until March.", "Sen.", None),
])
def test_a_form_of_address_yields_to_the_office_an_apposition_gives(pipeline, text, role, rank):
    """A diplomat's "Ambassador" or a legislator's "Rep." before the name is the rank beside the office
    an apposition after it gives."""
    speaker = _speaker(pipeline, text, "tariffs would stay")
    assert (speaker.role, speaker.rank) == (role, rank)


def test_a_name_the_parser_made_a_conjunct_of_the_title_is_its_apposition(pipeline):
    """Only a comma joins the title and the name: no "and", so no two people."""
    speaker = _speaker(pipeline, "The Kiboga County MP, Hon. Esther Nakato, who chairs the committee, said the "
                       "tender was flawed.", "tender was flawed")
    assert speaker.name == "Esther Nakato"
    assert speaker.rank == "Hon."


@pytest.mark.parametrize("text, content, name, role", [
    # a dotted form of address the tokenizer splits from its full stop ("Cllr", ".") stays one word
    ("The Labour Party\u2019s Deputy Chairman, Cllr. Rosa T. Mendel, in a short statement, accused the council of "
     "hiding the audit.", "hiding the audit", "Rosa T. Mendel", "Deputy Chairman"),
    ("The council\u2019s finance convener, Coun. Rosa Mendel, said the levy would not rise this year.",
     "levy would not rise", "Rosa Mendel", "finance convener"),
    ("Deputy press secretary Atty. Rosa Mendel told reporters that the decree would be signed next week.",
     "decree would be signed", "Rosa Mendel", "Deputy press secretary"),
])
def test_a_dotted_form_of_address_between_the_title_and_the_name(pipeline, text, content, name, role):
    """A title, then the name a dotted form of address opens, with or without an aside before the verb:
    the name is the speaker and the title its role."""
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


@pytest.mark.parametrize("text, content", [
    ("The chair of the Lindvik fishing co-operative, Maria Ruiz, told reporters that the quota was unfair.",
     "quota was unfair"),
    ("The chair of the Lindvik herding co-operative, Elle-Kaisa Rantala, however told the radio that the quota "
     "was unfair.\n\nRantala said the board had \u201cnever asked\u201d the herders.", "quota was unfair"),
    # the "she" after it is the person's, not the title's
    ("The chair of the Lindvik herding co-operative, Elle-Kaisa Rantala, however told the radio that the quota "
     "was unfair. She said the board had described the cut as \u201ca small trim\u201d in May.",
     "board had described"),
])
def test_a_name_set_off_after_a_title_and_its_of_phrase(pipeline, text, content):
    """The parser hangs the name inside the title's "of" phrase (an object of "of" or of a word in it):
    the person is the speaker, the title the role and the "of" phrase the body."""
    speaker = _speaker(pipeline, text, content)
    assert speaker.name in ("Maria Ruiz", "Elle-Kaisa Rantala")
    assert speaker.role == "chair"
    assert speaker.affiliation in ("Lindvik fishing co-operative", "Lindvik herding co-operative")


def test_a_name_an_honorific_sets_off_after_a_title_is_its_apposition(pipeline):
    """A name the recognizer leaves unlabelled and the parser hangs elsewhere is still the title's when an
    honorific opens it between commas: "the Commissioner" is no nominal for the earlier commissioner."""
    text = ("The Green Party accused the Commissioner for Works and Housing, Alhaji Musa Bello-Adamu, of "
            "approving payments to two firms.\n\nReacting, the Commissioner for Information and Culture, Mr "
            "Abdulkareem Omotosho, told reporters that the party was \u201cdesperate for attention\u201d.\n\n"
            "He denied that either firm had ties to the commissioner.")
    for content in ("desperate for attention", "either firm had ties"):
        speaker = _speaker(pipeline, text, content)
        assert speaker.name == "Abdulkareem Omotosho"
        assert speaker.role == "Commissioner for Information and Culture"


@pytest.mark.parametrize("text, content, role, affiliation", [
    # the seat an elected member holds is part of the title; a region an official governs is not
    ("The Westford County MP, Hon. Grace Atim Lukwago, who sits on the panel, alleged that the director "
     "was a relative.", "director was a relative", "Westford County MP", None),
    ("Kharkiv Oblast Governor Oleh Syniehubov said the city was shelled.", "city was shelled", "Governor",
     "Kharkiv Oblast"),
    ("Greens MP Anna Berg said the city was shelled.", "city was shelled", "MP", "Greens"),
    # a party's initials before a member's title in capitals are the party, as a party's name is; and the
    # title is then a form of address that a description before it sets off
    ("KPA MP Lena Brandt said the tender had been rigged from the start.", "tender had been rigged", "MP", "KPA"),
    ("The board's chair, KPA MP Lena Brandt, answered that there was \u201cno ground\u201d for a new inquiry.",
     "no ground", "chair", "KPA"),
    # a capitalised modifier before a short title is part of the role, no party
    ("Former MLA Ravi Menon said the funds were misused.", "funds were misused", "Former MLA", None),
    # a province's executive member (MEC) holds a portfolio, which is part of the title, not a party
    ("Housing MEC Thandi Mokoena said the contractor had been paid twice.", "paid twice", "Housing MEC", None),
])
def test_a_seat_before_a_members_title(pipeline, text, content, role, affiliation):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text, content, role, affiliation", [
    # a party's initials, hyphenated or not, before a member's title are the party, not the role
    ("The row grew. ULP-M lawmaker from Norland, Ivo Brandt, told the assembly on Monday that the audit had "
     "been buried.", "audit had been buried", "lawmaker", "ULP-M"),
    ("ULP-M lawmaker Ivo Brandt said the audit had been buried.", "audit had been buried", "lawmaker", "ULP-M"),
    ("On Monday, N-VK Westport MP Pieter Claes accused the minister of hiding the report.", "hiding the report",
     "MP", "N-VK Westport"),
    ("PDU Member of Parliament Mara Voss said the police had acted unlawfully.", "acted unlawfully",
     "Member of Parliament", "PDU"),
    # the chamber after a member's "of" is part of the title; a party or a lower-case council is not
    ("Member of the House of Delegates Mara Voss, who represents the area, said the police had acted "
     "unlawfully.", "acted unlawfully", "Member of the House of Delegates", None),
    ("Mara Voss, a member of the Lakeside Party, said the police had acted unlawfully.", "acted unlawfully",
     "member", "Lakeside Party"),
    # set off by commas after the name, the chamber stays in the title too
    ("Mara Voss, Member of Parliament for Eastfield, said the police had acted unlawfully.", "acted unlawfully",
     "Member of Parliament", "Parliament"),
])
def test_initials_and_a_chamber_around_a_members_title(pipeline, text, content, role, affiliation):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text, content, role", [
    # the chamber a member sits in, before the member's title, is part of it
    ("Lower House MP Carla Benedetti said the signal upgrade had been delayed twice.", "signal upgrade",
     "Lower House MP"),
    ("Russian State Duma deputy Oleg Varin told a news agency that the arrests were a show.", "arrests were",
     "State Duma deputy"),
    # a party's name before the title stays the affiliation
    ("Greens MP Anna Berg said the signal upgrade had been delayed twice.", "signal upgrade", "MP"),
])
def test_a_chamber_before_a_members_title(pipeline, text, content, role):
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, content, role", [
    # the seat a "for" phrase names after a member's chamber is part of the title, as an MP's is
    ("Member of the Legislative Council for Westbury, Yang Berhormat Haji Omar bin Haji Salleh, said the "
     "culverts had been blocked since May.", "culverts had been", "Member of the Legislative Council for Westbury"),
])
def test_the_seat_after_a_members_chamber(pipeline, text, content, role):
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, content, role", [
    # in an apposition after the name, a scholar's field stays in the role
    ("Mira Solheim, a lecturer in political science, said the ruling went too far.", "the ruling went",
     "lecturer in political science"),
])
def test_a_scholars_field_in_an_apposition(pipeline, text, content, role):
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, words, role", [
    # a scholar's field after "in", in lower case, is part of the title ...
    ("Mira Solheim, a lecturer in political science, said the ruling went too far.", (3, 8),
     "lecturer in political science"),
    ("Mira Solheim, a professor in public law, said the ruling went too far.", (3, 8), "professor in public law"),
    # ... a place, a time or a body is not
    ("Mira Solheim, a lecturer in the state school, said the pay was late.", (3, 9), "lecturer"),
    ("Mira Solheim, a professor in Westbury, said the pay was late.", (3, 7), "professor"),
])
def test_a_scholars_field_after_in(nlp, lexicons, gazetteer, text, words, role):
    doc = nlp(text)
    assert parse_title(list(doc[words[0]:words[1]]), lexicons, gazetteer).role == role


@pytest.mark.parametrize("text, content, role, affiliation", [
    # a unit or desk between a title's "of"/"for" and "at" a body is part of the role; the body is the affiliation
    ("Mara Belic, director of the legal aid unit at the Civic Rights Forum, told reporters that the guards had "
     "lied.", "guards had lied", "director of the legal aid unit", "Civic Rights Forum"),
    ("Director of Flood Risk Control at the ministry, Tomas Varga, said the survey would be finished by May.",
     "survey would be", "Director of Flood Risk Control", None),
    ("The Director General for Europe at the foreign ministry, Ana Kessel, told the press that the talks had "
     "failed.", "talks had failed", "Director General for Europe", None),
    # a unit's name ends at the "at" of its body, though a word of it is a given name ("Grant")
    ("Ivo Marn, head of the Grant Review Unit at the Lakeside Fund, said the ruling was wrong.",
     "ruling was wrong", "head of the Grant Review Unit", "Lakeside Fund"),
    # a long unit's name, or one the parser breaks at its "and" or whose body it gives the name to, still
    # runs to the "at" of its body
    ("The Director General for the Americas at Minfor, Rosa Delgado Ruiz, told reporters on Monday that the "
     "agencies paid \u201cper story\u201d for the reports.", "per story", "Director General for the Americas", "Minfor"),
    ("Director of the Price Monitoring and Combating Market Fraud Department at MoTI, Dr. Samir Al Hadi, told "
     "The Gazette that the checks followed 200 complaints.", "checks followed",
     "Director of the Price Monitoring and Combating Market Fraud Department", "MoTI"),
    # a body the recognizer names with its "of" phrase is named in full
    ("Aaron Kell, head of admissions at the University of Westmark, said the debate had been dull.",
     "debate had been dull", "head of admissions", "University of Westmark"),
    # a field of study, as before
    ("Ivo Marn, professor of law at Lakeside University, said the ruling was wrong.", "ruling was wrong",
     "professor of law", "Lakeside University"),
    # "at" a time or a place names no body
    ("Ivo Marn, director of the harbour unit at the time, said the ruling was wrong.", "ruling was wrong",
     "director", None),
])
def test_a_unit_of_the_body_named_after_at(pipeline, text, content, role, affiliation):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text, content, role, affiliation", [
    # a government's office after "head of" is part of the head's title, and the affiliation
    ("Head of the Westmark Environment Office, Yulius Darman, affirmed that no new permits had been issued.",
     "no new permits", "Head of the Westmark Environment Office", "Westmark Environment Office"),
    ("Ivan Horbach, Head of Westmark Oblast Military Administration, said the port was hit twice overnight.",
     "port was hit", "Head of Westmark Oblast Military Administration", "Westmark Oblast Military Administration"),
    ("Abebe Tolla, head of the Bureau, told reporters that the inspectors had relied on rumours.",
     "relied on rumours", "head of the Bureau", "Bureau"),
    # an association's head is a head
    ("Mahmoud Adil, head of the Deir Hanna Farmers' Association, said the quotas were unfair.",
     "quotas were unfair", "head", "Deir Hanna Farmers' Association"),
    # a unit an owner's possessive sets apart, in lower case too, is part of the head's title
    ("Ivo Brandt, head of the agency's press service, said the prices would rise in May.", "prices would rise",
     "head of the agency's press service", None),
    ("The head of the railway's legal department, Mara Voss, put it plainly: \u201cThe audit is wrong.\u201d",
     "audit is wrong", "head of the railway's legal department", None),
    # however many words name the unit
    ("Ivo Brandt, deputy head of the agency's northern regional department, said the prices would rise in May.",
     "prices would rise", "deputy head of the agency's northern regional department", None),
    # a phrase after the unit saying what it covers is not read as the unit; a named owner is the affiliation
    ("Ivo Brandt, head of the Audit Office's department for the Lakeside region, told reporters that the prices "
     "would rise in May.", "prices would rise", "head of the Audit Office's department", "Audit Office"),
])
def test_a_government_office_after_head_of(pipeline, text, content, role, affiliation):
    speaker = _speaker(pipeline, text, content)
    assert speaker.role == role
    assert speaker.affiliation == affiliation


def test_eng_is_a_form_of_address(pipeline):
    """"Eng." (engineer), as "Engr.", addresses the name after it: the rank, not the role or the name."""
    speaker = _speaker(pipeline, "Eng. Ivo Marn said the bridge was safe.", "bridge was safe")
    assert speaker.name == "Ivo Marn"
    assert speaker.rank == "Eng."


def test_a_lower_case_title_after_a_coordinated_body_keeps_the_body_apart(pipeline):
    """ "X and Y deputy minister": a title written in lower case after capitalised words has its body before it."""
    speaker = _speaker(pipeline, "Water Resources and Public Works deputy minister Tendai Moyo said the land "
                       "belonged to the school.", "land belonged")
    assert speaker.role == "deputy minister"


def test_a_name_the_recognizer_missed_after_a_title_and_its_body(pipeline):
    """ "The managing director of the builder, Coast Works Ltd, Anil Mehta," names Mehta (named "Mr Mehta"
    later), not the company; his role carries over to the later mentions."""
    text = ("The managing director of the builder, Coastline Works Pte Ltd, Ravinesh Kumar, also rejected the "
            "claims that the site was overcrowded when contacted.\n\n\u201cWe have 42 workers on site every day,\u201d Mr Kumar said.")
    first, later = _speaker(pipeline, text, "the claims"), _speaker(pipeline, text, "42 workers")
    assert first.name == later.name == "Ravinesh Kumar"
    assert later.role == "managing director of the builder"


@pytest.mark.parametrize("text, role, affiliation", [
    # the first description names no office, the one after "and" does
    ("Marta Solberg, a longtime party loyalist and president of the Harbour Institute, said the plan was "
     "doomed.", "president", "Harbour Institute"),
    ("Tom Renner, a combat veteran and former army officer, said the plan was doomed.", "former army officer",
     None),
    ("Jim Okafor, a party superdelegate from the district and the president of the Lakeside Institute, said "
     "the plan was doomed.", "president", "Lakeside Institute"),
])
def test_the_office_in_the_second_of_two_descriptions(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "plan was doomed")
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text, role, affiliation", [
    ("Tom Renner is a lecturer at Lakeside University. Renner said the plan was doomed.", "lecturer",
     "Lakeside University"),
    ("Marta Solberg has been the party's top policy aide since 2010. Solberg said the plan was doomed.",
     "top policy aide", None),  # no party named
])
def test_a_sentence_saying_what_a_person_is(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "plan was doomed")
    assert speaker.role == role
    assert speaker.affiliation == affiliation


@pytest.mark.parametrize("text", [
    "Tom Renner is a strong leader. Renner said the plan was doomed.",
    "If Tom Renner is the Republican nominee, the party will lose. Renner said the plan was doomed.",
    "Tom Renner is the only candidate who can win. Renner said the plan was doomed.",
    "Tom Renner would be a fine minister of finance. Renner said the plan was doomed.",
    "Tom Renner is not a lawyer at the firm. Renner said the plan was doomed.",
    "Tom Renner, who met the president, said the plan was doomed.",
])
def test_no_role_from_a_judgement_a_condition_or_someone_else(pipeline, text):
    assert _speaker(pipeline, text, "plan was doomed").role is None


@pytest.mark.parametrize("text, role", [
    ("Republican operative Tom Renner said the plan was doomed.", "Republican operative"),
    ("Tom Renner, a lobbyist for the oil industry, said the plan was doomed.", "lobbyist"),
    ("Tom Renner, the agency's general counsel, said the plan was doomed.", "general counsel"),
    ("Actor Tom Renner said the plan was doomed.", "Actor"),
    ("Tom Renner, a property investor, said the plan was doomed.", "property investor"),
    # a hyphenated word before the title stays whole, even when its first part is a place
    ("Denver-area businessman Tom Renner said the plan was doomed.", "Denver-area businessman"),
    # a seat's title is a title before the name too
    ("Assemblywoman Dora Pike said the plan was doomed.", "Assemblywoman"),
    # a party's senior member on a committee; a title in lower case after it is part of it
    ("The panel's top Republican, Rep. Dora Pike, said the plan was doomed.", "top Republican"),
    ("Dora Pike, the ranking Democrat on the water committee, said the plan was doomed.", "ranking Democrat"),
    ("Top Republican strategist Dora Pike said the plan was doomed.", "Top Republican strategist"),
])
def test_occupational_titles(pipeline, text, role):
    assert _speaker(pipeline, text, "plan was doomed").role == role


@pytest.mark.parametrize("text, role", [
    # dictionary titles of office the lexicon lacked: a port's officer, a woman chairing a body, a business's
    # owner, an envoy heading a mission, a retired person, and the abbreviation of "alderman"
    ("The agency's Port Master, Captain Ivo Brandt, said the harbour would stay open.", "Port Master"),
    ("The harbour master, Ivo Brandt, said the harbour would stay open.", "harbour master"),
    ("Chairlady of the Hillside Growers Association, Mrs Lotte Kamau, said the harbour would stay open.",
     "Chairlady"),
    ("The bakery denied it. Its proprietor, Ivo Brandt, said the harbour would stay open.", "proprietor"),
    ("The mission's charg\u00e9 d'affaires, Ivo Brandt, said the harbour would stay open.",
     "charg\u00e9 d'affaires"),
    ("Pensioner Lotte Kamau said the harbour would stay open.", "Pensioner"),
    ("Ald. Lotte Kamau, 12th, said the harbour would stay open.", "Ald."),
])
def test_titles_of_office_the_lexicon_lacked(pipeline, text, role):
    assert _speaker(pipeline, text, "harbour would stay open").role == role


@pytest.mark.parametrize("text, role", [
    # the head of a village or of a local administration, in English or by the country's own title
    ("Ketua Kampong Awang Haji Rosli bin Ahmad said the builder had ignored the cracks.", "Ketua Kampong"),
    ("Village head Jone Ravu said the builder had ignored the cracks.", "Village head"),
    ("The village headman, Jone Ravu, said the builder had ignored the cracks.", "village headman"),
    ("Westfield Gup Karma Dorji said the builder had ignored the cracks.", "Westfield Gup"),
    ("Eastvale district khokim Rustam Aliev said the builder had ignored the cracks.", "Eastvale district khokim"),
])
def test_titles_of_a_local_head(pipeline, text, role):
    assert _speaker(pipeline, text, "builder had ignored").role == role


@pytest.mark.parametrize("text, role", [
    # an unnamed source keeps "source" as the role, whatever body it speaks from
    ("Asked about the tender, an HPA source said the bids had been opened in public.", "source"),
    ("A source in the governor's office, speaking without leave to do so, said the bids had been opened in public.",
     "source"),
])
def test_an_unnamed_source_is_the_role(pipeline, text, role):
    assert _speaker(pipeline, text, "bids had been opened").role == role


@pytest.mark.parametrize("text, role, rank", [
    # a lower-case title before a rank is the office, the rank the form of address
    ("Former Navy commander Rear Admiral Piet Vandorn said the dispute should not distract.",
     "Former Navy commander", "Rear Admiral"),
    ("Army commander General Piet Vandorn said the dispute should not distract.", "Army commander", "General"),
    # a rank marked retired in brackets keeps the title before it
    ("Former Navy commander Rear Admiral (ret'd) Piet Vandorn said the dispute should not distract.",
     "Former Navy commander", "Rear Admiral"),
])
def test_a_title_before_a_rank(pipeline, text, role, rank):
    speaker = _speaker(pipeline, text, "should not distract")
    assert speaker.role == role
    assert speaker.rank == rank


@pytest.mark.parametrize("rank, mark", [("Maj Gen", "(Rtd)"), ("Brigadier", "(retd)"), ("Lt Col", "(Rtd)"),
                                        ("Major General", "(rtd)")])
def test_a_rank_marked_retired(pipeline, rank, mark):
    speaker = _speaker(pipeline, f"{rank} {mark} Piet Vandorn said the dispute should not distract.",
                       "should not distract")
    assert speaker.name == "Piet Vandorn"
    assert speaker.rank == rank


@pytest.mark.parametrize("text, role", [
    ("Lakeside Water's general manager, Piet Vandorn, said the dispute should not distract.", "general manager"),
    ("His private secretary, Piet Vandorn, said the dispute should not distract.", "private secretary"),
])
def test_a_lower_case_rank_word_before_a_title_is_part_of_it(pipeline, text, role):
    speaker = _speaker(pipeline, text, "should not distract")
    assert speaker.role == role
    assert speaker.rank is None


@pytest.mark.parametrize("text, role, affiliation", [
    ("Lakeside Water's General Manager, Piet Vandorn, said the dispute should not distract.", "General Manager",
     None),
    ("Harbour District General Superintendent Piet Vandorn said the dispute should not distract.",
     "General Superintendent", "Harbour District"),
])
def test_general_before_a_capitalised_title_is_part_of_it(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "should not distract")
    assert (speaker.role, speaker.rank) == (role, None)
    if affiliation is not None:
        assert speaker.affiliation == affiliation


def test_general_before_a_name_is_still_a_rank(pipeline):
    speaker = _speaker(pipeline, "General Piet Vandorn said the dispute should not distract.", "should not distract")
    assert (speaker.role, speaker.rank) == (None, "General")


@pytest.mark.parametrize("text, role, affiliation", [
    # a body named after its place: the name is the affiliation, the kind of body stays in the title
    ("Marlow Vale Municipal Council chairman Piet Vandorn said the figures were wrong.", "Council chairman",
     "Marlow Vale Municipal Council"),
    # initials and a place before a lower-case title
    ("CCM Lakeside regional secretary Ms Neema Lyimo said the figures were wrong.", "regional secretary", "CCM"),
    # a hyphenated place and a party's name the recognizer did not label
    ("Marlow-Kestria mayor Ruth Penlow said the figures were wrong.", "mayor", "Marlow-Kestria"),
    ("Liberal Democrat councillor Helen Marsh said the figures were wrong.", "councillor", "Liberal Democrats"),
    # a body's name with "of" before a capitalised title
    ("Ministry of Health and Sanitation Spokesperson Daniel Kamara said the figures were wrong.", "Spokesperson",
     "Ministry of Health and Sanitation"),
    # a numbered body keeps its kind and number; an owner's possessive is read as before
    ("Lakeside Assembly Commission II member Rita Handa said the figures were wrong.", "Commission II member",
     "Lakeside Assembly Commission II"),
    ("Lakeside Council's cabinet member for parks and libraries, Owen Prys, said the figures were wrong.",
     "cabinet member for parks and libraries", "Lakeside Council"),
    # a party's or a house's name is the affiliation alone
    ("Green Party candidate Jill Stone said the figures were wrong.", "candidate", "Green Party"),
    ("White House physician Connie Marino said the figures were wrong.", "physician", "White House"),
    # a portfolio joined by "and" stays one title
    ("Water Resources and Public Works deputy minister Tendai Moyo said the figures were wrong.",
     "deputy minister", "Public Works"),
    # a body inside a larger one that a name or an owner sets apart is part of the role
    ("Leader of the Independent group, Coun Alan Petch, said the figures were wrong.",
     "Leader of the Independent group", "Independent group"),
    ("Coun Mark Heskin, leader of the Lakeside First group, said the figures were wrong.",
     "leader of the Lakeside First group", "Lakeside First group"),
    ("Hamid Saleh, a member of the Zorans' political bureau, said the figures were wrong.",
     "member of the Zorans' political bureau", "Zorans' political bureau"),
    # a capitalised adjective sets it apart too; a phrase saying where it sits is no part of it, and a word of
    # its name that is also a given name ("Green") starts no name
    ("Pavel Orlov, the head of the Liberal faction in the city council, said the figures were wrong.",
     "head of the Liberal faction", "Liberal faction"),
    ("Pavel Orlov, leader of the Green group on the regional assembly, said the figures were wrong.",
     "leader of the Green group", "Green group"),
    # a membership of a committee after a member's seat title says no more: the seat title stays
    ("Greens MP Jon Peel, a member of the standing committee on roads and ports, said the figures were wrong.",
     "MP", "Greens"),
    # a seat on a body, in lower case or named
    ("Tomas Reek, the Green Party whip on the council, said the figures were wrong.", "whip on the council",
     "Green Party"),
    ("Westmark's member on the Norvala board, Tomas Reek, said the figures were wrong.",
     "member on the Norvala board", "Westmark"),
    # an office's remit after "in charge of"
    ("The Deputy Mayor in charge of Urban Transport, Lena Varga, said the figures were wrong.",
     "Deputy Mayor in charge of Urban Transport", None),
    # a body with no name or owner is the affiliation alone: the body "the company" refers to, or none
    ("Harbourfront Engineering won the contract in May. Ana Roe, chairman of the company, said the figures were "
     "wrong.", "chairman", "Harbourfront Engineering"),
    ("Ana Roe, chairman of the company, said the figures were wrong.", "chairman", None),
    # a capitalised title's "of" and a place below a country is the title as written, and the place its body
    ("Mayor of Port Vale, Councillor Delroy Facey, who is a member of the party, said the figures were wrong.",
     "Mayor of Port Vale", "Port Vale"),
    ("Deputy Commissioner of Marikit Ana Roe said the figures were wrong.", "Deputy Commissioner of Marikit", None),
    # written in lower case it describes; a country is the affiliation
    ("Ana Roe, mayor of Port Vale, said the figures were wrong.", "mayor", "Port Vale"),
    ("Ana Roe, President of France, said the figures were wrong.", "President", "France"),
    # a title starts with no preposition
    ("State Sen. Tom Alder, R-Marlow, wrote on Friday to agency Commissioner Ruth Kettering "
     "that his staff had checked the records.\n\nKettering said the figures were wrong.", "agency Commissioner", None),
    # a party's adjective before an abbreviated title is the affiliation, lower-case words before it are the
    # title's; a place before a governor's abbreviation is the state he governs (all of "New Jersey", no
    # country "Jersey"), a place before a seat's is the seat
    ("Republican state Sen. Tom Alder said the figures were wrong.", "state Sen.", "Republican Party"),
    ("Nevada Gov. Carla Benton said the figures were wrong.", "Gov.", "Nevada"),
    ("New Jersey Gov. Carla Benton said the figures were wrong.", "Gov.", "New Jersey"),
    ("Nevada Sen. Tom Alder said the figures were wrong.", "Sen.", None),
    # a portfolio joined by "and" whose first word the recognizer marks as a body, after a verb
    ("The panel accused Fisheries and Tourism Minister Alan Brooks of hiding the audit.\n\nBrooks said the "
     "figures were wrong.", "Fisheries and Tourism Minister", "Fisheries and Tourism Ministry"),
    # an ordinal numbers an office's district and starts its title
    ("'Politically motivated'\n\nMarikit Second District Engineer Ernesto Salvo, who was relieved last week, "
     "rejected the allegations and said the figures were wrong.", "Marikit Second District Engineer", None),
    # a chamber named with capitals is part of the title; one in lower case only says where the office sits
    ("Ola Berg, group leader in the municipal council, said the figures were wrong.", "group leader", None),
    # (the leader of the opposition whom nothing else places speaks for the opposition, not the assembly)
    ("Leader of opposition in the assembly, Mira Kaul, said the figures were wrong.", "Leader of opposition",
     "Opposition"),
    ("Anil Dev Sharma, deputy leader in the Regional Council, said the figures were wrong.",
     "deputy leader in the Regional Council", None),
    # a party's short name in brackets before a member's title: the party, without it
    ("Tomas Ferro, a Westland Green League (Verdi) MP in the Westland parliament, said the figures were wrong.",
     "MP", "Westland Green League"),
    # titles the lexicon lacked, after an owner that refers back to a body
    ("The Westland Dairy Board also dismissed the claims. Its registrar, Mr Tom Okello, said the figures were "
     "wrong.", "registrar", "Westland Dairy Board"),
    ("The programme was set up in 2018. Its supervisor general, Omar Haddad, said the figures were wrong.",
     "supervisor general", None),
])
def test_role_and_affiliation_as_written(pipeline, text, role, affiliation):
    speaker = _speaker(pipeline, text, "figures were wrong")
    assert (speaker.role, speaker.affiliation) == (role, affiliation)


@pytest.mark.parametrize("text, role, rank", [
    ("VSAT commander Paulius Varga said the figures were wrong.", "commander", None),
    ("PCCB Lakeside regional commander Mr Joseph Marwa said the figures were wrong.", "regional commander", None),
    ("Army Commander Piet Vandorn said the figures were wrong.", "Army Commander", None),
    # a capitalised rank after a title is the form of address, the rank alone no office
    ("Provincial police spokesperson Inspector Luke Dube said the figures were wrong.",
     "Provincial police spokesperson", "Inspector"),
    ("Commander Piet Vandorn said the figures were wrong.", None, "Commander"),
])
def test_a_title_that_is_also_a_rank(pipeline, text, role, rank):
    speaker = _speaker(pipeline, text, "figures were wrong")
    assert (speaker.role, speaker.rank) == (role, rank)


@pytest.mark.parametrize("text, role", [
    ("\u201cWe have never seen a wall here,\u201d said Loreta Bauer, a 58-year-old vendor.", "vendor"),
    ("Julia Hanson, a former fish cutter, said the figures were wrong.", "former fish cutter"),
    ("Marta Gil, 52, a retired teacher, said the figures were wrong.", "retired teacher"),
    ("Tom Renner, a farmer and father of three, said the figures were wrong.", "farmer"),
    # whose, not what: no role
    ("Ana Mukasa, a mother of three who lives nearby, said the figures were wrong.", None),
    # an adjective sets a body inside a larger one apart, as a name or an owner does
    ("Dara Voss, a member of the standing committee of the Lakeside Growers Union, said the figures were wrong.",
     "member of the standing committee"),
    ("Carl Ober, a senior member of the full committee, said the figures were wrong.",
     "senior member of the full committee"),
    # set off before the name, after "its" or "another", or after the name with "another"
    ("The builder, Kestrel Works Ltd, rejected the claim. Its proprietor, Dawa Penjor, told reporters that the "
     "figures were wrong.", "proprietor"),
    ("Another beekeeper, Mrs Tamsin Vale, said the figures were wrong.", "beekeeper"),
    ("\u201cThe figures are wrong,\u201d said Tom Hale, another beekeeper.", "beekeeper"),
    # a kin's word, or a part in the story, is no occupation
    ("His wife, Mara Hale, said the figures were wrong.", None),
    ("Another critic, Mara Hale, said the figures were wrong.", None),
])
def test_an_apposition_saying_what_a_person_is(pipeline, text, role):
    speaker = next(q.speaker for q in pipeline.analyze(text, id="t").quotes)
    assert speaker.role == role


def test_a_councillors_form_of_address_is_no_part_of_the_name(pipeline):
    text = ("Liberal Democrat councillor Helen Orrin, who backed the scheme, said the dispute had helped nobody.\n\n"
            "\u201cBoth sides are scoring points,\u201d Coun Orrin said.")
    speaker = _speaker(pipeline, text, "scoring points")
    assert (speaker.name, speaker.role, speaker.rank) == ("Helen Orrin", "councillor", "Coun")


@pytest.mark.parametrize("text, name, role", [
    # a lead's indefinite title holds back the person named with that office just after it
    ("A lawmaker has accused the water authority of favouring large farms in the valley.\n\n"
     "MP Kamal Haddad told reporters that small farmers had received less water.", "Kamal Haddad", "MP"),
    # a generic source is often left unnamed
    ("A spokesperson for the hospital group said large farms were favoured in the valley.\n\n"
     "The party's health spokesperson, Kamal Haddad, said that small farmers had received less water.",
     "spokesperson for the hospital group", "spokesperson"),
    # once someone is named, an indefinite title is someone else
    ("Senator Dana Roe said the budget was late.\n\n"
     "A lawmaker has accused the water authority of favouring large farms in the valley.\n\n"
     "MP Kamal Haddad told reporters that small farmers had received less water.", "lawmaker", "lawmaker"),
    # the lead's qualifiers and the later title's name two offices
    ("In May, a U.S. District Court judge struck down the law, saying it favoured large parties.\n\n"
     "Circuit Court Judge Alan Pruett, writing for the majority, said the voting period was generous.",
     "U.S. District Court judge", "judge"),
    # a bare later title keeps the lead's qualifiers
    ("A Democratic lawmaker has accused the agency of favouring large farms.\n\n"
     "Rep. Ana Roe, D-Springfield, told reporters that the agency had hidden the figures.", "Ana Roe", "Rep."),
])
def test_a_lead_holds_back_a_name(pipeline, text, name, role):
    speaker = _speaker(pipeline, text, "favour")
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize("text, affiliation", [
    # "the company" is the company named before; no body named, no affiliation
    ("Harbourfront Engineering won the contract in May. The company's chief executive, Daniel Price, said "
     "the work was finished.", "Harbourfront Engineering"),
    ("The firm's lawyer, Daniel Price, said the work was finished.", None),
    # a kind of body before its name is no part of it
    ("The air is foul, said Ben Carrow, the head of the campaign group Breathe Easy Marlow.", "Breathe Easy Marlow"),
    # "its" in a description beside a name is the body named before
    ("The Harbour Workers Union held a rally on Monday. Its spokesperson, Maria Gonzalez, said the port was "
     "unsafe.", "Harbour Workers Union"),
    ("The Harbour Workers Union held a rally on Monday. Maria Gonzalez, its spokesperson, said the port was "
     "unsafe.", "Harbour Workers Union"),
    # a body after the name, or the one the bearer heads; a place after it is no body
    ("The land was sold, said Maria Gonzalez of the Farmers Union of Kestria.", "Farmers Union of Kestria"),
    ("Tomas Brell, an MP from the Green Alliance, said the plan failed.", "Green Alliance"),
    ("John Peterson, who chairs the Senate Finance Committee, said the plan failed.", "Senate Finance Committee"),
    # a party's short name in brackets after the name (with the state's, as Brazilian and US news write it)
    ("The fine drew a reply from Senator Paulo Nogueira Brandao (PL-MT), who said it was revenge.", "PL"),
])
def test_body_a_speaker_speaks_for(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a party or body the recognizer marks before a title
    ("NDP Leader Erik Vollan accused the cabinet of hiding the costs.", "NDP"),
    ("PiS spokesman Tomasz Wilk dismissed the audit as a stunt.", "PiS"),
    ("Liberal Democrat councillor Jean Harrow said the scheme had failed.", "Liberal Democrats"),
    ("Trump campaign spokesman Jason Miller denied the claim that the rally was cancelled.", "Trump campaign"),
    # a short name before a title is the party, whatever follows it
    ("LRP Joint Secretary General Barrister Kamal Hossain Mia said the rally was peaceful.", "LRP"),
    ("SYRIZA MP Nikos Vrettos claimed in Parliament that the tender had been rigged.", "SYRIZA"),
    ("UN Secretary-General Antonio Guterres said the talks failed.", "United Nations"),
    # a portfolio before a minister's or secretary's title is none
    ("Public Works Secretary Ramon Ilagan denied that the bridge was unsafe.", None),
])
def test_body_before_a_title(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


def test_minister_takes_the_ministry_of_his_portfolio(pipeline):
    text = ("The Ministry of National Security said the boats were bought. National Security Minister Sheldon "
            "Ramos said the deal was clean.")
    assert _affiliation(pipeline, text, "deal was clean") == "Ministry of National Security"


def test_field_of_a_spokesperson_is_no_department(pipeline):
    text = ("The Department of Health said the tender was fair. Opposition health spokeswoman Orla Brennan said "
            "the minister had intervened.")
    assert _affiliation(pipeline, text, "minister had intervened") != "Department of Health"


@pytest.mark.parametrize("text, affiliation", [
    ("Housing Minister Paul Desrosiers denied that the depot was sold.", "Housing Ministry"),
    ("Deputy Finance Minister Paul Desrosiers denied that the depot was sold.", "Finance Ministry"),
    ("Minister for Health Paul Desrosiers denied that the depot was sold.", "Ministry of Health"),
    ("Iranian Defense Minister Ali Saberi denied that the depot was sold.", "Iran"),  # a body the text gives stays
    ("Prime Minister Ali Saberi denied that the depot was sold.", None),  # no portfolio, no ministry
])
def test_minister_with_no_body_heads_the_ministry_of_the_portfolio(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a party in brackets after the name, or before the title of a description beside it
    ("Anna Keller (Green Party) said the plan was flawed.", "Green Party"),
    ("Jim Morrison, a Democratic senator, said the bill was dead.", "Democratic"),
    ("Anna Keller, a senior policy analyst, said the plan was flawed.", None),
    ("The Conservatives\u2019 shadow transport minister, Rhys Morgan MS, said the scheme raised questions.",
     "Conservatives"),
    # a name coordinated with the bearer's is no body of the title's; a place alone before it is a seat
    ("Donald Trump and Texas Sen. Ted Cruz said the plan was doomed.", None),
    ("Florida Sen. Marco Rubio said the plan was doomed.", None),
    # the body a relative clause says the bearer heads, as the recognizer writes it
    ("That is the danger, said Ana Lucero, who heads the Institute of Water and Soil Studies in Quito.",
     "Institute of Water and Soil Studies"),
])
def test_body_beside_a_name(pipeline, text, affiliation):
    assert _affiliation(pipeline, text, "") == affiliation


@pytest.mark.parametrize("word, short", [("NDP", True), ("PiS", True), ("SYRIZA", True), ("McCarthy", False),
                                         ("DeSantis", False), ("N", False)])
def test_a_short_name_is_no_surname_with_two_capitals(word, short):
    assert is_short_name(word) is short


@pytest.mark.parametrize("text, title, name", [
    # a name the recognizer left unlabelled, hung on the title's "of" phrase (its surname is named again)
    ("The managing director of the contractor, Lakeview Works Pte Ltd, Deepak Rana, also rejected the claims "
     "when contacted.\n\n\u201cEvery crane was inspected,\u201d Mr Rana said.", "director", "Rana"),
    # a name the parser made a conjunct of the title
    ("The Kiboga County MP, Hon. Ruth Achieng, who chairs the committee, said the tender was flawed.", "MP",
     "Achieng"),
    ("The Kiboga County MP said the tender was flawed.", "MP", None),
])
def test_the_name_set_off_after_a_title(nlp, lexicons, gazetteer, text, title, name):
    """One function finds the name a title describes, however the parse hangs it."""
    doc = nlp(text)
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, doc._.attribution_layout)
    found = resolver._apposed_name(next(t for t in doc if t.text == title))
    assert (found.text if found is not None else None) == name


def test_the_name_the_recognizer_marks_in_apposition_to_a_capitalised_title(bare_nlp, lexicons, gazetteer):
    """ "The ULP Chairman, Dr. Ana Roe, said it": the person in apposition to the title that is the
    statement's source (a hand-built parse)."""
    words = ["The", "ULP", "Chairman", ",", "Dr.", "Ana", "Roe", ",", "said", "it", "."]
    heads = [2, 2, 8, 2, 6, 6, 2, 2, 8, 8, 8]
    deps = ["det", "compound", "nsubj", "punct", "compound", "compound", "appos", "punct", "ROOT", "dobj", "punct"]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    ents = ["O", "B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              lemmas=[w.lower() for w in words])
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, find_layout(doc.text, lexicons))
    assert resolver._apposed_name(doc[2], source=True) == doc[6]
    assert resolver._apposed_name(doc[2]) is None  # not for a mention other than a statement's source
    assert resolver._apposed_name(doc[6], source=True) is None


def test_a_title_word_after_of_in_a_bodys_name_is_the_bodys(pipeline):
    """"Justice" after "of" names the ministry's field, not a judge: the role is the title after the name."""
    speaker = _speaker(pipeline, "A Department of Justice spokesman said the minister had misled the house.",
                       "misled the house")
    assert speaker.role == "spokesman"
    assert speaker.affiliation == "Department of Justice"


@pytest.mark.parametrize("text, name, rank", [
    # forms of address of unions, the bar, Cambodian and Malaysian honours: kept out of the name
    ("Its chairman, Comrade Musa Danjuma, said workers had not been paid.", "Musa Danjuma", "Comrade"),
    ("Party Assistant Secretary General Advocate Rafiqul Haque said buses had been held.", "Rafiqul Haque",
     "Advocate"),
    ("\"We never used force,\" said Oknha Sok Veasna, chairman of the company.", "Sok Veasna", "Oknha"),
    ("Harbour JPS director Ir Ahmad Zaki Osman said the bund was complete.", "Ahmad Zaki Osman", "Ir"),
])
def test_a_form_of_address_is_no_part_of_the_name(pipeline, text, name, rank):
    speaker = next(q.speaker for q in pipeline.analyze(text, id="t").quotes)
    assert (speaker.name, speaker.rank) == (name, rank)


@pytest.mark.parametrize("role, seat", [
    ("Sen.", True), ("Greens senator", True), ("Westmark MP", True), ("TD", True), ("assemblyman", True),
    ("ranking member", False), ("housing spokesman", False), ("Opposition Leader", False), ("", False),
    ("member of the same committee", True), ("member of the Greens caucus", True),
    ("senior member of the full committee", False), ("member of the family", False),
])
def test_a_role_that_says_only_a_seat(lexicons, role, seat):
    """A seat in a legislature, which an office the person also holds is to replace."""
    assert seat_only(role, lexicons) is seat


def test_a_ranking_member_is_an_office(pipeline):
    text = "Maria Vance, the ranking member of the Energy Committee's grid subcommittee, said the loan was hidden."
    speaker = _speaker(pipeline, text, "loan was hidden")
    assert (speaker.role, speaker.affiliation) == ("ranking member", "Energy Committee's grid subcommittee")


def test_shadow_names_no_body(pipeline):
    """"Shadow" before a title says the office is the opposition's, never whose: no affiliation "Shadow"."""
    text = "The opposition raised the matter again.\n\nShadow transport secretary Alicia Brandt said the figures were wrong."
    assert _affiliation(pipeline, text, "figures were wrong") != "Shadow"


def test_a_person_the_recognizer_took_for_a_body_in_apposition_to_the_sources_title(bare_nlp, lexicons, gazetteer):
    """ "The firm's Managing Director, Maria Ruiz, said it": a name a given name opens, set off after the
    statement's source title, is the person's even labelled an organisation's (a hand-built parse)."""
    words = ["The", "firm", "'s", "Managing", "Director", ",", "Maria", "Ruiz", ",", "said", "it", "."]
    heads = [1, 4, 1, 4, 9, 4, 7, 4, 4, 9, 9, 9]
    deps = ["det", "poss", "case", "compound", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj",
            "punct"]
    pos = ["DET", "NOUN", "PART", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    ents = ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents,
              lemmas=[w.lower() for w in words])
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, find_layout(doc.text, lexicons))
    assert resolver._apposed_name(doc[4]) is None  # not for a mention other than a statement's source
    assert resolver._apposed_name(doc[4], source=True) == doc[7]


@pytest.mark.parametrize("text, content, name, role", [
    # occupations of science and trade the lexicon lacked: before the name, where only a title is cut off
    # it, and in an apposition
    ("Geologist Marta Venn said the cliff had been \u201cmoving for years\u201d.", "moving for years",
     "Marta Venn", "Geologist"),
    ("Fisherman Joel Tarrant said the catch had \u201cnever been this thin\u201d.", "never been this thin",
     "Joel Tarrant", "Fisherman"),
    ("Joel Tarrant, a fisherman at the old quay, said the nets came up \u201cfull of oil\u201d.", "full of oil",
     "Joel Tarrant", "fisherman"),
])
def test_an_occupation_before_a_name_or_in_an_apposition(pipeline, text, content, name, role):
    """A scientist's or a fisher's occupation is the role, and no part of the name it stands before."""
    speaker = _speaker(pipeline, text, content)
    assert speaker.name == name
    assert speaker.role == role


def test_the_comma_setting_off_a_name_is_no_part_of_the_role(pipeline):
    """A portfolio of several fields ends at the comma before the name; the role keeps no comma."""
    speaker = _speaker(pipeline, "Replying, the Minister of Ports and Coastal Works, Sefo Malielegaoi Tanu, "
                                 "said the harbour would \u201creopen by spring\u201d.", "reopen by spring")
    assert speaker.role == "Minister of Ports and Coastal Works"


def test_a_seat_after_for_stops_at_the_name(pipeline):
    """The seat a "for" phrase names runs up to the person's name, not over it."""
    speaker = _speaker(pipeline, "UNP candidate for East Ridge Mary Cole told reporters the roads were "
                                 "\u201ca disgrace\u201d.", "a disgrace")
    assert speaker.name == "Mary Cole"
    assert speaker.role == "candidate for East Ridge"


@pytest.mark.parametrize("text, content, role", [
    # two titles joined by "and" that open the clause are both what the person is
    ("Historian and author Marta Venn told the radio station that the fort was \u201colder than anyone "
     "thought\u201d.", "older than anyone", "Historian and author"),
    # a title after "the ... and" belongs to another person: the role is the name's own
    ("Talks between the mayor and councillor Joel Tarrant broke down on Friday, and Tarrant told reporters "
     "the ruling was \u201ca gift\u201d.", "a gift", "councillor"),
])
def test_two_titles_joined_before_a_name(pipeline, text, content, role):
    """Titles coordinated before a name are one role when nothing before them names another holder."""
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, content, role", [
    # an ordinary person's description before the name: the place before it and the age or count are no
    # part of the role
    ("Brookfield resident Ada Fox, 71, said she now buys \u201cevery drop\u201d of her water.", "every drop",
     "resident"),
    ("The 58-year-old farmer Tom Reed said his barley was \u201crotting in the field\u201d.", "rotting in the field",
     "farmer"),
    ("Another resident, Kelly Barr, said the lane had been \u201cshut for weeks\u201d.", "shut for weeks",
     "resident"),
])
def test_a_residents_or_farmers_description(pipeline, text, content, role):
    """A resident or a farmer named after the description is given it as the role."""
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, content, role", [
    # a comma after the last field of a portfolio ends it: what follows is a chiefly title or the name
    ("Answering the critics, the Minister of Fisheries and Oceans, Tuiloma Sefo Aleni, said the ban was "
     "\u201cnot up for debate\u201d.", "not up for debate", "Minister of Fisheries and Oceans"),
])
def test_a_portfolio_of_fields_ends_at_the_comma_after_its_last(pipeline, text, content, role):
    """No word of the name or of a title before it is part of the portfolio."""
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, content, role", [
    # the parser hangs the name set off after the body on the body: the "of" phrase ends at the comma
    ("The candidate for Port Royal North, Sarah Collins, said the taps had been \u201cdry for weeks\u201d.",
     "dry for weeks", "candidate for Port Royal North"),
])
def test_an_of_phrase_ends_before_the_name_set_off_after_it(pipeline, text, content, role):
    """A name set off by commas after "<title> of <body>" is no part of the body."""
    assert _speaker(pipeline, text, content).role == role


@pytest.mark.parametrize("text, role", [
    # the office set off before the words that lead the name is the role; a rank or a form of address
    # there stays the rank
    ("Its spokesperson, Deputy Director General Lotte Kamau, said the harbour would stay open.", "spokesperson"),
    ("The board's spokesperson, Colonel Ivo Brandt, said the harbour would stay open.", "spokesperson"),
    ("In Westmark, Mayor Lotte Kamau said the harbour would stay open.", "Mayor"),
    ("Mayor Lotte Kamau, a former teacher, said the harbour would stay open.", "Mayor"),
])
def test_the_office_set_off_before_a_title_that_leads_the_name(pipeline, text, role):
    assert _speaker(pipeline, text, "harbour would stay open").role == role


@pytest.mark.parametrize("text, content, role, affiliation", [
    ("Westmark Governor's office spokesperson Nadia Lowe said the lease terms were unfair.", "lease terms",
     "spokesperson", "Westmark Governor's office"),
])
def test_a_places_officeholders_office_before_a_title(pipeline, text, content, role, affiliation):
    """"<Place> Governor's office" is the body the title holder speaks for, not the governor's place."""
    speaker = _speaker(pipeline, text, content)
    assert (speaker.role, speaker.affiliation) == (role, affiliation)


def test_a_places_officeholders_office_speaking_has_no_affiliation_of_its_own_words(pipeline):
    speaker = _speaker(pipeline, "Brenton Mayor's office announced on Friday a review of the bus fares.",
                       "review of the bus fares")
    assert speaker.affiliation != "Brenton Mayor"
