// The clinic's accent colour and the colours derived from it so that text keeps a
// contrast of at least 4.5:1 (WCAG 2.1 AA) whatever colour a clinic picks.

export const DEFAULT_ACCENT = "#0b5cad";

// Any CSS colour a browser understands, as [r, g, b] (0-255), or null. The 2D
// canvas normalises named, hsl() and rgb() colours without touching the DOM.
export function parseColor(value) {
  let ctx;
  try {
    ctx = document.createElement("canvas").getContext("2d");
  } catch (e) {
    ctx = null;
  }
  if (!ctx || typeof value !== "string" || !value.trim()) return null;
  const sentinel = "#010203";
  ctx.fillStyle = sentinel;
  ctx.fillStyle = value.trim();
  const out = String(ctx.fillStyle);
  if (out === sentinel && value.trim().toLowerCase() !== sentinel) return null;
  let m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(out);
  if (m) return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/.exec(out);
  return m ? [+m[1], +m[2], +m[3]].map((c) => Math.round(Math.min(255, c))) : null;
}

function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const css = (rgb) => `rgb(${rgb.join(", ")})`;

// accent: the clinic's colour (backgrounds); onAccent: black or white text on it;
// ink: the accent darkened until it reads as text on white (links, borders, the
// send button's background under white text).
export function accentColors(value) {
  const accent = parseColor(value) || parseColor(DEFAULT_ACCENT) || [11, 92, 173];
  const onAccent = contrast(accent, WHITE) >= contrast(accent, BLACK) ? WHITE : BLACK;
  let ink = accent;
  for (let i = 0; i < 40 && contrast(ink, WHITE) < 4.6; i++) {
    ink = ink.map((c) => Math.floor(c * 0.9));
  }
  return { accent: css(accent), onAccent: css(onAccent), ink: css(ink) };
}
