// The dashboard: dyad timeline, map, network and event table, all from the REST API.
import { drawDyad } from "./chart.js";
import { el, formatCount, getJSON, query, showError } from "./common.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { drawPager, drawTable } from "./table.js";

const $ = (id) => document.getElementById(id);
const FILTERS = ["q", "source", "target", "code", "since", "until", "all"];
let page = 1;

function filters() {
  const data = new FormData($("event-form"));
  return Object.fromEntries(FILTERS.map((name) => [name, (data.get(name) || "").trim()]));
}

function setFilters(values) {
  const form = $("event-form");
  for (const name of FILTERS) {
    const input = form.elements[name];
    if (input.type === "checkbox") input.checked = values.get(name) === "true";
    else input.value = values.get(name) || "";
  }
}

async function loadEvents() {
  const chosen = filters();
  history.replaceState(null, "", `?${query({ ...chosen, page: page > 1 ? page : "" })}`);
  const table = $("event-table");
  table.setAttribute("aria-busy", "true");
  try {
    const result = await getJSON(`/api/events?${query({ ...chosen, page, page_size: 25 })}`);
    drawTable(table, result, chosen.q);
    drawPager($("pager"), result, (next) => { page = next; loadEvents(); });
  } catch (error) {
    showError(table, error);
  } finally {
    table.removeAttribute("aria-busy");
  }
}

async function loadMap() {
  try {
    const places = await getJSON(`/api/places?${query(filters())}`);
    await drawMap($("map"), places);
    const located = places.reduce((sum, p) => sum + p.events, 0);
    const where = places.length === 1 ? "1 place" : `${formatCount(places.length)} places`;
    $("map-caption").textContent = `${formatCount(located)} located events at ${where}`;
  } catch (error) {
    showError($("map"), error);
  }
}

async function loadDyad() {
  const data = new FormData($("dyad-form"));
  const params = { a: data.get("a").trim(), b: data.get("b").trim(), by: data.get("by") };
  if (!params.a || !params.b) return;
  try {
    drawDyad($("dyad-chart"), await getJSON(`/api/dyad?${query(params)}`));
  } catch (error) {
    showError($("dyad-chart"), error);
  }
}

function pickDyad(source, target) {
  const form = $("dyad-form");
  form.elements.a.value = source;
  form.elements.b.value = target;
  $("dyad-title").scrollIntoView({ behavior: "smooth" });
  return loadDyad();
}

function filterBy(changes) {
  const form = $("event-form");
  for (const [name, value] of Object.entries(changes)) form.elements[name].value = value;
  page = 1;
  loadEvents();
  loadMap();
}

async function loadNetwork() {
  const level = $("network-level").value;
  try {
    const data = await getJSON(`/api/network?${query({ level, limit: 200 })}`);
    drawNetwork($("network"), data, {
      onEdge: (source, target) => { pickDyad(source, target); filterBy({ source, target }); },
      onNode: (code) => filterBy({ source: code, target: "" }),
    });
    return data;
  } catch (error) {
    showError($("network"), error);
    return { edges: [] };
  }
}

async function loadStats() {
  const [info, summary] = await Promise.all([getJSON("/api/info"), getJSON("/api/summary?top=5")]);
  const dates = summary.dates.first ? ` · ${summary.dates.first} to ${summary.dates.last}` : "";
  $("stats").textContent = `${info.store}: ${formatCount(summary.articles)} articles · ${formatCount(summary.events)} events${dates}`;
  return summary;
}

async function loadActors() {
  const actors = await getJSON("/api/actors?limit=300");
  $("actor-codes").replaceChildren(...actors.map((a) => el("option", { value: a.code, label: `${a.code} · ${formatCount(a.events)} events` })));
}

function wire() {
  $("event-form").addEventListener("submit", (e) => { e.preventDefault(); page = 1; loadEvents(); loadMap(); });
  $("event-form").addEventListener("reset", () => setTimeout(() => { page = 1; loadEvents(); loadMap(); }));
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); loadDyad(); });
  $("dyad-swap").addEventListener("click", () => {
    const form = $("dyad-form");
    [form.elements.a.value, form.elements.b.value] = [form.elements.b.value, form.elements.a.value];
    loadDyad();
  });
  $("network-level").addEventListener("change", loadNetwork);
}

async function startDyad(summaryPromise) {
  const summary = await summaryPromise.catch(() => null);
  // The top dyad, by country unless both are of one country (as api.first_dyad, which the
  // server computes ahead of the first visit).
  const top = summary && summary.top_dyads[0];
  if (!top || !top.source || !top.target) return;
  const same = top.source.slice(0, 3) === top.target.slice(0, 3);
  const form = $("dyad-form");
  form.elements.a.value = same ? top.source : top.source.slice(0, 3);
  form.elements.b.value = same ? top.target : top.target.slice(0, 3);
  await loadDyad();
}

async function main() {
  const params = new URLSearchParams(location.search);
  setFilters(params);
  page = Math.max(1, Number(params.get("page")) || 1);
  wire();
  const summary = loadStats();
  await Promise.all([loadEvents(), loadMap(), loadNetwork(), startDyad(summary), loadActors().catch(() => {})]);
  document.body.dataset.ready = "true";
}

main();
