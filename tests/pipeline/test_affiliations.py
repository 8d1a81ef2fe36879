"""Affiliations read from the words around a person's name (real parses, invented sentences)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from attribution.pipeline.affiliations import (_people_names, _plural_name, _with_named_complement,
                                               _without_visible_fault, complete_affiliations, government_affiliations,
                                               portfolio_roles, state_affiliations)
from attribution.pipeline.model import Entity


def _speaker(pipeline, text, content):
    """The speaker of the quote whose text contains ``content``."""
    quote = next(q for q in pipeline.analyze(text, id="t").quotes if content in q.text)
    return quote.speaker


@pytest.mark.parametrize("text, content, affiliation", [
    # -- a body's name before the title, a bracketed short name between them
    ("Lakeland Tenants Federation (LTF) president Oskar Brandvold said rents had doubled since spring.",
     "rents had doubled", "Lakeland Tenants Federation"),
    ("Norvale City Police (NCP) Commissioner Ivo Marsh said nine vans were stolen overnight.",
     "vans were stolen", "Norvale City Police"),
    ("Upland Water Council (UWC) Deputy Minister Tan Li-wen told the radio station the reservoir was half empty.",
     "reservoir was half empty", "Upland Water Council"),
    # a hyphenated name
    ("Ohio AFL-CIO President Dana Crowe said the union would endorse no one.", "endorse no one", "Ohio AFL-CIO"),
    # a short name the article defines, before its branch's place: the party, in full
    ("The Popular Reform Movement (PRM) held a rally. PRM Eastvale district spokesperson Joan Dube said the land "
     "had been sold.", "land had been sold", "Popular Reform Movement"),
    # a party the recognizer marks before a lower-case title
    ("Fianna Gael transport spokeswoman Aoibh Quill said the timetable was a fiction.",
     "timetable was a fiction", "Fianna Gael"),
    # the government a title speaks for
    ("Government spokeswoman Ilse Varga said the ferry fares would stay frozen.", "ferry fares", "Government"),
    # a province before an office that runs it
    ("Manitoba Premier Ilse Varga blamed the drought on decades of neglect.", "drought", "Manitoba"),
    # -- the owner of a title set off before the name
    ("The printer, Kestrel Print Holdings, disputed the publisher's figures. Its operations chief, Ravi Menon, "
     "said every invoice had been paid on time.", "every invoice", "Kestrel Print Holdings"),
    ("The Riverside Cleaners Union met on Monday. Tenants blamed Ostrava Estates for the delays. The union "
     "wants a strike ballot before Easter. Its deputy chairman, Hugo Lindqvist, claimed the landlord had "
     "ignored forty complaints.", "ignored forty complaints", "Riverside Cleaners Union"),
    # "its" before a noun no title names, a form of address between it and the name
    ("The builder, Kestrel Works Ltd, rejected the claim. Its proprietor, Dawa Penjor, told reporters that "
     "the gravel was tested twice.", "gravel was tested", "Kestrel Works Ltd"),
    ("The trawler is owned by Marisco Pesca SL, a Portuguese company. Its local agent, Mr Tomas Vela, said the "
     "crew had done nothing wrong.", "crew had done nothing", "Marisco Pesca SL"),
    # "the company" is a business, not a person named between them
    ("Neighbours saw vans owned by Pellow Freight Ltd near the canal. \"The smell is awful,\" said Brannagh "
     "Osei, who runs a bakery there. The company's chief executive, Tomasz Wren, said the story was invented.",
     "story was invented", "Pellow Freight Ltd"),
    ("The bid came from Marlow Dredging. \"Our paperwork is in order,\" the firm's counsel, Imre Soto, told the "
     "panel.", "paperwork is in order", "Marlow Dredging"),
    # -- a party marker, a body the person heads
    ("Rep. Lorna Quist, D-Fort Worth, said the audit had been buried for a year.", "audit had been buried",
     "Democratic Party"),
    ("Lawmakers heard from Deputy Caio Ramos (PT-BA), who said the dam licence was rushed.",
     "dam licence was rushed", "PT"),
    # the body a clause says the person chairs comes before the party marker
    ("Sen. Hal Brody, R-Lubbock, who chairs the Senate Water Committee, said the pipeline would be delayed.",
     "pipeline would be delayed", "Senate Water Committee"),
    # -- the ministry of a lower-case portfolio
    ("\"The stadium money is gone,\" culture minister Vera Holm said on the radio.", "stadium money",
     "Culture Ministry"),
    ("Prime minister Ana Lopes said the budget would balance by autumn.", "budget would balance", None),
    # -- a named owner, a portfolio's department
    # a body named as the title's owner; a person's name is no body
    ("Auditors faulted the grants. The Audit Office's vice-president, Jan Nowicki, said the files were complete.",
     "files were complete", "Audit Office"),
    # the department the article names for a portfolio title
    ("The Department of Harbours and Canals paid for the locks, auditors said. Harbours Secretary Tomas "
     "Reyes said the department had set up a panel.", "set up a panel", "Department of Harbours and Canals"),
    ("Prime Minister Ana Lopes said the Department of Finance would publish the figures.", "publish the figures",
     None),
    # -- a body named after the name
    # a party the recognizer did not label, named with its kind after the name
    ("Mazhilis deputy Arman Tulegenov of the Zhana Zhol party said the data had been hidden.", "data had been",
     "Zhana Zhol party"),
    # a party named after the name outranks the committee or commission the member's title names
    ("Budget committee chairman Dov Peretz of Likud said the members had heard enough.", "heard enough", "Likud"),
    ("Lakeside Assembly Commission II member Rita Handa of the Westland Unity Party (WUP) said the minister had "
     "to explain the permits.", "explain the permits", "Westland Unity Party"),
    # a party a title in apposition says the member is from outranks the country or the house the title gave
    ("Karl Brenner, an Eastland MEP from the centre-left Westmark People's Party who sits on the farm committee, "
     "said the Greens were \"shouting at every comma\".", "every comma", "Westmark People's Party"),
    ("Noa Levin, a Knesset member from The Renewal party, told the committee that the money was frozen.",
     "money was frozen", "The Renewal party"),
    # a place after the name is no body, nor a part of a house
    ("Senator Ana Ruiz of Ohio said the bill was dead.", "bill was dead", None),
    ("At a session last week, deputy Tran Van Minh of the Eastvale delegation said the tolls were unlawful.",
     "tolls were unlawful", None),
    # -- a service the title names
    # the service a title names by its common noun: the one body of that kind the article names, or the noun
    ("Provincial police director Col. Mateo Cruz said the convoy had been ambushed.", "convoy had been ambushed",
     "police"),
    ("The Royal Eastland Police opened an inquiry. Deputy police chief Ari Sone said the tender was open to all.",
     "tender was open", "Royal Eastland Police"),
    # -- a body's name the role holds before its title, where no mention has it before the name
    # set off from the name by a comma; its defined short name, in full
    ("The Northern Minerals Agency (NMA) accused the council. NMA Director General, Ivo Marsh, told reporters the "
     "agency would hand its file to the police.", "hand its file", "Northern Minerals Agency"),
    # a word that makes one title with the title word is no body
    ("Majority Leader Ivo Marsh said the budget was balanced.", "budget was balanced", None),
    # a portfolio before a minister's title is no body
    ("Housing Minister Ivo Marsh said the figures were wrong.", "figures were wrong", "Housing Ministry"),
    # -- the one municipality the article names, for a mayor whom nothing else places
    ("Gunmen fired on the car of the mayor of Westburg on Monday. Mayor Ana Ruiz said the army had been warned.",
     "army had been warned", "Westburg"),
    ("The municipality of Westburg and the Eastvale municipality share the road. Mayor Ana Ruiz said the army had "
     "been warned.", "army had been warned", None),
    # -- the leader of the opposition whom nothing else places
    ("Opposition Leader Ivo Marsh said the budget was a fraud.", "budget was a fraud", "Opposition"),
    ("The Leader of the Opposition, Ivo Marsh, said the budget was a fraud.", "budget was a fraud", "Opposition"),
    ("Opposition lawmaker Ivo Marsh said the budget was a fraud.", "budget was a fraud", None),
    # -- the one ministry the article names, for a minister whose title names no portfolio
    ("The Ministry of Harbours and Canals sent inspectors to the dock. Deputy Minister Ivo Marsh told reporters "
     "that the cranes had failed twice.", "cranes had failed", "Ministry of Harbours and Canals"),
    ("The Ministry of Harbours blamed the Ministry of Finance for the delay. Deputy Minister Ivo Marsh told "
     "reporters that the cranes had failed twice.", "cranes had failed", None),
    ("The Ministry of Harbours sent inspectors. Former Minister Ivo Marsh told reporters that the cranes had "
     "failed twice.", "cranes had failed", None),
    # -- a body's name a bracketed short name follows, before a legislator's seat: a party, not a seat
    ("Lok Jan Manch (LJM) former MLA K. Suresh Naidu on Monday claimed that about 900 ration cards had gone to "
     "ineligible families.", "ration cards", "Lok Jan Manch"),
    # -- a place's name opening the sentence before an office: a name when the article writes it inside a sentence
    ("Kolvani Governor Ana Ruiz said the provincial budget had been spent by June. Farmers in Kolvani say the roads "
     "are worse.", "provincial budget", "Kolvani"),
    ("Kolvani Governor Ana Ruiz said the provincial budget had been spent by June.", "provincial budget", None),
    # the tier before the office is the title's: "Municipal Administrator"
    ("Kolvani Municipal Administrator Ana Ruiz said the market would move in May. Traders in Kolvani disagree.",
     "market would move", "Kolvani"),
    ("Regional spokesperson Ana Ruiz said the harbour would reopen in May. The regional office declined to comment.",
     "harbour would reopen", None),
    # -- the body a clause names as its subject, when a "with" phrase says what one of its people said
    ("The opposition Lantern Party also weighed in, with spokesman Ivo Marsh alleging that the quarry was "
     "owned by a minister's cousin.", "quarry was owned", "Lantern Party"),
    ("The Greens joined the criticism, with MP Ivo Marsh saying that the tender had been a closed club for years.",
     "tender had been", "Greens"),
])
def test_affiliation_from_the_words_around_the_name(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


@pytest.mark.parametrize("text, content, affiliation", [
    # a possessive in a title set off after the name: the body it refers back to
    ("The rights group Civic Watch said the families were never consulted. Lena Pavic, the group's monitoring "
     "coordinator, said the firm had started to clear the land.", "started to clear the land", "Civic Watch"),
    ("The Harbour Alliance has campaigned for years. Tomas Irwin, one of the alliance's leaders, said the "
     "recordings were genuine.", "recordings were genuine", "Harbour Alliance"),
    # "the party's": the subject named before, or a body named a party, never a title ("party-list MP")
    ("The opposition Civic Party has accused the port authority of rigging a tender. Dana Ferro, a party-list MP "
     "and the party's spokesman on ports, said the terms were written for one bidder.", "written for one bidder",
     "Civic Party"),
    ("The Unity Front accused the council of fraud. The party's Publicity Secretary, Mr Friday Okon, said the "
     "party would petition the court.", "petition the court", "Unity Front"),
    ("Opposition lawmakers met on Monday. Dana Ferro, a party-list legislator and the party's spokesman on ports, "
     "said the terms were written for one bidder.", "written for one bidder", None),
    # a body's kind that "the" sets before the title, as a possessive would
    ("Members of the Ledger Oversight Committee grilled the officials. The committee chairperson, Hon. Ruth "
     "Nalule, said the report had been altered.", "report had been altered", "Ledger Oversight Committee"),
    ("The Unity Reform Party held a rally on Monday. \"The money is gone,\" the party chairman, Tayo Bandele, "
     "told reporters.", "money is gone", "Unity Reform Party"),
    # a party named some sentences before
    ("The Unity Reform Party (URP) accused the council of fraud on Monday. Its chairman spoke at a rally in Kerrow. "
     "The council denied it. Auditors were sent to the town hall. The mayor said the books were open. \"The money "
     "is gone,\" the party's spokesman, Tayo Bandele, told reporters.", "money is gone", "Unity Reform Party"),
])
def test_the_owner_of_a_title_after_the_name(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


@pytest.mark.parametrize("text, content, affiliation", [
    # an unnamed spokesperson "for the" kind of body: the business named before; the body of that kind
    # the sentence before has for subject, whose name need not say its kind
    ("Inspectors found oil in the creek below the depot run by Harbourfront Water. Harbourfront Water denied "
     "wrongdoing. A spokesperson for the company said the discharge had been licensed.", "discharge",
     "Harbourfront Water"),
    ("Radio Lakeside said its quarterly report went in by the deadline. A spokesperson for the broadcaster "
     "told us the cut was \"political revenge\".", "political revenge", "Radio Lakeside"),
    ("Westmark Growers also rejected the claim. A spokesperson for the association said the data were old.",
     "data were old", "Westmark Growers"),
])
def test_the_body_a_title_is_for(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


@pytest.mark.parametrize("words, ents, name", [
    # a body's name the parser splits at "for" or "of": the whole name; not a place after "of"
    (["Coalition", "for", "Renewal", "met"], None, "Coalition for Renewal"),
    (["Party", "of", "Westmark", "met"], ["O", "O", "B-GPE", "O"], "Party"),
])
def test_a_body_name_split_at_its_preposition(bare_nlp, words, ents, name):
    doc = Doc(bare_nlp.vocab, words=words, heads=[3, 0, 1, 3], deps=["nsubj", "prep", "pobj", "ROOT"],
              pos=["PROPN", "ADP", "PROPN", "VERB"], ents=ents)
    chunk = doc[0:1]
    assert _with_named_complement(chunk).text == name


@pytest.mark.parametrize("text, content", [
    # a portfolio, a title capitalised as the sentence's first word, a seat: no body
    ("Inland Fisheries Secretary Bruno Tamm said the quota would be cut by a third.", "quota would be cut"),
    ("Regional spokesperson Sipho Zulu said the bridge would reopen in June.", "bridge would reopen"),
])
def test_no_body_before_the_title(pipeline, text, content):
    assert _speaker(pipeline, text, content).affiliation is None


def test_an_affiliation_given_is_kept(nlp, lexicons, gazetteer):
    doc = nlp("Government spokeswoman Ilse Varga said it.")
    start = doc.text.index("Ilse")
    given = Entity(name="Ilse Varga", type="person", key="person:ilse-varga", affiliation="Cabinet Office",
                   mentions=[(start, start + len("Ilse Varga"))])
    bare = Entity(name="Ilse Varga", type="person", key="person:ilse-varga-2", mentions=list(given.mentions))
    complete_affiliations(doc, [given, bare], lexicons, gazetteer)
    assert (given.affiliation, bare.affiliation) == ("Cabinet Office", "Government")


@pytest.mark.parametrize("text, body, country", [
    # the dateline's country; a country in the body's name; a country named twice as often as any other
    ("SANTIAGO, Dec 5 - The Foreign Office said on Monday that the fishing boats had strayed north of the line.",
     "Foreign Office", "Chile"),
    ("Peru protested. The Chilean Coast Guard said its cutter had stayed in its own waters all week.",
     "Chilean Coast Guard", "Chile"),
    ("Chile and Peru met at sea. Chile wants the talks to go on, and Chile will send envoys. The Defence "
     "Ministry said the drills would go ahead.", "Defence Ministry", "Chile"),
    # the kind of body before an "of"/"for" phrase naming what it does
    ("SANTIAGO, Dec 5 - The Ministry of Fisheries said the trawlers had been fined twice.", "Ministry of Fisheries",
     "Chile"),
    ("SANTIAGO, Dec 5 - The Department for Rural Roads said the bridge would reopen.", "Department for Rural Roads",
     "Chile"),
    ("SANTIAGO, Dec 5 - The Association of Fishing Ports said the trawlers had been fined twice.",
     "Association of Fishing Ports", None),
    # no home: two countries named as often; a government below the country's; a person's office
    ("Chile and Peru met at sea. The Defence Ministry said the drills would go ahead.", "Defence Ministry", None),
    ("SANTIAGO, Dec 5 - The regional government said the road would reopen within the week.",
     "regional government", None),
    ("SANTIAGO, Dec 5 - The minister's office said the road would reopen within the week.",
     "minister's office", None),
])
def test_the_state_a_body_of_its_executive_speaks_for(nlp, gazetteer, text, body, country):
    doc = nlp(text)
    entity = Entity(name=body, type="organisation", key="org:body")
    assert state_affiliations(doc, [entity], gazetteer).get(0) == country


def test_a_state_body_speaks_for_its_country_as_the_reader_sees_it(pipeline):
    """A foreign ministry the article names with no country speaks for the country the article is
    about, on the statement only: the actor is put on no country's side by it."""
    text = ("Norway and Sweden met in Oslo. Norway wants the quota cut, and Norway's fleet agrees. The Foreign "
            "Ministry said the talks on the herring quota would resume in March.")
    article = pipeline.analyze(text, id="t")
    quote = next(q for q in article.quotes if "resume in March" in q.text)
    assert quote.speaker.affiliation == "Norway"


def test_a_ministry_the_title_alone_names_is_the_speakers_not_the_actors(pipeline):
    """"culture minister" gives the speaker the Culture Ministry for the reader, as a capitalised
    portfolio does, but puts the actor in no ministry the article never names."""
    article = pipeline.analyze("\"The stadium money is gone,\" culture minister Vera Holm said on the radio.", id="t")
    assert article.quotes[0].speaker.affiliation == "Culture Ministry"
    holm = next(actor for actor in article.actors if actor.name == "Vera Holm")
    assert not any("ministry" in member for member in holm.member_of)


def test_a_code_of_letters_after_a_comma_is_no_party_marker(pipeline):
    """After a comma only a single initial is a party marker ("Ana Roe, D-Ohio,"); a longer code there
    starts a body's name, and no party is made of its first part."""
    speaker = _speaker(pipeline, "Marta Dunn, UAW-Ford liaison, said the plant would close in May.",
                       "plant would close")
    assert speaker.affiliation != "UAW"


@pytest.mark.parametrize("text, affiliation", [
    # the one state's or province's government the article names
    ("The Marlow State Government has paid every worker, officials said. The Commissioner for Works, Mrs Ada "
     "Obi, said the roads \"were built on time\".", "Marlow State Government"),
    ("Talks between unions and the Sindh government stalled. Provincial Irrigation Minister Ali Raza said the "
     "roads \"were built on time\".", "Sindh government"),
    # a local council is no state's government; two governments leave the holder unplaced
    ("Lokoja Local Government and the Marlow State Government met. The Commissioner for Works, Mrs Ada Obi, said "
     "the roads \"were built on time\".", "Marlow State Government"),
    ("The Marlow State Government and the Sindh government met. The Commissioner for Works, Mrs Ada Obi, said "
     "the roads \"were built on time\".", None),
])
def test_a_portfolio_title_serves_the_one_regional_government_named(pipeline, text, affiliation):
    assert _speaker(pipeline, text, "built on time").affiliation == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a member with a bare seat title and no party speaks for the one legislature the article names
    ("The National Assembly will debate the tender next week. MP Fahim Al-Rashed said the award was "
     "\"plain favouritism\".", "National Assembly"),
    ("The Senate opened its inquiry on Monday. Sen. Ana Ruiz said the award was \"plain favouritism\".",
     "Senate"),
    # a party named beside the member wins; two legislatures leave the member unplaced
    ("The National Assembly will debate the tender. Greens MP Fahim Al-Rashed said the award was "
     "\"plain favouritism\".", "Greens"),
    ("The National Assembly will debate the tender and the State Duma will vote on it. MP Fahim Al-Rashed said "
     "the award was \"plain favouritism\".", None),
    # no senate for a member of another house, no house for a senator, and the White House is no chamber
    ("The National Assembly will debate the tender and the Senate will vote on it. MP Fahim Al-Rashed said the "
     "award was \"plain favouritism\".", "National Assembly"),
    ("The Senate opened its inquiry on Monday. MP Fahim Al-Rashed said the award was \"plain favouritism\".",
     None),
    ("The White House declined to comment. Rep. Ana Ruiz said the award was \"plain favouritism\".", None),
])
def test_a_member_with_no_party_speaks_for_the_one_legislature_named(pipeline, text, affiliation):
    assert _speaker(pipeline, text, "plain favouritism").affiliation == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a short name the article never defines, for the one body it names whose initials spell it
    ("The Harbour Workers Union and the Marlow State Government have traded accusations. The Chairman of the HWU "
     "in the state, Comrade Ade Bello, said workers \"were owed three months\".", "Harbour Workers Union"),
    # none named so: the short name is kept
    ("Workers marched in Marlow. HWU chairman Ade Bello said workers \"were owed three months\".", "HWU"),
])
def test_an_undefined_short_name_is_the_body_named_in_full(pipeline, text, affiliation):
    assert _speaker(pipeline, text, "three months").affiliation == affiliation


@pytest.mark.parametrize("text, name, role, country", [
    # a portfolio minister in an article on two countries: the dateline's country
    ("HANOI, Dec 5 - Vietnam accused China of ramming a trawler. China denied it, and China said the crew of "
     "Vietnam had rammed first. Vietnam wants talks, and Vietnam will send envoys. Defence Minister Tran Van Lam "
     "said the trawler sank.",
     "Tran Van Lam", "Defence Minister", "Vietnam"),
    # the country whose government the sentence before names
    ("Chile accused Peru of sending troops. Peru denied it; Peru said Chile had invented the report and Chile "
     "had no proof. Chile's government backed the navy. Interior Minister Rosa Vial said the troops had left.",
     "Rosa Vial", "Interior Minister", "Chile"),
    # an article on one country: the ministry is kept; a head of government takes the country
    ("OSLO, Dec 5 - Norway will cut the quota. Norway's fleet agrees. Fisheries Minister Ola Dahl said the quota "
     "would fall.", "Ola Dahl", "Fisheries Minister", None),
    ("OSLO, Dec 5 - Norway will cut the quota. Prime Minister Ola Dahl said the quota would fall.", "Ola Dahl",
     "Prime Minister", "Norway"),
    # an opposition shadow minister serves no government
    ("HANOI, Dec 5 - Vietnam accused China of ramming a trawler. China denied it, and China said the crew of "
     "Vietnam had rammed first. Vietnam wants talks, and Vietnam will send envoys. Shadow Defence Minister Tran "
     "Van Lam said the trawler sank.",
     "Tran Van Lam", "Shadow Defence Minister", None),
])
def test_the_country_a_member_of_a_government_serves(nlp, lexicons, gazetteer, text, name, role, country):
    doc = nlp(text)
    start = text.index(name)
    person = Entity(name=name, type="person", key="person:p", role=role, mentions=[(start, start + len(name))])
    assert government_affiliations(doc, [person], lexicons, gazetteer).get(0) == country


@pytest.mark.parametrize("affiliation, text, plural", [
    ("Liberal Democrat", "the liberal democrat councillor said", "Liberal Democrats"),
    ("Kestrel", "the kestrels have denied it; a kestrel spokesman said", "Kestrels"),
    ("Kestrel", "a kestrel spokesman said", "Kestrel"),
    ("Labour", "the labour spokesman said", "Labour"),
])
def test_a_party_read_off_a_members_word_is_named_in_the_plural(affiliation, text, plural):
    assert _plural_name(affiliation, text) == plural


def test_a_minister_in_a_quarrel_of_two_countries_speaks_for_a_country(pipeline):
    """In an article on two countries news writes a portfolio minister for the country's side (the
    spec's Defense Minister for Iran): the dateline's country, not the ministry the title names."""
    text = ("OSLO \u2014 Norway accused Sweden of overfishing in the strait. Sweden denied it, and Sweden said the "
            "quota was kept. Norway said the quota was broken, and Norway wants new talks.\n\nFisheries Minister "
            "Ola Dahl said the talks with Sweden had failed.")
    assert _speaker(pipeline, text, "talks with Sweden").affiliation == "Norway"


def test_the_company_is_the_one_business_named_further_back(pipeline):
    """A title "the company's" owns refers to the one business the article named, however far back."""
    text = ("Residents said trucks belonging to Kestrel Waste Ltd had been seen dumping rubbish by the canal at "
            "night. The city said it would inspect the site. Officials declined to comment further. Two councillors "
            "visited the canal on Monday. They found bags of waste on the bank. The company's managing director, "
            "Ana Ruiz, called the claims \"false and unkind\".")
    assert _speaker(pipeline, text, "unkind").affiliation == "Kestrel Waste Ltd"


@pytest.mark.parametrize("text, affiliation", [
    # the one first-level division of a country the article names (pycountry's name, accents aside)
    ("Farmers in Manitoba have waited months for relief. Premier Ilse Varga said the federal help \"never "
     "came\" and that Manitoba would go to court.", "Manitoba"),
    # a place the article names with the noun of a division, whatever label the recognizer gives it
    ("Pipes burst across the Tarsk region this week. Governor Pavel Sedov said the contractor had \"never\" "
     "inspected the network, and the Tarsk region would sue.", "Tarsk region"),
    # named once, away from the name: unplaced; and a longer title is some other governor's
    ("Governor Pavel Sedov said the contractor had \"never\" inspected the network.\n\nMore rain is due. "
     "Officials met on Monday.\n\nA bridge in Manitoba was closed.", None),
])
def test_the_head_of_a_region_serves_the_region_named(pipeline, text, affiliation):
    assert _speaker(pipeline, text, "never").affiliation == affiliation


@pytest.mark.parametrize("text, affiliation", [
    # a party a title in apposition says the member is from, when nothing else placed the member
    ("Dora Pell, an MP from the ruling Bright Future party, called the report \"a cheap stunt\".",
     "Bright Future party"),
    ("Dora Pell, a lawmaker from the opposition Harbour Alliance, called the report \"a cheap stunt\".",
     "Harbour Alliance"),
])
def test_the_party_a_member_is_from(pipeline, text, affiliation):
    assert _speaker(pipeline, text, "cheap stunt").affiliation == affiliation


@pytest.mark.parametrize("text, country", [
    ("Ontario", "country:CAN"),
    ("Karnataka", "country:IND"),  # pycountry writes "Karnātaka"
    ("Georgia", None),  # a country's name too
    ("Scotland", None),  # a nation of a union, which no premier or governor runs
    ("Leeds", None),  # below the first level
])
def test_a_first_level_division_of_a_country(gazetteer, text, country):
    assert gazetteer.subdivision(text) == country


def test_a_shadow_title_names_no_body(pipeline):
    # "Shadow" opening a title marks an opposition spokesperson: no body called "Shadow", no "Shadow Health Ministry"
    text = ("Shadow Health Minister Marek Dolan said the waiting lists were \"a scandal\" and that the plan had "
            "failed.")
    assert _speaker(pipeline, text, "scandal").affiliation not in {"Shadow", "Shadow Health Ministry"}


def _roles_after_portfolios(nlp, lexicons, gazetteer, text):
    """The role of each statement's speaker, by speaker name, once :func:`portfolio_roles` has run."""
    doc = nlp(text)
    statements = doc._.attribution_statements
    portfolio_roles(doc, doc._.attribution_entities, statements, lexicons, gazetteer)
    return {s.speaker.name: s.speaker.role for s in statements if s.speaker is not None and s.speaker.name}


@pytest.mark.parametrize("text, name, role", [
    # the title with its portfolio in an earlier sentence, set before no name
    ("Fishers want the report published. They asked the Minister for Harbours and the Coastal Economy to release "
     "it. Minister Hon. Ana Roe said the report would be out in March.", "Ana Roe",
     "Minister for Harbours and the Coastal Economy"),
    # set off before the name by a comma and a form of address
    ("The Minister for Lakeside Capital Region and Urban Affairs, Hon. Ana Roe, visited the dam on Monday. \"The "
     "dam is safe,\" the minister said.", "Ana Roe", "Minister for Lakeside Capital Region and Urban Affairs"),
    # another minister in the article: the portfolio may be either's
    ("They asked the Minister for Harbours to release the report. Finance Minister Ivo Marsh said the money was "
     "spent. Minister Ana Roe said the report would be out in March.", "Ana Roe", "Minister"),
    # another office with a portfolio ("former", "Deputy") is no full form of the bare title
    ("They wrote to the former Minister for Harbours about the report. Minister Ana Roe said the report would be "
     "out in March.", "Ana Roe", "Minister"),
    # a place after "for" is no portfolio: the title keeps it apart, as the title parse does
    ("They wrote to the Minister for Wales about the report. Minister Ana Roe said the report would be out in "
     "March.", "Ana Roe", "Minister"),
])
def test_a_bare_portfolio_title_takes_the_portfolio_the_article_writes(nlp, lexicons, gazetteer, text, name, role):
    assert _roles_after_portfolios(nlp, lexicons, gazetteer, text).get(name) == role


@pytest.mark.parametrize("name, affiliation, text, expected", [
    # a name cut short at a joining word, written as the text goes on
    ("Tove Lind", "Ministry of Canals and", "The Ministry of Canals and Inland Harbours said the lock was shut.",
     "Ministry of Canals and Inland Harbours"),
    ("Tove Lind", "the ruling Union pour", "Tove Lind, speaking for the ruling Union pour le renouveau du sud (URS), "
     "spoke.", "Union pour le renouveau du sud"),
    ("Tove Lind", "Harbour Board of", "Tove Lind of the Harbour Board of... spoke.", "Harbour Board"),
    # words in lower case before the name that say what the body is; a bracket left open
    ("Tove Lind", "Westvale-based think tank Harbour Watch", "Tove Lind spoke.", "Harbour Watch"),
    ("Tove Lind", "far-right Westvale First party", "Tove Lind spoke.", "Westvale First party"),
    ("Tove Lind", "Westvale Nurses Union (WNU", "Tove Lind spoke.", "Westvale Nurses Union"),
    ("Tove Lind", "3rd Harbour Brigade", "Tove Lind spoke.", "3rd Harbour Brigade"),
    ("Tove Lind", "police", "Tove Lind spoke.", "police"),
    # a person's name is no body
    ("Tove Lind", "Lind", "Tove Lind spoke.", None),
    ("Tove Lind", "Canal Audit Office Tove Lind", "Canal Audit Office Tove Lind spoke.", "Canal Audit Office"),
    # another person's name: the one the speaker speaks for
    ("Tove Lind", "Arvid Holm", "Tove Lind, a lawyer for Arvid Holm, spoke.", "Arvid Holm"),
    ("Lind", "Tove", "Tove Lind, a canal warden, spoke.", None),
    ("Tove Lind", "Liberal", "The Liberal group met. Liberal Tove Lind spoke.", "Liberal"),
    ("Lind", "Canal Audit Office Tove Lind", "Canal Audit Office Tove Lind spoke.", "Canal Audit Office"),
    ("Tove Lind", "But Tove Lind", "But Tove Lind, the harbour master, disagreed.", None),
    # the news outlet the article is from
    ("Tove Lind", "Westvale Courier", "Westvale Courier\nTove Lind told Westvale Courier the lock leaks.", None),
    ("Tove Lind", "WPA", "HAVEN, 3 May (WPA) - Tove Lind told WPA the lock leaks.", None),
    ("Tove Lind", "Westvale", "Westvale\nThe Westvale harbour master, Tove Lind, said the lock leaks.", "Westvale"),
    ("Tove Lind", "Westvale", "Westvale\nTove Lind, who moved to Westvale, said the lock leaks.", "Westvale"),
    # a title is no body
    ("Tove Lind", "President", "Tove Lind spoke.", None),
    ("Tove Lind", "Ombudsman", "Tove Lind of the Ombudsman's Office spoke.", "Ombudsman"),
    ("Tove Lind", "Harbour Defender", "Tove Lind of the Harbour Defender's Office spoke.", "Harbour Defender"),
    ("Tove Lind", "Westvale District Chairman", "Tove Lind spoke.", None),
    ("Tove Lind", "Office of the President", "Tove Lind spoke.", "Office of the President"),
    ("Tove Lind", "Centre for Harbour Justice", "Tove Lind spoke.", "Centre for Harbour Justice"),
    ("Tove Lind", "President's Office", "Tove Lind spoke.", "President's Office"),
    # the words of a title after its "of": the rank "State", what the title goes on to say after the portfolio
    ("Tove Lind", "State for Fisheries", "The Secretary of State for Fisheries, Tove Lind, spoke.", None),
    ("Tove Lind", "State in Norvale province", "The Secretary of State in Norvale province, Tove Lind, spoke.",
     None),
    ("Tove Lind", "Harbours and Canals responsible for river ports",
     "The Ministry of Harbours and Canals paid. Deputy Minister of Harbours and Canals responsible for river ports, "
     "Tove Lind, spoke.", "Ministry of Harbours and Canals"),
    ("Tove Lind", "Harbours responsible for river ports",
     "Deputy Minister of Harbours responsible for river ports, Tove Lind, spoke.", "Harbours"),
    ("Tove Lind", "Norvale municipality", "The mayor of Norvale municipality, Tove Lind, spoke.",
     "Norvale municipality"),
    ("Tove Lind", "Centre for Democracy in Westvale", "Tove Lind of the Centre for Democracy in Westvale spoke.",
     "Centre for Democracy in Westvale"),
    ("Tove Lind", "State Audit Office", "Tove Lind, head of State Audit Office, spoke.", "State Audit Office"),
    # a kind word alone; a possessive first word of a title's or a party's name
    ("Tove Lind", "Ministry", "Ministry spokesperson Tove Lind spoke.", None),
    ("Tove Lind", "Farmers", "The Farmers' Representative for Norvale, Tove Lind, spoke.", "Farmers"),
    ("Tove Lind", "Citizens", "The Citizens's Representative for Norvale, Tove Lind, spoke.", None),
    ("Tove Lind", "Citizens", "The ruling Citizens's Harbour Alliance (CHA) whip, Tove Lind, spoke.",
     "Citizens's Harbour Alliance"),
    ("Tove Lind", "Citizens", "The Citizens's Harbour Alliance backs Tove Lind of the Citizens.", "Citizens"),
    ("Tove Lind", "Westvale", "Westvale's Minister of State for Harbours, Tove Lind, spoke.", "Westvale"),
    ("Tove Lind", "Westvale", "Westvale's Harbour Minister, Tove Lind, spoke.", "Westvale"),
    ("Tove Lind", "Citizens", "Tove Lind spoke for the Citizens's Representative.", "Citizens"),
    ("Tove Lind", "WPA", "The polls narrowed, noted WPA's Tove Lind.", "WPA"),
    # a body's name stays as it is
    ("Westvale Greens spokesman", "Westvale Greens", "The Westvale Greens spokesman spoke.", "Westvale Greens"),
    ("Tove Lind", "Lind Haulage Ltd", "Tove Lind of Lind Haulage Ltd spoke.", "Lind Haulage Ltd"),
    ("Tove Lind", "Westvale Haulage", "Tove Lind of Westvale Haulage spoke.", "Westvale Haulage"),
    ("Tove Lind", "Freedom and Justice Party", "Tove Lind spoke.", "Freedom and Justice Party"),
])
def test_an_affiliation_a_reader_would_laugh_at_is_mended_or_dropped(lexicons, name, affiliation, text, expected):
    people = [Entity(name=name, type="person", key="p:1", affiliation=affiliation, gender="f"),
              Entity(name="Arvid Holm", type="person", key="p:2", gender="m"),
              Entity(name="Westvale Haulage", type="person", key="p:3")]  # a firm the recognizer took for a person
    assert _without_visible_fault(people[0], _people_names(people, lexicons), text, lexicons) == expected


@pytest.mark.parametrize("text, content, affiliation", [
    ("The Westvale Liberal Party (WLP) has accused the harbour board of hiding losses. Speaking on Monday, "
     "the party's deputy organising secretary for North Coast Region, Hon. Tove Lind, said the ledgers were "
     "forged.", "ledgers were forged", "Westvale Liberal Party"),
    ("The Westvale Liberal Party complained about the count. The party's publicity secretary in Norvale, "
     "Mr Arvid Holm, said ballots were missing.", "ballots were missing", "Westvale Liberal Party"),
])
def test_the_owner_of_a_title_held_for_a_place(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


@pytest.mark.parametrize("text, content, affiliation", [
    # the kind alone as the owner of the title: the body of that kind named just before
    ("The Ministry of Lakes and Forests is investigating the spill. The Ministry's Chief Executive Officer, Tala "
     "Ioane, told reporters the fuel came from a cargo ship.", "fuel came from", "Ministry of Lakes and Forests"),
])
def test_a_body_written_as_its_kind_alone(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


def test_a_kind_alone_no_body_of_that_kind_explains_is_kept(pipeline):
    speaker = _speaker(pipeline, "The Harbour Union met on Friday. The Ministry's Chief Executive Officer, Tala "
                                 "Ioane, told reporters the fuel came from a cargo ship.", "fuel came from")
    assert speaker.affiliation in (None, "Ministry")


@pytest.mark.parametrize("text, content, affiliation", [
    # a body's "of" phrase set off by commas after the name
    ("Harbour councillor Ilse Varga, of the Westvale Greens party, said the pier would close in June.",
     "pier would close", "Westvale Greens party"),
    ("Shop steward Ilse Varga, of the Norvale Dockworkers Union, said the pier would close in June.",
     "pier would close", "Norvale Dockworkers Union"),
])
def test_a_body_set_off_after_the_name(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation


def test_a_place_set_off_after_the_name_is_no_body(pipeline):
    speaker = _speaker(pipeline, "Shop steward Ilse Varga, of Norvale, said the pier would close in June.", "pier would close")
    assert speaker.affiliation in (None, "Norvale")


@pytest.mark.parametrize("text, content, affiliation", [
    # a body's name in an "in" phrase ending a title set off before the name
    ("The Permanent Secretary in the Ministry of Lakes, Dr Ana Ruiz, told the paper that the stock was low.",
     "stock was low", "Ministry of Lakes"),
    ("The acting director of dental services in the Ministry of Lakes, Dr Ana Ruiz, told the paper that the "
     "stock was low.", "stock was low", "Ministry of Lakes"),
    # a place is no body
    ("A nurse in Westmark, Ana Ruiz, said the stock was low.", "stock was low", None),
    # the house an office sits in is not the body the gold writes
    ("The Chief Whip of the Opposition in Parliament, Mr Ana Ruiz, said the stock was low.", "stock was low",
     "Opposition"),
])
def test_a_body_in_a_title_before_the_name(pipeline, text, content, affiliation):
    assert _speaker(pipeline, text, content).affiliation == affiliation

