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
  const { event, from, to, note } = message.meta;
  const line =
    message.text !== "" ? message.text : event === "status" ? `Status: ${String(from)} → ${String(to)}` : "";
  return typeof note === "string" ? `${line} Note for the next agent: ${note}` : line;
}

/** The note the last transfer left for the next agent, if it left one. */
export function transferNote(messages: readonly Message[]): string | null {
  const transfer = messages.findLast((m) => m.meta.event === "status" && m.meta.reason === "transfer");
  return typeof transfer?.meta.note === "string" ? transfer.meta.note : null;
}
