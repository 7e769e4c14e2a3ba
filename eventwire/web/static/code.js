// "Code a text": send the pasted article to POST /api/code and show its events.
import { getJSON, highlightKey, showError, showEvents } from "./common.js";

const form = document.getElementById("code-form");
const status = document.getElementById("code-status");
const tokenLabel = document.getElementById("token-label");

function request(data) {
  const body = { text: data.get("text"), title: data.get("title") || "", all: data.has("all") };
  if (data.get("published")) body.published = data.get("published");
  const headers = { "content-type": "application/json" };
  const token = data.get("token") || sessionStorage.getItem("eventwire-token");
  if (token) headers.authorization = `Bearer ${token}`;
  return { method: "POST", headers, body: JSON.stringify(body) };
}

function show(coded) {
  document.getElementById("result").hidden = false;
  document.getElementById("key").replaceChildren(highlightKey());
  const textBox = document.getElementById("text");
  const listBox = document.getElementById("events");
  if (coded.skipped) {
    textBox.textContent = coded.article.text;
    listBox.textContent = `Skipped: ${coded.skipped.reason} ${coded.skipped.detail}`;
  } else if (!coded.events.length) {
    textBox.textContent = coded.article.text;
    listBox.textContent = "No events found in this text.";
  } else {
    showEvents({ textBox, listBox, text: coded.article.text, events: coded.events });
  }
}

async function submit(submitEvent) {
  submitEvent.preventDefault();
  const data = new FormData(form);
  const button = document.getElementById("code-button");
  button.disabled = true;
  status.textContent = "Coding… (the first text loads the language model)";
  try {
    const coded = await getJSON("/api/code", request(data));
    if (data.get("token")) sessionStorage.setItem("eventwire-token", data.get("token"));
    status.textContent = `${coded.events.length} event${coded.events.length === 1 ? "" : "s"}`;
    show(coded);
  } catch (error) {
    if (error.status === 401) tokenLabel.hidden = false;
    status.textContent = "";
    document.getElementById("result").hidden = false;
    showError(document.getElementById("events"), error);
  } finally {
    button.disabled = false;
    document.body.dataset.coded = "true";
  }
}

async function main() {
  form.addEventListener("submit", submit);
  try {
    const info = await getJSON("/api/info");
    tokenLabel.hidden = !info.code_requires_token;
    document.getElementById("text-input").maxLength = info.max_text;
  } catch (error) {
    status.textContent = error.message;
  }
  document.body.dataset.ready = "true";
}

main();
