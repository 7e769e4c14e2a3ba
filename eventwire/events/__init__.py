"""Event coding: the CAMEO ontology, the lexicon, the rule-based coder and factuality."""

from eventwire.events.coder import CameoCoder
from eventwire.events.lexicon import Lexicon, Pattern, load_lexicon
from eventwire.events.ontology import CameoCode, Ontology, load_ontology

__all__ = [
    "CameoCode",
    "CameoCoder",
    "Lexicon",
    "Ontology",
    "Pattern",
    "load_lexicon",
    "load_ontology",
]
