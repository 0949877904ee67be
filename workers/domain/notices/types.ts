/** An estimated wait as a person would say it; see `humaneWait`. */
export type HumaneWait =
  | { unit: "under_minute" }
  | { unit: "minute" }
  | { unit: "minutes"; count: number }
  | { unit: "hour" }
  | { unit: "hours"; count: number };

/** The next opening, already formatted in the customer's language and the workspace's zone. */
export interface FormattedOpening {
  /** e.g. "Monday, December 28" */
  date: string;
  /** e.g. "9:00 AM GMT+1" */
  time: string;
}

export type EmailOfferReason = "long_wait" | "closed" | "nobody_online";
export type ReassignReason = "agent_timeout" | "agent_lost" | "transfer";

/** Everything the line tells the customer in one language: one table per language, nothing elsewhere. */
export interface NoticePhrases {
  /** Position 1. */
  next: string;
  position: (n: number) => string;
  /** The sentence that carries an estimated wait. */
  wait: (duration: string) => string;
  /** Each `HumaneWait` unit; counts are always 2 or more, so every plural here is a plain plural. */
  durations: {
    under_minute: string;
    minute: string;
    minutes: (n: number) => string;
    hour: string;
    hours: (n: number) => string;
  };
  email: {
    long_wait: string;
    nobody_online: string;
    closed: string;
    reopens: (at: FormattedOpening) => string;
    /** The invitation that ends every offer. */
    invite: string;
  };
  emailCaptured: (email: string) => string;
  agentJoined: (agent: string, team: string | null) => string;
  reassigning: Record<ReassignReason, string>;
  csat: string;
  /** The customer's own rating, said back to them. */
  rated: (score: number) => string;
  resolved: string;
}
