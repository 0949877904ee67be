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
    case "agent": {
      const author = agentAuthor(message);
      if (author?.agentId === myAgentId) return "You";
      return author?.agentName ?? "Another agent";
    }
  }
}
