import { de } from "./de";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { pt } from "./pt";

/** The languages emitted by the build as separate files (English is in the widget itself). */
export const LANGUAGES = { de, es, fr, it, pt };
