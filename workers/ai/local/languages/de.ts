import type { LanguagePack } from "./types";

export const de: LanguagePack = {
  code: "de",
  functionWords:
    "der die das und ich nicht mit ist ein einem einen eine bitte danke hallo kann mein meine sie wie wir zu auf mochte sprechen".split(
      " ",
    ),
  letters: /[ßäöü]/,
  negators: [
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "nie",
    "niemals",
    "ohne",
    "niemand",
    "nichts",
  ],
  ability: ["kann", "kannst", "konnen", "konnte", "lasst", "klappt", "geht"],
  contrast: ["aber", "sondern", "doch", "jedoch"],
  textspeak: {
    bzw: "beziehungsweise",
    vllt: "vielleicht",
    evtl: "eventuell",
    nen: "einen",
    ne: "eine",
    gibts: "gibt es",
    gehts: "geht es",
    hab: "habe",
    kannst: "kannst",
    nix: "nichts",
    grad: "gerade",
    mfg: "mit freundlichen grussen",
  },
};
