import { sha256Hex, toBase64Url } from "./encoding";

/**
 * API keys are 256-bit random strings, so a plain SHA-256 is enough to store them: unlike passwords they
 * cannot be guessed from a dictionary, and a fast hash keeps the per-request lookup cheap.
 */
export function generateApiKey(): string {
  return `bk_${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

export const hashApiKey = sha256Hex;

export function apiKeyPrefix(key: string): string {
  return key.slice(0, 8);
}
