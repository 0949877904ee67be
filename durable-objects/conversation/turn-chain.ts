/**
 * The turns of one conversation, one after another, off the sender's path: a message is acknowledged as soon
 * as it is stored, and what it sets off (analysis, decision, the bot's answer) is queued here. Each turn
 * starts once the one before has settled, so turns run in the order the messages were stored, and a failing
 * turn never stops the next. Before its turn starts, the chain gives way to the events already waiting (the
 * next acknowledgements first): a turn is CPU the runtime shares with every conversation of the isolate.
 */
export class TurnChain {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly giveWay: () => Promise<void> = nextTask) {}

  /** Queues `task` after every turn queued before it; the promise settles with the task. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(this.giveWay).then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Resolves after the events already queued in the runtime have run (a macrotask, not a microtask). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
