import type { WidgetStart } from "../../workers/protocol/widget";

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

/**
 * Whose chat this browser keeps: the signed-in user's id (read, not verified: the server verifies), so a
 * different user on the same browser never sees another's conversation. Empty for a visitor.
 */
export function storedUser(data: DOMStringMap): string {
  if (data.userId) return data.userId;
  const payload = data.identityToken?.split(".")[1];
  if (!payload) return "";
  try {
    const claims = JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))) as { sub?: unknown };
    return typeof claims.sub === "string" ? claims.sub : "";
  } catch {
    return "";
  }
}
