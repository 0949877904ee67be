import type { z } from "zod";
import { DEFAULT_PERSONA, type Persona, PersonaSchema } from "../bot/persona";
import { type Reps, RepsSchema } from "../bot/reps";
import { DEFAULT_RULES, type Rules, RulesSchema } from "./rules";
import { DEFAULT_SETTINGS, type WorkspaceSettings, WorkspaceSettingsSchema } from "./settings";

/** The documents a conversation reads: handoff rules, the bot's persona, routing and hours settings, AI reps. */
export interface WorkspaceConfigDocs {
  rules: Rules;
  persona: Persona;
  settings: WorkspaceSettings;
  reps: Reps;
}
export type ConfigDocument = keyof WorkspaceConfigDocs;

/** A stored document that does not validate: kept as it is, reported, never silently swapped for defaults. */
export interface ConfigProblem {
  document: ConfigDocument;
  message: string;
}

const SCHEMAS: { [K in ConfigDocument]: z.ZodType<WorkspaceConfigDocs[K]> } = {
  rules: RulesSchema,
  persona: PersonaSchema,
  settings: WorkspaceSettingsSchema,
  reps: RepsSchema,
};

export const DEFAULT_CONFIG: WorkspaceConfigDocs = {
  rules: DEFAULT_RULES,
  persona: DEFAULT_PERSONA,
  settings: DEFAULT_SETTINGS,
  reps: [],
};

/**
 * One stored document (a JSON column) read with its schema. Never saved (null) is the defaults; one that no
 * longer validates is a problem, with the value null so the caller decides what stands in for it.
 */
export function parseStoredDocument<K extends ConfigDocument>(
  document: K,
  stored: unknown,
): { value: WorkspaceConfigDocs[K] | null; problem: ConfigProblem | null } {
  if (stored === null || stored === undefined) return { value: DEFAULT_CONFIG[document], problem: null };
  const parsed = SCHEMAS[document].safeParse(stored);
  if (parsed.success) return { value: parsed.data, problem: null };
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(document)"}: ${i.message}`);
  return {
    value: null,
    problem: {
      document,
      message: `The stored ${document} no longer validate (${issues.join("; ")}); save them again to fix`,
    },
  };
}

/** The stored documents of a workspace, each parsed, with what is wrong with them. */
export function parseStoredConfig(row: Partial<Record<ConfigDocument, unknown>>): {
  docs: { [K in ConfigDocument]: WorkspaceConfigDocs[K] | null };
  problems: ConfigProblem[];
} {
  const rules = parseStoredDocument("rules", row.rules);
  const persona = parseStoredDocument("persona", row.persona);
  const settings = parseStoredDocument("settings", row.settings);
  const reps = parseStoredDocument("reps", row.reps);
  return {
    docs: { rules: rules.value, persona: persona.value, settings: settings.value, reps: reps.value },
    problems: [rules.problem, persona.problem, settings.problem, reps.problem].filter((p) => p !== null),
  };
}

/**
 * What a conversation uses: each valid document as stored; for one that does not validate, the last valid
 * one this conversation saw (a bad save must not change how chats are handled), or the defaults if it
 * never saw one.
 */
export function configInForce(
  docs: { [K in ConfigDocument]: WorkspaceConfigDocs[K] | null },
  lastGood: WorkspaceConfigDocs | null,
): WorkspaceConfigDocs {
  const fallback = lastGood ?? DEFAULT_CONFIG;
  return {
    rules: docs.rules ?? fallback.rules,
    persona: docs.persona ?? fallback.persona,
    settings: docs.settings ?? fallback.settings,
    reps: docs.reps ?? fallback.reps,
  };
}
