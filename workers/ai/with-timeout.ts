/** A binding call that did not settle in time. */
export class Timeout extends Error {}

/**
 * `work()`, or a `Timeout` rejection after `ms`. Remote bindings (Workers AI, Vectorize) can hang; every
 * caller on a chat's path needs an answer in bounded time so it can fall back.
 */
export function withTimeout<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms);
  });
  // `work` runs inside a promise so a binding that throws synchronously still falls back.
  return Promise.race([Promise.resolve().then(work), deadline]).finally(() => clearTimeout(timer));
}
