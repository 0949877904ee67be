import type { LanguagePack } from "./types";

export const pt: LanguagePack = {
  code: "pt",
  functionWords:
    "o os as que com para nao um uma eu meu minha ola obrigado obrigada quero preciso falar voce tem posso esse isso ajuda estou consigo nada ninguem mais pelo pela seu sua foi ja".split(
      " ",
    ),
  letters: /[ãõ]/,
  negators: ["nao", "nunca", "sem", "nem", "jamais", "ninguem", "nada", "nenhum", "nenhuma"],
  ability: ["posso", "pode", "podemos", "consigo", "deixa"],
  contrast: ["mas", "porem", "contudo"],
  textspeak: {
    vc: "voce",
    vcs: "voces",
    pq: "porque",
    tb: "tambem",
    tbm: "tambem",
    q: "que",
    blz: "beleza",
    n: "nao",
    naum: "nao",
    hj: "hoje",
    cmg: "comigo",
    mto: "muito",
    mt: "muito",
    td: "tudo",
    qdo: "quando",
    msg: "mensagem",
    obg: "obrigado",
    pfv: "por favor",
    pf: "por favor",
    ngm: "ninguem",
    oq: "o que",
  },
};
