"""Convert Natural Earth TopoJSON (the npm package ``world-atlas``) into the map file we ship.

Run once, when the map should change::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m eventwire.web.worldmap package/countries-110m.json eventwire/web/static/world.json

The output holds one SVG path per country in an equirectangular projection (x = longitude,
y = latitude, scaled by ``SCALE``), so the browser draws it without a map library and event
points go on top with the same formula.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

SCALE = 4  # map units per degree: the whole world is 1440 x 720
SOURCE = "world-atlas 2.0.2 (npm), countries-110m.json: Natural Earth 1:110m, ISC licence"

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """The topology's arcs as lists of (longitude, latitude), undoing quantisation and deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: Sequence[int], arcs: list[list[Point]]) -> list[Point]:
    """One ring of a polygon: its arcs joined, negative indexes reversed (``~i``)."""
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def project(point: Point) -> tuple[int, int]:
    """Equirectangular map coordinates of (longitude, latitude)."""
    lon, lat = point
    return round((lon + 180) * SCALE), round((90 - lat) * SCALE)


def unwrap(points: list[Point]) -> list[Point]:
    """A ring that crosses the antimeridian made continuous (longitudes beyond +-180).

    A ring around a pole crosses it an odd number of times; it is kept as it is, and its
    jump along the map's edge closes it the way the map needs.
    """
    shift, out = 0.0, points[:1]
    for previous, (lon, lat) in itertools.pairwise(points):
        step = lon - previous[0]
        shift += -360.0 if step > 180 else 360.0 if step < -180 else 0.0
        out.append((lon + shift, lat))
    return out if shift == 0 else points


def ring_path(points: list[Point]) -> str:
    """SVG subpaths for one ring; a ring beyond the map's edge is drawn again on the other side."""
    ring = unwrap(points)
    lons = [lon for lon, _ in ring]
    shifts = [0.0] + ([360.0] if min(lons) < -180 else []) + ([-360.0] if max(lons) > 180 else [])
    return "".join(_subpath((lon + shift, lat) for lon, lat in ring) for shift in shifts)


def _subpath(points: Iterable[Point]) -> str:
    xy: list[tuple[int, int]] = []
    for point in map(project, points):
        if not xy or xy[-1] != point:
            xy.append(point)
    if len(xy) < 3:
        return ""
    return "M" + "L".join(f"{x} {y}" for x, y in xy) + "Z"


def geometry_path(geometry: dict[str, Any], arcs: list[list[Point]]) -> str:
    """The SVG path of a Polygon or MultiPolygon geometry."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)


def convert(topology: dict[str, Any]) -> dict[str, Any]:
    """The shipped map: its source, its size and one path per country."""
    arcs = decode_arcs(topology)
    countries = [
        {
            "id": geometry.get("id", ""),
            "name": geometry["properties"]["name"],
            "d": geometry_path(geometry, arcs),
        }
        for geometry in topology["objects"]["countries"]["geometries"]
    ]
    return {
        "source": SOURCE,
        "scale": SCALE,
        "width": 360 * SCALE,
        "height": 180 * SCALE,
        "countries": countries,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    world = convert(json.loads(args.topojson.read_text()))
    args.out.write_text(json.dumps(world, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
