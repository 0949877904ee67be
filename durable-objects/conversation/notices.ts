import type { RequeueReason } from "../queue/queue-book";

/**
 * What the customer reads from the line. English only for now; the six-language phrase tables
 * (workers/domain/notices) replace these.
 */
export const notices = {
  agentJoined(_lang: string, input: { agentName: string; skill: string | null }): string {
    const team = input.skill ? ` from ${input.skill[0]?.toUpperCase()}${input.skill.slice(1)}` : "";
    return `${input.agentName}${team} joined the chat.`;
  },
  reassigning(_lang: string, _reason: RequeueReason): string {
    return "Sorry for the wait — we're connecting you with another agent.";
  },
  wait(_lang: string, input: { position: number; estimatedWaitSeconds: number | null }): string {
    if (input.estimatedWaitSeconds === null) return "Nobody is available right now.";
    const minutes = Math.max(1, Math.round(input.estimatedWaitSeconds / 60));
    return `You're number ${input.position} in line. The wait is about ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  },
  csat(_lang: string): string {
    return "How did we do? Rate this chat from 1 to 5.";
  },
};
