// The conversation kept on this device (localStorage), so a reload or a closed tab
// goes on with the same session: {sessionId, language, messages, open}.

export const SESSION_ID = /^[0-9a-f]{32}$/;
export const MAX_MESSAGES = 200;
const FROM = ["user", "bot", "notice"];

function local() {
  try {
    return window.localStorage;
  } catch (e) {
    return null;
  }
}

function cleanButtons(buttons) {
  if (!Array.isArray(buttons)) return undefined;
  const clean = buttons
    .filter((b) => b && typeof b.title === "string" && typeof b.payload === "string")
    .map((b) => ({ title: b.title, payload: b.payload }));
  return clean.length ? clean : undefined;
}

export function cleanMessage(m) {
  if (!m || FROM.indexOf(m.from) < 0 || typeof m.text !== "string") return null;
  const message = { from: m.from, text: m.text };
  const buttons = cleanButtons(m.buttons);
  if (buttons) message.buttons = buttons;
  return message;
}

export function emptyState(language) {
  return { sessionId: null, language, messages: [], open: false };
}

export function loadState(key) {
  try {
    const store = local();
    const raw = store && store.getItem(key);
    if (!raw) return null;
    const data = JSON.parse(raw);
    if (!data || !SESSION_ID.test(data.sessionId)) return null;
    return {
      sessionId: data.sessionId,
      language: typeof data.language === "string" ? data.language : null,
      messages: (Array.isArray(data.messages) ? data.messages : [])
        .map(cleanMessage).filter(Boolean).slice(-MAX_MESSAGES),
      open: data.open === true,
    };
  } catch (e) {
    return null;
  }
}

export function saveState(key, state) {
  // Nothing is written before the server has given a session: opening the panel
  // and looking at the start screen leaves no trace on the device.
  if (!state.sessionId) return;
  try {
    const store = local();
    if (store) {
      store.setItem(key, JSON.stringify({
        sessionId: state.sessionId,
        language: state.language,
        messages: state.messages.slice(-MAX_MESSAGES),
        open: state.open,
      }));
    }
  } catch (e) {
    // storage full or blocked: the conversation still works in this tab
  }
}

export function clearState(key) {
  try {
    const store = local();
    if (store) store.removeItem(key);
  } catch (e) {
    // nothing stored
  }
}
