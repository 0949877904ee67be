import type { Category } from "../provider";

/**
 * Names for the finer reasons inside a category, so a workspace's rules and the agent's brief can say why:
 * a refund or a disputed charge, a legal process, a breach, a contract, a high-value deal. Whether a message
 * is sensitive at all (goes to a person from the start) is the model's call; these cues only name it, and
 * mark the informational intents (cancelling, closing the account, an outage). Matched on folded text.
 */
const INTENT_CUES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    "refund",
    /\b(?:refund\w*|money back|chargeback|reimburs\w*|reembols\w*|rembours\w*|ruckerstatt\w*|erstattung|rimbors\w*)\b/,
  ],
  [
    "billing_dispute",
    /\b(?:charg\w*|bill\w*|debit\w*|belastet|cobr\w*|addebit\w*)\b.{0,40}\b(?:twice|two times|double|deux fois|doppelt|dos veces|duas vezes|due volte|after i cancel\w*|without (?:my )?(?:consent|permission))\b|\b(?:double|doppelt)[- ]?(?:billed|charged|belastet)\b|\bovercharg\w*|\b(?:charge|payment)s? i (?:don'?t|do not|didn'?t|did not) (?:recogni[sz]e|authori[sz]e|make)\b|\b(?:unrecogni[sz]ed|unauthori[sz]ed|wrong|incorrect) (?:charge|payment|amount)s?\b|\b(?:not|never|didn'?t|did not|haven'?t)\b.{0,25}\bauthori[sz]\w*|\breverse (?:it|the (?:charge|payment)|this (?:charge|payment))\b|\bdispute (?:a|the|this) (?:charge|payment)\b|\b(?:charge|payment|debit|transaction)s?\b.{0,30}\b(?:i|we) (?:don'?t|do not|didn'?t|did not) (?:recogni[sz]e|authori[sz]e|make)\b|\b(?:charge|payment|transaction)s?\b.{0,40}\bdispute\b/,
  ],
  [
    "legal_process",
    /\b(?:subpoena|court order|court|warrant|lawsuit|sue|lawyers?|attorneys?|law enforcement|legal (?:department|team|action)|orden judicial|abogado|avocat|tribunal|anwalt|gericht\w*|advogado|avvocato|tribunale)\b/,
  ],
  ["data_breach", /\b(?:breach\w*|data leak|leak(?:ed|ing)?|sold my data|exposed (?:my |our )?data)\b/],
  [
    "contract",
    /\b(?:contract\w*|agreement|addendum|dpa|baas?|msa|for signature|contrato|contrat|vertrag|contratto)\b/,
  ],
  [
    "compliance",
    /\b(?:gdpr|rgpd|dsgvo|lgpd|soc ?2|hipaa|iso ?27001|complian\w*|privacy|certifi\w*|sla|whitepaper|datenschutz)\b/,
  ],
  [
    "high_value",
    /\b(?:enterprise|empresarial|entreprise|whole (?:company|organi[sz]ation|team)|company-wide|entire (?:company|organi[sz]ation)|all (?:of )?our (?:employees|staff|teams)|roll (?:you|it|this) out|volume (?:discount|pricing|licen[cs]ing))\b/,
  ],
  ["quote", /\b(?:quotes?|devis|angebot|presupuesto|cotizacion|orcamento|preventivo)\b/],
  [
    "cancel",
    /\bcancel\w*\b.{0,30}\b(?:subscription|plan|membership)\b|\b(?:stop|end)\b.{0,25}\bsubscription\b/,
  ],
  [
    "account_closure",
    /\b(?:delete|close|closing|terminate|deactivate|remove)\s+(?:my|our|the|an|this)\s+(?:\w+\s+)?account\b/,
  ],
  ["outage", /\b(?:is|are|been|went) down\b|\boutage\b|\bproduction\b.{0,20}\bdown\b/],
];

/** Buyers counted in seats, users, licences… in any of the six languages. */
const SEAT_COUNT =
  /\b(\d{1,3}(?:[,. ]\d{3})+|\d+)\s*\+?\s*(?:\w+\s+)?(?:seats?|users?|licen[cs]es?|employees?|people|agents?|members?|usuarios|empleados|personas|licencias|utilisateurs|employes|personnes|licences|benutzer|nutzer|mitarbeiter\w*|lizenzen|usuarios|funcionarios|pessoas|licencas|utenti|dipendenti|persone|licenze|postazioni)\b/g;

/** Seat count at or above which a sales conversation counts as high-value. */
export const HIGH_VALUE_SEATS = 50;

/** The largest number of seats, users or licences a message mentions, or 0. */
export function seatCount(folded: string): number {
  let max = 0;
  for (const m of folded.matchAll(SEAT_COUNT)) {
    const n = Number((m[1] ?? "0").replace(/[,. ]/g, ""));
    if (n > max) max = n;
  }
  return max;
}

/** The intent that names a sensitive message of each category, in order of preference. */
const SENSITIVE_NAMES: Partial<Record<Category, readonly string[]>> = {
  billing: ["refund", "billing_dispute"],
  sales: ["high_value"],
  legal: ["legal_process", "data_breach", "contract", "compliance", "legal_matter"],
};
const SENSITIVE_INTENTS: ReadonlySet<string> = new Set(Object.values(SENSITIVE_NAMES).flat());

/**
 * Intents of a message (folded text) in a stable order. A sensitive message of billing, sales or legal gets
 * its category's name (the cue found, or the category's default); sensitive names are never given to a
 * message the model did not find sensitive ("how do refunds work?" is a question, not a dispute).
 */
export function namedIntents(folded: string, category: Category, sensitive: boolean): string[] {
  const cued = INTENT_CUES.filter(([, re]) => re.test(folded)).map(([name]) => name);
  // A deal this size is high-value whatever its wording: a deliberate business rule, not a language cue.
  const highValue = category === "sales" && seatCount(folded) >= HIGH_VALUE_SEATS;
  const intents = cued.filter((i) => !SENSITIVE_INTENTS.has(i) || (sensitive && i !== "legal_matter"));
  const names = SENSITIVE_NAMES[category];
  if (names && (sensitive || highValue) && !intents.some((i) => names.includes(i))) {
    intents.push(names.find((n) => cued.includes(n)) ?? (names.at(-1) as string));
  }
  return intents;
}
