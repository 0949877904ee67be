/**
 * Limits the server enforces and clients state, in a module without schemas so the widget can import them
 * without zod's classic build.
 */

/** Longest message text accepted from anyone; longer text is refused with 413, never truncated. */
export const MAX_TEXT_LENGTH = 4000;
