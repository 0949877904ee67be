import type { LanguagePack } from "./types";

export const it: LanguagePack = {
  code: "it",
  functionWords:
    "il lo gli di che con per non un una io mio mia ciao grazie vorrei posso parlare sono questo ho mi si della".split(
      " ",
    ),
  letters: /[ìò]|(?:^|\s)è(?:\s|$)/,
  negators: ["non", "mai", "senza", "nessuno", "niente", "nulla", "neanche", "nemmeno"],
  ability: ["posso", "puo", "possiamo", "riesco", "riusciamo", "lascia"],
  contrast: ["ma", "pero", "tuttavia", "invece"],
  textspeak: {
    cmq: "comunque",
    xke: "perche",
    xche: "perche",
    perke: "perche",
    nn: "non",
    grz: "grazie",
    tt: "tutto",
    qlc: "qualcuno",
    qlcn: "qualcuno",
    ke: "che",
    x: "per",
    dv: "dove",
    tvb: "ti voglio bene",
    sn: "sono",
  },
};
