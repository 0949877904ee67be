import type { LanguagePack } from "./types";

export const es: LanguagePack = {
  code: "es",
  functionWords:
    "el los las del que y con para mi es una hola gracias quiero necesito puedo como tengo hablar esta estoy cuenta pero muy hay".split(
      " ",
    ),
  letters: /[ñ¿¡]/,
  negators: ["no", "nunca", "sin", "jamas", "ni", "tampoco", "nadie", "nada"],
  ability: ["puedo", "puede", "podemos", "consigo", "logro", "deja", "permite"],
  contrast: ["pero", "sino", "aunque"],
  textspeak: {
    q: "que",
    k: "que",
    xq: "porque",
    pq: "porque",
    porq: "porque",
    tb: "tambien",
    tmb: "tambien",
    porfa: "por favor",
    xfa: "por favor",
    pls: "por favor",
    x: "por",
    d: "de",
    dnd: "donde",
    xa: "para",
    pa: "para",
    toy: "estoy",
    nd: "nada",
    salu2: "saludos",
  },
};
