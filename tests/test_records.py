"""Records round-trip through JSON."""

from __future__ import annotations

import json

from attribution.records import Article


def test_article_round_trips(spec_article):
    again = Article.from_dict(json.loads(json.dumps(spec_article.to_dict())))
    assert again == spec_article
