import { agentAuthor, type Message } from "../../workers/protocol/message";

/**
 * Who a transcript line is from, as this agent reads it: their own messages are "You", another agent's
 * carry that agent's name (after a transfer the previous agent is not "You"), older messages stored without
 * a name say "Another agent".
 */
export function speaker(message: Message, myAgentId: string): string {
  switch (message.role) {
    case "customer":
      return "Customer";
    case "bot":
      return "Bot";
    case "system":
      return "";
    case "agent":
    case "note": {
      const author = agentAuthor(message);
      const name = author?.agentId === myAgentId ? "You" : (author?.agentName ?? "Another agent");
      return message.role === "note" ? `${name} · internal note` : name;
    }
  }
}

/**
 * A system line for agents: its text, or for a status change the customer was told nothing about, the
 * change itself (agents may read the internal names).
 */
export function systemLine(message: Message): string {
  if (message.text !== "") return message.text;
  const { event, from, to } = message.meta;
  return event === "status" ? `Status: ${String(from)} → ${String(to)}` : "";
}
