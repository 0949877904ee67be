import * as z from "zod/mini";
import type { WidgetConversation } from "../../workers/protocol/widget";
import { MessageSchema, WidgetConversationSchema } from "./wire";

/** Enough of the history to show at once after a reload; older turns stay on the server. */
const KEEP_MESSAGES = 200;

const StoredSchema = z.extend(WidgetConversationSchema, { messages: z.array(MessageSchema) });
export type StoredSession = z.infer<typeof StoredSchema>;

/**
 * The customer's conversation survives a reload: its id, socket token and the messages seen, so the socket
 * resumes from the last `seq` and only what was missed comes over the wire.
 */
export function sessionStore(widgetKey: string) {
  const name = `baton:${widgetKey}`;
  return {
    load(): StoredSession | null {
      try {
        const parsed = StoredSchema.safeParse(JSON.parse(localStorage.getItem(name) ?? "null"));
        return parsed.success ? parsed.data : null;
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
  };
}
