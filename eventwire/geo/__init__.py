"""Geography: the gazetteer, toponym resolution and event location."""

from eventwire.geo.gazetteer import Gazetteer, default_gazetteer

__all__ = ["Gazetteer", "default_gazetteer"]
