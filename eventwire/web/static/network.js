// The actor network: the most active actors on a circle, directed edges between them,
// width by events, colour by mean Goldstein (green cooperation, red conflict).
import { svg } from "./common.js";

const SIZE = { width: 640, height: 430, radius: 160 };

function edgeColor(mean) {
  return mean > 1 ? "#15803d" : mean < -1 ? "#b91c1c" : "#6b7280";
}

function positions(nodes) {
  const cx = SIZE.width / 2, cy = SIZE.height / 2;
  const max = Math.max(1, ...nodes.map((n) => n.as_source + n.as_target));
  return new Map(nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    const r = 5 + 10 * Math.sqrt((node.as_source + node.as_target) / max);
    return [node.code, { x: cx + SIZE.radius * Math.cos(angle), y: cy + SIZE.radius * Math.sin(angle), angle, r }];
  }));
}

function toward(from, to, distance) {
  const dx = to.x - from.x, dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

// A curve from a's rim to b's rim, bent to its own side so that A→B and B→A do not overlap.
function curve(a, b) {
  const dx = b.x - a.x, dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bend = Math.min(40, length / 4);
  const control = { x: (a.x + b.x) / 2 - (dy / length) * bend, y: (a.y + b.y) / 2 + (dx / length) * bend };
  const start = toward(a, control, a.r + 2), end = toward(b, control, b.r + 3);
  return `M${start.x},${start.y} Q${control.x},${control.y} ${end.x},${end.y}`;
}

function drawEdges(g, edges, at, onEdge) {
  const max = Math.max(1, ...edges.map((e) => e.events));
  for (const edge of edges) {
    const title = svg("title", { text: `${edge.source} → ${edge.target}: ${edge.events} events, mean Goldstein ${edge.mean_goldstein}` });
    g.append(svg("path", {
      d: curve(at.get(edge.source), at.get(edge.target)), class: "edge",
      stroke: edgeColor(edge.mean_goldstein), "stroke-width": 1 + 6 * Math.sqrt(edge.events / max),
      "marker-end": `url(#arrow-${edgeColor(edge.mean_goldstein).slice(1)})`,
      onclick: () => onEdge(edge.source, edge.target),
    }, title));
  }
}

function drawNodes(g, nodes, at, onNode) {
  for (const node of nodes) {
    const { x, y, angle, r } = at.get(node.code);
    const outside = 1 + (r + 6) / SIZE.radius;
    const lx = SIZE.width / 2 + (x - SIZE.width / 2) * outside, ly = SIZE.height / 2 + (y - SIZE.height / 2) * outside;
    const anchor = Math.abs(Math.cos(angle)) < 0.3 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
    g.append(svg("g", { class: "node", onclick: () => onNode(node.code) },
      svg("circle", { cx: x, cy: y, r }, svg("title", { text: `${node.code}: ${node.as_source} events as source, ${node.as_target} as target` })),
      svg("text", { x: lx, y: ly + 4, "text-anchor": anchor, text: node.code })));
  }
}

function markers() {
  const defs = svg("defs");
  for (const color of ["#15803d", "#b91c1c", "#6b7280"]) {
    defs.append(svg("marker", {
      id: `arrow-${color.slice(1)}`, viewBox: "0 0 10 10", refX: 9, refY: 5,
      markerWidth: 11, markerHeight: 11, orient: "auto", markerUnits: "userSpaceOnUse",
    }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: color })));
  }
  return defs;
}

export function drawNetwork(container, data, { maxNodes = 16, onEdge = () => {}, onNode = () => {} } = {}) {
  const nodes = data.nodes.slice(0, maxNodes);
  const kept = new Set(nodes.map((n) => n.code));
  const edges = data.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const root = svg("svg", { viewBox: `0 0 ${SIZE.width} ${SIZE.height}`, role: "img",
    "aria-label": `Network of ${nodes.length} actors and ${edges.length} edges`, class: "graph" });
  if (!nodes.length) {
    root.append(svg("text", { x: 20, y: 30, text: "No events between two actors." }));
  } else {
    const at = positions(nodes);
    const g = svg("g");
    drawEdges(g, [...edges].sort((a, b) => a.events - b.events), at, onEdge);
    drawNodes(g, nodes, at, onNode);
    root.append(markers(), g,
      svg("text", { x: 8, y: SIZE.height - 10, class: "caption-svg",
        text: "Arrow: source → target · width: events · green cooperation, red conflict, grey neutral · click an arrow for its dyad" }));
  }
  container.replaceChildren(root);
}
