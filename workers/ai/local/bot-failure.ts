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
    // i round: "that's not something I can help with", "I don't have enough information to answer that",
    // "I'm having trouble understanding", "I'm not sure about that one", "I'm just a bot and can't do that".
    String.raw`\b(?:that'?s|that is|this is|it'?s) not something i (?:can|could|am able to|know how to) (?:help|answer|assist|do)\b`,
    String.raw`\bi (?:don'?t|do not) have (?:enough|any|the|sufficient) (?:information|info|details|data) (?:to answer|on (?:that|this)|about (?:that|this)|for (?:that|this)|to help)\b`,
    String.raw`\bi(?:'m| am) having (?:some )?(?:trouble|difficulty|a hard time) (?:understanding|finding|answering|with (?:that|this|your))\b`,
    String.raw`\bi(?:'m| am) not sure about (?:that|this)(?: one)?\b`,
    String.raw`\bi(?:'m| am) (?:just |only )?a (?:bot|virtual assistant|chatbot)\b.{0,30}\b(?:can'?t|cannot|unable|not able)\b`,
    String.raw`\bno (?:se|sabria) (?:la respuesta|responder|como ayudar)\b|\bwei(?:ss|ß) ich (?:leider )?nicht\b|\bnon (?:ho|abbiamo) (?:una |la |nessuna )?risposta\b|\bnao tenho (?:uma |a )?resposta\b`,
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
    // i round: "no, that's wrong", "this isn't helping", "did that already", "that's the same thing you said
    // before", "that link is dead", "nope, not what I meant", "still the same problem".
    String.raw`\b(?:that'?s|that is) (?:wrong|incorrect|not correct)\b|\b(?:this|that|it|you)(?:'re| are|'s| is)? (?:not|isn'?t|aren'?t) helping\b`,
    String.raw`\b(?:did (?:that|this|it) already|(?:done|did) (?:that|this) (?:already|before|twice))\b(?!\s+(?:happen|go|get|arrive|come|ship|start|finish|run|renew|charge)\w*)`,
    String.raw`\bsame thing (?:you said|as before|again)\b|\byou (?:already said (?:that|this)|said (?:that|this) (?:already|before))\b(?! (?:the|it|i|we|you|my|your)\b)`,
    String.raw`\b(?:that|this|your) (?:link|article|page|guide) (?:is (?:broken|dead|wrong|outdated|empty)|doesn'?t (?:work|open|load|exist)|(?:gives|returns|shows) (?:a |me a )?404)\b`,
    String.raw`\bnot what i (?:meant|need(?:ed)?|was (?:asking|looking) for|wanted)\b|\bstill (?:the )?same (?:problem|issue|error)\b`,
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
