// The searchable event table: filters in a form (kept in the page's address), one page at a
// time, each row a link to its article with the evidence highlighted.
import { actorCode, el, formatCount } from "./common.js";

function snippet(text, q, width = 180) {
  if (!text) return [""];
  const at = q ? text.toLowerCase().indexOf(q.toLowerCase()) : -1;
  if (at < 0) return [text.length > width ? `${text.slice(0, width)}…` : text];
  const from = Math.max(0, at - 60);
  const end = at + q.length;
  const to = Math.min(text.length, Math.max(end + 60, from + width));
  return [
    (from ? "…" : "") + text.slice(from, at),
    el("mark", { class: "match", text: text.slice(at, end) }),
    text.slice(end, to) + (to < text.length ? "…" : ""),
  ];
}

function row(event, q) {
  const href = `/article?${new URLSearchParams({ id: event.article_id, event: event.id })}`;
  const what = [event.cameo, event.plover].filter(Boolean).join(" ");
  return el("tr", { "data-href": href },
    el("td", { class: "nowrap", text: event.date || "—" }),
    el("td", { text: actorCode(event.source) }),
    el("td", {}, el("span", { class: `quad q${event.quad_class}`, text: what })),
    el("td", { text: actorCode(event.target) }),
    el("td", { text: event.place ? event.place.name : "—" }),
    el("td", { class: "evidence-cell" }, el("a", { href, class: "event-link" }, ...snippet(event.evidence.text, q))),
    el("td", {}, el("span", { class: `fact ${event.factuality}`, text: event.factuality })));
}

export function drawTable(container, page, q) {
  if (!page.events.length) {
    container.replaceChildren(el("p", { class: "empty-note", text: "No events match." }));
    return;
  }
  const head = el("tr", {}, ...["Date", "Source", "Event", "Target", "Place", "Evidence", "Factuality"]
    .map((name) => el("th", { scope: "col", text: name })));
  const table = el("table", { class: "events" },
    el("thead", {}, head), el("tbody", {}, ...page.events.map((e) => row(e, q))));
  table.addEventListener("click", (click) => {
    const tr = click.target.closest("tr[data-href]");
    if (tr && !click.target.closest("a")) location.href = tr.dataset.href;
  });
  container.replaceChildren(table);
}

export function drawPager(nav, page, goTo) {
  const first = (page.page - 1) * page.page_size + 1;
  const last = Math.min(page.total, page.page * page.page_size);
  const info = page.total ? `Events ${formatCount(first)}–${formatCount(last)} of ${formatCount(page.total)}` : "";
  nav.replaceChildren(
    el("button", { type: "button", disabled: page.page <= 1 ? "" : null, onclick: () => goTo(page.page - 1), text: "← Previous" }),
    el("span", { class: "caption", text: info }),
    el("button", { type: "button", disabled: page.page >= page.pages ? "" : null, onclick: () => goTo(page.page + 1), text: "Next →" }),
  );
}
