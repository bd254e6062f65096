"""dossier: turn a raw news article on diplomacy and sanctions into pandas frames.

    art = dossier.read_article("seeds/2024-05-01_outlet_slug.html", published="2024-05-01")
    art.actors, art.mentions, art.quotes, art.events, art.positions
"""
from dossier.article import Article
from dossier.errors import (BinaryInputError, DossierError, EmptyInputError, EncodingError,
                            NotAnArticleError, NotEnglishError, TooLargeError)
from dossier.pipeline import parse_article, read_article


def cooccurrence(article: Article, *, within: str = "sentence"):
    """Pairs of actors seen together: columns actor_a, actor_b, name_a, name_b, count."""
    from dossier.actors import cooccurrence as _co
    return _co(article, within=within)


__all__ = ["Article", "read_article", "parse_article", "cooccurrence", "DossierError", "EmptyInputError",
           "BinaryInputError", "EncodingError", "TooLargeError", "NotEnglishError", "NotAnArticleError"]
