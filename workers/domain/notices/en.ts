import type { NoticePhrases } from "./types";

export const en: NoticePhrases = {
  next: "You're next in line.",
  position: (n) => `You're number ${n} in line.`,
  wait: (duration) => `The wait is ${duration}.`,
  durations: {
    under_minute: "less than a minute",
    minute: "about a minute",
    minutes: (n) => `about ${n} minutes`,
    hour: "about an hour",
    hours: (n) => `about ${n} hours`,
  },
  email: {
    long_wait: "It may take a while before someone is free, and you don't need to wait here.",
    nobody_online: "Nobody from our team is available right now.",
    closed: "We're closed right now.",
    reopens: ({ date, time }) => `We'll be back on ${date} at ${time}.`,
    invite: "Leave your email and we'll reply there.",
  },
  emailCaptured: (email) => `Thanks! We'll reply to ${email} as soon as we can.`,
  agentJoined: (agent, team) =>
    team ? `${agent} from ${team} joined the chat.` : `${agent} joined the chat.`,
  reassigning: {
    agent_timeout: "Sorry for the wait — we're connecting you with another agent.",
    agent_lost: "Sorry, we lost the connection to your agent — we're connecting you with someone else.",
    transfer:
      "We're transferring you to someone on our team who can help. They'll see the whole conversation.",
  },
  csat: "How did we do? Rate this chat from 1 to 5.",
  rated: (score) => `You rated this chat ${score} out of 5.`,
  resolved: "This chat is now resolved. If you need anything else, just write again.",
};
