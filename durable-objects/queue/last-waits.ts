/**
 * The last place in line and wait each waiting conversation was told, kept in the Queue DO's storage so
 * that it survives hibernation: only a real change is sent, and a line woken after an idle spell does not
 * wake every waiting conversation to tell it what it already knows.
 */
export class LastWaits {
  private told: Map<string, string>;

  constructor(private readonly kv: SyncKvStorage) {
    this.told = new Map(
      [...kv.list<string>({ prefix: PREFIX })].map(([k, v]) => [k.slice(PREFIX.length), v] as const),
    );
  }

  /** Whether `wait` differs from what this conversation was told last; if so it is remembered as told. */
  changed(conversationId: string, wait: unknown): boolean {
    const value = JSON.stringify(wait);
    if (this.told.get(conversationId) === value) return false;
    this.told.set(conversationId, value);
    this.kv.put(PREFIX + conversationId, value);
    return true;
  }

  /** Forgets the conversations that left the line. */
  keepOnly(waiting: { has(conversationId: string): boolean }): void {
    for (const id of this.told.keys()) {
      if (waiting.has(id)) continue;
      this.told.delete(id);
      this.kv.delete(PREFIX + id);
    }
  }
}

const PREFIX = "told:";
