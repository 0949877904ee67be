import { expandTextspeak, fold } from "./text";

/**
 * A request for a person is a request FRAME (a verb of talking, transferring or calling, or a bare noun
 * said on its own) around a human NOUN. Requiring the frame is what keeps "our travel agent booked it", "the
 * monitoring agent crashes" and "user-agent header" out; the negation guard keeps "I don't need anyone" out.
 * Patterns run on folded text (lower case, no accents).
 */

// Determiners and adjectives that may sit between the verb and the noun. "my"/"our" are deliberately absent:
// "talk to my team" is about the customer's own people.
const DET = String.raw`(?:(?:a|an|the|your|some|any|one|one of (?:your|the)|someone from|somebody from|someone of|somebody of)\s+)?`;
const ADJ = String.raw`(?:(?:real|actual|live|human|physical|support|customer|service|sales|billing|tech|technical|compliance|legal|account|senior|other|different|qualified|competent|proper)\s+){0,3}`;
const NOUN = `(?:humans?|human beings?|persons?|people|someone|somebody|anyone|anybody|whoever|agents?|representatives?|reps?|operators?|supervisors?|managers?|boss|staff(?: members?)?|employees?|technicians?|engineers?|specialists?|advisors?|advisers?|consultants?|colleagues?|experts?|team members?|members? of (?:your|the) (?:\\w+ )?(?:team|staff)|team|support|customer (?:services?|support|care)|help ?desk|the person in charge|someone in charge|(?:w+ )?department|dept|(?:help|service) desk)`;
// The nouns that mean a person on their own, for frames weaker than "talk to" ("I need a …", "can I get a …").
const PERSON_ONLY = `(?:humans?|human beings?|persons?|(?:real|live|actual) (?:persons?|people|humans?|agents?|reps?|ones?)|operators?|representatives?|(?:support|sales|service) reps?|supervisors?|managers?|someone(?!')|somebody(?!')|technicians?|agents?)`;
// A noun followed by one of these is a thing, not a person ("support docs", "agent seat", "human-readable").
const NOT_A_PERSON = String.raw`(?!\s*-|\s+of (?:mine|ours)\b|\s+(?:docs?|documentation|articles?|pages?|links?|portal|site|emails? address|number|hours|plans?|tickets?|seats?|codes?|headers?|scripts?|software|app|tools?|licen[cs]es?|settings?|roles?|permissions?|readable|install\w*|version|logs?)\b)`;
const PERSON = `${DET}${ADJ}${NOUN}\\b${NOT_A_PERSON}`;
// Their person, with a determiner that is not "the" ("go over it with the team" is often the customer's own).
const THEIRS = String.raw`(?:(?:a|an|one|your|one of (?:your|the)|someone (?:from|in|on) your|somebody (?:from|in|on) your)\s+)${ADJ}${NOUN}\b${NOT_A_PERSON}`;
// What their person is asked to do, in the present or the infinitive ("helped me" is thanks, not a request).
const THEIR_ACTION = String.raw`(?:contacts?|calls?|rings?|phones?|emails?|looks?|took a look|take a look|check|checks|review|help|assist|handle|fix|go (?:through|over)|walk|talk|discuss|explain|get back|reach|speak|sort|give (?:me|us) a (?:call|ring))\b`;
// A phone number or line of theirs, not a field of a form.
const CHANNEL = String.raw`(?:(?:phone|telephone|contact|support|direct)\s+)?(?:number|line|hotline|helpline|no\.?)\b(?!\s*(?:field|format|column|formats|validation|property|attribute|type|input|break|item|items|chart|graph|for (?:contacts?|users|leads|customers|the form)|on (?:the|my|a) (?:form|profile|contact)))`;

const EN: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:talk|speak|chat|talking|speaking|chatting|complain|get in touch|be in touch|have a word|be transferred|be connected|be put through|be passed|deal)\s+(?:to|with)\s+${PERSON}`,
  ),
  new RegExp(
    String.raw`\b(?:connect|transfer|put|pass|forward|route|switch|hand)\s+(?:me|us|this|my (?:chat|case|call|conversation))\s+(?:(?:through|over|on|back)\s+)?(?:to|with)\s+${PERSON}`,
  ),
  /\bput (?:me|us) (?:through|in touch)\b/,
  /\b(?:transfer|escalate|connect|forward) (?:me|us|this)\b(?=\s*(?:please|pls|now|asap|[.!?]|$))/,
  new RegExp(
    String.raw`\b(?:get|put)\s+(?:me\s+)?(?:(?:a|an|the)\s+${ADJ}${NOUN}|someone|somebody)\s+on (?:the )?(?:line|phone|chat|call|here|this chat)\b`,
  ),
  new RegExp(String.raw`\b(?:get|give|find|bring|send)\s+(?:me|us)\s+${PERSON}`),
  new RegExp(
    String.raw`\b(?:get|send|bring|find)\s+(?:a|an|the|someone|somebody)\s+${ADJ}${NOUN}\s+to\s+(?:look|call|help|check|contact|review|fix|take|handle|sort)\b`,
  ),
  new RegExp(
    String.raw`\b(?:(?:i|we)(?:'d| really| just| would| do)? )?(?:want|need|'d like|would like|'d prefer|would prefer|prefer|demand|request|require)(?: to (?:talk|speak|chat) (?:to|with))?\s+${DET}${ADJ}${PERSON_ONLY}\b${NOT_A_PERSON}`,
  ),
  new RegExp(
    String.raw`\b(?:can|could|may) (?:i|we) (?:please )?(?:get|have)\s+${DET}${ADJ}${PERSON_ONLY}\b${NOT_A_PERSON}`,
  ),
  new RegExp(String.raw`\bhelp from\s+${PERSON}`),
  /\b(?:need|want|get|require)\s+(?:some\s+)?human (?:help|assistance|support|intervention)\b/,
  /\b(?:is there|do you have|any)\s+(?:a\s+)?human (?:support|help|agents?|available)\b/,
  /\bescalate(?: (?:this|it|me|my|the)(?: \w+)?)?(?: to\b|\s*(?:please|now|asap)?\s*$|\s+(?:please|now|asap)\b)/,
  /\bput (?:a|an|the|someone|somebody)\s+(?:real |actual |live )?(?:human|person|agent|rep\w*)\s+on\b/,
  /\b(?:someone|somebody|a (?:person|human|staff member|rep\w*|manager)|your (?:\w+ )?(?:team|staff)|a member of (?:your|the) (?:\w+ )?(?:team|staff))\b.{0,40}?\b(?:call|contact|email|reach out to|get back to|get in touch with|ring|phone|telephone)\s+(?:me|us)\b/,
  /\b(?:a|request(?:ing)?(?: a)?|schedule(?: a)?|like a|want a)\s+call\s?-?back\b(?!\s*(?:url|uri|function|endpoint|handler))/,
  /\b(?:can|could|would|will)\s+(?:(?:a|an|some|one of your)\s+(?:(?:real|actual|live|human)\s+)*(?:humans?|persons?|agents?|rep\w*|staff members?|technicians?|engineers?|specialists?)|(?:someone|somebody)\s+(?:real|human|from (?:your|the) \w+))\s+(?:please\s+)?(?:look|check|double[- ]?check|verify|confirm|go over|help|review|take|call|contact|handle|assist|have a look)\b/,
  /\bwho (?:do|can|could|should) (?:i|we) (?:talk|speak|chat|contact|call|write)\b(?![^.?!]{0,25}\b(?:in|at|on|within) (?:my|our) (?:own )?(?:company|team|organi[sz]ation|org|office|side|end)\b|[^.?!]{0,25}\binternally\b)/,
  /\b(?:is there|are there|are any|is anyone|is anybody)\s+(?:a |an |any |some )?(?:(?:real|actual|live|human)\s+)*(?:humans?|persons?|people|somebody|someone|anyone|anybody|agents?|operators?|staff)\b(?!\s*-)(?:\s+(?:real|human))?\s+(?:(?:i|we) (?:can|could|may) (?:talk|speak|chat|email|e-mail|call|contact|write to|reach)|working|there|around|available|online|here)\b/,
  // Presence: "is anyone from support around", "anybody there?", "are any of your staff online".
  /\b(?:is|are)\s+(?:there\s+)?(?:anyone|anybody|someone|somebody|any (?:humans?|people|staff|agents?|reps?)|any of your (?:\w+ )?(?:staff|people|team|agents))\s+(?:(?:real|human|(?:from|in|at|on) (?:your |the )?(?:\w+ ){0,2}?(?:support|team|staff|billing|sales|service|desk|department)|from \w+)\s+)?(?:around|there|available|online|here|awake|about|on (?:duty|shift|the line))\b/,
  /(?:^|[.!?]\s*)(?:(?:hello|hi|hey)\W+)?(?:is )?(?:anyone|anybody|someone|somebody) (?:there|around|home|awake|available)\s*(?:[.!?]|$)/,
  // Channel: a way, number or address to reach a person ("is there a phone number where i can reach a person").
  new RegExp(
    String.raw`\b(?:can|could|may|how (?:do|can|would)|where (?:do|can|could)|(?:a|any|the) (?:way|number|phone(?: number)?|email(?: address)?|line|hotline|contact)|want to|need to|like to|trying to|try to|way to|where (?:i|we) can|(?:i|we) can)\b.{0,30}?(?<!\b(?:the|a|an|our|my|your|main|primary|billing|new|old) )\b(?:reach|contact|call|ring|phone|email|get hold of|get ahold of|get through to|get in touch with|talk to|speak to|speak with|talk with)\s+${PERSON}`,
  ),
  // Delegation to their people: "one of your colleagues could look into my case", "someone on your team to check".
  /\b(?:one of your|a member of your|someone (?:on|from|in) your|somebody (?:on|from|in) your|(?:could|can|would|will) your)\s+(?:\w+\s+)?(?:colleagues?|people|staff|team(?: members?)?|agents?|experts?|specialists?|engineers?|reps?|representatives?|advisors?|support(?: team| staff| people)?|humans?)\b.{0,40}?\b(?:look|check|review|help|contact|call|reach|get back|get in touch|handle|take (?:a look|over)|assist|email|phone|ring|investigate|sort|walk (?:me|us)|go (?:through|over)|talk (?:me|us|it)|explain|discuss|contacts|calls|emails)\b/,
  // Having their person do it: "please have an engineer look at this", "can you have someone check my account".
  new RegExp(
    String.raw`\b(?:please|pls|plz|can you|could you|would you|you could|just)\s+have\s+(?:(?:a|an|one of your|your)\s+${ADJ}${NOUN}\s+|(?:someone|somebody)\s+${ADJ}(?:${NOUN}\s+)?)(?:from (?:your |the )?\w+\s+)?(?:look|check|review|call|contact|help|fix|investigate|take a look)\b`,
  ),
  // Call-back: "call me back", "give me a call", "can someone ring us".
  /\b(?:call|ring|phone)\s+(?:me|us)\s+back\b|\bgive (?:me|us) a (?:call|ring|bell)\b|\b(?:please|pls|plz|can you|could you|would you|can (?:someone|somebody|anyone)|could (?:someone|somebody|anyone)|(?:someone|somebody) (?:please |pls )?|need (?:someone|somebody) to|want (?:someone|somebody) to|have (?:someone|somebody))\s*(?:\w+\s+)?(?:call|ring|phone)\s+(?:me|us)\b/,
  // Bringing a person in: "loop in a human", "get a real person involved".
  new RegExp(
    String.raw`\b(?:loop|bring|pull|get)\s+in\s+${PERSON}|\bget\s+${DET}${ADJ}${PERSON_ONLY}\s+involved\b`,
  ),
  // Working it through with their person: "talk it through with one of your technicians", "go over the
  // pricing with a person on your sales side", "discuss the renewal with an account manager".
  new RegExp(
    String.raw`\b(?:(?:talk|walk|go|run|work)\s+(?:(?:it|this|that|them|things|me|us)\s+)?(?:through|over)|discuss)\b(?:\s+[\w']+){0,5}?\s+with\s+${THEIRS}`,
  ),
  // A call or meeting with their person: "arrange a call with an account manager", "book a meeting with sales".
  new RegExp(
    String.raw`\b(?:arrange|book|schedule|set up|setup|organi[sz]e|have|get|jump on|hop on|request|like|want|appreciate|welcome)\s+(?:a |an )?(?:quick |short |phone |video |zoom |teams )?(?:call|meeting|chat|conversation|session|word)\s+with\s+${THEIRS}`,
  ),
  // Their person doing it, including non-native and spoken forms: "someone from your finance department go
  // through them with me", "a person of your company contacts me", "someone of technical team look my
  // problem", "somebody on your end took a look".
  new RegExp(
    String.raw`\b(?:someone|somebody|anyone|anybody|a person|one person|a human|an employee|one employee|a colleague|a member|a rep\w*|a technician|an engineer|an expert|a specialist)\s+(?:(?:from|on|at|in|of)\s+(?:your|yours)|of\s+(?:the\s+)?(?:\w+\s+)?(?:support|company|team|staff|service))\b.{0,40}?\b${THEIR_ACTION}`,
  ),
  // Presence by attention: "is anybody actually reading these messages", "does anyone even read this".
  /\b(?:is|are)\s+(?:anyone|anybody|someone|somebody|a (?:human|person)|any (?:humans?|people))\s+(?:actually |even |ever |really )?(?:(?:reading|listening to|seeing|monitoring|checking|answering|watching)\s+(?:this|these|my|the|our|what)\b|listening\b(?!\s+(?:to|for)\b))|\bdoes (?:anyone|anybody) (?:actually |even |ever |really )?(?:read|see|check|answer) (?:this|these|my)\b/,
  // Referring the matter on, politely: "I should be grateful if you could refer this matter to an appropriate
  // member of your team", "would you kindly pass my case to a specialist".
  /\b(?:could|can|would|will|please|kindly|if you)\s+(?:you\s+)?(?:kindly\s+|please\s+)?(?:refer|pass|hand|escalate)\s+(?:this|it|the|my|our)(?:\s+\w+)?\s+(?:on\s+|over\s+)?to\s+(?:a|an|the|one of your|your)\s+(?:(?:appropriate|relevant|right|suitable|competent|human|real)\s+)?(?:member of (?:your|the) (?:\w+ )?(?:team|staff)|person|human|agent|colleague|specialist|manager|supervisor|representative|team member|staff member|department)\b(?! of (?:mine|ours))/,
  // A person from a department, said on its own: "someone from billing please, not the bot".
  /(?:^|[.!?]\s*)(?:please |pls )?(?:someone|somebody|a (?:person|human)|an? (?:agent|rep)) (?:from|in) (?:your |the )?(?:billing|sales|support|accounts|finance|tech|technical|legal|customer service|it)(?: team| department| dept)?\s*(?:please|pls|plz)?\s*(?:[,.!?]|$)/,
  // "any chance of a human", "any chance for a real person".
  new RegExp(String.raw`\bany chance (?:of|for) ${DET}${ADJ}${PERSON_ONLY}\b${NOT_A_PERSON}`),
  // A channel to the company itself: "can I call you", "whats ur phone number", "do you have a support line I
  // can ring", "what number do i call", "is there a live chat with people", "can i video call someone".
  /(?<!\bwhat )\b(?:can|could|may|should|do)\s+(?:i|we)\s+(?:just |also |please |maybe )?(?:call|ring|phone|video ?call|telephone)\s+(?:you|your (?:team|support|office|company|staff|people)|support|someone|somebody)\b(?!\s+(?:api|endpoint|function|method|webhook|from|in|with (?:the|an?) (?:api|sdk))\b)/,
  new RegExp(
    String.raw`\b(?:what(?:'s| is| are)|give me|send me|need|can i (?:get|have)|share)\s+your\s+${CHANNEL}`,
  ),
  new RegExp(
    String.raw`\b(?:what(?:'s| is)|do you(?: guys)? have|is there|have you got|where (?:is|can i find)|looking for)\s+(?:(?:a|an|any|the|your)\s+)?(?:(?:support|customer service|customer support|customer care|help ?desk|contact|phone|telephone|direct|sales|billing|service)\s+)+${CHANNEL}|\b(?:hotline|helpline)\b`,
  ),
  /\bwhat (?:number|line) (?:do|can|should) (?:i|we) (?:call|ring|use|dial)\b|\b(?:number|line|hotline) (?:i|we) can (?:call|ring|dial)\b/,
  /\blive chat with (?:a |an |real |actual |your )*(?:people|humans?|persons?|staff|agents?|reps?|someone|somebody|support)\b|\b(?:do you|do you guys|does your (?:team|company)) (?:do|have|offer) (?:a )?(?:live|phone|video) (?:chat|support|calls?)(?! (?:feature|widget|integration|option))\b|\bvideo ?call (?:someone|somebody|a person|an agent|your team|support)\b/,
  // i round. Asking them to get a person on it: "could you get someone to look at this", "please get somebody
  // from billing to call me" (not "I'll get someone on my team to check").
  /(?:\b(?:can|could|would|will) you (?:please |just |kindly )?get|\b(?:please|just|kindly) get)\s+(?:someone|somebody|a (?:person|human)|one of your (?:\w+ )?(?:people|staff|team|colleagues))(?:\s+(?:from|in|on) (?:your |the )?\w+(?: team| department)?)?\s+to\s+(?:look|check|call|ring|phone|contact|review|help|fix|investigate|take a look|get back|sort|handle)\b/,
  // Wanting it done by a person: "I want this looked at by a person", "can my case be reviewed by a human".
  /\b(?:want|need|would like|'d like|prefer|rather have|can|could)\s+(?:this|it|my (?:case|issue|ticket|request|account|invoice|problem)|the (?:case|issue|ticket))\s+(?:be\s+)?(?:looked at|checked|reviewed|handled|seen|dealt with|answered|sorted|investigated|read)\s+by\s+(?:a|an|one of your|your|some)\s+(?:(?:real|actual|live|human)\s+)?(?:person|human|people|agent|rep\w*|staff|employee|member of (?:your|the) \w+|technician|engineer|specialist|someone)\b/,
  // A department named bare after a transfer: "transfer to billing pls", "put me through to accounts",
  // "connect me with sales" (not "transfer to another workspace", "connect to slack").
  /\b(?:transfer|connect|forward|route|switch|pass|put)(?: (?:me|us|this|my (?:chat|case|call)))?(?: through| over)? (?:to|with) (?:your |the )?(?:billing|sales|accounts|finance|tech support|technical support|support|customer service|customer care|legal|it support)(?: team| department| dept| people)?\s*(?:please|pls|plz|now|asap|thanks|thank you)?\s*(?:[.!?,]|$)/,
  // Code-switching: a verb of talking in Spanish, French, Portuguese or Italian with an English person, and
  // the other way round ("hablar con someone de billing", "parler to a real person", "talk con alguien").
  /\b(?:hablar|parler|falar|parlare|conversar|discuter|sprechen)\s+(?:con|avec|com|mit|to|with)\s+(?:a |an |the )?(?:real |actual |live )?(?:someone|somebody|a person|person|human|agent|rep|manager|supervisor)\b/,
];

// A fragment that is nothing but a person ("HUMAN", "A person. Please.", "representative", "live agent pls").
const FRAGMENT =
  /^(?:(?:please|pls|plz|now|just|ok|okay|hey|hi|hello)\s+)*(?:a |an |the |un |una |une |um |uma |einen |eine )?(?:(?:real|actual|live|human)\s+)?(?:humans?|human being|person|agent|representative|rep|operator|supervisor|manager|someone real|somebody real|live chat|customer service|customer support|support team|human support|human help|operador|operatore|atendente|humano|humain|mensch|menschen|agente|persona|pessoa|conseiller|conseillere|mitarbeiter|ansprechpartner|atencion al cliente|service client|kundendienst|agente humano|persona real|assistenza)(?:\s+(?:please|pls|plz|now|asap|thanks|thank you|por favor|s'il vous plait|svp|bitte|per favore))*$/;

const ES: readonly RegExp[] = [
  /\b(?:me|nos)\s+\w+\s+con\s+(?:un|una|el|la|algun|alguna)?\s*(?:agente|persona|humano|asesor|operador|representante|alguien)\b/,
  /\b(?:hablar|charlar|chatear|comunicarme|contactar|hablarlo)\s+con\s+(?:un|una|el|la|algun|alguna|su)?\s*(?:persona|humano|ser humano|agente|operador|operadora|asesor|asesora|representante|alguien|empleado|encargado|supervisor|gerente|tecnico|soporte)\b/,
  /\b(?:pasar(?:me|nos)?|transferir(?:me|nos)?|comunicar(?:me|nos)?|poner(?:me|nos)?)\s+con\s+(?:un|una|el|la|algun|alguna)?\s*(?:persona|humano|agente|operador|operadora|asesor|asesora|representante|alguien|encargado|supervisor|tecnico)\b/,
  /\b(?:pasame|pasenme|pasarme|ponme|ponerme|pongame|comunicame|transfiereme|transferirme|conectame|conecteme)\s+(?:con|a)\s+/,
  /\b(?:quiero|necesito|prefiero|quisiera|me gustaria)\s+(?:hablar con\s+)?(?:un|una)\s+(?:persona|humano|agente|operador|asesor|representante)\b/,
  /\bhay\s+(?:alguna persona|alguien|algun (?:agente|humano|asesor)|un (?:agente|humano|asesor))\b.{0,30}\b(?:hablar|atender|ayudar|disponible|conectad[oa])/,
  /\b(?:llamame|llamenme|llameme|(?:me|nos) (?:\w+ )?llam(?:e|en|ar|en ustedes)|devolver(?:me|nos)? la llamada|que (?:me|nos) llame alguien|que alguien (?:me|nos) (?:llame|atienda|ayude))\b/,
  /\bhay alguien (?:ahi|ahi\?|disponible|conectado|en linea)|\balguien (?:real |de verdad |humano )?que (?:me|nos) (?:atienda|llame)\b/,
  /\b(?:contactar|hablar|comunicarme|llamar) (?:con|a) (?:soporte|atencion al cliente|servicio al cliente|un humano|una persona)\b/,
  /\bat(?:i)?end\w*\b.{0,25}\b(?:una persona|un humano|alguien|un agente|un asesor|persona real)\b|\bayuda de (?:una persona|un humano|alguien)\b/,
  // A channel to the company: "¿puedo llamarles?", "¿tienen un número de teléfono?".
  /\b(?:puedo|podemos|podria|se puede) (?:llamar(?:les|los|las|te|le|os)|telefonear(?:les|os)?)\b|\b(?:su|vuestro) (?:numero de telefono|telefono|linea de atencion)\b|\b(?:tienen|hay|teneis) (?:algun |un )?(?:numero de )?telefono (?:de (?:contacto|atencion|soporte)|para llamar)?\b(?! (?:en|del|de la) (?:formulario|perfil|contacto))|\blinea de atencion\b/,
  // A person as the subject of help: "¿una persona me puede ayudar?", "¿puede un agente llamarme?".
  /\b(?:una persona|un humano|un agente|un asesor|alguien)\s+(?:real\s+)?(?:me|nos)\s+(?:puede|podria)\s+(?:ayudar|atender|llamar)|\b(?:puede|podria)\s+(?:una persona|un humano|un agente|un asesor|alguien)\s+(?:real\s+)?(?:ayudarme|atenderme|llamarme)\b/,
  // i round. Wanting their person to do it, subjunctive: "me gustaría que un técnico revisara mi caso",
  // "quiero que alguien del equipo me llame".
  /\b(?:quiero|quisiera|me gustaria|prefiero|necesito|pido|solicito|podrian hacer|pueden hacer)\s+que\s+(?:un|una|algun|alguna|alguien|el|la)\s*(?:tecnico|tecnica|persona|humano|agente|asesor|asesora|especialista|responsable|encargado|representante|empleado|alguien|ingeniero)?\b.{0,30}?\b(?:revis\w*|mir\w*|llam\w*|atiend\w*|contact\w*|ayud\w*|analic\w*|comuniqu\w*|ocup\w*)\b/,
];
const FR: readonly RegExp[] = [
  /\b(?:parler|discuter|echanger)\s+(?:a|avec)\s+(?:(?:un|une|le|la|l'|votre)\s*(?:vrai|vraie|veritable)?\s*(?:humain|personne|agent|conseiller|conseillere|operateur|operatrice|representant|interlocuteur|employe|technicien|responsable|superviseur|service client)|quelqu'un)\b/,
  /\b(?:passez|passe|mettez|transferez|transfere|redirigez)-moi\b|\bme (?:passer|transferer|rediriger|mettre en (?:relation|contact) avec)\b/,
  /\b(?:mettre|mettez|mets)(?:-moi)?\s+en (?:relation|contact)\s+avec\b/,
  /\b(?:je|j')\s*(?:veux|voudrais|prefere|souhaite|aimerais)\s+(?:un|une)\s+(?:(?:vrai|vraie|veritable)\s+)?(?:humain|personne|agent|conseiller|conseillere|operateur|interlocuteur)\b/,
  /\b(?:rappelez|appelez|rappelle|appelle|contactez|recontactez)-(?:moi|nous)\b|\b(?:me|nous) (?:rappeler|telephoner|recontacter)\b|\b(?:etre|me faire) rappelee?\b/,
  /\b(?:joindre|contacter|appeler|avoir)\s+(?:un|une|le|la|l'|votre)?\s*(?:vrai |vraie )?(?:conseiller|conseillere|humain|personne|agent|support|service client|quelqu'un|operateur|operatrice|technicien|interlocuteur)\b(?! (?:de|du) (?:la )?(?:doc|documentation|api|logiciel))/,
  /\by a(?:-t-il)? quelqu'un\b|\bquelqu'un (?:de (?:chez vous|votre equipe|reel)|peut (?:me|m')(?:rappeler|aider|repondre|appeler))\b/,
  /\b(?:il y a|y a-t-il)\s+(?:quelqu'un|un conseiller|une personne|un humain)\b.{0,30}\b(?:parler|aider|disponible|en ligne)/,
  // A channel to the company: "je peux vous appeler ?", "votre numéro de téléphone".
  /\b(?:je peux|puis-je|pourrais-je|peut-on|on peut|est-ce que je peux) vous (?:appeler|telephoner|joindre par telephone)\b|\bvotre (?:numero de telephone|telephone|hotline|ligne (?:directe|d'assistance|telephonique))\b|\b(?:avez-vous|vous avez|y a-t-il|il y a) (?:un|une) (?:numero de telephone|numero a appeler|hotline|ligne telephonique|service telephonique)\b/,
  // A person as the subject of help: "est-ce qu'un humain peut m'aider ?", "un conseiller pourrait me rappeler".
  /\b(?:un|une|qu'un|qu'une)\s*(?:vrai |vraie )?(?:humain|personne|conseiller|conseillere|agent|operateur|operatrice|technicien)\s+(?:peut|pourrait|pourra)(?:-il|-elle)?\s+(?:m'|me |nous )(?:aider|rappeler|appeler|repondre|contacter)/,
  // i round. Needing a person: "j'ai besoin d'un interlocuteur humain", "il me faut un conseiller";
  // their person doing it: "je voudrais qu'un technicien regarde mon dossier".
  /\b(?:besoin|il me faut|il nous faut)\s+(?:d'un|d'une|d'|un|une)\s*(?:vrai |vraie |veritable )?(?:interlocuteur|interlocutrice|humain|personne|conseiller|conseillere|agent|operateur|operatrice|technicien|responsable|etre humain)\b/,
  /\b(?:je |j')?(?:voudrais|veux|souhaite|souhaiterais|aimerais|prefere|prefererais)\s+qu'(?:un|une|on|quelqu'un)\s*(?:vrai |vraie )?(?:technicien|conseiller|conseillere|humain|personne|agent|responsable|membre de (?:votre|l')\s*equipe)?\b.{0,30}?\b(?:regarde|examine|verifie|rappelle|appelle|contacte|m'aide|s'occupe|traite|etudie)\w*/,
];
const DE_PERSON =
  "(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|kundenberater|kundenberaterin|kundendienst|kundenservice|support|agenten|person|jemandem|techniker|vorgesetzten|verantwortlichen|ansprechpartner\\w*|kundenbetreuer\\w*)";
const DE: readonly RegExp[] = [
  // German puts the verb last: "Kann ich bitte mit einem Menschen sprechen?"
  new RegExp(
    `\\b(?:mit|zu)\\s+(?:(?:einem|einer|dem|der|ihrem|ihren|einen)\\s+)?(?:(?:echten|richtigen|realen|menschlichen|lebenden)\\s+)?${DE_PERSON}\\b.*\\b(?:sprechen|reden|chatten|verbinden|verbunden|telefonieren|durchstellen|weiterleiten|weiterverbinden)\\b`,
  ),
  /\b(?:verbinden|verbinde)\s+(?:sie\s+)?mich\b/,
  /\bruf(?:en|t|e)?\s+(?:sie\s+|du\s+)?(?:mich|uns)\s+(?:\w+\s+){0,2}(?:zuruck|an)\b|\bruckruf\b|\b(?:mich|uns)\s+(?:\w+\s+){0,2}(?:anrufen|zuruckrufen|kontaktieren)\b/,
  /\bist (?:da|hier|dort) (?:jemand|wer)\b|\b(?:jemand|wer) (?:da|erreichbar)\s*\?|\bmenschliche (?:hilfe|unterstutzung|beratung|ansprechpartner\w*)\b/,
  new RegExp(
    `\\b(?:ich|wir|bitte)\\s+(?:(?:mochte|mochten|will|wollen|brauche|brauchen|hatte gerne?|hatten gerne?)\\s+)?(?:bitte\\s+)?(?:einen|eine)\\s+(?:(?:echten|richtigen|menschlichen)\\s+)?${DE_PERSON}\\b(?!.{0,30}\\b(?:hinzufugen|einladen|anlegen|entfernen|loschen|freischalten|zuweisen|sperren|erstellen|einstellen|einarbeiten)\\b)`,
  ),
  new RegExp(
    `\\b(?:einen|eine|den|die)\\s+(?:echten\\s+)?${DE_PERSON}\\s+(?:\\w+\\s+)?(?:sprechen|erreichen)\\b`,
  ),
  new RegExp(
    `\\b(?:gibt es|ist)\\s+(?:einen|eine|jemand|ein)\\s+(?:echten\\s+)?(?:${DE_PERSON}|jemand)\\b.{0,20}\\b(?:verfugbar|erreichbar|online|da)\\b`,
  ),
  // A channel to the company: "Kann ich Sie anrufen?", "Kann mich bitte ein Mitarbeiter anrufen?", "Ihre Hotline".
  /\b(?:kann|darf|konnte|soll) ich (?:sie|euch|ihr team|den support|jemanden) (?:\w+ ){0,2}(?:anrufen|telefonisch erreichen)\b|\b(?:mich|uns)\s+(?:\w+\s+){0,3}(?:anrufen|zuruckrufen|kontaktieren)\b|\b(?:ihre|eure|gibt es (?:eine|einen)|haben sie (?:eine|einen)|wie lautet (?:ihre|die))\s+(?:\w+\s)?(?:telefonnummer|hotline|servicenummer|rufnummer|telefonischen support)\b/,
  // A person as the subject of help: "kann mir ein Mensch helfen?".
  /\b(?:kann|konnte)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:ein|eine|jemand)\s*(?:echter\s+|richtiger\s+)?(?:mensch|mitarbeiter|mitarbeiterin|berater|beraterin|techniker|person|vom support)?\s+(?:\w+\s+)?helfen\b/,
  // i round. A person on the phone: "ich hätte gern jemanden am Telefon", "kann ich jemanden sprechen".
  /\b(?:jemanden|einen (?:mitarbeiter|menschen|berater|techniker)|eine (?:mitarbeiterin|person|beraterin))\s+(?:\w+\s+){0,3}?(?:am telefon|ans telefon|sprechen|erreichen)\b/,
];
const PT: readonly RegExp[] = [
  /\b(?:falar|conversar)\s+com\s+(?:um|uma|o|a|algum|alguma)?\s*(?:atendente|pessoa|humano|ser humano|agente|operador|operadora|alguem|representante|funcionario|tecnico|consultor|supervisor|gerente)\b/,
  /\bme\s+(?:passa|passe|transfere|transfira|coloca|coloque|encaminha|encaminhe)\s+(?:para|com|a)\s+/,
  /\bme\s+(?:\w+\s+)?(?:transferir|passar|colocar|encaminhar|conectar)\s+(?:para|com|a)\s+(?:um|uma|o|a|algum|alguma)?\s*(?:atendente|pessoa|humano|agente|operador|operadora|alguem|representante|consultor|suporte|tecnico|setor|equipe)\b/,
  /\b(?:me ligu\w*|me lig(?:a|ar|am)|ligar (?:para|pra) mim|retornar (?:a |minha )?ligacao|me retorn\w*)\b|\btem alguem (?:ai|aqui|disponivel|online)\b/,
  /\b(?:quero|preciso de|prefiro|gostaria de)\s+(?:um|uma)\s+(?:atendente|pessoa|humano|agente|operador)\b/,
  /\b(?:tem|ha)\s+(?:alguem|alguma pessoa|um atendente|algum atendente)\b.{0,30}\b(?:falar|atender|ajudar|disponivel|online)/,
  /\batend(?:id[oa]s?|er|a|imento)\b.{0,10}\b(?:por (?:uma pessoa|um humano|um atendente|alguem)|humano)\b/,
  // A channel to the company: "posso ligar para vocês?", "qual o telefone do suporte".
  /\b(?:posso|podemos|da para|consigo) (?:ligar|telefonar) (?:para|pra) (?:voces|voce|vcs|o suporte|a empresa|o atendimento|alguem)\b|\b(?:o|qual o|qual e o|tem) (?:numero|telefone) (?:de|do|da) (?:voces|vcs|suporte|atendimento|contato|empresa)\b|\b(?:telefone|numero) (?:de|para) (?:contato|atendimento)\b/,
  // A person as the subject of help: "um atendente pode me ajudar?".
  /\b(?:um|uma|algum|alguma)\s+(?:atendente|pessoa|humano|agente|tecnico)\s+(?:pode|poderia)\s+(?:me|nos)\s+(?:ajudar|atender|ligar)|\balguem (?:pode|poderia) (?:me|nos) (?:ajudar|atender|ligar)\b/,
];
const IT: readonly RegExp[] = [
  /\b(?:rispondere|rispondermi|aiutarmi|contattarmi|chiamarmi|richiamarmi)\b.{0,20}\b(?:una persona|un operatore|un umano|qualcuno)\b/,
  /\b(?:parlare|chattare|conversare|parlarne)\s+con\s+(?:un|una|un'|uno|l'|il|la|qualche)?\s*(?:operatore|operatrice|persona|umano|essere umano|agente|assistente(?! virtuale)|qualcuno|consulente|addetto|tecnico|responsabile|rappresentante)\b/,
  /\bmi\s+(?:passi|passa|metta|mette|metti|trasferisca|trasferisci|colleghi)\s+(?:in contatto\s+)?(?:con|a)\s+/,
  /\b(?:vorrei|voglio|ho bisogno di|preferisco|mi serve|serve)\s+(?:un|una|un')\s*(?:operatore|persona|umano|agente|assistente umano|consulente)\b/,
  /\bmi\s+(?:\w+\s+)?(?:passare|trasferire|mettere in contatto|collegare)\s+(?:con|a)\b|\bmi\s+(?:\w+\s+)?(?:passare|passi|passa|trasferire)\s+(?:un|una|un'|uno|l'|il|la|qualche)\s*(?:operatore|operatrice|persona|umano|agente|consulente|addetto|tecnico|responsabile)\b|\b(?:richiamatemi|chiamatemi|richiamami|chiamami|contattatemi|mi (?:richiami|chiami|richiamate|chiamate|contatti|contattate)|essere richiamat[oa]|farmi richiamare)\b/,
  /\bc'e qualcuno\b(?! (?:altro|che ha))/,
  /\b(?:c'e|ce)\s+(?:qualcuno|una persona|un operatore)\b.{0,30}\b(?:parlare|aiutar\w*|disponibile|online)/,
  // A channel to the company: "posso chiamarvi?", "il vostro numero di telefono".
  /\b(?:posso|possiamo|si puo) (?:chiamarvi|telefonarvi|chiamare (?:voi|l'assistenza|il supporto|il servizio clienti))\b|\b(?:il )?vostro (?:numero(?: di telefono)?|telefono)\b|\bnumero (?:dell'assistenza|del supporto|del servizio clienti|verde)\b/,
  // A person as the subject of help: "un operatore può aiutarmi?".
  /\b(?:un|una|qualche)\s+(?:operatore|operatrice|persona|umano|tecnico|consulente)\s+(?:mi |ci )?(?:puo|potrebbe)\s+(?:aiutar\w*|richiamar\w*|chiamar\w*|contattar\w*)/,
];

// Naming a real person is itself the request ("real human needed", "una persona vera?"), unless it is a
// product feature ("live agent support", "real person handoff").
const REAL_PERSON =
  /\b(?:(?:real|actual|live|genuine)\s+(?:(?:support|service|customer service|human)\s+)?(?:person|people|human|humans|agent|rep|representative|operator|one)|human beings?|persona (?:real|de verdad|vera|reale)|ser humano|vraie personne|personne reelle|vrai humain|etre humain|echte[nr]? (?:mensch\w*|person)|pessoa (?:real|de verdade)|essere umano|in carne e ossa)\b(?!\s+(?:support|chat|features?|mode|view|status|count|plans?|seats?|licen[cs]es?|handoff|transfer|options?|dashboard|queue|routing))/;

// "no need for", "I don't want to talk to anyone", "pas besoin", "no hace falta", "non serve"…
const NEGATION =
  /\b(?:don'?t|do not|doesn'?t|does not|no need|not|never|without|no longer|nobody|no one|no|nadie|ni|ningun|pas|ne|n'|jamais|nicht|kein|keine|keinen|niemand|nao|ninguem|sem|non|nessuno|senza)\b/;
const CLAUSE_START = /[.!?;,]|\bbut\b|\bpero\b|\bmais\b|\baber\b|\bmas\b|\bma\b/g;

function negatedBefore(text: string, index: number): boolean {
  let start = 0;
  for (const m of text.slice(0, index).matchAll(CLAUSE_START)) start = m.index + m[0].length;
  return NEGATION.test(text.slice(start, index));
}

function anyUnnegated(text: string, patterns: readonly RegExp[]): boolean {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && !negatedBefore(text, m.index)) return true;
  }
  return false;
}

// i round. Asking whether a person is there, as a whole question ("gibt es hier einen echten Mitarbeiter?",
// "c'è un operatore?", "¿hay algún agente?", "tem um atendente?", "is there an agent?"); "is there an agent
// seat limit?" goes on past the person and is not one.
const PRESENCE_QUESTION =
  /(?:^|[.!?¿]\s*)(?:hola,? |hallo,? |ciao,? |ola,? |bonjour,? |hi,? |hello,? )?(?:gibt es (?:hier |bei ihnen |da )?(?:einen|eine|jemanden)|ist (?:hier |da )?(?:ein|eine|jemand)|c'e (?:un|una|un')|ce (?:un|una)|c'e qualche|hay (?:un|una|algun|alguna)|tem (?:um|uma|algum|alguma)|ha (?:um|uma|algum|alguma)|y a-t-il (?:un|une)|il y a (?:un|une)|is there (?:a|an|any)|are there (?:any))\s+(?:(?:echten|richtigen|menschlichen|echter|richtiger|real|reale|vero|vera|verdadero|de verdad|real|vrai|vraie|live|actual|human)\s+)?(?:mitarbeiter\w*|menschen?|ansprechpartner\w*|berater\w*|operator\w*|operatore|operatrice|persona|umano|consulente|agente|humano|asesor|atendente|pessoa|humain|conseiller|conseillere|personne|agent|human|person|rep|representative)\s*(?:(?:echter|vero|vera|reale|real|de verdad|umano|humano|humain|disponible|disponibile|disponivel|libre|libero|available|online|da|verfugbar|erreichbar|en ligne|here|there|around)\s*){0,2}(?:\?|$)/;

const ALL = [EN, ES, FR, DE, PT, IT];

// i round. Product features named after a handoff ("the 'escalate to human' step", "a talk to agent button") and
// questions about how a process is done ("does a real person read the feedback form?") are not requests.
const FEATURE_NAME =
  /(?<![a-z])(["'])[^"'\n]{1,40}\1\s+(?:step|rule|button|action|option|setting|node|block|trigger|feature|field|label|template|macro)s?\b|\b(?:escalate|transfer|hand ?off|handover|talk|speak|route|send|chat) to (?:a |an )?(?:human|agent|person|operator)s?\s+(?:step|rule|button|action|option|setting|node|block|trigger|feature|macro)s?\b/g;
// Who is typing, not a request: "I'm a real person, why does the captcha fail?", "are you a real person?".
const IDENTITY =
  /\b(?:i'?m|i am|we'?re|we are|are you|is (?:it|this|that)|am i (?:talking|speaking|chatting) (?:to|with))\s+(?:a |an )?(?:real|actual|live)\s+(?:person|human|one|people)\b(?:\s+(?:answering|replying|typing|writing|here))?/g;
const PROCESS_QUESTION =
  /\b(?:does|do|did)\s+(?:a|an|any|some)\s+(?:(?:real|actual|live)\s+)?(?:person|human|humans|people|someone|staff|employee)\s+(?:actually |ever |really )?(?:read|review|check|moderate|approve|see|write|look at|go through|translate|handle|verify)s?\s+(?:the|every|each|all|these|those|our|submitted|incoming|new)\b[^.!?]*/g;

/** Whether a customer message asks to be put through to a person, in any of the six languages. */
export function wantsHuman(text: string): boolean {
  const folded = expandTextspeak(fold(text))
    .replace(/\s+/g, " ")
    .replace(FEATURE_NAME, "feature")
    .replace(PROCESS_QUESTION, "question")
    .replace(IDENTITY, "identity")
    .trim();
  for (const sentence of folded.split(/[.!?;\n¡¿]+/)) {
    if (FRAGMENT.test(sentence.trim())) return true;
  }
  return (
    ALL.some((patterns) => anyUnnegated(folded, patterns)) ||
    anyUnnegated(folded, [REAL_PERSON, PRESENCE_QUESTION])
  );
}
