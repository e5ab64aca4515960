"""Geoparsing: offline gazetteer (GeoNames, CC BY 4.0, via PyPI packages), toponym recognition and
resolution, and event location.

    from tocsin.geo import Gazetteer, Geoparser, EventLocator
"""

from tocsin.geo.gazetteer import Gazetteer, Place
from tocsin.geo.geoparser import Geoparser
from tocsin.geo.locate import EventLocator

__all__ = ["Gazetteer", "Geoparser", "EventLocator", "Place"]
