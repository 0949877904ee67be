/**
 * The JSON of a socket frame, or null when it is not JSON (the schema then reports it as invalid). Kept apart
 * from the schemas so a client that validates with lighter ones (the widget) does not carry them.
 */
export function parseFrame(raw: string | ArrayBuffer): unknown {
  try {
    return JSON.parse(typeof raw === "string" ? raw : new TextDecoder().decode(raw));
  } catch {
    return null;
  }
}
