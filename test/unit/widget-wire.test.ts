import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ClientFrames, ServerFrames, WidgetConfigSchema } from "../../web/widget/wire";
import { ClientFrameSchema, ServerFrameSchema } from "../../workers/protocol/frames";
import { WidgetConfigSchema as WidgetConfigZod } from "../../workers/protocol/widget";

const message = {
  id: "m1",
  seq: 3,
  role: "agent",
  text: "Hi <b>there</b>",
  createdAt: "2026-01-01T00:00:00Z",
  meta: { agentName: "Tom" },
};
const conversation = {
  id: "cv_1",
  workspaceId: "ws_1",
  status: "queued",
  customer: { name: "Ada" },
  lastSeq: 3,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

const serverFrames: unknown[] = [
  { type: "message", message },
  { type: "message", message: { ...message, seq: 0 } },
  { type: "message", message: { ...message, seq: 1.5 } },
  { type: "message", message: { ...message, role: "admin" } },
  { type: "message", message: { ...message, meta: null } },
  { type: "message", message: { ...message, text: undefined } },
  { type: "conversation", conversation },
  { type: "conversation", conversation: { ...conversation, status: "closed" } },
  { type: "conversation", conversation: { ...conversation, lastSeq: -1 } },
  { type: "typing", role: "bot", typing: true },
  { type: "typing", role: "system", typing: true },
  { type: "draft", draftId: "d", role: "bot", text: "…" },
  { type: "draft", draftId: "d", role: "agent", text: "…" },
  { type: "queue", position: 2, estimatedWaitSeconds: null },
  { type: "queue", position: 2.5, estimatedWaitSeconds: 30 },
  { type: "queue", position: 2 },
  { type: "error", code: "invalid_frame", message: "no" },
  { type: "error", code: "invalid_frame", message: "no", clientId: 7 },
  { type: "unknown" },
  null,
  "message",
];

const clientFrames: unknown[] = [
  { type: "message", clientId: "w-1", text: "hello" },
  { type: "message", clientId: "w 1", text: "hello" },
  { type: "message", clientId: "", text: "hello" },
  { type: "message", clientId: "x".repeat(65), text: "hello" },
  { type: "message", clientId: "w-1", text: "   " },
  { type: "message", clientId: "w-1", text: "x".repeat(4000) },
  { type: "message", clientId: "w-1", text: "x".repeat(4001) },
  { type: "typing", typing: false },
  { type: "email", email: "ada@example.com" },
  { type: "email", email: "not an email" },
  { type: "csat", score: 5, comment: "great" },
  { type: "csat", score: 0 },
  { type: "csat", score: 6 },
  { type: "csat", score: 4.5 },
  { type: "csat", score: 3, comment: "   " },
];

const topic = { id: "invoices", label: "Invoices" };
const form = { name: "optional", email: "required", topics: [topic] };
const configs: unknown[] = [
  { prechat: null },
  { prechat: form },
  { prechat: { ...form, topics: [{ ...topic, labels: { es: "Facturas" } }] } },
  { prechat: { ...form, topics: [{ ...topic, labels: { ja: "請求書" } }] } },
  { prechat: { ...form, email: "sometimes" } },
  { prechat: { ...form, topics: [{ id: "invoices" }] } },
  {},
];

describe("the widget's light frame validation agrees with the server's schemas", () => {
  it.each(serverFrames.map((f) => [JSON.stringify(f), f]))("server frame %s", (_, frame) => {
    const light = ServerFrames.safeParse(frame);
    const full = ServerFrameSchema.safeParse(frame);
    expect(light.success).toBe(full.success);
    if (light.success && full.success) expect(light.data).toEqual(full.data);
  });

  it.each(clientFrames.map((f) => [JSON.stringify(f).slice(0, 80), f]))("client frame %s", (_, frame) => {
    expect(ClientFrames.safeParse(frame).success).toBe(ClientFrameSchema.safeParse(frame).success);
  });

  it.each(configs.map((c) => [JSON.stringify(c), c]))("widget config %s", (_, config) => {
    expect(v.safeParse(WidgetConfigSchema, config).success).toBe(WidgetConfigZod.safeParse(config).success);
  });
});
