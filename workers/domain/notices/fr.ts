import type { NoticePhrases } from "./types";

/** Vouvoiement, like the bot's own French phrases; worded to avoid gendering the customer or the agent. */
export const fr: NoticePhrases = {
  next: "Vous êtes en tête de file.",
  position: (n) => `Vous êtes en position ${n} dans la file d'attente.`,
  wait: (duration) => `Attente estimée : ${duration}.`,
  durations: {
    under_minute: "moins d'une minute",
    minute: "environ une minute",
    minutes: (n) => `environ ${n} minutes`,
    hour: "environ une heure",
    hours: (n) => `environ ${n} heures`,
  },
  email: {
    long_wait: "L'attente risque d'être un peu longue, mais rien ne vous oblige à rester ici.",
    nobody_online: "Aucun membre de notre équipe n'est disponible pour le moment.",
    closed: "Nous sommes fermés pour le moment.",
    reopens: ({ date, time }) => `Nous serons de retour le ${date} à ${time}.`,
    invite: "Laissez-nous votre adresse e-mail et nous vous répondrons par e-mail.",
  },
  emailCaptured: (email) => `Merci ! Nous vous répondrons à ${email} dès que possible.`,
  agentJoined: (agent, team) =>
    team
      ? `${agent}, de l'équipe ${team}, a rejoint la conversation.`
      : `${agent} a rejoint la conversation.`,
  reassigning: {
    agent_timeout:
      "Désolés pour l'attente : nous vous mettons en relation avec une autre personne de l'équipe.",
    agent_lost:
      "Désolés, la connexion avec la personne qui vous répondait a été perdue : nous vous mettons en relation avec quelqu'un d'autre.",
    transfer:
      "Nous vous transférons à une personne de l'équipe qui pourra vous aider. Elle verra toute la conversation.",
  },
  csat: "Votre avis compte : notez cette conversation de 1 à 5.",
  rated: (score) => `Vous avez noté cette discussion ${score} sur 5.`,
  resolved:
    "Cette conversation est maintenant résolue. Si vous avez besoin d'autre chose, écrivez-nous à nouveau.",
};
