/**
 * The turns of one conversation, one after another, off the sender's path: a message is acknowledged as soon
 * as it is stored, and what it sets off (analysis, decision, the bot's answer) is queued here. Each turn
 * starts once the one before has settled, so turns run in the order the messages were stored, and a failing
 * turn never stops the next. Before its turn starts, the chain gives way to the events already waiting (the
 * next acknowledgements first): a turn is CPU the runtime shares with every conversation of the isolate.
 */
export class TurnChain {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * `holdMs`: the longest a turn holds the ones after it. Every call in a turn has its own time-out, but a
   * turn that hangs anyway (a stuck RPC) must not silence the conversation: the next turn then starts.
   */
  constructor(
    private readonly giveWay: () => Promise<void> = nextTask,
    private readonly holdMs = TURN_HOLD_MS,
  ) {}

  /** Queues `task` after every turn queued before it; the promise settles with the task. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(this.giveWay).then(task);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const held = new Promise((resolve) => {
      timer = setTimeout(resolve, this.holdMs);
    });
    // The timer goes with the turn, so an idle conversation keeps nothing pending (and may hibernate).
    const settled = result.catch(() => undefined).finally(() => clearTimeout(timer));
    this.tail = Promise.race([settled, held]);
    return result;
  }
}

/** Far above a turn's own time-outs (the answer model's 8 s, D1's), so only a hung turn reaches it. */
export const TURN_HOLD_MS = 30_000;

/** Resolves after the events already queued in the runtime have run (a macrotask, not a microtask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
