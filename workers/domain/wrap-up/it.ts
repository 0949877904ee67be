import type { WrapUpPhrases } from "./types";

export const it: WrapUpPhrases = {
  name: "Italian",
  commitment:
    /\b((invi|mand|chiam|richiam|conferm|scriv|ricontatt|verifich|rimbors)(ero|eremo)|(le|ti|vi) faro sapere|vi faremo sapere|domani|(la )?prossima settimana|entro \d+|entro (lunedi|martedi|mercoledi|giovedi|venerdi|la fine))\b/,
  smallTalk:
    /^(ciao|buongiorno|buonasera|salve|grazie|grazie mille|prego|arrivederci|buona (giornata|serata))\b/,
};
