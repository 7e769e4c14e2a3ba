// The world map: Natural Earth countries (shipped as SVG paths in world.json, equirectangular)
// with a circle per place, its area proportional to the events there.
import { el, formatCount, svg } from "./common.js";

let world = null;

async function loadWorld() {
  if (!world) world = fetch("/static/world.json").then((r) => r.json());
  return world;
}

function project(map, lon, lat) {
  return [(lon + 180) * map.scale, (90 - lat) * map.scale];
}

const TONES = { coop: "#15803d", conflict: "#b91c1c", neutral: "#6d28d9" };

function color(place) {
  return TONES[tone(place)];
}

export async function drawMap(container, places) {
  const map = await loadWorld();
  const top = 6 * map.scale; // 84° N to 60° S: where events happen
  const root = svg("svg", {
    viewBox: `0 ${top} ${map.width} ${150 * map.scale - top}`, role: "img",
    "aria-label": `Map of ${places.length} places with events`, class: "world",
  });
  const land = svg("g", { class: "land" });
  for (const country of map.countries) {
    land.append(svg("path", { d: country.d }, svg("title", { text: country.name })));
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = svg("g", { class: "places" });
  for (const place of [...places].sort((a, b) => b.events - a.events)) {
    const [cx, cy] = project(map, place.lon, place.lat);
    const r = 3 + 15 * Math.sqrt(place.events / max);
    const title = svg("title", { text: `${place.name}${place.country ? ` (${place.country})` : ""}: ${formatCount(place.events)} events` });
    dots.append(svg("circle", { cx, cy, r, fill: color(place), "data-name": place.name }, title));
  }
  root.append(land, dots);
  container.replaceChildren(root, topPlaces(places));
}

function topPlaces(places, count = 8) {
  if (!places.length) return el("p", { class: "empty-note", text: "No located events match." });
  const items = places.slice(0, count).map((p) => el("li", {},
    el("span", { class: "dot", "data-tone": tone(p) }),
    `${p.name}${p.country ? ` (${p.country})` : ""}`,
    el("span", { class: "count", text: formatCount(p.events) })));
  return el("ol", { class: "top-places", "aria-label": "Busiest places" }, ...items);
}

function tone(place) {
  const mean = place.goldstein / place.events;
  return mean > 1 ? "coop" : mean < -1 ? "conflict" : "neutral";
}
