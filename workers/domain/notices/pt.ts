import type { NoticePhrases } from "./types";

/** Brazilian Portuguese with "você", like the bot's own phrases; worded to avoid gendering the customer. */
export const pt: NoticePhrases = {
  next: "Você está em primeiro lugar na fila.",
  position: (n) => `Você está na posição ${n} da fila.`,
  wait: (duration) => `Tempo de espera estimado: ${duration}.`,
  durations: {
    under_minute: "menos de um minuto",
    minute: "cerca de um minuto",
    minutes: (n) => `cerca de ${n} minutos`,
    hour: "cerca de uma hora",
    hours: (n) => `cerca de ${n} horas`,
  },
  email: {
    long_wait: "Pode demorar um pouco até alguém ficar livre, e você não precisa esperar aqui.",
    nobody_online: "No momento não há ninguém da equipe disponível.",
    closed: "Estamos fechados no momento.",
    reopens: ({ date, time }) => `Voltamos a atender ${date}, às ${time}.`,
    invite: "Deixe seu e-mail e responderemos por lá.",
  },
  emailCaptured: (email) => `Obrigado! Vamos responder para ${email} o quanto antes.`,
  agentJoined: (agent, team) =>
    team ? `${agent}, da equipe ${team}, entrou no chat.` : `${agent} entrou no chat.`,
  reassigning: {
    agent_timeout: "Desculpe a demora — estamos conectando você com outra pessoa da equipe.",
    agent_lost:
      "Desculpe, a conexão com quem estava atendendo você caiu — estamos conectando você com outra pessoa.",
    transfer:
      "Estamos transferindo você para uma pessoa da equipe que pode ajudar. Ela verá toda a conversa.",
  },
  csat: "Como foi o atendimento? Avalie esta conversa de 1 a 5.",
  rated: (score) => `Você avaliou este chat com ${score} de 5.`,
  resolved:
    "Esta conversa foi marcada como resolvida. Se precisar de mais alguma coisa, é só escrever de novo.",
};
