import { type Language, LanguageSchema } from "../ai/provider";
import type { TriggerName } from "../domain/triggers/types";
import type { Persona, Tone } from "./persona";

/** The bot's fixed sentences in one language. */
export interface Phrases {
  greeting(name: string): string;
  /**
   * What the bot says when it has no confident answer. Worded so the trigger engine's reading of bot replies
   * (`botAdmitsFailure`) recognises it too: a transcript without flags still counts it as a failure.
   */
  decline: string;
  /** The sentence before a quoted passage; the concise tone has none. */
  answerLead: Record<Exclude<Tone, "concise">, (title: string) => string>;
  /** The handoff notice: intro, the plain-words reason of each trigger, what happens next. */
  handoff: { intro: string; reasons: Record<TriggerName, string>; next: string };
}

const PHRASES: Readonly<Record<Language, Phrases>> = {
  en: {
    greeting: (name) => `Hi, I'm ${name}, the virtual assistant. How can I help you today?`,
    decline:
      "I'm sorry, I couldn't find an answer to that in our help centre. Could you put it another way, or ask to talk to a person?",
    answerLead: {
      friendly: (title) => `Here's what I found in “${title}”:`,
      formal: (title) => `According to our article “${title}”:`,
    },
    handoff: {
      intro: "I'm handing you over to a member of our team",
      reasons: {
        explicit_request: "as you asked to talk to a person",
        keyword_rule: "because your request needs a person's attention",
        category: "because a specialist handles this kind of request",
        repeated_failure: "because I wasn't able to answer your questions",
        negative_sentiment: "because I can tell this has been frustrating, and a person can do more",
        turn_limit: "because we've been going back and forth for a while",
        risk: "so that a person can help you straight away",
      },
      next: "They will see our whole conversation, so you won't need to repeat anything.",
    },
  },
  es: {
    greeting: (name) => `¡Hola! Soy ${name}, el asistente virtual. ¿En qué puedo ayudarte?`,
    decline:
      "Lo siento, no encontré una respuesta a eso en nuestro centro de ayuda. ¿Puedes decirlo de otra forma, o pedir hablar con una persona?",
    answerLead: {
      friendly: (title) => `Esto es lo que encontré en «${title}»:`,
      formal: (title) => `Según nuestro artículo «${title}»:`,
    },
    handoff: {
      intro: "Te paso con una persona de nuestro equipo",
      reasons: {
        explicit_request: "como pediste hablar con una persona",
        keyword_rule: "porque tu solicitud necesita la atención de una persona",
        category: "porque este tipo de consultas lo atiende un especialista",
        repeated_failure: "porque no he podido responder a tus preguntas",
        negative_sentiment: "porque veo que esto está siendo frustrante y una persona puede hacer más",
        turn_limit: "porque llevamos un buen rato sin resolverlo",
        risk: "para que una persona te ayude cuanto antes",
      },
      next: "Verá toda nuestra conversación, así que no tendrás que repetir nada.",
    },
  },
  fr: {
    greeting: (name) => `Bonjour ! Je suis ${name}, l'assistant virtuel. Comment puis-je vous aider ?`,
    decline:
      "Désolé, je n'ai pas trouvé de réponse à cette question dans notre centre d'aide. Pouvez-vous la reformuler, ou demander à parler à une personne ?",
    answerLead: {
      friendly: (title) => `Voici ce que j'ai trouvé dans « ${title} » :`,
      formal: (title) => `D'après notre article « ${title} » :`,
    },
    handoff: {
      intro: "Je vous transfère à une personne de notre équipe",
      reasons: {
        explicit_request: "comme vous avez demandé à parler à quelqu'un",
        keyword_rule: "car votre demande nécessite l'attention d'une personne",
        category: "car ce type de demande est traité par un spécialiste",
        repeated_failure: "car je n'ai pas réussi à répondre à vos questions",
        negative_sentiment: "car je vois que c'est frustrant, et une personne pourra faire davantage",
        turn_limit: "car nous échangeons depuis un moment sans solution",
        risk: "pour qu'une personne vous aide sans attendre",
      },
      next: "Elle verra toute notre conversation : vous n'aurez rien à répéter.",
    },
  },
  de: {
    greeting: (name) => `Hallo! Ich bin ${name}, der virtuelle Assistent. Wie kann ich Ihnen helfen?`,
    decline:
      "Leider habe ich dazu keine Antwort in unserem Hilfe-Center gefunden. Können Sie es anders formulieren oder nach einer Person fragen?",
    answerLead: {
      friendly: (title) => `Das habe ich in „${title}“ gefunden:`,
      formal: (title) => `Laut unserem Artikel „${title}“:`,
    },
    handoff: {
      intro: "Ich übergebe Sie an eine Person aus unserem Team",
      reasons: {
        explicit_request: "da Sie mit einer Person sprechen möchten",
        keyword_rule: "da Ihr Anliegen die Aufmerksamkeit einer Person braucht",
        category: "da solche Anfragen von Fachleuten bearbeitet werden",
        repeated_failure: "da ich Ihre Fragen nicht beantworten konnte",
        negative_sentiment: "da ich merke, dass das frustrierend ist, und eine Person mehr tun kann",
        turn_limit: "da wir schon eine Weile hin und her schreiben",
        risk: "damit Ihnen sofort eine Person hilft",
      },
      next: "Sie sieht unser ganzes Gespräch, Sie müssen also nichts wiederholen.",
    },
  },
  pt: {
    greeting: (name) => `Olá! Sou ${name}, o assistente virtual. Como posso ajudar?`,
    decline:
      "Desculpe, não encontrei uma resposta para isso na nossa central de ajuda. Pode dizer de outra forma, ou pedir para falar com uma pessoa?",
    answerLead: {
      friendly: (title) => `Eis o que encontrei em “${title}”:`,
      formal: (title) => `De acordo com o nosso artigo “${title}”:`,
    },
    handoff: {
      intro: "Vou transferir você para uma pessoa da nossa equipe",
      reasons: {
        explicit_request: "já que você pediu para falar com uma pessoa",
        keyword_rule: "porque o seu pedido precisa da atenção de uma pessoa",
        category: "porque este tipo de pedido é tratado por um especialista",
        repeated_failure: "porque não consegui responder às suas perguntas",
        negative_sentiment: "porque vejo que isto está sendo frustrante, e uma pessoa pode fazer mais",
        turn_limit: "porque já estamos há algum tempo nisso",
        risk: "para que uma pessoa ajude você o quanto antes",
      },
      next: "Ela verá toda a nossa conversa, então você não precisará repetir nada.",
    },
  },
  it: {
    greeting: (name) => `Ciao! Sono ${name}, l'assistente virtuale. Come posso aiutarti?`,
    decline:
      "Mi dispiace, non ho trovato una risposta nel nostro centro assistenza. Puoi riformulare la domanda, o chiedere di parlare con una persona?",
    answerLead: {
      friendly: (title) => `Ecco cosa ho trovato in «${title}»:`,
      formal: (title) => `Secondo il nostro articolo «${title}»:`,
    },
    handoff: {
      intro: "Ti passo a una persona del nostro team",
      reasons: {
        explicit_request: "come hai chiesto di parlare con una persona",
        keyword_rule: "perché la tua richiesta ha bisogno dell'attenzione di una persona",
        category: "perché questo tipo di richieste lo gestisce uno specialista",
        repeated_failure: "perché non sono riuscito a rispondere alle tue domande",
        negative_sentiment: "perché vedo che è frustrante, e una persona può fare di più",
        turn_limit: "perché ne stiamo parlando da un po' senza risolvere",
        risk: "perché una persona ti aiuti subito",
      },
      next: "Vedrà tutta la nostra conversazione, quindi non dovrai ripetere nulla.",
    },
  },
};

/** The bot's phrases in `language` (ISO 639-1); English for any language Baton does not speak. */
export function phrases(language: string): Phrases {
  const parsed = LanguageSchema.safeParse(language);
  return PHRASES[parsed.success ? parsed.data : "en"];
}

/**
 * What the bot tells the customer when a person takes over: that it happens, why in plain words, and that
 * nothing needs repeating. `trigger` is the engine's decision trigger; null gives the notice without a reason.
 */
export function handoffNotice(language: string, trigger: TriggerName | null): string {
  const { intro, reasons, next } = phrases(language).handoff;
  return trigger ? `${intro} ${reasons[trigger]}. ${next}` : `${intro}. ${next}`;
}

/** The conversation's first bot message: the workspace's own greeting, or the built-in one in `language`. */
export function greeting(persona: Pick<Persona, "name" | "greeting">, language: string): string {
  return persona.greeting ?? phrases(language).greeting(persona.name);
}
