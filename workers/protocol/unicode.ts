/** A UTF-16 surrogate without its other half: it has no UTF-8 form, so storage would rewrite it as U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Where the first lone surrogate sits in a parsed JSON value (a string, or an object's key), as a field
 * path, or null when there is none. Text with one is refused rather than stored changed: JSON may escape
 * it (`"\ud800"`), but SQLite, D1 and every socket carry UTF-8, which cannot.
 */
export function loneSurrogatePath(
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? [...path] : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = loneSurrogatePath(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, key];
      const found = loneSurrogatePath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export const LONE_SURROGATE_REASON =
  "contains a lone surrogate (half of a UTF-16 pair), which cannot be stored as sent";
