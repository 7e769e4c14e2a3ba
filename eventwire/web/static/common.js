// Shared by every page: fetching JSON, building DOM and SVG, and showing an event with its
// evidence. Text from the store is always set with textContent, never parsed as HTML.

const SVG_NS = "http://www.w3.org/2000/svg";

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

export async function getJSON(url, options = {}) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({ detail: response.statusText }));
  if (!response.ok) throw new ApiError(response.status, body.detail ?? body);
  return body;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== false) {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function formatCount(n) {
  return Number(n).toLocaleString("en");
}

export function actorCode(actor) {
  return actor ? actor.code || `(${actor.text})` : "—";
}

export function showError(container, error) {
  container.replaceChildren(el("p", { class: "error", role: "alert", text: error.message }));
}

// ---- an event's evidence, highlighted in its article's text --------------------------------

const ROLES = [
  ["source", (e) => e.source],
  ["target", (e) => e.target],
  ["trigger", (e) => e.trigger],
  ["place", (e) => e.place],
];

function spansOf(event, length) {
  const spans = [];
  for (const [role, pick] of ROLES) {
    const span = pick(event);
    if (span && span.end > span.start && span.start >= 0 && span.end <= length) {
      spans.push({ start: span.start, end: span.end, role, label: span.code || span.name || "" });
    }
  }
  return spans;
}

function otherEvidence(events, selected) {
  return events
    .map((event, index) => ({ ...event.evidence, role: "other", index }))
    .filter((span) => span.index !== selected && span.end > span.start);
}

function segment(text, start, end, spans) {
  const covering = spans.filter((s) => s.start <= start && s.end >= end);
  if (!covering.length) return document.createTextNode(text.slice(start, end));
  const roles = covering.filter((s) => s.role !== "other");
  const other = covering.find((s) => s.role === "other");
  return el("span", {
    class: covering.map((s) => `hl-${s.role}`).join(" "),
    title: roles.map((s) => `${s.role}${s.label ? `: ${s.label}` : ""}`).join(", ") || null,
    "data-event": other && !roles.length ? other.index : null,
    text: text.slice(start, end),
  });
}

function renderPart(parent, text, from, to, spans) {
  const cuts = new Set([from, to]);
  for (const s of spans) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i += 1) {
    parent.append(segment(text, points[i], points[i + 1], spans));
  }
}

// Fills `container` with `text`: the selected event's evidence in one <mark class="evidence">,
// its source, target, trigger and place marked inside, other events' evidence clickable.
export function highlight(container, text, events, selected) {
  container.replaceChildren();
  const event = events[selected];
  if (!event) {
    container.textContent = text;
    return null;
  }
  const { start, end } = event.evidence;
  const spans = [...spansOf(event, text.length), ...otherEvidence(events, selected)];
  const inside = spans.filter((s) => s.role !== "other");
  renderPart(container, text, 0, start, spans);
  const mark = el("mark", { class: "evidence", id: "evidence" });
  renderPart(mark, text, start, end, inside);
  container.append(mark);
  renderPart(container, text, end, text.length, spans);
  return mark;
}

export function highlightKey() {
  const item = (cls, label) => el("span", { class: `key ${cls}`, text: label });
  return el(
    "p",
    { class: "key-line" },
    item("evidence", "evidence"),
    item("hl-source", "source"),
    item("hl-target", "target"),
    item("hl-trigger", "trigger"),
    item("hl-place", "place"),
    item("hl-other", "another event (click)"),
  );
}

// ---- an event card with every coded field ---------------------------------------------------

function flatten(value, prefix, rows) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, rows);
  } else {
    const shown = Array.isArray(value) ? value.join(", ") : value;
    rows.push([prefix, shown === null || shown === undefined || shown === "" ? "—" : String(shown)]);
  }
  return rows;
}

export function eventFields(event) {
  const { article, ...coded } = event;
  return flatten(coded, "", []);
}

export function eventTitle(event) {
  const what = [event.cameo, event.plover, event.mode].filter(Boolean).join(" · ");
  return `${actorCode(event.source)} → ${actorCode(event.target)}: ${what}`;
}

export function eventCard(event, { selected = false, onSelect = null } = {}) {
  const list = el("dl", { class: "fields" });
  for (const [key, value] of eventFields(event)) {
    list.append(el("dt", { text: key }), el("dd", { text: value }));
  }
  const header = el(
    "button",
    { type: "button", class: "card-head", "aria-expanded": String(selected), onclick: onSelect },
    el("span", { class: `quad q${event.quad_class}`, text: event.cameo }),
    el("span", { class: "card-title", text: eventTitle(event) }),
    el("span", { class: `fact ${event.factuality}`, text: event.factuality }),
  );
  return el("article", { class: `card${selected ? " selected" : ""}`, "data-id": event.id }, header, list);
}

// Shows an article's text and its events side by side; clicking switches the highlight.
export function showEvents({ textBox, listBox, text, events, selected = 0, onChange = null }) {
  const select = (index) => {
    const mark = highlight(textBox, text, events, index);
    listBox.replaceChildren(
      ...events.map((event, i) => eventCard(event, { selected: i === index, onSelect: () => select(i) })),
    );
    if (mark) mark.scrollIntoView({ block: "center", behavior: "instant" });
    if (onChange) onChange(events[index]);
  };
  textBox.onclick = (click) => {
    const target = click.target.closest("[data-event]");
    if (target) select(Number(target.dataset.event));
  };
  select(Math.min(Math.max(selected, 0), Math.max(events.length - 1, 0)));
}
