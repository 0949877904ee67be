import type { NoticePhrases } from "./types";

/** Tu, like the bot's own Italian phrases; worded to avoid gendering the customer or the agent. */
export const it: NoticePhrases = {
  next: "Sei al primo posto in coda.",
  position: (n) => `Sei in posizione ${n} nella coda.`,
  wait: (duration) => `L'attesa è di ${duration}.`,
  durations: {
    under_minute: "meno di un minuto",
    minute: "circa un minuto",
    minutes: (n) => `circa ${n} minuti`,
    hour: "circa un'ora",
    hours: (n) => `circa ${n} ore`,
  },
  email: {
    long_wait: "Potrebbe volerci un po' prima che qualcuno sia libero, ma non devi restare qui ad aspettare.",
    nobody_online: "Al momento non c'è nessuno del team disponibile.",
    closed: "Al momento siamo chiusi.",
    reopens: ({ date, time }) => `Riapriamo ${date} alle ${time}.`,
    invite: "Lasciaci la tua email e ti risponderemo lì.",
  },
  emailCaptured: (email) => `Grazie! Ti risponderemo a ${email} il prima possibile.`,
  agentJoined: (agent, team) =>
    team ? `Ora sei in chat con ${agent} del team ${team}.` : `Ora sei in chat con ${agent}.`,
  reassigning: {
    agent_timeout: "Scusa l'attesa: ti stiamo mettendo in contatto con un'altra persona del team.",
    agent_lost:
      "Scusa, si è interrotta la connessione con chi ti stava rispondendo: ti mettiamo in contatto con un'altra persona.",
    transfer: "Ti stiamo passando a una persona del team che può aiutarti. Vedrà tutta la conversazione.",
  },
  csat: "Com'è andata? Valuta questa chat da 1 a 5.",
  rated: (score) => `Hai valutato questa chat ${score} su 5.`,
  resolved: "Questa chat è stata risolta. Se ti serve altro, scrivici di nuovo.",
};
