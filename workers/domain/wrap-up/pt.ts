import type { WrapUpPhrases } from "./types";

export const pt: WrapUpPhrases = {
  name: "Portuguese",
  commitment:
    /\b((enviar|mandar|ligar|confirmar|escrever|retornar|verificar|reembolsar|avisar)(ei|emos)|(vou|vamos) (te |lhe )?(enviar|mandar|ligar|confirmar|escrever|retornar|verificar|reembolsar|avisar)|(entrarei|entraremos) em contato|amanha|(a )?proxima semana|semana que vem|em \d+ (horas|dias)|ate (segunda|terca|quarta|quinta|sexta|o fim))\b/,
  smallTalk:
    /^(ola|oi|obrigad[oa]|muito obrigad[oa]|de nada|tchau|ate logo|bom dia|boa (tarde|noite)|tenha um (bom|otimo) dia)\b/,
};
