import type { LanguagePack } from "./types";

export const fr: LanguagePack = {
  code: "fr",
  functionWords:
    "le les des du et je vous est pas une avec pour mon ma bonjour merci est-ce qui c'est j'ai parler ne au votre".split(
      " ",
    ),
  letters: /[œêâîûë]/,
  negators: ["pas", "jamais", "sans", "ni", "aucun", "aucune", "rien"],
  ability: ["peux", "peut", "pouvons", "arrive", "parviens", "laisse"],
  contrast: ["mais", "pourtant", "cependant"],
  textspeak: {
    stp: "s'il te plait",
    svp: "s'il vous plait",
    pk: "pourquoi",
    pq: "pourquoi",
    pcq: "parce que",
    jsp: "je sais pas",
    c: "c'est",
    g: "j'ai",
    tt: "tout",
    bcp: "beaucoup",
    qqn: "quelqu'un",
    qq: "quelque",
    mtn: "maintenant",
    dc: "donc",
    ds: "dans",
    ya: "il y a",
    jpp: "j'en peux plus",
  },
};
