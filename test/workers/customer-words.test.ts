import { describe, expect, it } from "vitest";
import { resolvedNotice } from "../../workers/domain/notices/index";
import type { Message } from "../../workers/protocol/message";
import { newWorkspace } from "./helpers";
import { openSocket } from "./socket-helpers";

describe("what the customer reads when the status changes", () => {
  it("human words in their language, or nothing: never the internal status names", async () => {
    const { api } = await newWorkspace();
    const { body: conv } = await api("POST", "/api/v1/conversations", {});
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, {
      text: "Hola, ¿cómo cambio la contraseña de mi cuenta?",
    });
    expect((await api("POST", `/api/v1/conversations/${conv.id}/resolve`)).status).toBe(200);
    await api("POST", `/api/v1/conversations/${conv.id}/messages`, { text: "Una pregunta más, por favor" });

    const customer = await openSocket(conv.id, conv.customerToken);
    try {
      await customer.waitFor(() => customer.messages().length >= 5);
      const system = customer.messages().filter((m: Message) => m.role === "system");
      const statuses = system.filter((m) => m.meta.event === "status");
      expect(statuses.map((m) => m.meta.to)).toEqual(["resolved", "bot"]);
      expect(statuses.map((m) => m.text)).toEqual([resolvedNotice("es"), ""]);
      for (const m of system) expect(m.text).not.toMatch(/status|resolved|assigned|queued|\bbot\b/i);
    } finally {
      customer.close();
    }
  });
});
