// The widget's own texts come from the server (/widget/strings/<code>.json, from
// the catalogs). FALLBACK is only what shows when that request fails.

export const FALLBACK = {
  launcher: "Chat with us",
  title: "Medical parole help",
  subtitle: "Legal information, not legal advice.",
  close: "Close chat",
  language: "Language",
  choose_language: "Choose your language",
  start: "Start",
  privacy: "Your answers go to the legal team of {clinic} and are kept private.",
  input_label: "Your message",
  placeholder: "Type your answer",
  send: "Send",
  attach: "Attach a photo or PDF",
  attach_hint: "Photos (JPG, PNG, HEIC) or PDF, up to 10 MB.",
  file_too_large: "This file is too large. Please send a file smaller than 10 MB.",
  file_wrong_type: "I can only take photos (JPG, PNG, HEIC) and PDF files.",
  uploading: "Sending your file\u2026",
  upload_failed: "Your file was not sent. Please try again.",
  typing: "The assistant is writing\u2026",
  connecting: "Connecting\u2026",
  connection_lost: "Connection lost. Retrying\u2026",
  reconnected: "Connected again.",
  end: "End chat",
  end_confirm: "End this chat and remove it from this device? Your answers stay with the legal team.",
  end_yes: "Yes, end it",
  end_no: "Keep chatting",
  ended: "This chat was removed from this device.",
  you: "You:",
  assistant: "Assistant:",
};

export const ENGLISH = { code: "en", name: "English", dir: "ltr" };

export function fallbackBundle() {
  return { language: "en", dir: "ltr", strings: FALLBACK, languages: [ENGLISH], fallback: true };
}

// "pt_BR" -> "pt-BR": our codes are catalog folder names, `lang` wants BCP 47.
export const bcp47 = (code) => String(code || "en").replace(/_/g, "-");

const norm = (code) => bcp47(code).toLowerCase();
const base = (code) => norm(code).split("-")[0];

// The first wanted language we speak: exactly ("pt-BR" for pt_BR), else by its
// base language ("pt-PT" -> pt_BR, "fa-IR" -> fa_AF).
export function matchLanguage(wanted, languages) {
  for (const w of wanted) {
    if (!w) continue;
    const exact = languages.find((l) => norm(l.code) === norm(w));
    if (exact) return exact.code;
    const near = languages.find((l) => base(l.code) === base(w));
    if (near) return near.code;
  }
  return null;
}

// The server's answer, checked: only strings, every key present.
export function cleanBundle(data) {
  if (!data || typeof data !== "object" || !data.strings || typeof data.strings !== "object") {
    return null;
  }
  const strings = {};
  for (const key in FALLBACK) {
    const text = data.strings[key];
    strings[key] = typeof text === "string" && text ? text : FALLBACK[key];
  }
  const languages = (Array.isArray(data.languages) ? data.languages : [])
    .filter((l) => l && typeof l.code === "string" && typeof l.name === "string" && l.code)
    .map((l) => ({ code: l.code, name: l.name, dir: l.dir === "rtl" ? "rtl" : "ltr" }));
  return {
    language: typeof data.language === "string" && data.language ? data.language : "en",
    dir: data.dir === "rtl" ? "rtl" : "ltr",
    strings,
    languages: languages.length ? languages : [ENGLISH],
  };
}

// Bundles already fetched in this tab survive a reload in sessionStorage (so a
// reloaded conversation is drawn at once in its language); "End chat" forgets them.
const CACHE_PREFIX = "parole-intake-strings:";
const memory = new Map();

function session() {
  try {
    return window.sessionStorage;
  } catch (e) {
    return null;
  }
}

export function cachedBundle(code) {
  if (memory.has(code)) return memory.get(code);
  try {
    const raw = session() && session().getItem(CACHE_PREFIX + code);
    const bundle = raw ? cleanBundle(JSON.parse(raw)) : null;
    if (bundle && bundle.language === code) {
      memory.set(code, bundle);
      return bundle;
    }
  } catch (e) {
    // unreadable cache: fetch again
  }
  return null;
}

export function forgetBundles() {
  memory.clear();
  const store = session();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key && key.indexOf(CACHE_PREFIX) === 0) store.removeItem(key);
    }
  } catch (e) {
    // nothing to forget
  }
}

export async function fetchBundle(assetBase, code) {
  const url = `${assetBase}/widget/strings/${encodeURIComponent(code || "en")}.json`;
  const response = await fetch(url, { credentials: "omit" });
  if (!response.ok) throw new Error(`strings ${response.status}`);
  const bundle = cleanBundle(await response.json());
  if (!bundle) throw new Error("strings: bad answer");
  memory.set(bundle.language, bundle);
  try {
    const store = session();
    if (store) store.setItem(CACHE_PREFIX + bundle.language, JSON.stringify(bundle));
  } catch (e) {
    // storage full or blocked: the memory copy will do
  }
  return bundle;
}
