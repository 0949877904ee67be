import { type Language, LanguageSchema } from "../../ai/provider";
import type { ConversationStatus } from "../../protocol/conversation";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { humaneWait } from "./humane-wait";
import { it } from "./it";
import { pt } from "./pt";
import type { EmailOfferReason, FormattedOpening, NoticePhrases, ReassignReason } from "./types";

/**
 * What the line tells the customer, in their language: position and wait, the email offer, who joined,
 * reassignment, CSAT, resolved. The bot's own sentences (greeting, decline, the handoff's why) live in
 * `workers/bot/phrases.ts`.
 */

export { humaneWait } from "./humane-wait";
export type { EmailOfferReason, HumaneWait, ReassignReason } from "./types";

const TABLES: Readonly<Record<Language, NoticePhrases>> = { en, es, fr, de, pt, it };

/**
 * The language Baton will speak for `language`: an ISO 639-1 code or a browser tag (`pt-BR` is Portuguese),
 * English when Baton does not speak it.
 */
export function resolveLanguage(language: string): Language {
  const parsed = LanguageSchema.safeParse(language.split(/[-_]/)[0]?.toLowerCase());
  return parsed.success ? parsed.data : "en";
}

function phrasesFor(language: string): NoticePhrases {
  return TABLES[resolveLanguage(language)];
}

/** A wait said the way a person would ("about 5 minutes"); see `humaneWait` for the rounding. */
export function waitDuration(language: string, seconds: number): string {
  const { durations } = phrasesFor(language);
  const wait = humaneWait(seconds);
  switch (wait.unit) {
    case "minutes":
      return durations.minutes(wait.count);
    case "hours":
      return durations.hours(wait.count);
    default:
      return durations[wait.unit];
  }
}

/**
 * "You're number 2 in line. The wait is about 3 minutes." Position 1 says "You're next"; a `null` estimate
 * (nobody could take the conversation yet) leaves the wait out rather than inventing one.
 */
export function waitNotice(
  language: string,
  line: { position: number; estimatedWaitSeconds: number | null },
): string {
  const p = phrasesFor(language);
  const where = line.position <= 1 ? p.next : p.position(line.position);
  if (line.estimatedWaitSeconds === null) return where;
  return `${where} ${p.wait(waitDuration(language, line.estimatedWaitSeconds))}`;
}

/** The next opening in the customer's language, on the workspace's clock, with the zone spelled out. */
function formatOpening(language: Language, at: Date, timeZone: string): FormattedOpening {
  const date = new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  const time = new Intl.DateTimeFormat(language, {
    timeZone,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  return { date: date.format(at), time: time.format(at) };
}

/**
 * The offer to continue by email: why (a long wait, closed, nobody online), when the workspace opens again
 * if it is closed and `nextOpening` is known, then "Leave your email and we'll reply there". `timezone` is the
 * workspace's (business hours); without it the time is given in UTC.
 */
export function emailOffer(
  language: string,
  reason: EmailOfferReason,
  options: { nextOpening?: Date | null; timezone?: string } = {},
): string {
  const lang = resolveLanguage(language);
  const { email } = TABLES[lang];
  const parts = [email[reason]];
  if (reason === "closed" && options.nextOpening) {
    parts.push(email.reopens(formatOpening(lang, options.nextOpening, options.timezone ?? "UTC")));
  }
  parts.push(email.invite);
  return parts.join(" ");
}

/** The confirmation once the customer left their address. */
export function emailCaptured(language: string, email: string): string {
  return phrasesFor(language).emailCaptured(email);
}

/** "Bea from Billing joined the chat." / "Bea joined the chat." */
export function agentJoined(language: string, who: { agentName: string; teamName?: string | null }): string {
  return phrasesFor(language).agentJoined(who.agentName, who.teamName?.trim() || null);
}

/** Told when the conversation goes back to the line through no fault of the customer. */
export function reassigning(language: string, reason: ReassignReason): string {
  return phrasesFor(language).reassigning[reason];
}

/** "How did we do? Rate this chat from 1 to 5." */
export function csatRequest(language: string): string {
  return phrasesFor(language).csat;
}

/** The customer's rating, said back in their language. */
export function ratedNotice(language: string, score: number): string {
  return phrasesFor(language).rated(score);
}

/** Told when the agent resolves the conversation. */
export function resolvedNotice(language: string): string {
  return phrasesFor(language).resolved;
}

/**
 * What the customer reads when the conversation's status changes without a sentence of its own: human words
 * where there is something to say (resolved), otherwise nothing (`""`: the widget shows no line). The
 * status itself stays in the message's `meta` for agents and integrations; internal names like "assigned"
 * never reach the customer as text.
 */
export function statusNotice(language: string, to: ConversationStatus): string {
  return to === "resolved" ? resolvedNotice(language) : "";
}
