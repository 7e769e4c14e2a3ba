"""Geography: the gazetteer, toponym resolution and event location."""

from eventwire.geo.gazetteer import Gazetteer, default_gazetteer
from eventwire.geo.locate import EventLocator
from eventwire.geo.toponyms import Geoparser

__all__ = ["EventLocator", "Gazetteer", "Geoparser", "default_gazetteer"]
