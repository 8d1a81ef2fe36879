"""Claim rules on real parses of short sentences written for the test."""

from __future__ import annotations

import pytest

from attribution.pipeline.claims import Context, child_at, modality, side
from attribution.pipeline.model import Entity


def _edges(article, *, flagged: bool = False):
    claims = article.flagged_claims if flagged else article.claims
    return {(c.relation, c.source.name, c.target.name) for c in claims}


@pytest.fixture(scope="module")
def analyze(pipeline):
    def run(text: str):
        return pipeline.analyze(text, id="t")
    return run


@pytest.mark.parametrize("text, edge", [
    ("The opposition accused Prime Minister John Smith of corruption.", ("accuse", "opposition", "John Smith")),
    ("Iran blamed the U.S.-led invasion for the bloodshed.", ("accuse", "Iran", "United States")),
    ("Officials blamed the explosion on Kurdish militants.", ("accuse", "Officials", "Kurdish militants")),
    ("Senator Jane Miller was accused by Governor Tom Reed of lying.", ("accuse", "Tom Reed", "Jane Miller")),
    ("Germany condemned Russia over the poisoning.", ("criticize", "Germany", "Russia")),
    ("Mayor Anna Berg praised the firefighters for their courage.", ("praise", "Anna Berg", "firefighters")),
    ("Congressman Paul Ryan agreed with Senator Mitch McConnell on the budget.",
     ("agree", "Paul Ryan", "Mitch McConnell")),
    ("North Korea threatened to attack South Korea.", ("threaten", "North Korea", "South Korea")),
])
def test_cue_verbs_name_their_target(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_claim_noun_takes_the_speaker_of_the_sentence(analyze):
    article = analyze("Iran is arming militias, the Pentagon said on Monday, in its strongest accusations yet "
                      "against Tehran.")
    assert ("accuse", "Pentagon", "Iran") in _edges(article)


def test_owner_of_claim_noun_is_its_source(analyze):
    article = analyze("Turkish accusations that Greece harboured militants angered Athens.")
    assert ("accuse", "Turkey", "Greece") in _edges(article)


def test_wrongdoing_in_a_neutral_statement_accuses_the_doers_and_their_partners(analyze):
    article = analyze("Lindner also said the Nasr Force was working with the militia group Black Lynx "
                      "to carry out acts of violence across Moldova.")
    edges = _edges(article)
    assert ("accuse", "Lindner", "Nasr Force") in edges
    assert ("accuse", "Lindner", "Black Lynx") in edges
    claim = next(c for c in article.claims if c.target.name == "Black Lynx")
    assert claim.rule == "wrongdoing" and claim.cameo == "1123"


def test_hiding_something_is_wrongdoing_like_concealing_it(analyze):
    article = analyze("Councillor Priya Olander said the Harbour Trust was hiding the true cost of the pier.")
    assert ("accuse", "Priya Olander", "Harbour Trust") in _edges(article)


@pytest.mark.parametrize("text", [
    "The general said the army fought terrorists in the north.",       # countering the wrongdoing
    "The minister said Ferguson has a higher crime rate than Paris.",  # a quality of a thing
    "The mayor said he saw no evidence that the police used violence.",  # not the reported clause
    "Reuters reported that rebels killed two soldiers.",              # an outlet reports, it does not accuse
    "The governor said the rebels had set the date.",                 # one word of a phrase
    "The governor said the army was unable to kill the rebels.",      # did not happen
    "\"Young voters are sick and tired of bigotry,\" the governor said.",  # weariness of wrongdoing counters it
])
def test_wrongdoing_rule_stays_quiet(analyze, text):
    assert not [c for c in analyze(text).claims if c.rule == "wrongdoing"]


@pytest.mark.parametrize("text, edge", [
    ("Senator Ada Munro called the audit an act of intimidation organised by the governor.",
     ("accuse", "Ada Munro", "governor")),                                  # labelling, participle's agent
    ("Ada Munro described the raids as persecution ordered by the Green League.",
     ("accuse", "Ada Munro", "Green League")),
    ("Police chief Omar Diallo said the ambush, carried out by the Delta Front, killed four guards.",
     ("accuse", "Omar Diallo", "Delta Front")),                                 # the act is the subject
    ("The bishop said the persecution of monks by the junta was a stain on the nation.",
     ("accuse", "bishop", "junta")),                                        # the noun's own "by"
])
def test_act_of_wrongdoing_names_its_doer_by_an_agent(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("\"The Northern Army opened unprovoked firing and our soldiers answered,\" a border police spokesman said.",
     ("accuse", "border police spokesman", "Northern Army")),     # a quotation opening its sentence
    ("Senator Ada Munro said the tannery company carried out illegal dumping in the lake.",
     ("accuse", "Ada Munro", "tannery company")),
])
def test_a_word_of_wrongdoing_qualifying_an_act_makes_its_doer_a_wrongdoer(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "The nurse said the violence suffered by the villagers was appalling.",  # no perpetration
    "The bishop said the persecution ordered by the junta would not happen.",  # negated clause
    "The bishop said accusations of torture by the junta were unfounded.",   # under a countering word
])
def test_agent_of_an_act_is_no_doer_unless_the_act_is_asserted(analyze, text):
    assert not [c for c in analyze(text).claims if c.relation == "accuse"]


@pytest.mark.parametrize("text, edge", [
    ("Councillor Rosa Vint on Friday denied any links to the gang after the city auditor announced it was "
     "examining her accounts.", ("deny", "Rosa Vint", "city auditor")),       # a report in an "after" clause
    ("Vint denies bribery claims after regulator opens probe", ("deny", "Vint", "regulator")),  # its object
    ("Rosa Vint denied any wrongdoing in response to Senator Ray Okoye's allegations.",
     ("deny", "Rosa Vint", "Ray Okoye")),                                     # a noun's owner
    ("Rosa Vint denied any wrongdoing after being accused by the Green League of fraud.",
     ("deny", "Rosa Vint", "Green League")),                                  # a passive's agent
])
def test_denial_answers_the_actor_whose_act_prompted_it(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Rosa Vint denied any wrongdoing after her lawyer spoke to reporters.",   # her own side
    "Rosa Vint denied any wrongdoing after being questioned by reporters.",   # spoken to, not about
    "Rosa Vint denied any wrongdoing after the council voted on the budget.",  # no act of saying
    "Rosa Vint rejected the offer after the council announced the sale.",     # no accusation denied
])
def test_denial_prompted_by_no_accusing_act_answers_nobody(analyze, text):
    assert not [c for c in analyze(text).claims if c.relation == "deny"]


def test_denial_targets_the_owner_of_the_accusation(analyze):
    article = analyze("Iran's Defense Minister Mostafa Najjar dismissed U.S. accusations that Iran was "
                      "arming militants.")
    edges = _edges(article)
    assert ("deny", "Mostafa Najjar", "U.S.") in edges  # named as written; the actor is the United States
    assert ("accuse", "U.S.", "Iran") in edges
    assert {c.target.id for c in article.claims if c.relation == "deny"} == {"country:USA"}


def test_denial_answers_the_latest_accusation_against_the_denier(analyze):
    article = analyze("Britain accused Russia of the cyber attack. Russia denied any involvement.")
    denial = next(c for c in article.claims if c.relation == "deny")
    assert (denial.source.name, denial.target.name) == ("Russia", "Britain")
    answered = next(c for c in article.claims if c.id == denial.responds_to)
    assert answered.relation == "accuse" and answered.source.name == "Britain"


def test_calling_an_accusation_false_denies_it(analyze):
    article = analyze("The U.S. accused Iran of arming militants. Iran called the accusations baseless.")
    assert ("deny", "Iran", "U.S.") in _edges(article)


def test_bare_plural_accusation_noun_refers_back(analyze):
    article = analyze("The union accused the mining company of hiding safety reports. "
                      "The company rejected accusations of negligence.")
    assert ("deny", "company", "union") in _edges(article)


@pytest.mark.parametrize("text, edge", [
    ("Mayor Lena Ortiz said the council had wasted money and accused the governor of lying.",
     ("accuse", "Lena Ortiz", "governor")),
    ("The rebel commander Omar Haddad denied that his fighters had shelled the town and accused the army "
     "of staging the attack.", ("accuse", "Omar Haddad", "army")),
])
def test_claim_verb_coordinated_with_a_reported_clause_is_the_reporters(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("Foreign Minister Jan Kowal criticised Belarus, which he has accused of arming smugglers.",
     ("accuse", "Jan Kowal", "Belarus")),                                   # relative pronoun as target
    ("The rebels said the army's helicopters had bombed a market.", ("accuse", "rebels", "army")),  # owner's act
    ("The rebels said they had looted nothing and that the army had looted the village.",
     ("accuse", "rebels", "army")),                                         # a conjunct's own negation
    ("The governor said the rebels had set fire to the market.", ("accuse", "governor", "rebels")),  # a phrase
    ("Iran's state media denied the report and accused Israel of sabotage.", ("accuse", "Iran's state media", "Israel")),
    ("The mayor accused the governor of fraud. The governor said he had not signed the contract and that "
     "the mayor's accusations were baseless.", ("deny", "governor", "mayor")),
    ("Critics said the mayor had hired his cousin, a charge the mayor denied.", ("deny", "mayor", "Critics")),
    ("Interior Minister Laura Gomez was accused by the opposition of ordering police to beat protesters. "
     "Her ministry denied that anyone had been beaten.", ("deny", "Interior Ministry", "opposition")),
])
def test_claims_through_relatives_owners_conjuncts_and_appositions(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Okoro described the union's allegations as baseless.",                                  # "as" without object
    "The union's allegation that Okoro took bribes was dismissed by Okoro as nonsense.",     # passive denial
])
def test_denials_by_labelling_and_in_the_passive(analyze, text):
    assert ("deny", "Okoro", "union") in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("The opposition holds the government accountable for the deaths.", ("accuse", "opposition", "government")),
    ("Officials held Hamas responsible.", ("accuse", "Officials", "Hamas")),
    ("The minister said the banks and the regulator were to blame for the crisis.", ("accuse", "minister", "regulator")),
])
def test_holding_someone_culpable_accuses_them(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", ["Kenya did not hold the militants responsible.", "The committee held a meeting.",
                                  "\"The banks are not to blame,\" the minister said.",
                                  "I hold myself accountable, the mayor said."])
def test_holding_without_culpability_accuses_nobody(analyze, text):
    assert not [c for c in analyze(text).claims if c.relation == "accuse"]


def test_holding_coordinated_with_a_report_is_the_reporters(analyze):
    edges = _edges(analyze("Mayor Ines Vold said that the former council had mismanaged the budget but held the "
                           "new board responsible for the cuts."))
    assert ("accuse", "Ines Vold", "new board") in edges
    assert ("accuse", "former council", "new board") not in edges


@pytest.mark.parametrize("text", [
    "Minister Lena Holm said her department had notified the police of a suspected abuse of power.",
    "Governor Tom Reed said the agency had alerted investigators of the corruption.",
])
def test_notifying_authorities_of_wrongdoing_is_not_doing_it(analyze, text):
    assert not [c for c in analyze(text).claims if c.rule == "wrongdoing"]


@pytest.mark.parametrize("text, edge", [
    ("Senator Ada Munro alleged that Delta Freight Co had rigged the port tender. Delta Freight said in a statement "
     "that it had won the tender fairly.", ("deny", "Delta Freight", "Ada Munro")),
    ("Senator Ada Munro charged that the Harlow Water Board had paid contractors for work never done. Harlow Water "
     "Board chief executive Ruth Lang said it had followed the procurement rules.", ("deny", "Ruth Lang", "Ada Munro")),
])
def test_asserting_ones_proper_conduct_denies(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Senator Ada Munro accused Delta Freight of rigging the port tender. The governor said the vote was held fairly.",
    "Senator Ada Munro accused Delta Freight of rigging the port tender. Observer Tom Reed said the port authority "
    "had followed the rules.",
    "Senator Ada Munro accused Delta Freight of rigging the port tender. Delta Freight said it had not acted fairly.",
])
def test_proper_conduct_of_another_or_denied_denies_nothing(analyze, text):
    assert not [c for c in analyze(text).claims if c.relation == "deny"]


def test_accusation_named_again_takes_its_maker_from_the_passive(analyze):
    article = analyze("Senator Ray Cole faces allegations that he took bribes. "
                      "The allegations were made by a former aide, Jim Park.")
    assert ("accuse", "Jim Park", "Ray Cole") in _edges(article)
    assert not analyze("The allegations were made by a former aide, Jim Park.").claims


_OKAFOR = "Auditor General Ruth Okafor accused Finance Minister Tom Adeyemi of fraud. "


@pytest.mark.parametrize("text, denied", [
    ("Adeyemi, however, insisted he had done nothing wrong.", True),
    ("\"I did not do anything illegal,\" Adeyemi said.", True),
    ("Adeyemi said he would do nothing illegal.", False),   # a promise
    ("Adeyemi said he had done nothing yet.", False),
])
def test_asserting_innocence_denies(analyze, text, denied):
    assert (("deny", "Tom Adeyemi", "Ruth Okafor") in _edges(analyze(_OKAFOR + text))) is denied


def test_calling_a_claim_false_denies_only_an_accuser(analyze):
    assert not analyze("Many families say the president's claims about retaliation are unfounded.").claims
    article = analyze("The mayor accused the governor of fraud. The governor said the mayor's claims were false.")
    assert ("deny", "governor", "mayor") in _edges(article)


@pytest.mark.parametrize("text, denied", [
    ("Adeyemi called the allegations politically motivated.", True),   # complement hung on the object
    ("Adeyemi described the accusations as a witch hunt.", True),
    ("Adeyemi said the charges were rubbish.", True),
    ("Adeyemi called the allegations made by Okafor serious.", False),
])
def test_labelling_an_accusation_false_denies_it(analyze, text, denied):
    assert (("deny", "Tom Adeyemi", "Ruth Okafor") in _edges(analyze(_OKAFOR + text))) is denied


_HALE = "The Green League accused the Transport Ministry of rigging the rail tender. "


@pytest.mark.parametrize("text, denied", [
    ("The Transport Ministry said it was untrue that its officials had favoured one bidder.", True),
    ("\"It is not true that we favoured anyone,\" the Transport Ministry said.", True),
    ("The ministry said it was true that the tender had been delayed.", False),          # concedes
    ("The ministry said it was absurd that the tender had taken two years.", False),     # deplores
])
def test_calling_a_that_clause_untrue_denies_it(analyze, text, denied):
    edge = ("deny", "ministry", "Green League")
    assert any(e[0] == "deny" and e[2] == "Green League" for e in _edges(analyze(_HALE + text))) is denied, edge


def test_denied_clause_about_an_actors_office_answers_the_accusation_against_the_actor(analyze):
    article = analyze("The Green League accused Transport Minister Ivo Marsh of rigging the rail tender. "
                      "The Transport Ministry said it was untrue that the minister's office had met the bidders.")
    assert ("deny", "Transport Ministry", "Green League") in _edges(article)


def test_an_organisation_is_no_member_of_a_body_its_name_shares_a_kind_word_with(analyze):
    article = analyze("The interior minister, Lio Varga, blamed the Free Highlands Army militia for the raid. "
                      "The militia's spokesman, Jon Tarr, denied any role and accused the army of lying.")
    assert ("deny", "Jon Tarr", "Lio Varga") in _edges(article)  # not answering his own charge against "the army"


@pytest.mark.parametrize("text, edges", [
    ("The Blue Party accused the Green Party of fraud. Eva Lind blamed both parties for the violence.",
     {("accuse", "Eva Lind", "Blue Party"), ("accuse", "Eva Lind", "Green Party")}),
    ("The Blue Party accused the Green Party of fraud. Eva Lind urged both sides to stay calm.",
     {("demand", "Eva Lind", "Blue Party"), ("demand", "Eva Lind", "Green Party")}),
])
def test_both_sides_are_the_disputants_of_the_latest_accusation(analyze, text, edges):
    assert edges <= _edges(analyze(text))


def test_both_sides_of_a_dispute_one_is_in_are_not_resolved(analyze):
    article = analyze("The Blue Party accused the Green Party of fraud. The Blue Party blamed both parties for the delay.")
    assert not [c for c in article.claims if c.rule == "cue-verb" and c.target.name == "Green Party"
                and c.relation == "accuse" and "delay" in c.evidence]


def test_denial_of_something_else_is_no_claim(analyze):
    article = analyze("Germany accused Poland of breaking the rules. Poland rejected the offer of talks.")
    assert not [c for c in article.claims if c.relation == "deny"]


@pytest.mark.parametrize("text, edge", [
    ("The senator did not accuse the governor of fraud.", ("accuse", "senator", "governor")),
    ("Senator Ted Cruz refused to endorse Donald Trump.", ("praise", "Ted Cruz", "Donald Trump")),
    ("The union may endorse Senator Bernie Sanders next week.", ("praise", "union", "Bernie Sanders")),
    ("Minister Ali Rezaei stopped short of accusing Israel of the attack.", ("accuse", "Ali Rezaei", "Israel")),
    ("Instead of blaming Russia, the spokesman John Smith praised the talks.", ("accuse", "John Smith", "Russia")),
    ("The senator criticized the plan rather than accusing the governor.", ("accuse", "senator", "governor")),
])
def test_negated_and_hypothetical_claims_are_flagged_and_kept_apart(analyze, text, edge):
    article = analyze(text)
    assert edge in _edges(article, flagged=True)
    assert edge not in _edges(article)


def test_object_controls_the_infinitive_and_the_request_is_hypothetical(analyze):
    article = analyze("The group urged Senator Hillary Clinton to denounce Donald Trump.")
    assert ("demand", "group", "Hillary Clinton") in _edges(article)
    assert ("criticize", "Hillary Clinton", "Donald Trump") in _edges(article, flagged=True)


@pytest.mark.parametrize("text, targets", [
    ("The senator accused Google and Facebook of spying.", {"Google", "Facebook"}),
    ("The senator accused Procter and Gamble of fraud.", {"Procter and Gamble"}),   # one name
    ("Kenya held the militants responsible for the bombing.", {"militants"}),         # not "militants responsible"
])
def test_coordinated_targets_are_separate_actors(analyze, text, targets):
    assert {c.target.name for c in analyze(text).claims} == targets


def test_a_target_that_names_no_actor_makes_no_claim(analyze):
    assert not analyze("Mayor Anna Berg blamed the weather for the delays.").claims


def test_possessor_stands_for_a_thing_it_owns(analyze):
    article = analyze("Senator Jane Miller criticized President Barack Obama's decision.")
    assert ("criticize", "Jane Miller", "Barack Obama") in _edges(article)


def test_claims_carry_codes_evidence_and_offsets(analyze):
    text = "The opposition accused Prime Minister John Smith of corruption."
    claim = analyze(text).claims[0]
    assert (claim.cameo, claim.plover, claim.rule) == ("1121", "ACCUSE", "cue-verb")
    assert text[claim.start:claim.end].strip() == claim.evidence
    assert claim.cue == "accused" and 0 < claim.confidence <= 1


def test_modality_and_lexicon_positions(nlp, lexicons, gazetteer, bare_nlp):
    from attribution.pipeline.layout import find_layout
    from attribution.pipeline.speakers import Resolver

    doc = bare_nlp("Trump would not criticize Clinton, and he threatened to sue the Times.")
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, find_layout(doc.text, lexicons), entities=[])
    ctx = Context(doc, [], resolver, lexicons, gazetteer, quotations=[])
    criticize = next(t for t in doc if t.lemma_ == "criticize")
    assert modality(criticize, ctx) == (True, True)
    threatened = next(t for t in doc if t.lower_ == "threatened")
    assert child_at(threatened, "xcomp>dobj").text == "Times"
    assert child_at(threatened, "prep:against") is None


#: The issue's targets for claims on articles from other outlets and countries.
CLAIM_TARGETS = {"claim_precision": 0.80, "claim_recall": 0.70}


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3"])
def test_claims_generalise_to_other_outlets(pipeline, name):
    """The generalisation sets (invented articles in other outlets' styles, in the repository) meet the targets."""
    from attribution.evaluate import evaluate

    from ..conftest import ROOT

    metrics = evaluate(pipeline, ROOT / "tests" / "data" / name).metrics()
    assert not metrics["articles_missing_from_output"]
    for key, floor in CLAIM_TARGETS.items():
        assert metrics[key] >= floor, (key, metrics[key], metrics["counts"])


def test_tokens_with_finds_lemmas_forms_and_tags_in_text_order(nlp, lexicons, gazetteer):
    from attribution.pipeline.speakers import Resolver

    doc = nlp("Iran's minister accused the rebels, who denied everything and said nothing.")
    resolver = Resolver.for_doc(doc, lexicons, gazetteer, doc._.attribution_layout)
    ctx = Context(doc, [], resolver, lexicons, gazetteer)
    assert [t.text for t in ctx.tokens_with(lemmas={"accuse", "deny"})] == ["accused", "denied"]
    assert [t.text for t in ctx.tokens_with(forms={"nothing"}, tags={"POS"})] == ["'s", "nothing"]
    assert ctx.tokens_with() == []


def test_a_definite_denial_answers_an_accusation_already_reported_not_a_later_one(analyze):
    """ "dismissed the criticism" refers back: the farmers' accusation, not the senator's reported after it."""
    text = ("Dairy farmers accuse government of 'ruin' as tariff rises\n\nAgriculture Ministry says tariff is needed\n\n"
            "Dairy farmers on Monday accused the government of ruining their business with the new tariff.\n\n"
            "Agriculture Minister Lena Vasquez dismissed the criticism as \"noise\" and said the tariff would stay.\n\n"
            "Senator Paul Grady blamed the ministry for the drop in milk output.")
    edges = _edges(analyze(text))
    assert ("deny", "Lena Vasquez", "Dairy farmers") in edges
    assert ("deny", "Lena Vasquez", "Paul Grady") not in edges


def test_a_pronoun_target_refers_to_a_body_that_is_no_speaker(analyze):
    """ "said the Opposition was ... and accused it of ...": *it* is the Opposition, a subject that
    speaks nowhere in the article, so the claim stage's resolver must still know it as an antecedent."""
    text = ("Transport Minister Ana Brandt said the Opposition was \"desperate for attention\" and accused it of "
            "scaremongering about the bridge.")
    assert ("accuse", "Ana Brandt", "Opposition") in _edges(analyze(text))


_RIVER = "The Coastal Alliance accused the Harbour Board of draining the wetland. "


@pytest.mark.parametrize("text, denied", [
    ("The Harbour Board denied it.", True),
    ("The Harbour Board has denied this.", True),
    ("The Harbour Board denied it was over budget. The port later reopened. The Harbour Board denied it.", True),
])
def test_a_pronoun_denial_answers_the_accusation_just_before(analyze, text, denied):
    assert (("deny", "Harbour Board", "Coastal Alliance") in _edges(analyze(_RIVER + text))) is denied


def test_a_pronoun_denial_reaches_back_no_further_than_the_sentence_before(analyze):
    text = (_RIVER + "The port reopened on Monday. Ships queued for hours. Fees rose again in May. "
            "The Harbour Board disputes this.")
    assert not any(e[0] == "deny" for e in _edges(analyze(text)))


def test_a_relative_pronoun_denied_names_its_antecedent_not_an_accusation(analyze):
    """ "stances that he has disavowed": the stances, no accusation, are disavowed."""
    text = (_RIVER + "Board chairman Ivo Marsh once backed a toll and a land sale, stances that he has since disavowed.")
    assert not any(e[0] == "deny" and e[1] == "Ivo Marsh" for e in _edges(analyze(text)))


@pytest.mark.parametrize("text, edge", [
    ("The Pentagon said the rebels were responsible for the attack.", ("accuse", "Pentagon", "rebels")),
    ("Kenyan police said the Lamu Front was behind the blast.", ("accuse", "Kenyan police", "Lamu Front")),
    ("Officials said the mine owners were to blame for the deaths of 40 miners.",
     ("accuse", "Officials", "mine owners")),
    *[(f"The Green Alliance said Mayor Tom Hale was responsible for {harm}.", ("accuse", "Green Alliance", "Tom Hale"))
      for harm in ("the flooding", "the power outage", "delays to the project")],
])
def test_a_harm_one_is_made_culpable_for_is_wrongdoing(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Residents said the rebels heard a loud blast before the bridge fell.",
    "Witnesses said the rebels fled after the attack.",
    "The interior ministry is responsible for security at the border, officials said.",
])
def test_a_harm_alone_accuses_nobody(analyze, text):
    assert not any(e[0] == "accuse" for e in _edges(analyze(text)))


def test_an_accusation_labelled_false_by_a_verb_of_condemning_is_denied(analyze):
    text = _RIVER + "The Harbour Board condemned the accusation as baseless."
    assert ("deny", "Harbour Board", "Coastal Alliance") in _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "Tom Hale, the board's chairman, rejected the allegations, responding to a report by the watchdog.",
    "\"We reject these allegations entirely,\" said Tom Hale, the board's chairman, responding to a report by "
    "the watchdog.",
])
def test_a_denial_answers_the_report_it_responds_to(analyze, text):
    assert ("deny", "Tom Hale", "watchdog") in _edges(analyze(text))


def test_a_first_person_accusation_in_a_quotation_is_its_speakers(analyze):
    text = "\"I blame the Harbour Board for the flooding of my street,\" said Rita Osei, a local shopkeeper."
    assert ("accuse", "Rita Osei", "Harbour Board") in _edges(analyze(text))


def test_a_first_person_verb_inside_another_clause_of_a_quotation_is_not_the_speakers_claim(analyze):
    text = ("\"Voters do not want to hear that we are blaming the Harbour Board, and I think they are right,\" "
            "said Rita Osei, a local shopkeeper.")
    assert not any(e[0] == "accuse" for e in _edges(analyze(text)))


def test_a_denial_of_the_claim_presupposes_the_statement_before_it_accused_the_denier(analyze):
    """ "called the claim nonsense": the statement before, about the developer, was an accusation."""
    text = ("The mayor's office said the developer had ignored safety warnings for months. "
            "The developer called the claim \"nonsense\".")
    edges = _edges(analyze(text))
    assert ("accuse", "mayor's office", "developer") in edges
    assert ("deny", "developer", "mayor's office") in edges


def test_a_denial_presupposes_no_accusation_from_a_statement_about_someone_else(analyze):
    text = ("The mayor's office said the bridge would close for months. "
            "The developer called the claim \"nonsense\".")
    assert not any(e[0] == "accuse" for e in _edges(analyze(text)))


def test_a_denied_act_of_the_deniers_own_presupposes_the_statement_before_accused_it(analyze):
    text = "The Civic Forum said guards had beaten two detainees. The guards denied mistreating anyone."
    edges = _edges(analyze(text))
    assert ("accuse", "Civic Forum", "guards") in edges
    assert ("deny", "guards", "Civic Forum") in edges


def test_an_office_denies_for_the_official_whose_office_it_is(analyze):
    text = ("Opposition councillors say the mayor misused public funds. "
            "The mayor's office has rejected the allegations.")
    edges = _edges(analyze(text))
    assert ("accuse", "Opposition councillors", "mayor") in edges
    assert ("deny", "mayor's office", "Opposition councillors") in edges


@pytest.mark.parametrize("text, denied", [
    ("The Harbour Board said there was no evidence that its engineers had drained anything.", True),
    ("\"There is no truth in these claims,\" said Ivo Marsh, a spokesman for the Harbour Board.", True),
    ("The Harbour Board said there was not any basis for the allegations.", True),
    ("The Harbour Board said there was no evidence yet of damage to the wetland.", False),
])
def test_saying_an_accusation_has_no_ground_denies_it(analyze, text, denied):
    assert any(e[0] == "deny" and e[2] == "Coastal Alliance" for e in _edges(analyze(_RIVER + text))) is denied


@pytest.mark.parametrize("text", [
    "\"These accusations are fabricated,\" a Harbour Board spokesman said.",
    "Harbour Board spokesman Ivo Marsh denied that, saying the wetland had dried up in the drought.",
])
def test_a_passive_of_falsity_and_a_bare_that_deny(analyze, text):
    assert any(e[0] == "deny" and e[2] == "Coastal Alliance" for e in _edges(analyze(_RIVER + text)))


@pytest.mark.parametrize("text, accused", [
    ("The auditor said the agency had breached procurement rules.", True),
    ("Investigators said the firm had falsified safety records.", True),
    ("Aid workers said the villagers had suffered torture for years.", False),   # the victims
    ("The minister said the country faced terrorism on two fronts.", False),
])
def test_wrongdoing_is_predicated_of_its_doer_not_its_sufferer(analyze, text, accused):
    assert any(e[0] == "accuse" for e in _edges(analyze(text))) is accused


@pytest.mark.parametrize("text, pair", [
    ("Both the Harbour Board and the Coastal Alliance blamed each other for the flooding.",
     ("Harbour Board", "Coastal Alliance")),
    ("Kenya and Somalia have accused one another of violating the border deal.", ("Kenya", "Somalia")),
])
def test_a_reciprocal_claim_is_made_by_each_party_against_the_other(analyze, text, pair):
    edges = _edges(analyze(text))
    one, other = pair
    assert ("accuse", one, other) in edges and ("accuse", other, one) in edges


@pytest.mark.parametrize("text, denier", [
    ("The Coastal Alliance accuses the Harbour Board of corruption, which it denies.", "Harbour Board"),
    ("The Coastal Alliance accused the Harbour Board of draining the wetland, which the board denied.", "Harbour Board"),
])
def test_a_sentential_relative_denies_the_accusation_of_its_sentence(analyze, text, denier):
    edges = _edges(analyze(text))
    assert any(e[0] == "deny" and e[2] == "Coastal Alliance" and denier in e[1] for e in edges)
    assert not any(e[0] == "deny" and e[1] == "Coastal Alliance" for e in edges)


def test_a_relative_clause_about_a_place_denies_nothing(analyze):
    text = "The Coastal Alliance accused the Harbour Board of draining the wetland, which the board bought in May."
    assert not any(e[0] == "deny" for e in _edges(analyze(text)))


def test_a_surname_coordinated_with_a_body_is_the_person_named_before(analyze):
    text = ("Coastal Alliance leader Nadia Brandt spoke on Monday. The Harbour Board later accused Brandt and the "
            "Green League of spreading false figures.")
    edges = _edges(analyze(text))
    assert ("accuse", "Harbour Board", "Nadia Brandt") in edges
    assert ("accuse", "Harbour Board", "Green League") in edges


def test_an_accusation_the_parser_put_under_the_denial_summing_it_up_is_still_made(analyze):
    """ "X has accused Y of Z, a charge Y rejects": parsed with *accused* under *rejects*, it is no denied
    accusation but one made, which the phrase after it sums up."""
    text = "Tarnia has in the past accused Velmar of moving border posts, a charge the Velmar government rejects."
    assert ("accuse", "Tarnia", "Velmar") in _edges(analyze(text))


def test_people_of_a_nation_named_by_what_they_do_are_a_party(analyze):
    text = "A coast guard spokesperson blamed Nepali settlers for moving the fence along the river."
    assert any(e[0] == "accuse" and e[2] == "Nepali settlers" for e in _edges(analyze(text)))


@pytest.mark.parametrize("text, edge", [
    ("Quayline Logistics blamed its subcontractor, Delta Scaffolding Ltd, for the collapse.",
     ("accuse", "Quayline Logistics", "Delta Scaffolding Ltd")),
    ("The ministry accused its former partner, the Norland Trading Company, of fraud.",
     ("accuse", "ministry", "Norland Trading Company")),
])
def test_a_target_described_then_named_is_the_one_named(analyze, text, edge):
    assert edge in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("Opposition leaders have accused Kalvin Dorr of rigging the vote, a claim Dorr rejects.",
     ("deny", "Kalvin Dorr", "Opposition leaders")),
    ("Valdoria accused Ostrana of moving troops to the border, a charge Ostrana rejects.",
     ("deny", "Ostrana", "Valdoria")),
    ("Valdoria accused Ostrana of moving troops to the border, a charge Ostrana swiftly rejected.",
     ("deny", "Ostrana", "Valdoria")),
    ("Valdoria accused Ostrana of moving troops to the border, an accusation Ostrana has firmly denied.",
     ("deny", "Ostrana", "Valdoria")),
])
def test_a_charge_a_name_denies_after_an_accusation_answers_it(analyze, text, edge):
    """ "..., a charge X rejects": the small model tags the verb after the bare name a plural noun, or
    makes the noun the subject of "rejected" with the name in apposition."""
    assert edge in _edges(analyze(text))


def test_a_charge_a_name_never_denied_is_no_denial(analyze):
    assert not {e for e in _edges(analyze("Valdoria accused Ostrana of moving troops to the border, a charge "
                                          "Ostrana has never denied.")) if e[0] == "deny"}


@pytest.mark.parametrize("text, edge", [
    ("Marlo Freight blamed its supplier, Norvik Steel, for the delays, a version of events that a spokesman "
     "for Norvik rejected on Friday.", ("deny", "spokesman for Norvik", "Marlo Freight")),
    ("The union accused Marlo Freight of cutting wages, an account which the company disputes.",
     ("deny", "company", "union")),
])
def test_a_relative_on_a_noun_summing_up_the_claim_denies_it(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_a_demonstrative_account_rejected_answers_the_claim_just_made(analyze):
    text = ("Kessa Moro, a councillor, accused the Drayton Water Board of hiding test results. "
            "Orlan Freight rejected that characterisation on Friday.")
    assert ("deny", "Orlan Freight", "Kessa Moro") in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ('"There is no truth in what the Velmar union is saying," said Ada Kroon, a spokeswoman for Orlan Freight.',
     ("deny", "Ada Kroon", "Velmar union")),
])
def test_no_truth_in_what_someone_says_denies_them(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_what_the_denier_calls_an_accusation_is_no_claim_of_its_own(analyze):
    text = "Tarnia's foreign ministry rejected what it called Velmar's baseless accusations against its army."
    assert any(e[0] == "deny" and e[2] == "Velmar" for e in _edges(analyze(text)))


def test_a_bare_collective_noun_is_a_party(analyze):
    text = "Union leader Lena Brask has accused management of locking workers out."
    assert ("accuse", "Lena Brask", "management") in _edges(analyze(text))


def test_a_name_set_off_after_the_object_phrase_is_the_target(analyze):
    text = "Marlo Freight blamed its supplier for the engines, Norvik Steel, for the delays."
    assert ("accuse", "Marlo Freight", "Norvik Steel") in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("Councillor Mara Velt pointed the finger at the port authority for the delays.",
     ("accuse", "Mara Velt", "port authority")),
    ("Mara Velt said the repairs were never done and pointed the finger at senior officials of the Roads Agency.",
     ("accuse", "Mara Velt", "Roads Agency")),
])
def test_pointing_the_finger_at_someone_accuses_them(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_officials_of_a_named_body_stand_for_it(analyze):
    text = "The union accused officials of the Harbour Board of hiding the report."
    assert ("accuse", "union", "Harbour Board") in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    # "at the office": the parser hangs the phrase on the verb, the officials still work there
    ("The Customs Audit Unit has accused officials at the Port Vila Customs Office of clearing undervalued cars.",
     ("accuse", "Customs Audit Unit", "Port Vila Customs Office")),
    # the directors of a body named in apposition to its description
    ("Senator Ana Lode alleged that two directors of the chosen bidder, Harbour Fuel Partners, were cousins of "
     "the minister.", ("accuse", "Ana Lode", "Harbour Fuel Partners")),
    # "ministry officials": the officials of the one ministry named before
    ("The Ministry of Public Health said on Monday that the clinics had been paid. Opposition leader Tom Arak "
     "accused ministry officials of hiding the audit.", ("accuse", "Tom Arak", "Ministry of Public Health")),
])
def test_the_people_of_a_body_stand_for_the_body_they_work_at(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_officials_described_by_more_than_their_body_noun_stay_as_written(analyze):
    """"municipal police officers" are not every police force of the article."""
    text = ("The Velmar State Police opened an inquiry on Monday. Prosecutor Lina Ocampo alleged that municipal "
            "police officers had passed patrol routes to a gang.")
    assert ("accuse", "Lina Ocampo", "Velmar State Police") not in _edges(analyze(text))


def test_rejecting_someones_account_denies_them(analyze):
    text = ("The dockers' union said its members had warned the firm three times. "
            "Orlan Freight rejected the union's account.")
    assert any(e[0] == "deny" and e[1] == "Orlan Freight" and "union" in e[2] for e in _edges(analyze(text)))


@pytest.mark.parametrize("text, edge", [
    ("The Velmar Port Board said the cranes had stopped because of a storm. Dock workers' leader Ivo Dravec "
     "dismissed the board's explanation, saying the cranes were never serviced.",
     ("deny", "Ivo Dravec", "Velmar Port Board")),
    ("A spokesman for Orlan Freight called the ministry's explanation \"plainly false\".",
     ("deny", "spokesman for Orlan Freight", "ministry")),
])
def test_rejecting_someones_explanation_denies_them(analyze, text, edge):
    """An explanation is a telling of events like an account: whoever rejects it denies its owner."""
    assert edge in _edges(analyze(text))


def test_a_summary_denial_answers_the_later_accusation_against_the_denier_itself(analyze):
    """A denial reported before any accusation answers the first later one against the denier itself,
    before one against a body it belongs to."""
    text = ("The Velmar Water Agency denied that its tests were faulty. The Harbour League accused the Velmar "
            "government of wasting funds on the new dam. On Monday, the Green League had alleged that the Velmar "
            "Water Agency was hiding faulty tests.")
    edges = _edges(analyze(text))
    assert ("deny", "Velmar Water Agency", "Green League") in edges
    assert ("deny", "Velmar Water Agency", "Harbour League") not in edges


@pytest.mark.parametrize("text", [
    "The Harbour League accused Ivo Dravec of hiding test results. Dravec called it a lie.",
    "The Harbour League accused Ivo Dravec of hiding test results. Dravec described this as baseless.",
])
def test_calling_what_was_just_said_false_denies_it(analyze, text):
    edges = _edges(analyze(text))
    assert ("deny", "Dravec", "Harbour League") in edges
    assert not any(e[0] == "accuse" and e[1] == "Dravec" for e in edges)  # "it" is no liar


def test_calling_a_pronoun_false_after_no_accusation_denies_nothing(analyze):
    text = "The Harbour League praised Ivo Dravec for the new dam. Dravec called it a fantasy."
    assert not any(e[0] == "deny" for e in _edges(analyze(text)))


def test_a_denial_answers_who_accuses_the_denier_in_a_relative_clause_on_its_name(analyze):
    text = ("Ivo Dravec said the Velmar Timber Company had damaged the river. The Velmar Timber Company, which "
            "green groups have accused of clearing protected forest, called the allegations baseless.")
    edges = _edges(analyze(text))
    assert ("deny", "Velmar Timber Company", "green groups") in edges
    assert ("deny", "Velmar Timber Company", "Ivo Dravec") not in edges


_INFLATED = "Senator Ruth Adeyemi accused the Works Ministry of inflating the road contract by 300 million naira. "


@pytest.mark.parametrize("denial", [
    "The ministry rejected the senator's allegations.",  # the role nominal is the senator named before
    "The ministry described the allegations as \"fabricated\".",  # 'as "fabricated"' parsed as a clause
    "The ministry strongly denied the senator's claim, calling it \"a desperate attempt to gain attention\".",
])
def test_a_denial_answers_the_senator_by_name(analyze, denial):
    assert ("deny", "Works Ministry", "Ruth Adeyemi") in _edges(analyze(_INFLATED + denial))


def test_a_role_nominal_as_target_is_the_person_holding_the_role(analyze):
    assert ("accuse", "Works Ministry", "Ruth Adeyemi") in _edges(analyze(_INFLATED + "The ministry accused the senator of lying."))


def test_the_body_a_definite_nominal_stands_for_may_be_named_only_as_a_target(analyze):
    """ "accused the Works Ministry ... The ministry insisted it had done nothing wrong": the ministry is
    the Works Ministry, named before only as the one accused."""
    edges = _edges(analyze(_INFLATED + "The ministry insisted it had done nothing wrong."))
    assert ("deny", "Works Ministry", "Ruth Adeyemi") in edges


def test_the_army_is_not_a_rebel_group_named_army(analyze):
    """A force with a name of its own ("the Popular Liberation Army") leaves "the army" to the state; a
    country's force ("the Colombian Army") is "the army"."""
    text = ("Officials blamed the Popular Liberation Army for the pipeline bombing. The group accused the army "
            "of staging the attack.")
    assert ("accuse", "Popular Liberation Army", "army") in _edges(analyze(text))
    text = "The Colombian Army said rebels had bombed it. The army also accused the rebels of kidnapping engineers."
    assert ("accuse", "Colombian Army", "rebels") in _edges(analyze(text))


@pytest.mark.parametrize("denial", [
    "The ministry said the contract sum had not been inflated.",
    "\"The contract was not inflated,\" the ministry said.",
])
def test_negating_the_act_an_accusation_reported_denies_it(analyze, denial):
    assert ("deny", "Works Ministry", "Ruth Adeyemi") in _edges(analyze(_INFLATED + denial))


def test_the_accuser_negating_her_own_words_denies_nothing(analyze):
    edges = _edges(analyze(_INFLATED + "The senator said she did not inflate her claims."))
    assert not [e for e in edges if e[0] == "deny"]


@pytest.mark.parametrize("denial", [
    "The ministry brushed aside the accusations as politically motivated.",
    "The ministry shrugged off the allegation.",
])
def test_a_phrasal_verb_of_dismissal_denies(analyze, denial):
    assert ("deny", "Works Ministry", "Ruth Adeyemi") in _edges(analyze(_INFLATED + denial))


def test_lashing_out_at_someone_criticizes_them(analyze):
    text = "Opposition leader Mark Tan lashed out at the Health Ministry over the missing infection figures."
    assert ("criticize", "Mark Tan", "Health Ministry") in _edges(analyze(text))


def test_spreading_falsehoods_is_wrongdoing(analyze):
    text = "Works Minister Tunde Bello said the senator was spreading falsehoods about the road contract."
    assert any(e[0] == "accuse" and e[1] == "Tunde Bello" for e in _edges(analyze(text)))


def test_a_phrasal_verb_of_wrongdoing_accuses_its_doer(analyze):
    text = "The miners' union said the company had covered up the deaths of two workers."
    assert any(e[0] == "accuse" and e[2] == "company" for e in _edges(analyze(text)))


def test_a_country_is_named_as_the_article_names_it_never_by_its_demonym(analyze):
    article = analyze("T\u00fcrkiye accused the Greek coast guard of pushing a migrant boat back. Turkish officials "
                      "said three people died.")
    assert ("accuse", "T\u00fcrkiye", "Greek coast guard") in _edges(article)
    article = analyze("Turkish officials accused the Greek coast guard of pushing a migrant boat back.")
    assert all(c.source.name != "Turkish" for c in article.claims)


def test_a_lawyers_client_is_the_one_the_lawyer_was_named_for(analyze):
    text = ("Owen Farrow was accused by the ethics commissioner of leaking bids to builders. Farrow's lawyer, "
            "Helen Ngata, said her client \"flatly denies\" any wrongdoing.")
    assert ("deny", "Owen Farrow", "ethics commissioner") in _edges(analyze(text))



def test_an_accusation_coordinated_with_a_report_is_the_reporters_past_an_embedded_clause(analyze):
    text = ("Legislator Chen Yu-ting said the cabinet had been told after an earlier blackout that the island "
            "needed a second cable, and accused the National Energy Board of \"dragging its feet\". "
            "Board spokesman Huang Kuo-wei called the accusation baseless.")
    edges = _edges(analyze(text))
    assert ("accuse", "Chen Yu-ting", "National Energy Board") in edges
    assert ("deny", "Huang Kuo-wei", "Chen Yu-ting") in edges
    assert not [e for e in edges if e[1] == "island"]


_ALLIANCE = "The Green Alliance accused Mayor Tom Hale of corruption. "


@pytest.mark.parametrize("text, edge", [
    # adverbs of wrongful intent on an act done to something
    *[(f"The environment ministry said the mining firm had {adverb} cleared the forest to expand its dam.",
       ("accuse", "environment ministry", "mining firm")) for adverb in ("deliberately", '"deliberately"', "knowingly")],
    ("Paramedics say the health board has been deliberately running down the ambulance station in the town.",
     ("accuse", "Paramedics", "health board")),
    # a that-clause the parser hung on a noun; a participle parsed as the subject of the report
    ("Opposition MK Ruth Sela went further, charging in a video on Facebook that the coalition had turned the "
     "pension fund into \"a slush fund for its friends.\"", ("accuse", "Ruth Sela", "coalition")),
    ("The Greens said the Labour Party had misused the housing fund.\n\nResponding, the Labour spokesperson, Tom "
     "Akers, said the Greens had \"no credibility\" to speak about the fund, charging that the opposition party had "
     "left the city with unpaid contractors when it lost power in 2019.", ("accuse", "Tom Akers", "opposition party")),
    ("Senator Ana Ruiz used a closed-door lunch to complain that the governor's remarks were hurting the party and "
     "urged Senator Tom Blake to tell the governor to stop.", ("demand", "Ana Ruiz", "Tom Blake")),
    # denials: a passive with its subject on the auxiliary, rubbishing, scoffing, the maker named after the noun
    ("The Greens accused the council of hiding the flood report. The Greens' claims were, however, dismissed by "
     "council leader Tom Okoro, who said the report had been published in March.", ("deny", "Tom Okoro", "Greens")),
    (_ALLIANCE + "Hale rubbished the claims.", ("deny", "Tom Hale", "Green Alliance")),
    (_ALLIANCE + "Hale scoffed at the allegations.", ("deny", "Tom Hale", "Green Alliance")),
    ("Mayor Tom Hale denied the accusations made by the Green Alliance.", ("deny", "Tom Hale", "Green Alliance")),
    ("Mayor Tom Hale refuted the accusations of the Green Alliance.", ("deny", "Tom Hale", "Green Alliance")),
    ("Mayor Tom Hale denied the charges levelled by the Green Alliance against him.",
     ("deny", "Tom Hale", "Green Alliance")),
])
def test_accusations_and_denials_read_without_a_plain_frame(analyze, text, edge):
    edges = _edges(analyze(text))
    assert edge in edges, edges


@pytest.mark.parametrize("text, relation", [
    ("The mining firm said it had deliberately kept its prices low.", None),  # its own act
    ("Spokesman Dan Pryce said Senator Mia Holt had deliberately kept in close touch with her donors.", None),
    ("Mayor Tom Hale scoffed at the idea of a new tax.", None),
    ("The ministry rejected allegations of Hamas involvement in the attack.", None),  # an act, not its accuser
    # a rule negated with a modal, and a negated verb of thinking, echo no accusation
    ("Villagers accused the border guards of moving a boundary pillar. \"Pillars cannot be moved by either side,\" "
     "ministry spokesperson Ravi Sharma told reporters.", "deny"),
    ("\"The governor took bribes. He believes nobody will notice,\" Senator Ana Ruiz said. \"I don't believe that's "
     "going to work,\" Doctor Ben Oduya said.", "deny"),
])
def test_no_claim_where_nothing_is_charged_or_denied(analyze, text, relation):
    assert not [e for e in _edges(analyze(text)) if relation in (None, e[0])]


def test_negating_the_act_an_accusation_charged_answers_it_whoever_the_denier_speaks_for(analyze):
    text = ("Farmers' leaders blamed the Lindale county council for withdrawing the market permit. "
            "Deputy Commissioner of Lindale Mara Jovic said the permit had never been withdrawn.")
    assert any(e[0] == "deny" and e[1] == "Mara Jovic" for e in _edges(analyze(text)))


def test_a_company_with_and_without_its_legal_form_is_one_side():
    entities = [Entity(name="Delta Seeds Ltd", type="organisation", key="org:delta-seeds"),
                Entity(name="Delta Seeds", type="person", key="person:delta-seeds"),
                Entity(name="Sam Kiprop", type="person", key="person:sam-kiprop", affiliation="Delta Seeds"),
                Entity(name="standards agency", type="organisation", key="org:standards-agency")]
    assert side(entities, 0) & side(entities, 1) and side(entities, 2) & side(entities, 0)
    assert not side(entities, 3) & side(entities, 0)


@pytest.mark.parametrize("text, pair", [
    ("In a statement, the Harbour Authority said its chairman had never met the developers.\n\n"
     "\"The opposition keeps trying to manufacture a scandal from ordinary paperwork,\" the statement "
     "said.", ("Harbour Authority", "opposition")),
    ("The Dorvik city council published its findings on Monday.\n\n"
     "According to police data, the Harbour Authority had falsified invoices.", None),
])
def test_a_statement_resolved_to_its_author_accuses_for_it(pipeline, text, pair):
    """"the statement said": the body whose statement it is accuses; findings in data accuse nobody."""
    article = pipeline.analyze(text, id="t")
    accusations = {(c.source.name, c.target.name) for c in article.claims if c.relation == "accuse"}
    assert accusations == ({pair} if pair else set())


def test_a_phrase_several_claim_rules_look_up_is_one_mention(pipeline):
    """An actor named twice is not counted six times because several rules resolved the same phrase."""
    text = ("Brig. Gen. Ada Lorne, a military spokeswoman, said Kestonia was arming the rebels and had smuggled "
            "rockets across the border. Kestonia's defence minister, Ivo Tamm, dismissed the accusations as "
            "lies.\n\nLorne said Iran was training the fighters.\n\nIran denied the charge, calling it a fabrication.")
    actors = {actor.name: actor for actor in pipeline.analyze(text, id="t").actors}
    assert 1 <= actors["Iran"].mentions <= 2


@pytest.mark.parametrize("text, accuser", [
    # an allegation against no actor: the denial by pronoun answers its speaker
    ("Tenant advocate Lena Morrow alleged that two of the approved tariffs had doubled the bills of pensioners. "
     "The Port Authority denied that, saying every tariff had been published.", "Lena Morrow"),
    # a quotation of two sentences whose speaker is named after the second
    ("\"The Port Authority has had the survey since June. Saying otherwise is absurd,\" Nils Oberg wrote on "
     "his blog.\n\nThe Port Authority denied that, saying the survey had reached it in October.", "Nils Oberg"),
])
def test_a_denial_by_pronoun_answers_what_was_just_said(analyze, text, accuser):
    assert ("deny", "Port Authority", accuser) in _edges(analyze(text))


@pytest.mark.parametrize("text, edges", [
    ("Union leader Tom Reed said the Labour Party was \"playing games with patients' safety\".",
     {("accuse", "Tom Reed", "Labour Party")}),
    ("Analyst Jan Berg said both the Liberal Party and the Centre Party had \"treated the pension fund as a "
     "piggy bank\" for years.", {("accuse", "Jan Berg", "Liberal Party"), ("accuse", "Jan Berg", "Centre Party")}),
    ("Union leader Tom Reed told reporters that both the cabinet and the opposition were \"playing games with "
     "patients' safety\".", {("accuse", "Tom Reed", "cabinet"), ("accuse", "Tom Reed", "opposition")}),
    # read as a direct quotation by the statement rules, the subject outside the quotation marks
    ("Union leader Tom Reed said the Labour Party was \"trying to sink a deal it could not win at the table\" "
     "and left.", {("accuse", "Tom Reed", "Labour Party")}),
    ("Analyst Jan Berg said the Centre Party had \"a long habit of burying bad news\".",
     {("accuse", "Jan Berg", "Centre Party")}),
    ("Green MP Sara Holm said the audit showed that the government had \"let the forestry board run the north "
     "like a private farm\".", {("accuse", "Sara Holm", "government")}),
])
def test_a_scare_quoted_predicate_of_another_actor_accuses_it(analyze, text, edges):
    assert edges <= _edges(analyze(text))


@pytest.mark.parametrize("text", [
    "The chairman of the rival firm said the Labour Party was \"not interested in a fight\".",   # negated
    "Union leader Tom Reed said the Labour Party would \"look at the figures again\".",          # modal
    "Union leader Tom Reed said the Labour Party was playing games with patients' safety.",      # no quote
    "\"The Labour Party is playing games with patients' safety,\" Union leader Tom Reed said.",  # direct quote
    "Union leader Tom Reed said the Labour Party retained \"full confidence\" in the nurses.",    # no act
    "Union leader Tom Reed said the Labour Party had \"no doubt about the figures\".",
    "Union leader Tom Reed said the Labour Party \"supports a fair settlement\".",               # a belief
    "Union leader Tom Reed said his union had \"walked away from the table\".",                  # his own
    "Union leader Tom Reed said the Labour Party had \"done nothing wrong\".",                     # no act
    "Union leader Tom Reed said the Labour Party was \"marching in the dark\".",                  # done to nothing
    # what the subject bears, not what it does
    "Union leader Tom Reed said the farmers of the valley were \"paying the price for a dam nobody asked for\".",
    # a kind of body tied to no named one: perhaps the speaker's own
    "Its chief engineer, Tom Reed, said the company had \"cleared every drain the contract listed\".",
    "Union leader Tom Reed said the party was \"stirring up the workers to win a vote\".",
])
def test_no_scare_quoted_predicate_no_characterization(analyze, text):
    assert not any(c.rule == "accuse-characterized" for c in analyze(text).claims)


def test_a_deniers_retort_leaves_the_described_accusation_to_answer(analyze):
    text = ("Ward councillor Ada Moyo alleged on Friday that one senior official in the registrar's office had "
            "signed permits without any council vote.\n\n"
            "Party chairman Ben Tore dismissed the allegations. He said the councillors were \"fighting their own "
            "private wars\" over the land.\n\n"
            "Registrar Jon Sato denied signing any permits for the plots.")
    assert ("deny", "Jon Sato", "Ada Moyo") in _edges(analyze(text))


@pytest.mark.parametrize("text, edge", [
    ("The rebel spokesman, Omar Saleh, blamed American intelligence for staging the raid.",
     ("accuse", "Omar Saleh", "United States")),
    ("Mali's junta accused French intelligence of running spies out of an aid office.",
     ("accuse", "Mali", "France")),
])
def test_a_countrys_intelligence_stands_for_the_country(analyze, text, edge):
    """An intelligence service named by its country's adjective is a government body: the country."""
    assert edge in _edges(analyze(text))


def test_headline_clause_is_no_organisation_a_definite_nominal_stands_for(analyze):
    # a title-case headline the recognizer may read as one long name: "the ministry" is still the ministry the
    # body names, and its rejection of "the federation's account" answers the federation
    article = analyze("Nurses' Union Accuses Health Ministry of Breaking Overtime Promise\n\n"
                      "The nurses' union of the General Labour Federation on Monday accused the Ministry of Health "
                      "and Family Welfare of quietly dropping an overtime agreement.\n\n"
                      "The ministry rejected the federation's account. It said the overtime money was in the budget.")
    edges = _edges(article)
    assert not any("Accuses" in name for _, source, target in edges for name in (source, target))
    assert any(relation == "deny" and "ministry" in source.lower() for relation, source, _ in edges)


def test_members_of_one_legislature_are_not_one_side(analyze):
    """Two members of the same house answer each other: the house they sit in is no side of theirs."""
    article = analyze("Lawmakers in the National Assembly clashed over the budget.\n\n"
                      "MP Ana Roe accused the finance minister, Dele Ward, of misleading the National Assembly.\n\n"
                      "MP Tom Pike, a member of the same committee, rejected the accusation, saying the figures "
                      "had been audited.")
    assert ("deny", "Tom Pike", "Ana Roe") in _edges(article)


@pytest.mark.parametrize("text, edge", [
    # the rebuttal answers the side it is set against, not the latest accuser of the rebutter
    ("Senator Ann Rolle said the port authority had rigged the tender. Norland says the islands were seized "
     "unlawfully, while Vestria insists they became its territory under a lawful treaty.",
     ("deny", "Vestria", "Norland")),
    ("Senator Ann Rolle said Norland had rigged the tender. The Harbour Union has long accused Vestria of "
     "funding the strikes, while Vestria maintains that it supports only charities.",
     ("deny", "Vestria", "Harbour Union")),
])
def test_rebuttal_contrasted_by_while_answers_the_other_speaker(analyze, text, edge):
    edges = _edges(analyze(text))
    assert edge in edges
    assert not any(relation == "deny" and source == edge[1] and target == "Ann Rolle"
                   for relation, source, target in edges)


def test_accuser_contrasted_by_while_holds_her_own_charge(analyze):
    """ "X insists ..., while the accuser maintains ...": the accuser restates her charge, denying nothing."""
    edges = _edges(analyze("Senator Ann Rolle said the port authority had rigged the tender. The port authority "
                           "insists that the tender was fair, while Ann Rolle maintains that it was not."))
    assert ("deny", "port authority", "Ann Rolle") in edges
    assert not any(relation == "deny" and source == "Ann Rolle" for relation, source, _ in edges)


@pytest.mark.parametrize("text, edge", [
    ("The Orvale Municipality said a paving firm, Drako Works, had ignored three warnings. "
     "Drako Works blamed the municipality for changing the design.",
     ("accuse", "Drako Works", "Orvale Municipality")),
    ("The Orvale Municipality said on Monday that the road would reopen in March. "
     "Councillor Mira Sand accused the municipality of wasting public money.",
     ("accuse", "Mira Sand", "Orvale Municipality")),
])
def test_bare_definite_noun_of_a_named_bodys_kind_names_that_body(analyze, text, edge):
    assert edge in _edges(analyze(text))


def test_party_named_by_a_bodys_kind_noun_is_the_one_body_of_that_kind(analyze):
    edges = _edges(analyze("Senator Ona Brisk accused the Ministry of Fisheries of hiding the survey. "
                           "The ministry denied the accusation."))
    assert ("deny", "Ministry of Fisheries", "Ona Brisk") in edges
    assert not any("ministry" in (e[1], e[2]) for e in edges)


def test_harm_caused_by_an_actors_own_failure_is_the_actors_wrongdoing(analyze):
    text = "The Port Authority said the flooding of the terminal was caused by the operator's failure to clear the drains."
    assert ("accuse", "Port Authority", "operator") in _edges(analyze(text))


def test_a_business_described_is_the_one_a_participle_of_naming_names(analyze):
    edges = _edges(analyze("The Roads Agency blamed the contractor for the delays.\n\nThe contractor, a small company "
                           "called Ostrava Paving, denied responsibility for the delays."))
    assert ("accuse", "Roads Agency", "Ostrava Paving") in edges
    assert ("deny", "Ostrava Paving", "Roads Agency") in edges
