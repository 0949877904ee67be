import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../workers/ai/local/language";
import {
  agentJoined,
  csatRequest,
  emailCaptured,
  emailOffer,
  humaneWait,
  ratedNotice,
  reassigning,
  resolvedNotice,
  statusNotice,
  waitDuration,
  waitNotice,
} from "../../workers/domain/notices/index";
import { DEFAULT_RULES } from "../../workers/domain/rules";
import { decide } from "../../workers/domain/triggers";

const LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
const OFFER_REASONS = ["long_wait", "closed", "nobody_online"] as const;
const REASSIGN_REASONS = ["agent_timeout", "agent_lost", "transfer"] as const;

/** Every notice a language has, with the variable parts filled in. */
function allNotices(lang: string): string[] {
  return [
    waitNotice(lang, { position: 1, estimatedWaitSeconds: 30 }),
    waitNotice(lang, { position: 4, estimatedWaitSeconds: 600 }),
    ...OFFER_REASONS.map((r) => emailOffer(lang, r, { nextOpening: new Date("2026-12-28T08:00:00Z") })),
    emailCaptured(lang, "ana@example.com"),
    agentJoined(lang, { agentName: "Bea", teamName: "Billing" }),
    agentJoined(lang, { agentName: "Bea" }),
    ...REASSIGN_REASONS.map((r) => reassigning(lang, r)),
    csatRequest(lang),
    ratedNotice(lang, 4),
    resolvedNotice(lang),
  ];
}

describe("how long the customer is told they will wait", () => {
  it.each([
    [0, "less than a minute"],
    [59, "less than a minute"],
    [60, "about a minute"],
    [89, "about a minute"],
    [90, "about 2 minutes"],
    [170, "about 3 minutes"],
    [9 * 60 + 10, "about 9 minutes"],
    [13 * 60, "about 15 minutes"],
    [22 * 60, "about 20 minutes"],
    [44 * 60, "about 45 minutes"],
    [50 * 60, "about an hour"],
    [89 * 60, "about an hour"],
    [150 * 60, "about 3 hours"],
  ])("%i seconds is %s", (seconds, said) => {
    expect(waitDuration("en", seconds)).toBe(said);
  });

  it("never says zero minutes, nor a singular count in the plural, in any language", () => {
    for (const lang of LANGUAGES) {
      for (let s = 0; s <= 6 * 3600; s += 13) {
        const said = waitDuration(lang, s);
        expect(said).not.toMatch(/\b[01] /);
      }
    }
  });

  it("never grows shorter as the estimate grows", () => {
    const order = (s: number) => {
      const w = humaneWait(s);
      return w.unit === "under_minute"
        ? 0
        : w.unit === "minute"
          ? 1
          : w.unit === "minutes"
            ? w.count
            : w.unit === "hour"
              ? 60
              : w.count * 60;
    };
    for (let s = 1; s <= 6 * 3600; s += 1) expect(order(s)).toBeGreaterThanOrEqual(order(s - 1));
  });
});

describe("customer notices", () => {
  it("tells the position and the wait, and says 'next' for the first in line", () => {
    expect(waitNotice("en", { position: 2, estimatedWaitSeconds: 170 })).toBe(
      "You're number 2 in line. The wait is about 3 minutes.",
    );
    expect(waitNotice("en", { position: 1, estimatedWaitSeconds: 20 })).toBe(
      "You're next in line. The wait is less than a minute.",
    );
    expect(waitNotice("es", { position: 3, estimatedWaitSeconds: 240 })).toBe(
      "Estás en el puesto 3 de la fila. La espera es de unos 4 minutos.",
    );
    expect(waitNotice("de", { position: 1, estimatedWaitSeconds: 3600 })).toBe(
      "Sie sind als Nächstes dran. Die Wartezeit beträgt etwa eine Stunde.",
    );
  });

  it("leaves the wait out rather than inventing one when there is no estimate", () => {
    expect(waitNotice("fr", { position: 5, estimatedWaitSeconds: null })).toBe(
      "Vous êtes en position 5 dans la file d'attente.",
    );
  });

  it("names the agent, and their team when there is one", () => {
    expect(agentJoined("en", { agentName: "Bea", teamName: "Billing" })).toBe(
      "Bea from Billing joined the chat.",
    );
    expect(agentJoined("en", { agentName: "Bea" })).toBe("Bea joined the chat.");
    expect(agentJoined("en", { agentName: "Bea", teamName: " " })).toBe("Bea joined the chat.");
    for (const lang of LANGUAGES) {
      expect(agentJoined(lang, { agentName: "Bea", teamName: "Billing" })).toMatch(/Bea.*Billing/);
      expect(agentJoined(lang, { agentName: "Bea" })).not.toMatch(/undefined|null|Billing/);
    }
  });

  it("offers email for each reason in each language, always ending with the invitation", () => {
    expect(emailOffer("en", "nobody_online")).toBe(
      "Nobody from our team is available right now. Leave your email and we'll reply there.",
    );
    for (const lang of LANGUAGES) {
      const offers = OFFER_REASONS.map((r) => emailOffer(lang, r));
      expect(new Set(offers).size).toBe(3);
      const invite =
        emailOffer(lang, "closed")
          .split(/(?<=[.!?])\s+/)
          .at(-1) ?? "";
      expect(invite.length).toBeGreaterThan(10);
      for (const offer of offers) expect(offer.endsWith(invite)).toBe(true);
    }
  });

  it("says when a closed workspace opens again, on the workspace's clock", () => {
    const opening = new Date("2026-12-28T08:00:00Z");
    const madrid = emailOffer("en", "closed", { nextOpening: opening, timezone: "Europe/Madrid" });
    expect(madrid).toMatch(
      /^We're closed right now\. We'll be back on Monday, December 28 at 9:00 AM .+\. Leave/,
    );
    expect(emailOffer("en", "closed", { nextOpening: opening, timezone: "America/New_York" })).toContain(
      "3:00 AM",
    );
    expect(emailOffer("es", "closed", { nextOpening: opening, timezone: "Europe/Madrid" })).toMatch(
      /Volvemos el lunes, 28 de diciembre a las 9:00/,
    );
    expect(emailOffer("de", "closed", { nextOpening: opening, timezone: "Europe/Madrid" })).toMatch(
      /Ab Montag, 28\. Dezember, 09:00/,
    );
    // The opening is only news when closed; a long wait does not mention it.
    expect(emailOffer("en", "long_wait", { nextOpening: opening })).not.toMatch(/Monday/);
  });

  it("confirms the captured address", () => {
    expect(emailCaptured("en", "ana@example.com")).toBe(
      "Thanks! We'll reply to ana@example.com as soon as we can.",
    );
    for (const lang of LANGUAGES) expect(emailCaptured(lang, "ana@example.com")).toContain("ana@example.com");
  });

  it("apologises for a reassignment with a reason-specific sentence", () => {
    expect(reassigning("en", "agent_timeout")).toBe(
      "Sorry for the wait — we're connecting you with another agent.",
    );
    for (const lang of LANGUAGES) {
      expect(new Set(REASSIGN_REASONS.map((r) => reassigning(lang, r))).size).toBe(3);
    }
  });

  it("asks for a 1-to-5 rating and announces the resolution", () => {
    expect(csatRequest("en")).toBe("How did we do? Rate this chat from 1 to 5.");
    for (const lang of LANGUAGES) expect(csatRequest(lang)).toMatch(/1.*5/);
    expect(ratedNotice("es", 4)).toBe("Has valorado este chat con un 4 de 5.");
    for (const lang of LANGUAGES) expect(ratedNotice(lang, 3)).toMatch(/3.*5/);
    expect(resolvedNotice("it")).toBe("Questa chat è stata risolta. Se ti serve altro, scrivici di nuovo.");
  });

  it("speaks English for a language Baton does not speak, and reads browser tags", () => {
    expect(allNotices("ja")).toEqual(allNotices("en"));
    expect(allNotices("pt-BR")).toEqual(allNotices("pt"));
    expect(allNotices("FR")).toEqual(allNotices("fr"));
  });

  it.each(LANGUAGES.filter((l) => l !== "en"))("%s notices are written in that language", (lang) => {
    const english = allNotices("en");
    allNotices(lang).forEach((notice, i) => {
      expect(notice).not.toBe(english[i]);
    });
    // The offline detector reads function words, which single short sentences have too few of.
    expect(detectLanguage(allNotices(lang).join(" "))).toBe(lang);
  });

  it.each(LANGUAGES)(
    "no %s notice counts as a bot failure: the line posts them as system messages",
    (lang) => {
      const history = [
        ...allNotices(lang).map((text) => ({ role: "system" as const, text })),
        { role: "customer" as const, text: "?" },
      ];
      expect(decide(DEFAULT_RULES, history).signals.botFailures).toBe(0);
    },
  );
});

describe("status changes, as the customer reads them", () => {
  it("a resolve in their language; other changes say nothing", () => {
    expect(statusNotice("es", "resolved")).toBe(resolvedNotice("es"));
    expect(statusNotice("en", "resolved")).toMatch(/resolved/);
    for (const to of ["bot", "queued", "assigned", "offline", "abandoned"] as const)
      expect(statusNotice("fr", to)).toBe("");
  });
});
