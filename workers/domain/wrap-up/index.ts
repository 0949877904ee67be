import type { Language } from "../../ai/provider";
import { resolveLanguage } from "../notices/index";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";
import type { WrapUpPhrases } from "./types";

export type { WrapUpPhrases } from "./types";

const TABLES: Readonly<Record<Language, WrapUpPhrases>> = { en, es, fr, de, pt, it };

/** The wrap-up's words for the conversation's language (English for one Baton does not speak). */
export function wrapUpPhrases(language: string): WrapUpPhrases {
  return TABLES[resolveLanguage(language)];
}
