import type { NoticePhrases } from "./types";

/** Tuteo, like the bot's own Spanish phrases; worded to avoid gendering the customer or the agent. */
export const es: NoticePhrases = {
  next: "Estás en el primer puesto de la fila.",
  position: (n) => `Estás en el puesto ${n} de la fila.`,
  wait: (duration) => `La espera es de ${duration}.`,
  durations: {
    under_minute: "menos de un minuto",
    minute: "un minuto, más o menos",
    minutes: (n) => `unos ${n} minutos`,
    hour: "una hora, más o menos",
    hours: (n) => `unas ${n} horas`,
  },
  email: {
    long_wait: "Puede que tardemos un poco en atenderte, y no hace falta que esperes aquí.",
    nobody_online: "Ahora mismo no hay nadie del equipo disponible.",
    closed: "Ahora mismo estamos cerrados.",
    reopens: ({ date, time }) => `Volvemos el ${date} a las ${time}.`,
    invite: "Déjanos tu email y te responderemos por correo.",
  },
  emailCaptured: (email) => `¡Gracias! Te responderemos a ${email} lo antes posible.`,
  agentJoined: (agent, team) =>
    team ? `${agent}, del equipo ${team}, se ha unido al chat.` : `${agent} se ha unido al chat.`,
  reassigning: {
    agent_timeout: "Perdona la espera: te estamos pasando con otra persona del equipo.",
    agent_lost: "Perdona, se ha cortado la conexión con la persona que te atendía: te pasamos con otra.",
    transfer: "Te estamos pasando con alguien del equipo que puede ayudarte. Verá toda la conversación.",
  },
  csat: "¿Qué tal te hemos atendido? Valora este chat del 1 al 5.",
  rated: (score) => `Has valorado este chat con un ${score} de 5.`,
  resolved: "Hemos dado este chat por resuelto. Si necesitas algo más, vuelve a escribirnos.",
};
