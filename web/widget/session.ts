import * as v from "valibot";
import type { WidgetConversation } from "../../workers/protocol/widget";
import { MessageSchema, WidgetConversationSchema } from "./wire";

/** Enough of the history to show at once after a reload; older turns stay on the server. */
const KEEP_MESSAGES = 200;

const StoredSchema = v.object({ ...WidgetConversationSchema.entries, messages: v.array(MessageSchema) });
export type StoredSession = v.InferOutput<typeof StoredSchema>;

/**
 * The customer's conversation survives a reload: its id, socket token and the messages seen, so the socket
 * resumes from the last `seq` and only what was missed comes over the wire.
 */
export function sessionStore(widgetKey: string, user: string) {
  const name = user ? `baton:${widgetKey}:${user}` : `baton:${widgetKey}`;
  const open = `${name}:open`;
  return {
    load(): StoredSession | null {
      try {
        const parsed = v.safeParse(StoredSchema, JSON.parse(localStorage.getItem(name) ?? "null"));
        return parsed.success ? parsed.output : null;
      } catch {
        return null;
      }
    },
    save(conversation: WidgetConversation, messages: StoredSession["messages"]): void {
      try {
        const stored: StoredSession = { ...conversation, messages: messages.slice(-KEEP_MESSAGES) };
        localStorage.setItem(name, JSON.stringify(stored));
      } catch {
        // Storage full or blocked (private mode): the chat still works, it just will not survive a reload.
      }
    },
    clear(): void {
      localStorage.removeItem(name);
    },
    /** Whether the panel was open, for this tab (so a reload keeps it open, another tab does not open it). */
    wasOpen: (): boolean => sessionStorage.getItem(open) === "1",
    setOpen(isOpen: boolean): void {
      try {
        sessionStorage.setItem(open, isOpen ? "1" : "0");
      } catch {
        // Blocked storage: the panel simply starts closed after a reload.
      }
    },
  };
}
