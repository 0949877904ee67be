import type { WidgetStart } from "../../workers/protocol/widget";
import type { PrechatAnswers } from "./view-prechat";

/**
 * What the tag says about the customer: `data-customer-name`, `data-customer-email`, `data-attributes`
 * (JSON) describe them; `data-identity-token`, or `data-user-id` with `data-user-hash`, signed by the
 * company's server, prove who they are; `data-rep` picks the AI rep. Malformed attributes are left out.
 */
export function startFromTag(data: DOMStringMap, language: string): WidgetStart {
  const { customerName: name, customerEmail: email, attributes, identityToken, userId, userHash, rep } = data;
  let parsed: Record<string, string | number | boolean | null> = {};
  try {
    parsed = attributes ? JSON.parse(attributes) : {};
  } catch {
    console.warn("Baton widget: data-attributes is not JSON; ignored");
  }
  return {
    // The language the widget speaks, so the server's notices and the bot use it too.
    customer: {
      ...(name ? { name } : {}),
      ...(email ? { email } : {}),
      attributes: { language, ...parsed },
    },
    ...(identityToken ? { identityToken } : {}),
    ...(userId && userHash ? { userId, userHash } : {}),
    // The AI rep this page's chat is with (`data-rep="sales"` on the pricing page).
    ...(rep ? { repId: rep } : {}),
  };
}

/** The identity token's claims as the page passed them (read, not verified: the server verifies). */
function claims(data: DOMStringMap): Record<string, unknown> {
  const payload = data.identityToken?.split(".")[1];
  try {
    return payload ? JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))) : {};
  } catch {
    return {};
  }
}

/**
 * Whose chat this browser keeps: the signed-in user's id, so a different user on the same browser never sees
 * another's conversation. Empty for a visitor.
 */
export function storedUser(data: DOMStringMap): string {
  const sub = data.userId ?? claims(data).sub;
  return typeof sub === "string" ? sub : "";
}

/** What the tag already says about the customer, so the pre-chat form does not ask it again. */
export function knownFromTag(data: DOMStringMap): { name: boolean; email: boolean } {
  const signed = claims(data);
  return {
    name: Boolean(data.customerName || signed.name),
    email: Boolean(data.customerEmail || signed.email),
  };
}

/** A start with the pre-chat form's answers: the customer's own words, stored as such (never verified). */
export function withAnswers(start: WidgetStart, answers: PrechatAnswers): WidgetStart {
  const { topic, ...details } = answers;
  return { ...start, customer: { ...start.customer, ...details }, ...(topic ? { topic } : {}) };
}
