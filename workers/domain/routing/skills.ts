/**
 * The rules' category → skill mapping. `null` means any agent may answer. Categories are the ones the
 * classifier emits (`CategorySchema` in workers/ai/provider.ts); an unknown category falls back to anyone
 * rather than to a skill nobody has.
 */
export const DEFAULT_SKILL_BY_CATEGORY: Readonly<Record<string, string | null>> = {
  general: null,
  billing: "billing",
  technical: "technical",
  sales: "sales",
  legal: "legal",
  account: "account",
};

/** The skill a conversation of this category needs, with the workspace's overrides applied first. */
export function skillForCategory(
  category: string,
  overrides: Readonly<Record<string, string | null>> = {},
): string | null {
  if (Object.hasOwn(overrides, category)) return overrides[category] ?? null;
  return DEFAULT_SKILL_BY_CATEGORY[category] ?? null;
}
