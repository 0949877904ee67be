const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** A random, URL-safe id with a readable prefix (`cv_…`, `ws_…`), 120 bits of entropy. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let out = "";
  for (const b of bytes) out += ALPHABET[b & 31];
  return `${prefix}_${out}`;
}

export const CONVERSATION_ID = /^cv_[0-9a-z]{24}$/;
