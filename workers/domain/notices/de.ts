import type { NoticePhrases } from "./types";

/** Siezen, like the bot's own German phrases. */
export const de: NoticePhrases = {
  next: "Sie sind als Nächstes dran.",
  position: (n) => `Sie sind an Position ${n} in der Warteschlange.`,
  wait: (duration) => `Die Wartezeit beträgt ${duration}.`,
  durations: {
    under_minute: "weniger als eine Minute",
    minute: "etwa eine Minute",
    minutes: (n) => `etwa ${n} Minuten`,
    hour: "etwa eine Stunde",
    hours: (n) => `etwa ${n} Stunden`,
  },
  email: {
    long_wait: "Es kann eine Weile dauern, bis jemand frei ist – Sie müssen aber nicht hier warten.",
    nobody_online: "Gerade ist niemand aus unserem Team erreichbar.",
    closed: "Wir haben gerade geschlossen.",
    reopens: ({ date, time }) => `Ab ${date}, ${time} sind wir wieder für Sie da.`,
    invite: "Hinterlassen Sie Ihre E-Mail-Adresse, dann antworten wir Ihnen per E-Mail.",
  },
  emailCaptured: (email) => `Danke! Wir antworten Ihnen so bald wie möglich an ${email}.`,
  agentJoined: (agent, team) =>
    team ? `${agent} aus dem Team ${team} ist dem Chat beigetreten.` : `${agent} ist dem Chat beigetreten.`,
  reassigning: {
    agent_timeout:
      "Entschuldigen Sie die Wartezeit – wir verbinden Sie mit einer anderen Person aus dem Team.",
    agent_lost:
      "Entschuldigung, die Verbindung zu Ihrer Ansprechperson ist abgebrochen – wir verbinden Sie mit jemand anderem.",
    transfer:
      "Wir verbinden Sie mit einer Person aus dem Team, die Ihnen weiterhelfen kann. Sie müssen nichts wiederholen.",
  },
  csat: "Wie zufrieden waren Sie mit uns? Bewerten Sie diesen Chat von 1 bis 5.",
  rated: (score) => `Sie haben diesen Chat mit ${score} von 5 bewertet.`,
  resolved:
    "Dieser Chat ist jetzt abgeschlossen. Wenn Sie noch etwas brauchen, schreiben Sie uns einfach wieder.",
};
