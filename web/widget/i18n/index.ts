import { en, type Strings } from "./en";

export type { Strings };

/** The languages the widget speaks besides English, and each one's versioned file (set by the build). */
declare const __BATON_LANGUAGES__: Record<string, string>;

/** Fills `{slot}`s: fmt("{n} new", {n: 3}). */
export function fmt(text: string, slots: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => String(slots[name] ?? all));
}

/**
 * The customer's language: the one the tag names (`data-language`), else the browser's (the customer's own
 * choice), else the page's (`<html lang>`); its first part (`pt-BR` is Portuguese). English when the widget
 * speaks none of them.
 */
export function pickLanguage(tagged: string | undefined): string {
  const wanted = [tagged, ...navigator.languages, document.documentElement.lang];
  for (const tag of wanted) {
    const code = tag?.slice(0, 2).toLowerCase();
    if (code && (code === "en" || code in __BATON_LANGUAGES__)) return code;
  }
  return "en";
}

/** The sentences in `language`, fetched once from the versioned file; English if that fails. */
export async function loadStrings(base: URL, language: string): Promise<Strings> {
  const file = __BATON_LANGUAGES__[language];
  if (!file) return en;
  try {
    const res = await fetch(new URL(file, base));
    return res.ok ? { ...en, ...((await res.json()) as Partial<Strings>) } : en;
  } catch {
    return en;
  }
}
