/**
 * A Durable Object has one alarm. This keeps named wake-ups (outbox flush, time-outs, …) in storage and
 * points the alarm at the earliest, so each concern schedules itself without knowing about the others.
 */
export class AlarmSchedule {
  constructor(private readonly storage: DurableObjectStorage) {}

  async set(name: string, at: number): Promise<void> {
    this.storage.kv.put(key(name), at);
    await this.arm();
  }

  /**
   * Wakes for `name` at `at` unless a wake-up for it is set already, which stays as it is: a burst of calls
   * costs one storage write and one wake-up (the first's), and a backed-off retry is not brought forward.
   */
  async ensure(name: string, at: number): Promise<void> {
    if (this.storage.kv.get<number>(key(name)) !== undefined) return;
    await this.set(name, at);
  }

  async clear(name: string): Promise<void> {
    this.storage.kv.delete(key(name));
    await this.arm();
  }

  /** Removes and returns the names that are due at `now`, then re-arms for what is left. */
  async takeDue(now: number): Promise<string[]> {
    const due: string[] = [];
    for (const [k, at] of this.storage.kv.list<number>({ prefix: PREFIX })) {
      if (at <= now) {
        due.push(k.slice(PREFIX.length));
        this.storage.kv.delete(k);
      }
    }
    await this.arm();
    return due;
  }

  private async arm(): Promise<void> {
    let earliest = Number.POSITIVE_INFINITY;
    for (const [, at] of this.storage.kv.list<number>({ prefix: PREFIX })) earliest = Math.min(earliest, at);
    if (earliest === Number.POSITIVE_INFINITY) await this.storage.deleteAlarm();
    else if ((await this.storage.getAlarm()) !== earliest) await this.storage.setAlarm(earliest);
  }
}

const PREFIX = "schedule:";
const key = (name: string) => `${PREFIX}${name}`;
