import { describe, expect, it } from "vitest";
import { eventually, signedInAgent } from "./queue-helpers";
import { START, userHash, widgetWorkspace } from "./widget-helpers";

const FORM = {
  name: "optional",
  email: "required",
  topics: [
    { id: "invoices", label: "Invoices and payments", labels: { es: "Facturas y pagos" }, skill: "billing" },
    { id: "other", label: "Something else" },
  ],
};

describe("the pre-chat form is a validated widget setting", () => {
  it("refuses a malformed form, naming each field, and changes nothing", async () => {
    const { api } = await widgetWorkspace();
    const bad = await api("PUT", "/api/v1/settings", {
      prechat: {
        email: "sometimes",
        topics: [
          { id: "Billing!", label: "x" },
          { id: "a", label: "A" },
          { id: "a", label: "Again" },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      "prechat.email",
      "prechat.topics[0].id",
      "prechat.topics[2].id",
    ]);
    const noTeam = await api("PUT", "/api/v1/settings", {
      prechat: { topics: [{ id: "vip", label: "VIP desk", teamId: "tm_nope" }] },
    });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.details).toEqual([
      { field: "prechat.topics[0].teamId", reason: "is not a team of this workspace" },
    ]);
    expect((await api("GET", "/api/v1/settings")).body.prechat).toBeNull();
  });

  it("is given to the widget with its labels, never where topics route", async () => {
    const { api, widget } = await widgetWorkspace();
    expect((await widget("GET", "/api/v1/widget/config")).body).toEqual({ prechat: null });
    expect((await api("PUT", "/api/v1/settings", { prechat: FORM })).status).toBe(200);
    const res = await widget("GET", "/api/v1/widget/config");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      prechat: {
        name: "optional",
        email: "required",
        topics: [
          { id: "invoices", label: "Invoices and payments", labels: { es: "Facturas y pagos" } },
          { id: "other", label: "Something else" },
        ],
      },
    });
  });
});

describe("a chat started through the pre-chat form", () => {
  it("needs the required answers and a known topic (400 naming the field), and creates nothing otherwise", async () => {
    const { api, widget } = await widgetWorkspace();
    await api("PUT", "/api/v1/settings", { prechat: FORM });
    const refused = async (body: unknown) => {
      const res = await widget("POST", START, body);
      expect(res.status).toBe(400);
      return res.body.error.details.map((d: { field: string }) => d.field);
    };
    expect(await refused({ customer: { name: "Ada" } })).toEqual(["customer.email", "topic"]);
    expect(await refused({ customer: { email: "ada@example.com" }, topic: "refunds" })).toEqual(["topic"]);
    expect((await api("GET", "/api/v1/conversations")).body.conversations).toEqual([]);
  });

  it("stores the answers as the customer's details, unverified, even next to a verified id", async () => {
    const { api, widget } = await widgetWorkspace();
    const secret = (await api("POST", "/api/v1/widget/identity/secret")).body.secret as string;
    await api("PUT", "/api/v1/settings", { prechat: FORM });
    const res = await widget("POST", START, {
      customer: { name: "Ada", email: "ada@example.com" },
      topic: "invoices",
      userId: "u-5",
      userHash: await userHash(secret, "u-5"),
    });
    expect(res.status).toBe(201);
    const { customer } = (await api("GET", `/api/v1/conversations/${res.body.id}`)).body;
    expect(customer).toEqual({
      id: "u-5",
      name: "Ada",
      email: "ada@example.com",
      topic: { id: "invoices", label: "Invoices and payments" },
      verified: ["id"],
    });
  });

  it("routes by the topic's skill: the agent with it gets the chat, not the one idle longest", async () => {
    const { api, widget } = await widgetWorkspace();
    await api("PUT", "/api/v1/settings", { prechat: FORM });
    const tom = await signedInAgent(api, { name: "Tom", skills: ["technical"] });
    const bea = await signedInAgent(api, { name: "Bea", skills: ["billing"] });
    await tom.online();
    await bea.online();
    const { body } = await widget("POST", START, {
      customer: { email: "ada@example.com" },
      topic: "invoices",
    });
    await api("POST", `/api/v1/conversations/${body.id}/messages`, { text: "I want to talk to a person" });
    const handoff = await eventually(async () => {
      const h = (await api("GET", `/api/v1/conversations/${body.id}`)).body.handoff;
      expect(h?.agentId).toBeTruthy();
      return h;
    });
    expect(handoff).toMatchObject({ skill: "billing", agentId: bea.id });
  });

  it("routes a topic mapped to a team to that team's members", async () => {
    const { api, widget } = await widgetWorkspace();
    const tom = await signedInAgent(api, { name: "Tom" });
    const ann = await signedInAgent(api, { name: "Ann" });
    const team = await api("POST", "/api/v1/teams", { name: "Key accounts", agentIds: [ann.id] });
    expect(team.status).toBe(201);
    const put = await api("PUT", "/api/v1/settings", {
      prechat: {
        email: "optional",
        topics: [{ id: "key-account", label: "My key account", teamId: team.body.id }],
      },
    });
    expect(put.status).toBe(200);
    await tom.online();
    await ann.online();
    const { body } = await widget("POST", START, { topic: "key-account" });
    await api("POST", `/api/v1/conversations/${body.id}/handoff`, {});
    await eventually(async () =>
      expect((await api("GET", `/api/v1/conversations/${body.id}`)).body.handoff?.agentId).toBe(ann.id),
    );
  });
});
