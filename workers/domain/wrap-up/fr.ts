import type { WrapUpPhrases } from "./types";

export const fr: WrapUpPhrases = {
  name: "French",
  commitment:
    /\b((enverr|rappeller|appeller|confirmer|ecrir|recontacter|reviendr|verifier|transmettr|rembourser)(ai|ons)|(je vais|nous allons) (vous )?(envoyer|rappeler|appeler|confirmer|ecrire|recontacter|verifier|transmettre|rembourser)|je reviens vers vous|nous revenons vers vous|demain|la semaine prochaine|d'ici \d+|sous \d+ (heures|jours)|avant (lundi|mardi|mercredi|jeudi|vendredi|la fin))\b/,
  smallTalk: /^(bonjour|bonsoir|salut|merci|de rien|au revoir|bonne (journee|soiree))\b/,
};
