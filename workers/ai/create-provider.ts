import { LocalAiProvider } from "./local/index";
import type { AiProvider } from "./provider";
import { WorkersAiProvider } from "./workers-ai";

/** Workers AI calls get this long before the offline provider answers instead. */
const WORKERS_AI_TIMEOUT_MS = 2500;

/** Workers AI where the binding exists (production), the offline provider everywhere else. */
export function createAiProvider(env: { AI?: Ai }): AiProvider {
  const local = new LocalAiProvider();
  if (!env.AI) return local;
  return new WorkersAiProvider(env.AI, local, WORKERS_AI_TIMEOUT_MS, {
    onFallback: (operation, reason) =>
      console.warn(`Workers AI ${operation} fell back to offline: ${String(reason)}`),
  });
}
