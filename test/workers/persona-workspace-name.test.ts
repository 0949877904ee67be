import { describe, expect, it } from "vitest";
import { newWorkspace } from "./helpers";

describe("the default persona speaks for the workspace, never for Baton", () => {
  it("greets as '<workspace> Assistant' and GET /persona says so, until the workspace names it", async () => {
    const { api } = await newWorkspace("Acme", { bot: true });
    const greetingOf = async () => {
      const started = await api("POST", "/api/v1/conversations", {});
      const detail = await api("GET", `/api/v1/conversations/${started.body.id}`);
      return detail.body.messages.find((m: { meta: { event?: string } }) => m.meta.event === "greeting").text;
    };
    const greeting = await greetingOf();
    expect(greeting).toContain("Acme Assistant");
    expect(greeting).not.toContain("Baton");
    expect((await api("GET", "/api/v1/persona")).body.name).toBe("Acme Assistant");

    expect((await api("PUT", "/api/v1/persona", { name: "Rosie" })).status).toBe(200);
    expect(await greetingOf()).toContain("Rosie");
  });
});
