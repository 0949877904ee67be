import { z } from "zod";

const StatSchema = z.object({ mean: z.number().positive(), count: z.number().int().nonnegative() });
type Stat = z.infer<typeof StatSchema>;

/** What the Queue DO stores to keep the averages across restarts. */
export const HandleTimeSnapshotSchema = z.object({
  overall: StatSchema.nullable(),
  bySkill: z.record(z.string(), StatSchema),
});
export type HandleTimeSnapshot = z.infer<typeof HandleTimeSnapshotSchema>;

export interface HandleTimeOptions {
  /** Assumed before any conversation has been handled. */
  priorSeconds: number;
  /** How many observations the prior (or, for a new skill, the overall mean) is worth. */
  priorWeight?: number;
  /** The floor of the update weight: about the last 1/minAlpha conversations dominate. */
  minAlpha?: number;
  /** Longer handle times are clipped: one chat left open overnight must not swing the estimate for hours. */
  maxSeconds?: number;
}

/**
 * Rolling average handle time per skill and overall. It starts as a running mean blended with the prior
 * and becomes an exponentially weighted average once there is enough data, so it follows a shift in the
 * work (a billing incident) within a few dozen conversations and survives a quiet night.
 */
export class HandleTimeTracker {
  private overall: Stat | null;
  private readonly bySkill: Map<string, Stat>;
  private readonly priorSeconds: number;
  private readonly priorWeight: number;
  private readonly minAlpha: number;
  private readonly maxSeconds: number;

  constructor(options: HandleTimeOptions, snapshot?: HandleTimeSnapshot) {
    this.priorSeconds = options.priorSeconds;
    this.priorWeight = options.priorWeight ?? 5;
    this.minAlpha = options.minAlpha ?? 0.05;
    this.maxSeconds = options.maxSeconds ?? 2 * 3600;
    this.overall = snapshot?.overall ?? null;
    this.bySkill = new Map(Object.entries(snapshot?.bySkill ?? {}));
  }

  /** A conversation of this skill (`null`: no skill) was handled in `seconds`, assignment to resolve. */
  observe(skill: string | null, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) return;
    const x = Math.max(1, Math.min(seconds, this.maxSeconds));
    const fallback = this.overall?.mean ?? this.priorSeconds;
    this.overall = this.update(this.overall, this.priorSeconds, x);
    if (skill !== null) this.bySkill.set(skill, this.update(this.bySkill.get(skill) ?? null, fallback, x));
  }

  /** The average for a skill, falling back to the overall average, then the prior. `null`: overall. */
  averageSeconds(skill: string | null): number {
    const stat = (skill === null ? undefined : this.bySkill.get(skill)) ?? this.overall;
    return stat?.mean ?? this.priorSeconds;
  }

  snapshot(): HandleTimeSnapshot {
    return { overall: this.overall, bySkill: Object.fromEntries(this.bySkill) };
  }

  private update(stat: Stat | null, prior: number, x: number): Stat {
    const count = (stat?.count ?? 0) + 1;
    const mean = stat?.mean ?? prior;
    const alpha = Math.max(1 / (count + this.priorWeight), this.minAlpha);
    return { mean: mean + alpha * (x - mean), count };
  }
}
