// The parole intake chat widget for clinic sites. One script tag:
//
//   <script src="https://INTAKE_HOST/widget.js" data-clinic="Clínica Esperanza"
//           data-accent="#0b5cad" data-language="es" data-position="right"
//           data-server="https://INTAKE_HOST:5005" defer></script>
//
// Everything lives in one open Shadow DOM on <parole-intake-widget
// id="parole-intake-widget"> appended to <body>, styled only by widget.css from the
// script's own origin (no inline styles, no fonts, no third parties). It talks to
// the assistant over socket.io (Rasa's channel: session_request/session_confirm,
// user_uttered/bot_uttered) and uploads files to /webhooks/widget/upload.
// Bundled by `make setup` (esbuild) into bot/widget/static/widget.js.

import { io } from "socket.io-client";
import { accentColors } from "./color.js";
import { h, icon } from "./dom.js";
import {
  bcp47, cachedBundle, ENGLISH, fallbackBundle, fetchBundle, forgetBundles, matchLanguage,
} from "./i18n.js";
import {
  clearState, cleanMessage, emptyState, loadState, MAX_MESSAGES, saveState, SESSION_ID,
} from "./store.js";

const HOST_ID = "parole-intake-widget";
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = ["image/jpeg", "image/png", "image/heic", "application/pdf"];
const FILE_ACCEPT = "image/jpeg,image/png,image/heic,application/pdf,.heic,.pdf";
const TYPING_MS = 30000;
const RECONNECTED_MS = 4000;
const STRINGS_WAIT_MS = 6000;

// Read while the script runs: document.currentScript is null in any callback.
const SCRIPT = document.currentScript ||
  Array.prototype.slice.call(document.querySelectorAll('script[src*="widget.js"]')).pop();

function originOf(url, fallback) {
  try {
    const origin = new URL(url, location.href).origin;
    return origin && origin !== "null" ? origin : fallback;
  } catch (e) {
    return fallback;
  }
}

function readConfig(script) {
  const data = (script && script.dataset) || {};
  const assetBase = originOf(script && script.src, location.origin);
  return {
    assetBase,
    server: data.server ? originOf(data.server, assetBase) : assetBase,
    clinic: (data.clinic || "").trim(),
    accent: data.accent || "",
    language: (data.language || "").trim(),
    position: data.position === "left" ? "left" : "right",
  };
}

function widget(config) {
  const storageKey = "parole-intake:" + config.clinic;
  const stored = loadState(storageKey);
  let state = stored || emptyState(null);

  let bundle = null;          // strings, direction and language list now shown
  let ui = null;              // the DOM, once built
  let socket = null;
  let confirmed = false;      // session_confirm received on the current connection
  let lost = false;           // the connection dropped (or never came) since the last confirm
  let queue = [];             // user_uttered payloads waiting for a confirmed connection
  let statusKey = null;
  let statusTimer = 0;
  let typingTimer = 0;
  let burstStart = null;      // first message since the user last sent something
  let view = state.sessionId ? "chat" : "start";
  let chosen = false;         // the person picked a language in this page

  const host = document.createElement(HOST_ID);
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: "open" });
  shadow.append(h("link", { rel: "stylesheet", href: config.assetBase + "/widget.css" }));
  document.body.append(host);

  // ----- texts -----------------------------------------------------------------

  const t = (key) => {
    const text = (bundle && bundle.strings[key]) || "";
    return text.split("{clinic}").join(config.clinic).replace(/ {2,}/g, " ");
  };

  const binders = [];
  function bind(fn) {
    binders.push(fn);
    return fn;
  }
  const textOf = (el, key) => (bind(() => { el.textContent = t(key); }), el);
  const attrOf = (el, name, key) => (bind(() => el.setAttribute(name, t(key))), el);

  function languageInfo(code) {
    const list = (bundle && bundle.languages) || [ENGLISH];
    return list.find((l) => l.code === code) || null;
  }

  function fillLanguageSelect(select) {
    const list = bundle.languages.slice();
    if (!list.some((l) => l.code === state.language)) {
      list.push({ code: state.language, name: state.language, dir: "ltr" });
    }
    const signature = list.map((l) => l.code + "=" + l.name).join("|");
    if (select.dataset.signature !== signature) {
      select.textContent = "";
      for (const l of list) {
        select.append(h("option", { value: l.code, lang: bcp47(l.code), dir: l.dir, text: l.name }));
      }
      select.dataset.signature = signature;
    }
    select.value = state.language;
  }

  function applyBundle(next) {
    bundle = next;
    if (!ui) return;
    const info = languageInfo(state.language);
    ui.root.setAttribute("lang", bcp47(next.fallback ? "en" : next.language));
    ui.root.setAttribute("dir", next.fallback ? (info ? info.dir : "ltr") : next.dir);
    for (const fn of binders) fn();
    for (const el of ui.log.querySelectorAll("[data-who]")) {
      el.textContent = t(el.getAttribute("data-who")) + " ";
    }
    fillLanguageSelect(ui.language);
    fillLanguageSelect(ui.startLanguage);
    if (statusKey) ui.status.textContent = t(statusKey);
  }

  // ----- the DOM -------------------------------------------------------------------

  function build() {
    const root = h("div", { class: `pi-root pi-${config.position}`, hidden: true });
    const { accent, onAccent, ink } = accentColors(config.accent);
    root.style.setProperty("--pi-accent", accent);
    root.style.setProperty("--pi-on-accent", onAccent);
    root.style.setProperty("--pi-ink", ink);

    const launcher = h("button", {
      type: "button", class: "pi-launcher", "aria-expanded": "false", "aria-controls": "pi-panel",
      onclick: () => setOpen(!state.open),
    }, icon("chat"));
    launcher.append(textOf(h("span", { class: "pi-launcher-text" }), "launcher"));

    const close = attrOf(h("button", {
      type: "button", class: "pi-close", onclick: () => setOpen(false),
    }, icon("close")), "aria-label", "close");

    const header = h("div", { class: "pi-header" },
      h("div", { class: "pi-heading" },
        config.clinic ? h("p", { class: "pi-clinic", text: config.clinic }) : null,
        textOf(h("h2", { class: "pi-title", id: "pi-title" }), "title"),
        textOf(h("p", { class: "pi-subtitle" }), "subtitle")),
      close);

    const language = h("select", {
      class: "pi-select pi-language", id: "pi-language",
      onchange: () => changeLanguage(language.value, true),
    });
    const end = textOf(h("button", {
      type: "button", class: "pi-end", onclick: () => showConfirm(true),
    }), "end");
    const toolbar = h("div", { class: "pi-toolbar" },
      textOf(h("label", { class: "pi-sr", for: "pi-language" }), "language"),
      h("span", { class: "pi-globe" }, icon("globe")),
      language, end);

    const status = h("p", { class: "pi-status", role: "status" });

    // The start screen: privacy, language, Start.
    const startLanguage = h("select", {
      class: "pi-select pi-start-language", id: "pi-start-language",
      onchange: () => changeLanguage(startLanguage.value, false),
    });
    const startButton = textOf(h("button", {
      type: "button", class: "pi-start", onclick: start,
    }), "start");
    const startScreen = h("div", { class: "pi-start-screen" },
      textOf(h("p", { class: "pi-privacy" }), "privacy"),
      h("div", { class: "pi-field" },
        textOf(h("label", { for: "pi-start-language" }), "choose_language"),
        startLanguage),
      startButton);

    // The conversation.
    // The log scrolls by itself and can take focus, so keyboard users can scroll it.
    const log = h("div", {
      class: "pi-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
      "aria-labelledby": "pi-title", tabindex: "0",
    });
    const typing = h("div", { class: "pi-typing", hidden: true },
      h("span", { class: "pi-dots", "aria-hidden": "true" }, h("span"), h("span"), h("span")),
      textOf(h("span"), "typing"));

    const yes = textOf(h("button", { type: "button", class: "pi-end-yes", onclick: endChat }), "end_yes");
    const no = textOf(h("button", {
      type: "button", class: "pi-end-no", onclick: () => { showConfirm(false); ui.end.focus(); },
    }), "end_no");
    const confirm = h("div", {
      class: "pi-confirm", role: "group", "aria-labelledby": "pi-confirm-text", hidden: true,
    }, textOf(h("p", { id: "pi-confirm-text" }), "end_confirm"),
    h("div", { class: "pi-confirm-actions" }, yes, no));

    const file = h("input", {
      type: "file", class: "pi-file pi-sr", accept: FILE_ACCEPT, tabindex: "-1",
      "aria-hidden": "true", onchange: () => {
        const chosen = file.files && file.files[0];
        file.value = "";
        if (chosen) upload(chosen);
      },
    });
    const attach = attrOf(h("button", {
      type: "button", class: "pi-attach", "aria-describedby": "pi-attach-hint",
      onclick: () => file.click(),
    }, icon("clip")), "aria-label", "attach");
    bind(() => attach.setAttribute("title", t("attach") + " \u2014 " + t("attach_hint")));
    const input = attrOf(h("textarea", {
      class: "pi-input", id: "pi-input", rows: "1", autocomplete: "off",
      oninput: () => resize(), onkeydown: (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
          e.preventDefault();
          submit();
        }
      },
    }), "placeholder", "placeholder");
    const send = textOf(h("button", { type: "submit", class: "pi-send" }), "send");
    const form = h("form", {
      class: "pi-form", onsubmit: (e) => { e.preventDefault(); submit(); },
    }, attach, file,
    textOf(h("span", { class: "pi-sr", id: "pi-attach-hint" }), "attach_hint"),
    textOf(h("label", { class: "pi-sr", for: "pi-input" }), "input_label"),
    input, send);
    const chat = h("div", { class: "pi-chat" }, log, typing, confirm, form);

    const panel = h("div", {
      class: "pi-panel", id: "pi-panel", role: "dialog", "aria-labelledby": "pi-title", hidden: true,
    }, header, toolbar, status, startScreen, chat);

    root.append(launcher, panel);
    root.addEventListener("keydown", (e) => {
      if ((e.key === "Escape" || e.key === "Esc") && state.open) {
        e.stopPropagation();
        setOpen(false);
      }
    });
    shadow.append(root);
    ui = {
      root, launcher, panel, toolbar, language, end, status, startScreen, startLanguage, log,
      typing, confirm, yes, no, file, attach, input, send, chat,
    };
  }

  // ----- showing things ----------------------------------------------------------------

  function show() {
    ui.startScreen.hidden = view !== "start";
    ui.chat.hidden = view !== "chat";
    ui.toolbar.hidden = view !== "chat";
    ui.panel.classList.toggle("pi-starting", view === "start");
  }

  function setOpen(open, focus = true) {
    state.open = open;
    saveState(storageKey, state);
    ui.panel.hidden = !open;
    ui.root.classList.toggle("pi-open", open);
    ui.launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      if (bundle.fallback) refreshStrings(state.language);
      if (view === "chat") {
        connect();
        scrollToEnd();
      }
      if (focus) (view === "start" ? ui.startLanguage : ui.input).focus();
    } else {
      showConfirm(false);
      if (focus) ui.launcher.focus();
    }
  }

  function setStatus(key, clearAfter) {
    clearTimeout(statusTimer);
    statusKey = key;
    const text = key ? t(key) : "";
    if (ui.status.textContent !== text) ui.status.textContent = text;
    if (key && clearAfter) statusTimer = setTimeout(() => setStatus(null), clearAfter);
  }

  function showConfirm(visible) {
    ui.confirm.hidden = !visible;
    if (visible) {
      ui.no.focus();
      scrollToEnd();
    }
  }

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  // New messages: keep the first one since the user's last message in view, so a
  // long answer is read from its start.
  function reveal(el) {
    if (!burstStart || !burstStart.isConnected) burstStart = el;
    const box = ui.log;
    box.scrollTop = Math.min(box.scrollHeight - box.clientHeight, burstStart.offsetTop - 8);
  }

  function showTyping(visible) {
    clearTimeout(typingTimer);
    ui.typing.hidden = !visible;
    if (visible) typingTimer = setTimeout(() => showTyping(false), TYPING_MS);
  }

  function resize() {
    const input = ui.input;
    input.style.setProperty("--pi-input-height", "auto");
    if (input.value && input.scrollHeight) {
      input.style.setProperty("--pi-input-height", input.scrollHeight + 4 + "px");
    }
  }

  const CLASS = { user: "pi-user", bot: "pi-bot", notice: "pi-notice", error: "pi-error", pending: "pi-pending" };

  function renderMessage(message, repliesEnabled) {
    const el = h("div", { class: "pi-msg " + CLASS[message.from] });
    const who = message.from === "user" ? "you" : message.from === "error" ? null : "assistant";
    if (who) el.append(h("span", { class: "pi-sr", "data-who": who, text: t(who) + " " }));
    el.append(h("span", { class: "pi-text", dir: "auto", text: message.text }));
    ui.log.append(el);
    if (message.buttons) {
      const group = h("div", { class: "pi-replies" });
      for (const button of message.buttons) {
        group.append(h("button", {
          type: "button", class: "pi-reply", dir: "auto", text: button.title,
          disabled: !repliesEnabled, onclick: (e) => tapReply(button, e),
        }));
      }
      ui.log.append(group);
    }
    return el;
  }

  function renderAll() {
    ui.log.textContent = "";
    const messages = state.messages;
    let lastBot = -1;
    for (let i = 0; i < messages.length; i++) if (messages[i].from === "bot") lastBot = i;
    const open = lastBot >= 0 && !messages.slice(lastBot + 1).some((m) => m.from === "user");
    messages.forEach((m, i) => renderMessage(m, open && i === lastBot));
  }

  function disableReplies() {
    for (const b of ui.log.querySelectorAll(".pi-reply")) b.disabled = true;
  }

  // Adds a message to the log; user, bot and notice messages are also kept.
  function addMessage(message) {
    if (message.from !== "error" && message.from !== "pending") {
      state.messages.push(message);
      if (state.messages.length > MAX_MESSAGES) state.messages.splice(0, state.messages.length - MAX_MESSAGES);
      saveState(storageKey, state);
    }
    const el = renderMessage(message, true);
    reveal(el);
    return el;
  }

  // ----- the conversation -----------------------------------------------------------------

  function emitQueued() {
    if (!socket || !socket.connected || !confirmed || !queue.length) return;
    for (const item of queue) {
      socket.emit("user_uttered", {
        message: item.message, session_id: state.sessionId, metadata: { language: item.language },
      });
    }
    queue = [];
    showTyping(true);
  }

  // Sends `message` (shown as the user's bubble `shown`, unless null); kept in the
  // queue until the connection is up and the session confirmed.
  function say(message, shown) {
    burstStart = null;
    if (shown != null) addMessage({ from: "user", text: shown });
    queue.push({ message, language: state.language });
    if (!socket) connect();
    emitQueued();
  }

  function submit() {
    const text = ui.input.value.trim();
    if (!text) return;
    ui.input.value = "";
    resize();
    say(text, text);
  }

  function tapReply(button, event) {
    disableReplies();
    say(button.payload, button.title);
    // Keyboard users keep their place: a disabled button drops focus.
    if (event && event.detail === 0) ui.input.focus();
  }

  function onBotUttered(data) {
    if (!data || typeof data !== "object") return;
    const text = typeof data.text === "string" ? data.text : "";
    const buttons = (Array.isArray(data.quick_replies) ? data.quick_replies : [])
      .filter((b) => b && (typeof b.title === "string" || typeof b.payload === "string"))
      .map((b) => ({ title: String(b.title || b.payload), payload: String(b.payload || b.title) }));
    if (!text.trim() && !buttons.length) return;
    showTyping(false);
    disableReplies();
    const message = cleanMessage({ from: "bot", text, buttons });
    addMessage(message);
  }

  function onSessionConfirm(data) {
    const id = typeof data === "string" ? data : data && data.session_id;
    if (!SESSION_ID.test(id)) return;
    state.sessionId = id;
    confirmed = true;
    saveState(storageKey, state);
    if (lost) {
      lost = false;
      setStatus("reconnected", RECONNECTED_MS);
    } else if (statusKey === "connecting") {
      setStatus(null);
    }
    emitQueued();
  }

  function markLost() {
    confirmed = false;
    lost = true;
    setStatus("connection_lost");
  }

  function connect() {
    if (socket) return;
    lost = false;
    confirmed = false;
    setStatus("connecting");
    socket = io(config.server, { path: "/socket.io", forceNew: true, withCredentials: false });
    socket.on("connect", () => {
      confirmed = false;
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", onSessionConfirm);
    socket.on("bot_uttered", onBotUttered);
    socket.on("connect_error", markLost);
    socket.on("disconnect", (reason) => {
      markLost();
      // The server closed it: socket.io does not retry that on its own.
      if (reason === "io server disconnect" && socket) socket.connect();
    });
  }

  function disconnect() {
    if (!socket) return;
    const old = socket;
    socket = null;
    old.off();
    old.disconnect();
  }

  function start() {
    const info = languageInfo(state.language);
    view = "chat";
    state.messages = [];
    ui.log.textContent = "";
    setStatus(null);
    show();
    ui.input.focus();
    // The opener names the language; it is not shown (the welcome answers it).
    say(info ? info.name : state.language, null);
  }

  // Clears this device: storage, socket, screen; the server keeps the answers.
  function forget() {
    disconnect();
    queue = [];
    confirmed = false;
    lost = false;
    burstStart = null;
    clearState(storageKey);
    forgetBundles();
    state = { ...emptyState(state.language), open: state.open };
    view = "start";
    ui.log.textContent = "";
    ui.input.value = "";
    showTyping(false);
    showConfirm(false);
    show();
  }

  function endChat() {
    forget();
    setStatus("ended");
    ui.startLanguage.focus();
  }

  async function changeLanguage(code, announce) {
    const info = languageInfo(code);
    if (!info || code === state.language) return;
    chosen = true;
    state.language = code;
    saveState(storageKey, state);
    ui.language.value = code;
    ui.startLanguage.value = code;
    if (announce) say(info.name, info.name);
    await refreshStrings(code);
  }

  async function refreshStrings(code) {
    try {
      const next = await fetchBundle(config.assetBase, code);
      if (state.language === code || next.language === state.language) applyBundle(next);
    } catch (e) {
      // keep the texts we have; the direction follows the language at least
      const info = languageInfo(code);
      if (info && ui) ui.root.setAttribute("dir", info.dir);
      if (info && ui) ui.root.setAttribute("lang", bcp47(code));
    }
  }

  // ----- files -------------------------------------------------------------------------------

  function allowedFile(file) {
    const name = (file.name || "").toLowerCase();
    return FILE_TYPES.indexOf((file.type || "").toLowerCase()) >= 0 ||
      /\.(heic|pdf)$/.test(name);
  }

  async function upload(file) {
    burstStart = null;
    if (file.size > MAX_FILE_BYTES) return addMessage({ from: "error", text: t("file_too_large") });
    if (!allowedFile(file)) return addMessage({ from: "error", text: t("file_wrong_type") });
    const pending = addMessage({ from: "pending", text: t("uploading") });
    let answer = null;
    let ok = false;
    try {
      const body = new FormData();
      body.append("session_id", state.sessionId || "");
      body.append("file", file, file.name || "file");
      const response = await fetch(config.server + "/webhooks/widget/upload", {
        method: "POST", body, credentials: "omit", mode: "cors",
      });
      ok = response.ok;
      answer = await response.json().catch(() => null);
    } catch (e) {
      answer = null;
    }
    pending.remove();
    if (answer && typeof answer.message === "string" && answer.message.trim()) {
      addMessage({ from: ok && answer.ok === true ? "notice" : "error", text: answer.message });
    } else {
      addMessage({ from: "error", text: t("upload_failed") });
    }
  }

  // ----- start-up --------------------------------------------------------------------------

  function render(first) {
    if (ui) return applyBundle(first);
    bundle = first;
    build();
    applyBundle(first);
    show();
    renderAll();
    resize();
    if (state.open && view === "chat") setOpen(true, false);
    else state.open = false;
    ui.root.hidden = false;   // shown once widget.css applies (.pi-root { display: block })
  }

  // Another tab ended the chat: this one forgets it too.
  window.addEventListener("storage", (e) => {
    if (e.key === storageKey && e.newValue === null && state.sessionId && ui) forget();
  });

  // The language: the conversation's, else the tag's, else the browser's first one
  // we speak (matched against the server's list), else English.
  const storedLanguage = stored && stored.language;
  const wanted = storedLanguage ? [storedLanguage] : config.language ? [config.language]
    : (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]);
  const guess = String(wanted[0] || "en").replace(/-/g, "_");

  const cached = cachedBundle(guess);
  if (cached) {
    state.language = cached.language;
    render(cached);
    refreshStrings(state.language);
    return;
  }

  // First visit in this tab: draw nothing until the texts are here (or a few
  // seconds have passed), so nobody sees the widget in a language they did not ask for.
  const fallback = () => {
    if (ui) return;
    state.language = storedLanguage || guess;
    render(fallbackBundle());
  };
  const timer = setTimeout(fallback, STRINGS_WAIT_MS);
  (async () => {
    let first = await fetchBundle(config.assetBase, guess)
      .catch(() => fetchBundle(config.assetBase, "en"));
    const best = matchLanguage(wanted, first.languages) || "en";
    if (best !== first.language) first = await fetchBundle(config.assetBase, best);
    return first;
  })().then((first) => {
    clearTimeout(timer);
    if (ui && chosen) return;       // the texts came late and the person already chose
    state.language = first.language;
    render(first);
  }, () => {
    clearTimeout(timer);
    fallback();
  });
}

function boot() {
  if (document.getElementById(HOST_ID)) return;   // the tag was included twice
  widget(readConfig(SCRIPT));
}

if (document.body) boot();
else document.addEventListener("DOMContentLoaded", boot);
