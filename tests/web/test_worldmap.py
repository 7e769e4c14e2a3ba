"""The shipped world map and the converter that made it."""

from __future__ import annotations

import json

from eventwire.web.app import STATIC
from eventwire.web.worldmap import convert, ring_path

# Two arcs, quantised to a 1-degree grid from (-180, -90), delta-encoded as TopoJSON stores them.
TOPOLOGY = {
    "transform": {"scale": [1, 1], "translate": [-180, -90]},
    "arcs": [[[190, 100], [10, 0], [0, 10]], [[200, 110], [-10, 0], [0, -10]]],
    "objects": {
        "countries": {
            "geometries": [
                {
                    "type": "Polygon",
                    "id": "001",
                    "properties": {"name": "Square"},
                    "arcs": [[0, 1]],
                },
                {
                    "type": "Polygon",
                    "id": "002",
                    "properties": {"name": "Back"},
                    "arcs": [[~1, ~0]],
                },
            ]
        }
    },
}


def test_arcs_are_decoded_joined_and_projected():
    world = convert(TOPOLOGY)
    assert (world["width"], world["height"]) == (1440, 720)
    square, back = world["countries"]
    # (10, 10) (20, 10) (20, 20) (10, 20) in degrees; x = (lon + 180) * 4, y = (90 - lat) * 4
    assert square == {
        "id": "001",
        "name": "Square",
        "d": "M760 320L800 320L800 280L760 280L760 320Z",
    }
    assert back["d"] == "M760 320L760 280L800 280L800 320L760 320Z"


def test_a_ring_across_the_antimeridian_is_drawn_on_both_edges():
    ring = [(179.0, 0.0), (-179.0, 0.0), (-179.0, -1.0), (179.0, -1.0), (179.0, 0.0)]
    path = ring_path(ring)
    assert path.count("M") == 2
    assert "L1444 360" in path  # beyond the east edge
    assert path.startswith("M1436 360") and "M-4 360" in path


def test_a_ring_around_a_pole_is_left_as_it_is():
    ring = [(-180.0, -80.0), (0.0, -70.0), (180.0, -80.0), (-180.0, -80.0)]
    assert ring_path(ring).count("M") == 1


def test_the_shipped_map_names_its_source_and_holds_the_countries():
    world = json.loads((STATIC / "world.json").read_text())
    assert "Natural Earth" in world["source"] and "ISC" in world["source"]
    names = {c["name"] for c in world["countries"]}
    assert {"Russia", "North Korea", "Fiji", "Antarctica"} <= names
    assert len(world["countries"]) == 177
    assert all(c["d"].startswith("M") for c in world["countries"])
