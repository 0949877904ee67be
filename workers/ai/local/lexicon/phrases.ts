/**
 * Multi-word expressions whose meaning is not the sum of their words ("no worries" is not worried, "sick of"
 * is not slang praise, "take forever" is a complaint). Matched on folded text before word valences; the
 * words inside a match are not scored again. Weights use the AFINN scale.
 */
export const PHRASE_VALENCE: ReadonlyArray<readonly [RegExp, number]> = [
  // Reassurance idioms built from negative words.
  [/\b(?:no|not an?|never an?) (?:worries|worry|problem|problems|issue|prob|biggie)\b/g, 1.5],
  [/\b(?:can'?t|cannot) complain\b|\bno complaints\b/g, 1.5],
  [/\bin a good way\b|\bmakes sense\b/g, 2],
  [
    /\b(?:sin|ningun) problemas?\b|\bno hay (?:problema|cuidado)\b|\bpas de (?:souci|soucis|probleme)\b|\b(?:aucun|sans) (?:souci|probleme)\b|\bkein problem\b|\b(?:sem|nenhum) problemas?\b|\bnessun problema\b|\bnon c'e problema\b/g,
    1.5,
  ],
  // Exasperation.
  [
    /\b(?:fed up|sick (?:of|and tired)|had it with|had enough|enough of this|enough is enough|tired of)\b/g,
    -3,
  ],
  [/\b(?:what a|this is a|it'?s a) (?:joke|scam|rip-?off|nightmare|mess|farce)\b|\brip-?off\b/g, -3],
  [/\bwaste of (?:money|time|my time)\b/g, -3],
  [/\b(?:takes?|taking|took|take) (?:forever|ages)\b/g, -2],
  [/\b(?:not|never|isn'?t|is not) acceptable\b/g, -3],
  [/\b(?:can'?t|cannot|could not|couldn'?t) believe\b/g, -2],
  [/\bnothing (?:\w+ )?(?:is |ever )?(?:works?|working|worked)\b|\bstill nothing\b/g, -2.5],
  [/\b(?:still|again) (?:broken|not working|doesn'?t work|failing|crashing|wrong)\b/g, -2],
  [/\b(?:doesn'?t|does not|didn'?t|did not|won'?t) help\b|\bnot helpful\b|\bno help\b/g, -2],
  [/\b(?:didn'?t|did not|doesn'?t|does not) answer\b|\bnot what i (?:asked|meant|need)\b/g, -2],
  [/\b(?:not|never) listening\b|\bnot reading\b/g, -2.5],
  [
    /\bswitch(?:ing)? (?:to (?:a |another )?)?(?:providers?|competitors?|vendors?)\b|\b(?:take|taking) my business\b/g,
    -3,
  ],
  [/\blos(?:e|ing) (?:customers|clients|money|business|sales|revenue)\b/g, -3],
  [/\b(?:who|that) (?:can |will |would )?actually (?:help|works?|listens?|knows?)\b/g, -2.5],
  [
    /\byou(?:'re| are) (?:just )?a (?:bot|robot|machine)\b|\bnot (?:a |an )?(?:bot|robot|machine|script|chatbot|ai)\b/g,
    -2,
  ],
  [
    /\b(?:pas|no|nicht|nao|non) (?:un |une |ein |einen |um |uno )?(?:robot|bot|maquina|machine|roboter)\b/g,
    -2,
  ],
  // Having to repeat oneself.
  [
    /\b(?:asked|told|explained|said|written|wrote|contacted you|called|tried)\b.{0,20}\b(?:three|four|five|several|multiple|many|\d+|a dozen) times\b|\b(?:third|fourth|fifth|\d+(?:st|nd|rd|th)) time\b|\bhow many times\b|\bagain and again\b|\bover and over\b|\bkeeps? (?:happening|going down)\b|\bgoing (?:round )?in circles\b|\brun ?around\b/g,
    -2.5,
  ],
  [/\bseriously\s*[?!]|\bare you (?:serious|kidding)\b|\byou(?:'ve| have) got to be kidding\b/g, -2],
  [
    /\b(?:so|completely|totally|absolutely) done\b|\bdone with (?:you|this|your|it all)\b|\bcancel everything\b/g,
    -3,
  ],
  [/\b(?:way )?too (?:long|slow)\b|\btaking (?:so|way too|too) long\b/g, -2],
  [/\b(?:fix|sort|solve|resolve) (?:this|it)\b.{0,15}\b(?:now|today|immediately|asap)\b/g, -2],
  [/\bneed (?:this|it) (?:fixed|resolved|sorted|done|working)\b/g, -1],
  [
    /\b(?:launch|release|demo|presentation|deadline|go-live|audit|meeting)\b.{0,15}\b(?:tomorrow|tonight|today|in (?:an|one|two|\d+) hours?)\b/g,
    -1.5,
  ],
  [/\bstop (?:giving|sending|showing|telling|linking) (?:me|us)\b/g, -2],
  [
    /\blos(?:e|ing|t) (?:my |our )?patience\b|\bout of patience\b|\bpatience (?:is )?(?:running|wearing) (?:out|thin)\b/g,
    -3,
  ],
  [/\bcost (?:us|me) (?:thousands|a fortune|money|customers|sales|a lot|\$?\d+)/g, -2.5],
  [
    /\b(?:will|'ll|going to|gonna) (?:cancel|leave|switch|churn|stop using)\b.{0,30}\bif\b|\b(?:bad|negative|1[- ]star|one[- ]star) review\b/g,
    -2.5,
  ],
  [/\b(?:bot|you|this|it) (?:can'?t|cannot|couldn'?t|isn'?t able to|is unable to) help\b/g, -2],
  [
    /\b(?:want|going) to complain\b|\b(?:file|make|lodge) a (?:formal )?complaint\b|\bformal complaint\b/g,
    -2.5,
  ],
  [/\bexpect(?:ed)? (?:much |a lot |a bit )?(?:better|more)\b/g, -2],
  [
    /\bmoquez de moi\b|\bse moque\b|\bte burlas\b|\bse burlan\b|\bverarsch\w*|\bprend(?:ete|i) in giro\b/g,
    -3,
  ],
  [
    /\b(?:always|toujours|siempre|immer|sempre) (?:the same|le meme|la meme|el mismo|la misma|der gleiche|die gleiche|dasselbe|o mesmo|a mesma|lo stesso|la stessa)\b|\bsame (?:bug|error|problem|issue) again\b/g,
    -1.5,
  ],
  // Being ignored or kept waiting.
  [
    /\b(?:no one|nobody|noone)\b.{0,15}\b(?:answer\w*|respond\w*|repl\w*|help\w*|cares?|gets? back|got back|contact\w*|call\w*)\b|\bno (?:response|reply|answer) (?:from|for|in|yet)\b|\bignor(?:ed|ing) (?:me|us|my)\b/g,
    -2.5,
  ],
  [
    /\bnadie (?:responde|contesta|ayuda)\b|\bpersonne ne (?:repond|m'aide)\b|\bniemand (?:antwortet|hilft|meldet)\b|\bninguem (?:responde|ajuda)\b|\bnessuno (?:risponde|aiuta)\b/g,
    -2.5,
  ],
  [
    /\b(?:still|been) waiting\b|\bwaiting (?:for|since) (?:days|weeks|hours|a week|a month|\d+)\b|\bfor (?:days|weeks|ages)\b|\bllevo .{0,15}esperando\b|\bj'attends depuis\b|\bwarte(?:n)? (?:schon )?seit\b|\besperando ha\b|\baspetto da\b/g,
    -1.5,
  ],
  [
    /\b(?:miss(?:ing)?|about to miss|blow) (?:a|the|our|my) deadline\b|\b(?:please )?hurry(?: up)?\b|\btime[- ]sensitive\b/g,
    -2,
  ],
  [
    /\b(?:todavia|aun) no\b|\bainda nao\b|\bancora non\b|\bimmer noch nicht\b|\bschon wieder\b|\bencore une fois\b|\btoujours pas\b|\botra vez\b|\bde novo\b|\bdi nuovo\b|\bancora una volta\b/g,
    -1.5,
  ],
  [/\b(?:right now|immediately|as soon as possible)\b/g, -1.5],
  [/\b(?:by|before) (?:tonight|tomorrow|end of day|eod)\b/g, -1.5],
  [/\b(?:is|are|been|went|goes|was) down\b(?! for (?:maintenance|an? (?:update|upgrade)))|\boutage\b/g, -2],
  [/\blost (?:all|an hour|hours|days|everything|my work)\b/g, -2],
  [/\bdata (?:leak|breach)\b|\bsold my data\b/g, -1.5],
  [
    /\b(?:contact(?:ing)?|call(?:ing)?|get(?:ting)?|talk(?:ing)? to) (?:a|my) (?:lawyer|attorney)\b|\b(?:sue|suing) you\b|\blegal action\b/g,
    -2.5,
  ],
  [/\bwhy (?:is|does|do|are) (?:it|this|the \w+) still\b/g, -1.5],
  // Derision and masked swearing ("what a f***ing joke", "this is getting beyond a joke", "what the h*ll").
  [
    /\b(?:beyond|past) a joke\b|\b(?:is|it'?s|this is|that'?s|what a|such a|total|complete|absolute|bloody|f\S*ing)\s+(?:\S+\s+)?joke\b/g,
    -3,
  ],
  [
    /(?:^|[\s"'(])[a-z]{1,3}\*+[a-z]*\b|\*{3,}|\b(?:wtf|ffs|omfg|smh|fml)\b|\bwhat the (?:hell|heck|f|fuck|h\*ll|f\*+)\b/g,
    -2.5,
  ],
  [/\b(?:freaking|frigging|fricking|effing|bloody)\b(?!\s+(?:good|great|awesome|amazing|fast|love))/g, -1.5],
  [
    /\b(?:total|complete|absolute|such a|what a|big|huge|utter)\s+(?:\w+\s+)?(?:mess|shambles|farce|disgrace|circus)\b/g,
    -3,
  ],
  // Rhetorical questions: exasperation asked, not information sought ("why is it so hard to …").
  [
    /\bwhy (?:is|was|does|do|are) (?:it|this|that|everything|your \w+|the \w+) (?:always |still |so |this |such a )+(?:hard|difficult|complicated|slow|confusing|painful|expensive|bad|broken|buggy|annoying|unreliable|impossible|hidden|long|much work)\b/g,
    -2,
  ],
  [
    /\bwhy (?:does|do|is|are|did|can'?t|won'?t) (?:nothing|everything|no ?one|nobody)\b|\bwhy (?:does|do|is|are) (?:it|this|that) (?:always|never|keep)\b|\bwhy (?:do|should|must) (?:i|we) (?:always |even )?(?:have to|need to|keep|bother)\b|\bwhy on earth\b|\bwhy the (?:hell|heck|f\w*)\b|\bwhy tf\b/g,
    -2,
  ],
  [
    /\bhow (?:hard|difficult) (?:can it be|is it)\b|\b(?:is it|is that) (?:really )?too much to ask\b|\bhow is (?:this|that|it) (?:still )?(?:acceptable|ok|okay|possible|legal|allowed)\b|\bwhat(?:'s| is) wrong with (?:you|your|this company|you people)\b|\bhow long (?:do|does|must|will|should|am) (?:i|we) (?:have to |need to |supposed to )?(?:wait|keep waiting)\b/g,
    -2.5,
  ],
  // Repetition and getting nowhere, six languages ("c'est la troisième fois", "toujours rien", "still no refund").
  [
    /\b(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|nieme) fois\b|\b(?:segunda|tercera|tercer|cuarta|quinta|enesima) vez\b|\b(?:zweite|dritte|vierte|funfte|x-te|zigste|hundertste)n? mal\b|\b(?:terceira|quarta|quinta) vez\b|\b(?:seconda|terza|quarta|quinta|ennesima) volta\b|\b(?:umpteenth|nth|millionth|hundredth)\b/g,
    -2.5,
  ],
  [
    /\b(?:toujours|encore) rien\b|\b(?:todavia|aun|sigue sin) nada\b|\bsigue sin\b|\b(?:immer noch|noch immer|wieder) nichts\b|\bainda nada\b|\bcontinua sem\b|\bancora (?:niente|nulla)\b|\bnichts passiert\b/g,
    -2.5,
  ],
  [
    /\bstill no(?:t a)? (?:\w+)\b(?<!\bstill no (?:worries|problem|rush|hurry|stress))|\b(?:days|weeks|hours|months|emails|messages|tickets|calls|times)\b.{0,12}\b(?:and|but|with) (?:still )?(?:no|nothing|not a)\b/g,
    -2,
  ],
  [
    /\b(?:heard|got) nothing(?: back)?\b|\b(?:never|haven'?t|have not|hasn'?t|didn'?t) (?:heard|got(?:ten)?) (?:anything )?back\b|\b(?:emailed|messaged|written in|wrote in|reached out|pinged (?:you|support)|chased)\b.{0,20}\b(?:twice|three|four|five|several|multiple|many|\d+) times\b/g,
    -2.5,
  ],
  [
    /\bevery (?:single )?(?:time|day|week|morning)\b.{0,25}\b(?:again|same|broken|crash\w*|fails?|error|down|logs? me out)\b|\bevery single (?:time|day|week|month)\b/g,
    -2,
  ],
  // Giving up, running out of patience.
  [
    /\b(?:i|we) give up\b|\bat (?:my|our) wits'? end\b|\bbeyond (?:frustrated|annoyed|angry)\b|\blosing my mind\b|\bnever again\b|\b(?:i'?m|i am|we'?re) (?:so |really |completely )?over (?:it|this)\b|\bcan'?t (?:take|stand|deal with) (?:this|it|any ?more)\b|\bcan'?t wait (?:any ?(?:longer|more)|much longer)\b/g,
    -3,
  ],
  [/\bworst (?:\w+ )?(?:ever|i'?ve|i have|service|experience|support|company|app|product|tool)\b/g, -3.5],
  // Urgency in time.
  [
    /\bneed (?:this|it|that|them) (?:\w+ )?(?:today|tonight|now|asap|immediately|right away|urgently)\b|\b(?:running|run) out of time\b|\btime is running out\b|\b(?:costing|costs) (?:us|me)\b/g,
    -2,
  ],
  // h round. Demanding a person at once ("real agent now", "human asap!"): impatience.
  [
    /\b(?:human|person|agent|rep|representative|operator|manager|supervisor|someone|somebody)\s+(?:now|asap|immediately|right away|this instant)(?=\s*(?:[.!?,]|please|pls|plz|$))/g,
    -2.5,
  ],
  // Implied incompetence: "someone who knows what they're doing", "someone competent", "someone with a clue".
  [
    /\b(?:someone|somebody|anyone|anybody|a person|people) who (?:actually |really |even )?(?:knows?|understands?) what (?:they'?re|they are|theyre|he'?s|she'?s|you'?re|you are) (?:doing|talking about)\b|\b(?:someone|somebody|anyone) (?:competent|with a (?:clue|brain))\b/g,
    -2.5,
  ],
  // Doubting anyone is there: "is anybody actually reading these", "does anyone even care".
  [
    /\b(?:is|are) (?:anyone|anybody|someone|somebody|any humans?|a human) (?:actually|even|ever|really) (?:reading|listening|there|working|paying attention|looking)\b|\bdoes (?:anyone|anybody) (?:actually|even|ever|really) (?:read|care|check|listen)\b/g,
    -2,
  ],
  // The same answer again: "the bot keeps giving me the same answer" (typos in the verb allowed).
  [
    /\bkeeps? (?:\w+ )?(?:me )?(?:the )?same (?:answers?|links?|articles?|repl(?:y|ies)|responses?|things?|messages?)\b|\bsame (?:answer|link|article|reply|response) (?:every time|over and over|each time)\b/g,
    -2.5,
  ],
  // Broken promises and poor value: "the refund you promised", "we pay a lot and get nothing in return".
  [/\b(?:you|they|your \w+|(?:i|we) (?:was|were)) promised\b/g, -2],
  [
    /\b(?:get|got|getting) nothing (?:in return|for it|out of it|back for)\b|\bwhat (?:am i|are we) (?:even |actually )?paying (?:you )?for\b|\bnot worth (?:the (?:money|price|cost)|paying|it)\b|\bpay(?:ing)? for nothing\b|\boverpriced\b/g,
    -2.5,
  ],
  // A past worry the customer then says was resolved ("I was worried about the migration but it went
  // smoothly"): the worry word is not scored; what follows "but" carries the mood.
  [
    /\b(?:i|we) (?:was|were) (?:a bit |a little |quite |really |so |very |slightly )?(?:worried|nervous|concerned|anxious|afraid|scared|annoyed|frustrated|confused|sceptical|skeptical|unsure|upset|doubtful)(?: at first| initially| before)?(?=[^.!?]{0,60}\b(?:but|until|then)\b)/g,
    0,
  ],
  // A problem back again: "the invoice is wrong AGAIN", "logged out yet again".
  [
    /\b(?:wrong|broken|failing|failed|down|late|missing|crashed|crashing|gone|stuck|locked(?: out)?|logged out|empty|duplicated|charged twice|not working)\s+(?:again|once again|yet again)\b|\byet again\b/g,
    -2,
  ],
  // A bare person with "!!" ("agent!!", "HUMAN!!").
  [
    /^\s*(?:a |an )?(?:real |live )?(?:human|agent|person|operator|representative|rep|manager|supervisor)\s*!{2,}/g,
    -2.5,
  ],
  // Counting attempts or weeks: "this is my 5th attempt", "the second week im waiting".
  [
    /\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) (?:attempt|try|request|email|message|ticket|chat|reminder|follow-?up)\b|\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:week|day|month) (?:(?:that |now )?(?:i'?m|im|i am|i'?ve been|we'?ve been|we are|we'?re|of|of me) )?(?:waiting|chasing|asking)\b/g,
    -2.5,
  ],
  // Exasperation said politely: "words fail me", "I've been more than patient", "lost for words".
  [
    /\bwords fail me\b|\b(?:i'?ve|i have|we'?ve|we have) been (?:more than |very |extremely |incredibly |really )?patient\b|\b(?:speechless|lost for words)\b|\bmy patience has (?:run out|limits)\b/g,
    -3,
  ],
  // Waiting counted in time, five languages ("ça fait trois semaines que j'attends").
  [
    /\b(?:ca|cela) fait (?:deux|trois|quatre|cinq|plusieurs|\d+) (?:jours|semaines|mois) que j'attends\b|\bhace (?:dos|tres|cuatro|varios|varias|\d+) (?:dias|semanas|meses) que (?:espero|estoy esperando)\b|\bseit (?:zwei|drei|vier|mehreren|\d+) (?:tagen|wochen|monaten) warte\b|\b(?:ha|faz) (?:dois|duas|tres|quatro|varios|varias|\d+) (?:dias|semanas|meses) (?:que )?(?:espero|estou esperando)\b|\bda (?:due|tre|quattro|diversi|diverse|\d+) (?:giorni|settimane|mesi) (?:che )?aspetto\b/g,
    -2.5,
  ],
  // i round. Harm told by its outcome: "I lost a day of work", "we missed payroll", "three customers cancelled on
  // us", "I had to redo the whole report by hand", "spent my whole weekend fixing it", six languages.
  [
    /\blos(?:t|e|ing) (?:a|an|one|two|three|\d+|half a|a whole|an entire|the whole|my whole|our whole|most of (?:a|the|my|our)) (?:(?:whole|entire|full) )?(?:day|days|week|morning|afternoon|evening|night|weekend|hours?|clients?|customers?|deals?|sales?|orders?|contracts?|bookings?)\b|\blost (?:a|an|the) (?:\w+ )?(?:client|customer|deal|contract|account)\b|\bmissed (?:payroll|(?:a|the|our) (?:deadline|launch|go-live|filing|flight|shipment|payroll run))\b/g,
    -2.5,
  ],
  [
    /\b(?:cancel+ed|left|churned|walked (?:away|out)|complained) on us\b|\b(?:customers|clients|users) (?:are |have )?(?:cancel+(?:ed|ing)|leaving|complaining|furious|angry)\b/g,
    -2.5,
  ],
  [
    /\bhad to (?:redo|re-?do|re-?enter|retype|rebuild|recreate|start (?:over|again|from scratch)|do (?:it|everything|it all|the whole \w+|all of it) (?:again|manually|by hand)|(?:\w+ ){1,4}by hand)\b|\bspent (?:my|our|the|a|an) (?:whole |entire )?(?:weekend|day|morning|afternoon|evening|night|week)\b.{0,25}\b(?:fixing|trying|redoing|chasing|dealing|cleaning|sorting|on this|on it)\b|\bspent (?:hours|days) (?:fixing|trying|redoing|chasing|cleaning up)\b/g,
    -2.5,
  ],
  [
    /\b(?:perdi|perdemos|perdimos|he perdido|hemos perdido|ho perso|abbiamo perso|j'ai perdu|nous avons perdu|on a perdu|perdu)\b.{0,20}\b(?:dias?|clientes?|clients?|commandes?|journee|journees|giorn[oi]|giornata|pedidos?|ventas?|vendas?|ordini|trabajo|travail|lavoro|trabalho|semana|semaine|settimana)\b|\b(?:kunden|tag|auftrag|auftrage|arbeitstag|umsatz)\b.{0,20}\bverloren\b/g,
    -2.5,
  ],
  [
    /\bper colpa (?:vostra|tua|sua|del vostro|di voi)\b|\bpor culpa (?:de ustedes|suya|vuestra|tuya|de voces)\b|\ba cause de vous\b|\bwegen (?:ihnen|euch|ihres fehlers|eures fehlers|ihrer)\b|\bpor causa de (?:voces|vcs)\b|\bpor causa (?:desse|deste) (?:erro|problema|bug)\b|\ba cause de (?:ce|votre) (?:bug|probleme|erreur)\b/g,
    -2,
  ],
  // The customer's boss or client asking why they pay; looking at other vendors; being treated badly; a reply
  // overdue; counted attempts with a thing ("the fourth card I've tried"); all they ever see; not knowing what
  // else to do (six languages); "thanks for nothing"; sarcastic "great, another outage".
  [
    /\bwhy (?:do |are )?(?:we|i) (?:even |still )?(?:pay(?:ing)?) (?:for|you)\b|\b(?:seriously|now|actively|really|starting to|already) (?:considering|looking (?:at|for)|evaluating|exploring) (?:other|alternative|another|different) (?:vendors?|providers?|tools?|solutions?|options|products?|companies|services?|platforms?)\b|\b(?:seriously|now|actively) (?:considering|looking (?:at|for)) alternatives\b/g,
    -2.5,
  ],
  [
    /\bnever been treated (?:like this|this way|so badly|so poorly)\b|\btreated (?:like (?:dirt|garbage|an idiot|a number)|so badly|so poorly|this badly)\b/g,
    -3,
  ],
  [
    /\b(?:(?:i|we) (?:had |really |honestly )?expected|should(?:'ve| have)|would have thought|thought (?:i|we)'?d)\b.{0,40}\bby now\b/g,
    -2.5,
  ],
  [
    /\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)) (?:\w+ )?(?:i'?ve|we'?ve|i have|we have) (?:tried|used|attempted|entered)\b/g,
    -2.5,
  ],
  [/\ball (?:i|we) (?:ever )?(?:get|see|hear)\b(?! (?:is (?:great|good|fine)))/g, -2],
  [
    /\b(?:ya )?no se (?:que|que mas) hacer\b|\bje ne sais plus quoi faire\b|\bweiss (?:ich )?nicht mehr,? was ich (?:tun|machen) soll\b|\bnao sei mais o que fazer\b|\bnon so piu cosa fare\b|\b(?:don'?t|do not) know what (?:else )?to do (?:anymore|any more)\b|\bat a loss\b/g,
    -3,
  ],
  [/\b(?:volvi\w+|vuelve|vuelven|ha vuelto|han vuelto) a (?:cobrar|fallar|pasar|caer|bloquear)\w*/g, -2],
  [
    /\bthanks? (?:a lot |very much )?for nothing\b|\bmerci pour rien\b|\bgracias por nada\b|\bdanke fur nichts\b|\bobrigad[oa] por nada\b|\bgrazie (?:per|di) (?:niente|nulla)\b/g,
    -3,
  ],
  [
    /\b(?:oh )?(?:great|perfect|wonderful|fantastic|brilliant|lovely|awesome|nice|super),? (?:yet )?another (?:outage|bug|crash|error|failure|problem|issue|delay|price (?:rise|increase|hike))\b|\b(?:just|simply) (?:great|perfect|wonderful|brilliant|fantastic|lovely)(?=\s*[.!]*\s*$)(?<=\b(?:another|again|yet)\b.{0,40})/g,
    -3,
  ],
  // Down, in five languages and in Franglais ("le site est down depuis hier", "está caído", "ist ausgefallen").
  [
    /\b(?:est|sont|etait|esta|estan|ist|sind|e|sono)\s+(?:encore |toujours |todavia |immer noch |ancora )?(?:down|en panne|hors service|caid[oa]s?|ausgefallen|fora do ar|offline|giu)\b|(?<!\b(?:non|no|nao|nicht|pas|ne|n') )\b(?:c'est|es|e|ist|das ist) (?:tres |muy |molto |sehr |muito )?(?:grave|gravissimo)\b(?! (?:si|se|if|wenn|quand))(?!\s*\?)/g,
    -2,
  ],
  // Days without an answer, never working, not working at all, six languages ("llevo tres días sin respuesta",
  // "non funziona mai", "não funciona de jeito nenhum", "ça ne marche pas du tout").
  [
    /\b(?:dias|semanas|horas|meses|jours|semaines|heures|mois|tage|tagen|wochen|stunden|monaten|giorni|settimane|ore|mesi|days|weeks|hours|months)\b.{0,12}\b(?:sin|sans|ohne|sem|senza|without|keine|nessuna|no)\s+(?:una |un |une |eine |a |an |any |uma |alguna |nenhuma )?(?:respuesta|solucion|reponse|solution|antwort|losung|resposta|solucao|risposta|soluzione|answer|reply|response|fix|ayuda|aide|hilfe|ajuda|aiuto|help|servicio|service|acceso|acces|zugang|acesso|accesso|access)\b/g,
    -2.5,
  ],
  [
    /\b(?:never|nunca|jamais|nie|niemals) (?:works?|worked|funciona|marche|fonctionne|funktioniert|funziona)\b|\b(?:non funziona|ne marche|ne fonctionne|funktioniert|nao funciona|no funciona) (?:mai|jamais|nie|nunca)\b|\b(?:doesn'?t|does not|didn'?t|isn'?t|not) work(?:ing)? at all\b|\bno funciona (?:para nada|en absoluto)\b|\bne (?:marche|fonctionne) pas du tout\b|\bfunktioniert (?:gar|uberhaupt) nicht\b|\bnao funciona de (?:jeito|forma|maneira) nenhuma?\b|\bnon funziona (?:per niente|affatto|proprio)\b/g,
    -2,
  ],
  // Work blocked by it ("my whole team is blocked", "we can't work because of this", "our business is on
  // hold"); no time for it; "come on"; "so many bugs lately"; "what is going on with your service".
  [
    /\b(?:whole|entire) (?:team|company|office|department|staff) (?:is |are )?(?:blocked|stuck|down|unable to work|idle)\b|\b(?:can'?t|cannot|unable to) (?:work|do (?:anything|our jobs?|my job))\b(?! (?:out|with|on|from|offline))|\b(?:business|work|everything|operations?|production|sales) (?:is |are )?(?:on hold|at a standstill|blocked|stalled|paralys\w*|paralyz\w*)\b|\bstuck and can'?t\b/g,
    -2.5,
  ],
  [
    /\b(?:i|we) (?:don'?t|do not) have time for (?:this|that|these)\b|\bno time for (?:this|that)\b|\b(?:oh )?come on\b(?=\s*(?:[.!?,]|$))|\bso many (?:bugs|errors|issues|problems|crashes|outages)\b|\bwhat(?:'s| is) (?:going on|happening|wrong) with (?:your|this|the) (?:service|app|product|support|company)\b/g,
    -2,
  ],
  // Kept calm: an outage asked about or over ("is the outage over?", "we had an outage last week, is it fixed
  // now?") cancels the outage idiom; a loss only imagined ("I'd hate to lose my data"); a concern about a topic
  // ("I'm worried about data privacy").
  [
    /\b(?:is|was) the outage (?:over|resolved|fixed|done|still (?:on|going))\b|\b(?:had|was) an outage (?:last|yesterday|earlier|on)\b|\boutage (?:is|was) (?:over|resolved|fixed)\b/g,
    2,
  ],
  // A customer correcting themselves: "ignore that", "please ignore my last message".
  [
    /\b(?:please )?(?:ignore|disregard) (?:that|this|it|my (?:last|previous) (?:message|question|email)|the (?:last|previous) (?:message|one))\b/g,
    0,
  ],
  [
    /\b(?:i'?d|i would|we'?d|we would) (?:hate|not want|not like) to (?:lose|break|miss|mess up|delete|damage|overwrite)\b/g,
    0,
  ],
  [
    /\b(?:i'?m|i am|we'?re|we are) (?:a bit |a little |slightly |somewhat )?(?:worried|concerned) about (?:data |the |our |my |your )?(?:privacy|security|gdpr|compliance|pricing|price|costs?|migration|upgrade|update|performance|data protection)\b/g,
    -0.5,
  ],
  // Kept calm: a polite opener built from negative words ("I hate to bother you", "sorry for the dumb
  // question"), being new to computers ("not very good with computers"), a worry about what might happen,
  // a report of being unable to do something, mild swearing as praise ("damn that was fast").
  [
    /\b(?:i )?hate to (?:bother|trouble|ask|be a pain|disturb|chase|nag|say)\b|\bsorry (?:to (?:bother|trouble|disturb|ask)|for (?:the|a|my|this|such a) (?:dumb|stupid|silly|basic|naive|noob) question)\b|\b(?:dumb|stupid|silly|basic|naive|noob) question\b|\bnot (?:very |that |too |so |really )?(?:good|great) (?:with|at) (?:computers|technology|tech|these things|this stuff|apps|english|computer stuff)\b|\b(?:bad|terrible|hopeless|useless|clueless|rubbish) (?:with|at) (?:computers|technology|tech|these things|this stuff|computer stuff)\b|\bthanks to (?:this|that|your|the|you|these|those)\b/g,
    0,
  ],
  [
    /\b(?:worried|afraid|concerned|nervous|scared) (?:that )?(?:the|it|this|my|our|an?) (?:\w+ )?(?:would|will|might|could|may)\b[^.!?,]*/g,
    -0.5,
  ],
  [
    /\b(?:unable|not able) to (?:log ?in|sign ?in|access|login|connect|open|upload|download|find|see|pay|reset)\b/g,
    -0.5,
  ],
  [
    /\b(?:damn|dang|darn|hella|crazy|insanely|ridiculously|stupidly|wicked)\s+(?:that (?:was|is) |this is |it'?s |that'?s )?(?:fast|quick|good|nice|great|smooth|easy|useful|cool|awesome|handy|slick)\b/g,
    2,
  ],
  // Praise built from negated or negative words.
  [/\b(?:couldn'?t|could not|can'?t|cannot) be (?:happier|better|more (?:pleased|happy|satisfied))\b/g, 3],
  [
    /\bno (?:rush|hurry|stress|pressure)\b|\bnot (?:a )?(?:big deal|an issue|urgent)\b|\bnothing (?:wrong|to (?:worry|complain) about)\b/g,
    1,
  ],
  // Other languages.
  [/\bras le bol\b|\b(?:j'en ai|en avoir) marre\b|\bc'est (?:une blague|n'importe quoi)\b/g, -3],
  [/\bes una (?:estafa|verguenza|broma)\b/g, -3],
  [/\bes reicht\b|\bich habe genug\b|\b(?:das ist|so ein) (?:witz|mist)\b/g, -3],
  [/\bestou cansad[oa] de\b|\b(?:e|isso e) uma (?:piada|vergonha)\b/g, -3],
  [/\bsono stuf[oa]\b|\be una vergogna\b|\bnon funziona (?:niente|nulla)\b/g, -1.5],
  [/\bno funciona nada\b|\brien ne (?:marche|fonctionne)\b|\bnichts funktioniert\b|\bnada funciona\b/g, -2.5],
];
