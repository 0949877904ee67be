/**
 * The workspace's brand colour (`data-color`) fills the launcher, the header, the customer's bubbles and the
 * buttons; the text on it is white or black, whichever reads better. One of the two always reaches WCAG's 4.5:1
 * (the worst colour gives 4.58:1 with both), so no brand colour makes the widget unreadable.
 */

/** The default brand colour, also used when `data-color` is not a hex colour. */
export const DEFAULT_ACCENT = "#4f46e5";

/** `#rgb` or `#rrggbb` as 0–255 channels; null for anything else (the tag's value never reaches CSS unread). */
export function parseHex(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (WCAG 2). */
function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];

/** The brand colour to use and the text colour that reads on it. */
export function brandColours(color: string | undefined): { accent: string; onAccent: string } {
  const rgb = color ? parseHex(color) : null;
  const accent = rgb && color ? color.trim() : DEFAULT_ACCENT;
  const fill = rgb ?? (parseHex(DEFAULT_ACCENT) as [number, number, number]);
  return { accent, onAccent: contrastRatio(fill, WHITE) >= contrastRatio(fill, BLACK) ? "#fff" : "#000" };
}
