import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";
import { signedInAgent } from "./queue-helpers";

/** What the customer reads after asking for a person: the system messages with text. */
async function noticesAfterHandoff(api: Awaited<ReturnType<typeof newWorkspace>>["api"]) {
  const { body: conv } = await api("POST", "/api/v1/conversations", {});
  await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "I was charged twice, refund me" });
  const { body } = await api("GET", `/api/v1/conversations/${conv.id}`);
  return body.messages
    .filter((m: { role: string; text: string }) => m.role === "system" && m.text)
    .map((m: { text: string }) => m.text) as string[];
}

describe("one coherent queue message", () => {
  it("when nobody can answer, the customer reads that, never a place in line beside it", async () => {
    const { api } = await newWorkspace();
    const notices = await noticesAfterHandoff(api);
    expect(notices.some((t) => /Nobody from our team is available/.test(t))).toBe(true);
    expect(notices.some((t) => /in line/.test(t))).toBe(false);
  });

  it("when someone can, the place in line is said", async () => {
    const { api } = await newWorkspace();
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"], maxConcurrent: 1 });
    await bea.online();
    await noticesAfterHandoff(api);
    // Bea is busy with the first: the second waits for her.
    const notices = await noticesAfterHandoff(api);
    expect(notices.some((t) => /in line/.test(t))).toBe(true);
  });
});
