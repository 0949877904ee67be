import type { WrapUpPhrases } from "./types";

export const es: WrapUpPhrases = {
  name: "Spanish",
  commitment:
    /\b((enviar|mandar|escribir|llamar|confirmar|avisar|contactar|revisar|devolver|comprobar)(e|emos)|(voy|vamos) a (enviar|mandar|escribir|llamar|confirmar|avisar|contactar|revisar|devolver|comprobar)|me pondre en contacto|nos pondremos en contacto|seguimiento|manana|(la )?proxima semana|la semana que viene|en \d+ (horas|dias)|antes del? (lunes|martes|miercoles|jueves|viernes|fin de))\b/,
  smallTalk:
    /^(hola|gracias|muchas gracias|de nada|adios|hasta luego|buen(os|as) (dias|tardes|noches)|que tengas? un buen dia)\b/,
};
