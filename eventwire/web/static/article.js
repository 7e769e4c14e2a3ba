// The article view: its text with the chosen event's evidence highlighted, and every event.
import { el, getJSON, highlightKey, showError, showEvents } from "./common.js";

function meta(article) {
  const parts = [];
  if (article.published) parts.push(`published ${article.published.slice(0, 10)}`);
  if (article.source) parts.push(article.source);
  if (article.dateline_place) parts.push(`dateline ${article.dateline_place}`);
  const count = article.events.length;
  parts.push(count === 1 ? "1 event" : `${count} events`);
  const line = [document.createTextNode(parts.join(" · "))];
  if (article.url && /^https?:\/\//.test(article.url)) {
    line.push(" · ", el("a", { href: article.url, rel: "noopener noreferrer", text: "original" }));
  }
  return line;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const id = params.get("id") || "";
  if (document.referrer.startsWith(`${location.origin}/?`)) {
    document.getElementById("back").href = document.referrer;
  }
  const textBox = document.getElementById("text");
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
    document.title = `eventwire · ${article.title || article.id}`;
    document.getElementById("title").textContent = article.title || "(untitled article)";
    document.getElementById("meta").replaceChildren(...meta(article));
    document.getElementById("key").replaceChildren(highlightKey());
    const selected = Math.max(article.events.findIndex((e) => e.id === params.get("event")), 0);
    showEvents({
      textBox,
      listBox: document.getElementById("events"),
      text: article.text,
      events: article.events,
      selected,
      onChange: (event) => history.replaceState(null, "", `?${new URLSearchParams({ id, event: event.id })}`),
    });
  } catch (error) {
    document.getElementById("title").textContent = "Article not found";
    showError(textBox, error);
  }
  document.body.dataset.ready = "true";
}

main();
