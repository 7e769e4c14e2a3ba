// The dyad timeline: events per period in each direction (lines), and the Goldstein sum per
// period (bars around zero), labelled at the line ends so no legend is needed.
import { svg } from "./common.js";

export const COLORS = ["#1d4ed8", "#c2410c"];
const STEP = { day: 1, week: 7 };

function nextPeriod(iso, by) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (by in STEP) d.setUTCDate(d.getUTCDate() + STEP[by]);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

// Every period from the first to the last point, so that quiet periods show as zero.
export function periods(points, by, cap = 2000) {
  if (!points.length) return [];
  const sorted = points.map((p) => p.period).sort();
  const out = [sorted[0]];
  while (out[out.length - 1] < sorted[sorted.length - 1] && out.length < cap) {
    out.push(nextPeriod(out[out.length - 1], by));
  }
  return out;
}

function label(period, by) {
  return by === "year" ? period.slice(0, 4) : by === "month" ? period.slice(0, 7) : period;
}

function series(data, allPeriods) {
  const directions = [[data.a, data.b], [data.b, data.a]];
  return directions.map(([source, target], i) => {
    const found = new Map(
      data.points.filter((p) => p.source === source && p.target === target).map((p) => [p.period, p]),
    );
    const values = allPeriods.map((period) => found.get(period) || { period, events: 0, goldstein: 0 });
    return { name: `${source} → ${target}`, color: COLORS[i], dash: i ? "6 4" : null, values };
  });
}

function layout(width, n, longest) {
  // The right margin holds the line names (12px bold: about 7.5px a character).
  const box = { left: 48, right: 16 + 7.5 * longest, top: 28, eventsHeight: 150, gap: 44, goldHeight: 90 };
  const plot = Math.max(width - box.left - box.right, 40);
  return { ...box, width, plot, band: plot / n, height: box.top + box.eventsHeight + box.gap + box.goldHeight + 30 };
}

function axisLabels(g, lay, allPeriods, by) {
  const every = Math.max(1, Math.ceil(allPeriods.length / Math.max(2, Math.floor(lay.plot / 80))));
  const y = lay.top + lay.eventsHeight + lay.gap + lay.goldHeight + 18;
  allPeriods.forEach((period, i) => {
    if (i % every) return;
    const x = lay.left + (i + 0.5) * lay.band;
    g.append(svg("text", { x, y, class: "tick", "text-anchor": "middle", text: label(period, by) }));
  });
}

function eventLines(g, lay, lines, by) {
  const max = Math.max(1, ...lines.flatMap((s) => s.values.map((v) => v.events)));
  const y = (v) => lay.top + lay.eventsHeight - (v / max) * lay.eventsHeight;
  g.append(
    svg("text", { x: lay.left, y: lay.top - 10, class: "panel-label", text: `Events per ${by}` }),
    svg("line", { x1: lay.left, x2: lay.left + lay.plot, y1: y(0), y2: y(0), class: "axis" }),
    svg("text", { x: lay.left - 6, y: y(max) + 4, class: "tick", "text-anchor": "end", text: max }),
    svg("text", { x: lay.left - 6, y: y(0) + 4, class: "tick", "text-anchor": "end", text: 0 }),
  );
  lines.forEach((line, i) => {
    const xy = line.values.map((v, j) => [lay.left + (j + 0.5) * lay.band, y(v.events)]);
    g.append(svg("polyline", {
      points: xy.map((p) => p.join(",")).join(" "), stroke: line.color, class: `line${i ? " second" : ""}`,
      "stroke-dasharray": line.dash,
    }));
    line.values.forEach((v, j) => {
      const title = svg("title", { text: `${line.name} ${label(v.period, by)}: ${v.events} events, Goldstein ${v.goldstein}` });
      g.append(svg("circle", { cx: xy[j][0], cy: xy[j][1], r: 3.5, fill: line.color }, title));
    });
  });
  endLabels(g, lines, lay, y);
}

// Each line's name at its last point, nudged apart when the two ends are close.
function endLabels(g, lines, lay, y) {
  const x = lay.left + lay.plot - lay.band / 2 + 8;
  const ys = lines.map((line) => y(line.values[line.values.length - 1].events) + 4);
  if (Math.abs(ys[0] - ys[1]) < 14) {
    const middle = (ys[0] + ys[1]) / 2;
    const upper = ys[0] <= ys[1] ? 0 : 1;
    ys[upper] = middle - 7;
    ys[1 - upper] = middle + 7;
  }
  lines.forEach((line, i) => {
    g.append(svg("text", { x, y: ys[i], fill: line.color, class: "line-label", text: line.name }));
  });
}

function goldsteinBars(g, lay, lines, by) {
  const max = Math.max(1, ...lines.flatMap((s) => s.values.map((v) => Math.abs(v.goldstein))));
  const top = lay.top + lay.eventsHeight + lay.gap;
  const zero = top + lay.goldHeight / 2;
  const scale = lay.goldHeight / 2 / max;
  const width = Math.max(1, Math.min(lay.band * 0.4, 18));
  g.append(
    svg("text", { x: lay.left, y: top - 10, class: "panel-label", text: `Goldstein sum per ${by}: above 0 cooperation, below 0 conflict` }),
    svg("line", { x1: lay.left, x2: lay.left + lay.plot, y1: zero, y2: zero, class: "axis" }),
    svg("text", { x: lay.left - 6, y: top + 4, class: "tick", "text-anchor": "end", text: `+${Math.round(max)}` }),
    svg("text", { x: lay.left - 6, y: top + lay.goldHeight + 4, class: "tick", "text-anchor": "end", text: `-${Math.round(max)}` }),
  );
  lines.forEach((line, i) => {
    line.values.forEach((v, j) => {
      if (!v.goldstein) return;
      const x = lay.left + (j + 0.5) * lay.band + (i - 1) * width;
      const h = Math.abs(v.goldstein) * scale;
      const title = svg("title", { text: `${line.name} ${label(v.period, by)}: Goldstein ${v.goldstein}` });
      g.append(svg("rect", { x, y: v.goldstein > 0 ? zero - h : zero, width, height: Math.max(h, 1), fill: line.color }, title));
    });
  });
}

export function drawDyad(container, data) {
  const allPeriods = periods(data.points, data.by);
  if (!allPeriods.length) {
    container.replaceChildren(svg("svg", { class: "empty", role: "img", "aria-label": "no events" },
      svg("text", { x: 10, y: 24, text: `No events between ${data.a} and ${data.b}.` })));
    return;
  }
  const lines = series(data, allPeriods);
  const lay = layout(Math.max(container.clientWidth, 360), allPeriods.length, Math.max(...lines.map((l) => l.name.length)));
  const root = svg("svg", {
    viewBox: `0 0 ${lay.width} ${lay.height}`, width: lay.width, height: lay.height, role: "img",
    "aria-label": `Events between ${data.a} and ${data.b} per ${data.by}`,
  });
  const g = svg("g");
  eventLines(g, lay, lines, data.by);
  goldsteinBars(g, lay, lines, data.by);
  axisLabels(g, lay, allPeriods, data.by);
  root.append(g);
  container.replaceChildren(root);
}
