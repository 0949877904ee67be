import { expandTextspeak, fold } from "./text";

/**
 * A bot reply that admits it cannot help or did not understand. Bots answer in the customer's language,
 * so the six languages are covered. A helpful reply that mentions failure ("if you can't find it…") does
 * not match: every English pattern has the bot ("I") as its subject.
 */
const BOT_ADMITS_FAILURE = new RegExp(
  [
    String.raw`\bi (?:don'?t|do not) (?:have|know) (?:an |the |a good )?(?:answer|information|info)\b`,
    String.raw`\bi (?:don'?t|do not|didn'?t|did not) (?:quite |fully )?(?:understand|get|follow|catch)\b`,
    String.raw`\b(?:could|can|would) you (?:please )?(?:rephrase|reword|clarify what|try (?:asking|again) (?:in )?(?:another|a different) way|say (?:that|it) (?:again|differently))\b`,
    String.raw`\btry asking (?:another|a different) way\b`,
    String.raw`\bi(?:'m| am) (?:not able|unable) to (?:help|answer|assist|find|understand)\b`,
    String.raw`\bi (?:can'?t|cannot|couldn'?t|could not) (?:help|answer|assist|find|understand|see)\b`,
    String.raw`\bi(?:'m| am) not (?:sure|certain) (?:i (?:understand|understood|follow(?:ed)?|got (?:that|it|you|your)|get (?:that|it|you|your))|what you(?:'re| are)? (?:mean|asking|looking for|asking for)|how to help|i can help)\b|\bi(?:'m| am) not (?:quite )?following\b`,
    String.raw`\bi (?:don'?t|do not) know (?:the answer|how to help|about that)\b`,
    String.raw`\b(?:that|this)(?:'s| is) (?:outside|beyond) (?:my|what i)\b`,
    String.raw`\bno (?:tengo|encuentro|encontre) (?:una |la |ninguna )?(?:respuesta|informacion)\b`,
    String.raw`\bno (?:entiendo|entendi|comprendo|pude encontrar|puedo ayudar)\b`,
    String.raw`\bje ne (?:comprends|sais|trouve) pas\b|\bje n'ai pas (?:compris|de reponse|trouve)\b|\bje ne (?:peux|suis) pas (?:vous )?(?:aider|en mesure)\b`,
    String.raw`\bich (?:verstehe|weiss) (?:das |sie )?nicht\b|\bich habe (?:das |sie )?nicht verstanden\b|\bich kann (?:ihnen )?(?:dabei |damit )?nicht helfen\b|\bkeine antwort\b`,
    String.raw`\bnao (?:entendi|compreendi|sei|consigo ajudar|encontrei|posso ajudar)\b`,
    String.raw`\bnon (?:ho capito|capisco|so (?:rispondere|come)|posso aiutar\w*|ho trovato)\b`,
  ].join("|"),
);

/** A customer message that turns the bot's answer down ("that's not it", "that doesn't help either"). */
const REJECTS_ANSWER = new RegExp(
  [
    String.raw`\b(?:that|this|it)(?:'s|s| is| was)? not (?:it|what i (?:asked|meant|need|wanted|was (?:asking|looking) for)|right|the answer|helpful|my question|relevant)\b`,
    String.raw`\b(?:that|this|it|your)(?: \w+)? (?:doesn'?t|does not|didn'?t|did not) (?:help|answer|work|solve|fix)\b`,
    String.raw`\b(?:not|wasn'?t|isn'?t) (?:helpful|useful|relevant)\b`,
    String.raw`\byou(?:'re| are) not (?:listening|understanding|getting it|reading)\b`,
    String.raw`\bwrong answer\b|\bnot what i asked\b|\bdidn'?t answer my question\b|\bdoesn'?t answer my question\b`,
    String.raw`\bi (?:already|just) (?:tried|did) (?:that|this|it)\b|\balready tried (?:that|this|it)\b|\btried that already\b`,
    String.raw`\bstill (?:doesn'?t|does not|not|isn'?t) (?:work\w*|help\w*)|\bstill nothing\b`,
    String.raw`\b(?:the )?same (?:link|article|answer|reply) again\b|\bstop sending me\b`,
    String.raw`\beso no (?:es|me ayuda|sirve)\b|\bno me (?:ayuda|sirve)\b|\bno es (?:eso|lo que)\b`,
    String.raw`\bca ne m'aide pas\b|\bce n'est pas (?:ca|ce que)\b|\bca ne marche (?:toujours )?pas\b`,
    String.raw`\bdas hilft (?:mir )?nicht\b|\bdas ist nicht (?:das|was)\b|\bfunktioniert (?:immer )?noch nicht\b`,
    String.raw`\bisso nao (?:ajuda|e isso|resolve)\b|\bnao e isso\b|\bnao (?:me )?ajudou\b`,
    String.raw`\bnon mi (?:aiuta|serve)\b|\bnon e (?:questo|quello)\b|\bnon (?:ha|hai) risposto\b`,
  ].join("|"),
);

export function botAdmitsFailure(text: string): boolean {
  return BOT_ADMITS_FAILURE.test(fold(text));
}

export function rejectsAnswer(text: string): boolean {
  // Phone typing: "thats not what i asked", "still doesnt help".
  return REJECTS_ANSWER.test(expandTextspeak(fold(text)));
}
