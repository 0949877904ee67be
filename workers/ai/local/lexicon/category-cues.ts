import type { Category } from "../../provider";

/**
 * Evidence for each category, matched on folded text (lower case, no accents). A message goes to the
 * category with the most weight; specific phrases outweigh the generic words they contain ("price went up"
 * is a billing complaint, "price" alone a sales question). Weights: 1 hint, 2 likely, 3 decisive, 4 beats
 * a competing decisive cue.
 */
export const CATEGORY_CUES: ReadonlyArray<readonly [Category, RegExp, number]> = [
  // billing
  [
    "billing",
    /\b(?:invoic\w*|bill|bills|billed|billing|receipts?|payments?|pay|paying(?! customers?)|vat|tax(?:es)?)\b/g,
    3,
  ],
  // "paid" alone, not "a paid product/plan", which is about the product.
  ["billing", /\bpaid\b(?! (?:product|plan|tier|customer|user|account|version|service|app|feature)s?\b)/g, 3],
  ["billing", /\b(?:refund\w*|overcharg\w*|money back|chargeback|reimburs\w*)\b/g, 4],
  ["billing", /\bcharg(?:e|es|ed|ing)\b(?<!\bin charge)/g, 3],
  ["billing", /\b(?:credit )?card\b|\bcurrency\b|\bwaste of money\b|\bdeclined\b/g, 1.5],
  [
    "billing",
    /\b(?:failed|declined|bounced|rejected) (?:payments?|charges?|cards?|renewals?)\b|\bpayments? (?:failed|declined|bounced|didn'?t go through)\b/g,
    3,
  ],
  ["billing", /\b(?:prelev\w*|abgebucht|debitad[oa]|descontad[oa] (?:do|no) (?:meu )?cartao)\b/g, 3],
  [
    "billing",
    /\b(?:bank transfer|wire transfer|direct debit|sepa|iban|paypal|credit note|prorat\w*|billing cycle|subscription fee|renewal (?:charge|fee|price))\b/g,
    3,
  ],
  [
    "billing",
    /\b(?:pag(?:ar|o|ue|uei|ou|ado|amos|aron)|tarjeta|payer|paye|carte bancaire|bezahl\w*|kreditkarte|lastschrift|gebuhr\w*|cartao|cobranca|boleto|nota fiscal|pagato|carta di credito|bonifico)\b/g,
    2.5,
  ],
  [
    "billing",
    /\bprices? (?:went up|increase\w*|hike|changed?)\b|\b(?:raised|increased) (?:the |your )?prices?\b/g,
    4,
  ],
  [
    "billing",
    /\b(?:add|remove|reduce|drop|cancel) (?:another |more |an? |\d+ |some |a few |two |three )?(?:\w+ )?seats?\b|\bfewer seats\b/g,
    3,
  ],
  // Changing the price a customer already pays ("change the pricing without telling anyone").
  [
    "billing",
    /\b(?:change|changed|changing|raise|raised|raising|hike|hiked|double|doubled) (?:the |your |our |my )?(?:pricing|prices?)\b/g,
    4,
  ],
  [
    "billing",
    /\b(?:factura\w*|cobr\w*|cargo|reembols\w*|pago|facture\w*|rembours\w*|debite\w*|paiement|prelevement|rechnung\w*|abbuchung|belastet|erstatt\w*|ruckerstatt\w*|zahlung|fatura\w*|pagamento|fattur\w*|addebit\w*|rimbors\w*)\b/g,
    3,
  ],
  // i round. Credits and the finance department ("the credit is on its way", "alguém do financeiro").
  [
    "billing",
    /\bcredit(?:ed|s)?\b(?! (?:card|score|check))|\b(?:finance|financeiro|finanzas|financieros?|finances|buchhaltung|contabilita|amministrazione|accounts payable|accounts receivable)\b|\baccounts (?:team|department|dept)\b/g,
    2.5,
  ],
  // The card they pay with: "my card expired, how do I update it", "change the card on file".
  [
    "billing",
    /\bcards? (?:expired|expires|has expired|details|on file|number)\b|\b(?:expired|new|update (?:my|the|our)|change (?:my|the|our)|replace (?:my|the|our)) (?:credit |debit |payment )?card\b/g,
    3,
  ],
  // Fees ("why is there a late fee").
  [
    "billing",
    /\b(?:late|cancellation|setup|set-up|service|transaction|processing|overage|admin) fees?\b|\b(?:a|the|this|that|extra|additional|hidden|unexpected) fees?\b(?! (?:per|for each|for every)\b)/g,
    3,
  ],
  // German charges: "warum wurde mir zu viel berechnet?".
  ["billing", /\b(?:berechnet|abgerechnet|abrechnung\w*|zu viel bezahlt|doppelt bezahlt)\b/g, 3],
  // account
  [
    "account",
    /\b(?:password|passwort|contrasena|mot de passe|senha|two[- ]?factor|two[- ]step|2-?step|2fa|mfa|authenticator|one-time (?:code|password)|otp)\b/g,
    3,
  ],
  [
    "account",
    /\b(?:delete|close|closing|terminate|deactivate|remove|cancel\w*)\s+(?:my|our|the|an|this)\s+(?:\w+\s+)?(?:account|subscription|plan|membership)\b/g,
    3,
  ],
  [
    "account",
    /\b(?:stop|end|turn off)\b.{0,25}\b(?:subscription|renew\w*|membership)\b|\bauto-?renew\w*/g,
    3,
  ],
  [
    "account",
    /\b(?:switch|downgrade|move|change)\s+(?:me|us|my plan|our plan)?\s*(?:to|from)\s+(?:the\s+)?\w+\s+plan\b/g,
    3,
  ],
  [
    "account",
    /\b(?:log ?in|login|sign ?in|log into|logged (?:me )?out|log ?out|username|profiles?|email address|read-only|guest|locked out|unlock|verification email|sign(?:ed|ing)? ?up|which email|my email)\b/g,
    2,
  ],
  [
    "account",
    /\b(?:account|profile|login|user) (?:(?:got|is|was|has been|have been|gets|keeps getting) )?(?:locked|suspended|disabled|deactivated|blocked|frozen|hacked|compromised)\b|\b(?:locked|logg(?:ed|ing)|kick(?:ed|ing)|sign(?:ed|ing)) (?:me |us )?out\b|\blogs? (?:me|us) out\b|\bcompte (?:bloque|suspendu|pirate)\b|\bcuenta (?:bloqueada|suspendida|hackeada)\b|\bkonto (?:gesperrt|gehackt)\b|\bconta (?:bloqueada|suspensa|hackeada)\b|\baccount (?:bloccato|sospeso)\b/g,
    4,
  ],
  [
    "account",
    /\btransfer (?:the )?ownership\b|\bownership of\b|\bmerge (?:two |my |our )?(?:\w+ )?(?:accounts|profiles|users)\b/g,
    3,
  ],
  [
    "account",
    /\b(?:admin|owner\w*|roles?|invite\w*|(?<!staff )members?(?! of (?:(?:your|the|our) )?(?:\w+ )?(?:team|staff))|access|workspace)\b/g,
    1.5,
  ],
  ["account", /\badd (?:a |another |new )?(?:user|person|member|people|colleague|teammate)s?\b/g, 2],
  ["account", /\b(?:my|our|the|your|an) account\b|\baccounts?\b/g, 1.5],
  [
    "account",
    /\b(?:cuenta|compte|konto|conta|iniciar sesion|me connecter|identifiant|anmelden|anmeldung|einloggen|benutzername|entrar|senha|usuario|accedere|accesso|profilo)\b/g,
    2,
  ],
  // Who may see or do what: "can my support agents see customer phone numbers", "limit which agents see billing".
  [
    "account",
    /\b(?:can|could|do|does|will|should) (?:my|our|the) (?:\w+ )?(?:agents|users|members|staff|team|teammates|colleagues|admins|guests|employees)\b.{0,12}\b(?:see|view|access|edit|delete|export|change|manage)\b|\b(?:limit|restrict|control|choose|decide|set) (?:who|which (?:\w+ )?(?:agents|users|members|people|roles|teams)) (?:can )?(?:see|view|access|edit|gets? access)\b/g,
    4,
  ],
  // Cancelling a subscription, six languages ("quiero cancelar mi suscripción", "mein Abo kündigen").
  [
    "account",
    /\b(?:cancel(?:ar|o|a|amos|e|en)|anul(?:ar|o|a|e)|darme de baja de|annul(?:er|e|ez)|resili(?:er|e|ez)|cancell(?:are|o|a|i)|disd(?:ire|ico|ici|ica)|encerr(?:ar|o|a|e))\s+(?:mi|mis|la|el|mon|ma|mes|l'|o|a|meu|minha|il|lo|la mia|il mio)?\s*(?:suscripcion|subscripcion|plan|abono|abonnement|forfait|assinatura|plano|abbonamento|piano)\b|\b(?:abo|abonnement|vertrag|plan|tarif)\s+(?:\w+\s+)?(?:kundigen|beenden)\b|\b(?:kundigen|beenden)\s+(?:sie\s+)?(?:mein|meinen|das|den)\s+(?:abo|abonnement|vertrag|plan|tarif)\b|\bme desabonner\b|\bdarme de baja\b/g,
    4,
  ],
  // i round. The account's contact details, adding someone as a user ("change the contact person on file",
  // "add my accountant as a user").
  ["account", /\bcontact (?:person|details|info\w*)\b/g, 3],
  // Changing plan in five languages ("¿cómo cambio mi plan?", "changer de forfait", "Tarif wechseln").
  [
    "account",
    /\b(?:cambi(?:ar|o|a|e)|changer|change|mud(?:ar|o|a|e)|troc(?:ar|o|a|e)|cambiare|cambio)\s+(?:de |mi |mon |ma |meu |minha |il mio |il |el |o |le )?(?:plan|plano|forfait|abonnement|offre|piano|suscripcion|assinatura|abbonamento)\b|\b(?:tarif|plan|abo)\s+(?:\w+\s+)?(?:wechseln|andern)\b/g,
    3,
  ],
  // Adding or removing a user in five languages ("einen Mitarbeiter hinzufügen", "ajouter un utilisateur").
  [
    "account",
    /\b(?:hinzufugen|einladen|anlegen|ajouter|inviter|anadir|agregar|invitar|adicionar|convidar|aggiungere|invitare)\b.{0,30}\b(?:mitarbeiter\w*|benutzer|nutzer|utilisateurs?|membres?|collegues?|usuarios?|miembros?|colegas?|membros?|utenti|utente|membri|colleghi)\b|\b(?:mitarbeiter\w*|benutzer|nutzer|einen kollegen|eine kollegin)\b.{0,30}\b(?:hinzufugen|einladen|anlegen|entfernen)\b/g,
    3,
  ],
  [
    "account",
    /\badd (?:my|our|a|an|the) (?:\w+ )?as (?:a |an )?(?:user|member|admin|guest|collaborator|viewer|editor)s?\b/g,
    3,
  ],
  // Removing someone from the account ("how do I remove a user", "deactivate a member").
  [
    "account",
    /\b(?:remove|delete|deactivate|disable|suspend|kick out) (?:a |an |the |this |that |my |our |one )?(?:\w+ )?(?:users?|members?|teammates?|colleagues?|guests?|admins?)\b/g,
    3,
  ],
  // Sessions and the profile ("my session keeps expiring", "update my profile picture").
  ["account", /\bsessions?\b|\bprofile (?:picture|photo|pic|image|name)\b|\bavatar\b/g, 3],
  // Changing the e-mail in five languages ("come cambio la mia email", "cambiar mi correo").
  [
    "account",
    /\b(?:cambi\w*|modific\w*|changer|andern|mudar|alterar|actualiz\w*|aktualisieren)\b.{0,15}\b(?:e-?mail|correo|courriel|direccion de correo|endereco de e-?mail|indirizzo e-?mail|e-?mail-adresse)\b/g,
    3,
  ],
  // technical
  // A page or service down, data gone, crashes in German past tense, waiting for a fix, outdated versions.
  [
    "technical",
    /\b(?:page|site|website|app|dashboard|checkout|portal|server|api|widget|inbox)s? (?:is |are |was |went |has been |have been )?(?:down|not loading|offline|unreachable)\b|'s down\b|\b(?:contacts|files|data|messages|conversations|tickets|attachments|records|notes|templates) (?:are|is|have|has|were|was) (?:all )?(?:gone|disappeared|vanished|missing|lost)\b|\babgesturzt\b|\b(?:waiting for|need|needs) (?:a|the) (?:fix|patch|bugfix|hotfix)\b/g,
    4,
  ],
  ["technical", /\b(?:download\w*|outdated|out of date|latest version|migrat\w*)\b/g, 1.5],
  [
    "technical",
    /\b(?:errors?|erro|erreur|fehler|errore|bugs?|crash\w*|api|webhooks?|sdk|integrations?|integracao|sync\w*|synchroni\w*|sincroni\w*|upload\w*|import\w*|export\w*|esporta\w*|install\w*|server|cpu|latency|timeouts?|endpoints?|registry|pagination|headers?|scraper|changelog|notifications?|outage)\b/g,
    3,
  ],
  // HTTP status codes, not the digits of a phone number ("call me on 555 0192").
  ["technical", /(?<![\d+][\s.-]?)\b(?:4[0-2]\d|5[01]\d)\b(?![\s.-]?\d)/g, 3],
  [
    "technical",
    /\b(?:not working|doesn'?t work|does not work|nothing works|stopped working|won'?t (?:start|load|open|launch)|broken|no funcion\w*|nada funciona|ne (?:marche|fonctionne) pas|rien ne (?:marche|fonctionne)|funktioniert nicht|nichts funktioniert|nao funciona|nao abre|nao carrega|fecha sozinho|trava\w*|non funziona|niente funziona|non si apre|si blocca|startet nicht|sturzt ab|ausfall\w*|ausfalle|storung\w*|absturz\w*|plante)\b/g,
    3,
  ],
  ["technical", /\b(?:is|are|been|went|was) down\b|\bproduction\b/g, 3],
  [
    "technical",
    /\b(?:broke|breaks|breaking)\b(?! (?:the )?(?:law|contract|agreement|terms|rules?|promise))/g,
    3,
  ],
  [
    "technical",
    /\b(?:need|needs|get|have|want) (?:this|it|that|them) (?:\w+ )?(?:fixed|working|repaired|back up)\b|\bfix (?:this|it) (?:now|today|asap|please)\b/g,
    2,
  ],
  [
    "technical",
    /\bdata (?:is|was|has) (?:gone|disappeared|missing|lost)\b|\bdata loss\b|\b(?:users|customers|employees|nobody|no one|none of (?:our|my|the) \w+)\b.{0,10}\b(?:can'?t|cannot|can|are unable to)\s+(?:log|sign) ?in\b/g,
    3.5,
  ],
  ["technical", /\bfail\w*|\bslow\w*|\b(?:takes|took) (?:a minute|ages|forever) to load\b/g, 2],
  [
    "technical",
    /\btech(?:nical)? (?:support|team|issue|problem)s?\b|\b(?:can'?t|cannot|don'?t|doesn'?t|dont|doesnt|won'?t|wont) (?:see|show|display|return|load|save|open|respond|refresh)\b|\bnot (?:showing|loading|displaying)\b|\b(?:disappeared|blank|times? out|timed out|payloads?|quota|memory|widget|embed|plugin|extension|http|ssl|dns|csv|json)\b/g,
    2,
  ],
  [
    "technical",
    /\b(?:assign\w*|automat\w*|workflows?|triggers?|tickets?|reports?|charts?|dashboards?|search|filters?|tags?|zapier|slack|salesforce|hubspot|github|jira|google)\b/g,
    1,
  ],
  [
    "technical",
    /\b(?:technicians?|tecnico|technicien|techniker|faster|slower|speed|performance|lag\w*|enable|disable|turn (?:on|off)|activate|single sign-on|sso|deleted|wiped|corrupt\w*|projects?)\b/g,
    1.5,
  ],
  // Product nouns alone are not enough (praise of "the new dashboard" is general); with a how-to they are.
  ["technical", /\b(?:how (?:do|can|to)|can (?:i|we)|is it possible to)\b|\bversions?\b/g, 1],
  [
    "technical",
    /\b(?:authenticat\w*|tokens?|deploy\w*|configur\w*|config|set ?up|setup|saml|scim|rename|file types?|update\w*|app|apps|aplicacion|application|aplicativo|applicazione|mobile|desktop|browser|settings|load\w*|build|keyboard|shortcut|offline|dark mode|files?|daten)\b/g,
    1.5,
  ],
  [
    "technical",
    /\bhow (?:do|can) i (?:export|import|upload|rename|set up|configure|connect|integrate|install)\b/g,
    2,
  ],
  // i round. Quoted error messages, what a screen shows, backups, integrating, builders.
  [
    "technical",
    /\bsomething went wrong\b|\btry again later\b|\b(?:access|permission) denied\b|\bunexpected error\b|\berror (?:code|message)s?\b|\b(?:shows?|showed|showing|displays?|displayed) (?:only )?(?:zeros?|0|nothing|blank|empty|wrong (?:numbers|data|totals|figures|values)|no data|n\/a|nan|undefined|null)\b|\bback-?ups?\b|\bintegrat(?:e|es|ing)\b|\b(?:workflow|flow|form|page|report|automation) builder\b/g,
    3,
  ],
  // A blank or white screen.
  [
    "technical",
    /\b(?:blank|white|black|empty) (?:screen|page|window)\b|\bscreen (?:freezes|goes blank|stays blank)\b/g,
    3,
  ],
  // Slow to save: "it takes a minute to save".
  [
    "technical",
    /\btakes? (?:a minute|minutes|ages|forever|so long|too long|\d+ (?:seconds|minutes)) to (?:save|load|open|sync|export|upload|start|send|refresh)\b/g,
    3,
  ],
  // sales
  [
    "sales",
    /\b(?:pricing|quotes?|demo|trial|discounts?|coupon|promo code|resellers?|partner pricing|nonprofits?|non-profits?|charity|ngos?|ongs?|student|education(?:al)? pricing|how much|procurement|rfp|rfq|pilot|proof of concept|cuanto cuesta|precios?|presupuesto|cotizacion|descuento|combien|prix|tarifs?|devis|remise|preis\w*|kosten|angebot|rabatt|quanto custa|precos?|orcamento|desconto|quanto costa|prezz[oi]|preventivo|sconto)\b/g,
    3,
  ],
  [
    "sales",
    /\b(?:prices?|costs?|buy\w*|purchas\w*|licen[cs]es?|licencias|lizenzen|licencas|licenze|enterprise|volume|negotiat\w*|(?<!\b(?:losing|lose|lost) )sales)\b/g,
    2,
  ],
  [
    "sales",
    /\b(?:available|included|offered) (?:on|in) (?:the |your )?\w+ (?:plan|tier)\b|\bdifference between\b/g,
    2,
  ],
  [
    "sales",
    /\b(?:pro|business|team|basic|premium|starter|free|enterprise) (?:plan|tier)s?\b|\bsso\b|\bupgrade\b/g,
    1,
  ],
  [
    "sales",
    /\b\w+ (?:plan|tier)s? (?:include|includes|have|has|come with|support|offer)\b|\b(?:included|available|offered) (?:in|on|with) (?:the |your )?\w+ (?:plan|tier)\b|\benterprise (?:contract|agreement|deal|plan|pricing|license|licence)s?\b/g,
    4,
  ],
  [
    "sales",
    /\b(?:on|for|in) (?:the )?(?:pro|business|team|starter|basic|premium|enterprise|free)(?: plan| tier)?\b|\b(?:monthly|annual|yearly) (?:option|plan|pricing|billing option)\b|\bdo you offer\b|\bhow many (?:users|agents|seats|projects|members|people) (?:can|do|does|are)\b|\b(?:vertrieb|ventas|comercial|commercial|vendite)\b/g,
    2,
  ],
  [
    "sales",
    /\b(?:can|could) (?:i|we) use (?:this|it|baton|your (?:product|app|tool|service|platform)) (?:for|with|as)\b|\b(?:is|would) (?:this|it|your (?:product|tool|app|platform)) (?:be )?(?:suitable|a good fit|right|a fit) for\b|\bdoes it work for (?:\w+ )?(?:agencies|teams|companies|businesses|freelancers|clients|schools)\b/g,
    2,
  ],
  // A profession or business asking whether the product fits it ("im an insurance agent, does the crm handle
  // policy renewals"); how the tiers work.
  [
    "sales",
    /\b(?:i'?m|i am|im|we'?re|we are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:agent|agency|broker|consultant|freelancer|firm|shop|school|clinic|practice|startup|nonprofit|charity|realtor|lawyer|accountant|designer|coach|recruiter|retailer|reseller|landlord|franchise)\b.{0,40}?\b(?:does|do|can|could|would|will|is)\s+(?:it|this|the \w+|your \w+)\s+(?:handle|support|work|do|cover|manage|fit|suit|track)\b|\btiers?\b/g,
    3,
  ],
  // i round. How pricing is counted, asked before buying ("do you charge per agent", "is it priced per seat").
  [
    "sales",
    /\b(?:do|does|will|would) (?:you|it|baton) charge (?:per|by|for each|for every)\b|\b(?:is|are) (?:it|you|the \w+) (?:priced|billed|charged) (?:per|by)\b|\bhow do you charge\b/g,
    4,
  ],
  // Which plan, and whether a plan exists, asked before buying ("do you have a free plan", "which plan fits us").
  [
    "sales",
    /\b(?:do you have|is there|do you offer|have you got|you guys have) (?:a |an )?(?:free|cheaper|starter|pro|business|team|premium|enterprise|annual|monthly|student|nonprofit|education|lifetime) (?:plan|tier|version|option|trial|edition)\b|\bwhich (?:plan|tier|package|edition)s?\b(?! (?:am i|are we|is my|is our) on\b)/g,
    3,
  ],
  // Upgrading and custom plans are buying more ("I want to upgrade to business", "can we get a custom plan").
  ["sales", /\bupgrad\w* (?:to|my|our)\b|\bcustom (?:plan|pricing|quote|package|deal|contract|tier)\b/g, 2.5],
  // Trials and plans for companies in five languages ("gibt es eine Testversion?", "¿tienen plan para empresas?").
  [
    "sales",
    /\b(?:testversion|testphase|probeversion|kostenlos testen|prova gratuita|periodo di prova|prueba gratuita|periodo de prueba|version de prueba|essai gratuit|periode d'essai|version d'essai|teste gratis|periodo de teste|versao de teste|avaliacao gratuita)\b|\b(?:plan|planes|plano|planos|piano|piani|offre|tarif)\s+(?:para |pour |per |fur )?(?:empresas?|empresarial|entreprises?|aziende|aziendale|unternehmen)\b|\bunternehmenstarif\b/g,
    3,
  ],
  // legal
  // i round. Security of their data asked about ("is my data encrypted", "can you fill in our security
  // questionnaire"); encrypting an export stays technical through its how-to and product words.
  [
    "legal",
    /\bencrypt\w*|\bsecurity (?:review|questionnaire|audit|polic(?:y|ies)|practices|certifications?|assessment)\b/g,
    2,
  ],
  // Where the data lives: "where do you store data, is it in the EU", "hosted in Europe".
  [
    "legal",
    /\bwhere (?:do you|is (?:my|our|the|customer) data|are you|is it) (?:\w+ )?(?:stor\w*|host\w*|kept|located|processed)\b|\b(?:stored|hosted|kept|processed|located) (?:in|inside|outside) (?:the )?(?:eu|us|uk|europe|usa|states)\b|\bis (?:it|the data|my data|our data) (?:stored |hosted |kept )?in the (?:eu|us|uk)\b|\b(?:eu|european|us) (?:data ?cent(?:er|re)s?|hosting|region)\b/g,
    3,
  ],
  // Their rights over their data: a copy of it, who owns it, how long it is kept, selling it on.
  [
    "legal",
    /\b(?:copy|export) of (?:all )?(?:my|our) (?:personal )?data\b|\bwho owns (?:the |my |our )?(?:content|data|files|ip|intellectual property|uploads?|work)\b|\bhow long (?:do|will|does) (?:you|it|baton) (?:keep|store|retain|hold)\b|\b(?:sell|share|give|pass)\w* (?:\w+ ){0,3}?(?:to|with) (?:third[- ]part\w*|advertisers|data brokers)\b/g,
    3,
  ],
  // Where the servers are; cookie consent.
  [
    "legal",
    /\bwhere (?:are|is) (?:your|the) (?:servers?|data ?cent(?:er|re)s?|hosting)\b|\bcookie (?:policy|consent|banner|notice)\b/g,
    3,
  ],
  // Where the data is stored, five languages ("wo werden die Daten gespeichert?", "dove sono conservati i dati?").
  [
    "legal",
    /\b(?:wo|dove|donde|ou|onde)\b(?=[^?]{0,40}\b(?:daten|dati|datos|donnees|dados)\b)(?=[^?]{0,40}\b(?:gespeichert|gehostet|conservat[io]|salvat[io]|memorizzat[io]|ospitat[io]|guardan|almacena\w*|alojad\w*|stocke\w*|heberge\w*|conserve\w*|armazenad\w*|hospedad\w*|ficam)\b)/g,
    3,
  ],
  [
    "legal",
    /\b(?:legal|lawyers?|attorneys?|subpoena|court|warrant|lawsuit|sue|gdpr|rgpd|dsgvo|lgpd|dpa|data processing|addendum|baas?|hipaa|soc ?2|iso ?27001|complian\w*|privacy|terms of (?:service|use)|contract\w*|contrato|contrat|vertrag|contratto|msa|breach|leak\w*|sold my data|dpo|abogado|avocat|anwalt|advogado|avvocato|tribunal\w*|gericht\w*|datenschutz|privacidad|privacidade|confidentialite)\b/g,
    3,
  ],
  ["legal", /\b(?:sla|uptime|whitepaper|certifi\w*|personal data|agreement|legally)\b/g, 3],
  [
    "legal",
    /\b(?:solicitors?|barristers?|law ?firm|legal letter|cease and desist|notary|notaire|notario|notar|nda|non-disclosure|subprocessors?|data residency|data retention|retention policy|hosted in|ccpa|pci|audit report|pen(?:etration )?test\w*|liability|indemn\w*|copyright|trademark|dmca|takedown|jurisdiction|police|demanda|proteccion de datos|protection des donnees|mentions legales|cgv|cgu|agb|auftragsverarbeitung|protecao de dados|trattamento dei dati|accordo)\b/g,
    3,
  ],
];
