import * as v from "valibot";
import type { WidgetConversation, WidgetStart } from "../../workers/protocol/widget";
import { type WidgetConfig, WidgetConfigSchema, WidgetConversationSchema } from "./wire";

/** A refusal from the widget's routes, with the API's error code (`identity_required`, `token_invalid`…). */
export class WidgetApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

async function refusal(res: Response): Promise<WidgetApiError> {
  const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
  return new WidgetApiError(res.status, body?.error?.code ?? "unknown");
}

/** Starts (or, for a verified customer, resumes) a conversation with the page's publishable key. */
export async function startConversation(
  base: URL,
  widgetKey: string,
  start: WidgetStart,
): Promise<WidgetConversation> {
  const res = await fetch(new URL("/api/v1/widget/conversations", base), {
    method: "POST",
    headers: { authorization: `Bearer ${widgetKey}`, "content-type": "application/json" },
    body: JSON.stringify(start),
  });
  if (!res.ok) throw await refusal(res);
  return v.parse(WidgetConversationSchema, await res.json());
}

/** The workspace's pre-chat form; none when it cannot be read (the chat then starts without it). */
export async function loadPrechat(base: URL, widgetKey: string): Promise<WidgetConfig["prechat"]> {
  try {
    const res = await fetch(new URL("/api/v1/widget/config", base), {
      headers: { authorization: `Bearer ${widgetKey}` },
    });
    const parsed = v.safeParse(WidgetConfigSchema, res.ok ? await res.json() : null);
    return parsed.success ? parsed.output.prechat : null;
  } catch {
    return null;
  }
}

/**
 * Why the socket cannot connect, asked when it fails before opening: null when the token is still good
 * (the network is the problem, and the socket keeps retrying), the refusal otherwise.
 */
export async function checkSession(base: URL, customerToken: string): Promise<WidgetApiError | null> {
  try {
    const res = await fetch(new URL("/api/v1/widget/session", base), {
      headers: { authorization: `Bearer ${customerToken}` },
    });
    return res.ok || res.status >= 500 ? null : await refusal(res);
  } catch {
    return null;
  }
}
