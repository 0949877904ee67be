import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, parseRules } from "../../../workers/domain/rules";
import { analyzeLocally, decide, type EngineMessage, TRIGGER_ORDER } from "../../../workers/domain/triggers";

const customer = (text: string): EngineMessage => ({ role: "customer", text });
const bot = (text: string, botFailure?: boolean): EngineMessage =>
  botFailure === undefined ? { role: "bot", text } : { role: "bot", text, meta: { botFailure } };

describe("decide", () => {
  it("hands off a Spanish request for a person as explicit_request", () => {
    const d = decide(DEFAULT_RULES, [customer("Quiero hablar con una persona")]);
    expect(d.handoff).toBe(true);
    expect(d.trigger).toBe("explicit_request");
    expect(d.signals.wantsHuman).toBe(true);
  });

  it("does not hand off when 'agent' means a travel agent", () => {
    const d = decide(DEFAULT_RULES, [customer("our travel agent booked it, where do I see the booking?")]);
    expect(d.handoff).toBe(false);
    expect(d.trigger).toBeNull();
    expect(d.triggers).toEqual([]);
  });

  it("hands off after two bot replies that admit they cannot help", () => {
    const d = decide(DEFAULT_RULES, [
      customer("why are my scheduled reports empty"),
      bot("Sorry, I don't have an answer for that yet."),
      customer("the weekly PDF has no charts"),
      bot("I didn't quite get that. Could you rephrase?"),
      customer("reports are empty"),
    ]);
    expect(d.triggers).toContain("repeated_failure");
    expect(d.signals.botFailures).toBe(2);
  });

  it("counts bot replies flagged low-confidence and customer rejections as failures", () => {
    const d = decide(DEFAULT_RULES, [
      customer("can I merge two accounts"),
      bot("Here is an article: Managing your profile.", true),
      customer("no, that's not it"),
    ]);
    expect(d.signals.botFailures).toBe(2);
    expect(d.triggers).toContain("repeated_failure");
  });

  it("does not count one failure as repeated", () => {
    const d = decide(DEFAULT_RULES, [
      customer("how do I rename a board"),
      bot("Sorry, I can't help with that."),
      customer("it's the kanban board"),
    ]);
    expect(d.signals.botFailures).toBe(1);
    expect(d.triggers).not.toContain("repeated_failure");
  });

  it("fires turn_limit on the sixth customer message, not the fifth, ignoring agent and system lines", () => {
    const lines = [
      "how do I add a logo",
      "which formats",
      "what size",
      "can I move it",
      "and the colour",
      "ok",
    ];
    const history: EngineMessage[] = [{ role: "system", text: "Conversation started" }];
    const decisions = lines.map((text) => {
      history.push(customer(text), { role: "agent", text: "note" }, bot("Done under Settings > Branding."));
      return decide(DEFAULT_RULES, history);
    });
    expect(decisions[4]?.handoff).toBe(false);
    expect(decisions[5]?.trigger).toBe("turn_limit");
    expect(decisions[5]?.signals.customerTurns).toBe(6);
  });

  it("decides for the last customer message, ignoring bot lines after it", () => {
    const d = decide(DEFAULT_RULES, [
      customer("hi"),
      bot("Sorry, I don't understand."),
      bot("I can't help with that."),
    ]);
    expect(d.signals.botFailures).toBe(0);
    expect(d.handoff).toBe(false);
  });

  it("hands off cancelling a subscription as keyword_rule", () => {
    expect(decide(DEFAULT_RULES, [customer("please cancel my subscription")]).trigger).toBe("keyword_rule");
  });

  it("hands off refunds and legal matters as category, but not a plain invoice question", () => {
    expect(decide(DEFAULT_RULES, [customer("You billed me twice, I need a refund")]).triggers).toContain(
      "category",
    );
    expect(decide(DEFAULT_RULES, [customer("We received a subpoena about a user")]).trigger).toBe("category");
    expect(decide(DEFAULT_RULES, [customer("where is the invoice for september")]).handoff).toBe(false);
  });

  it("hands off one strongly negative message, or two negative ones in a row", () => {
    const strong = decide(DEFAULT_RULES, [customer("This is absolutely unacceptable, terrible product!")]);
    expect(strong.trigger).toBe("negative_sentiment");
    const mild = [customer("the report is slow"), bot("Try a shorter range."), customer("that's annoying")];
    expect(decide(DEFAULT_RULES, mild.slice(0, 1)).handoff).toBe(false);
    const twice = decide(DEFAULT_RULES, [
      ...mild,
      bot("You can schedule it."),
      customer("this is frustrating"),
    ]);
    expect(twice.triggers).toContain("negative_sentiment");
  });

  it("lists every trigger that fired in the documented order, the first as trigger", () => {
    const d = decide(DEFAULT_RULES, [customer("I'm furious, I want a refund and a human NOW!!!")]);
    expect(d.triggers.length).toBeGreaterThan(1);
    const order = d.triggers.map((t) => TRIGGER_ORDER.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(d.trigger).toBe(d.triggers[0]);
  });

  it("explains the handoff in a sentence that names the reason", () => {
    const d = decide(DEFAULT_RULES, [customer("can I talk to a human please")]);
    expect(d.explanation).toMatch(/^Handed to a human because the customer asked for a person/);
    const kept = decide(DEFAULT_RULES, [customer("how do I export contacts")]);
    expect(kept.explanation).toMatch(/^The bot keeps the conversation/);
  });

  it("uses the stored analysis instead of re-analysing the text", () => {
    const analysis = { ...analyzeLocally("hello"), wantsHuman: true };
    const d = decide(DEFAULT_RULES, [{ role: "customer", text: "hello", meta: { analysis } }]);
    expect(d.trigger).toBe("explicit_request");
  });

  it("follows the workspace's rules", () => {
    const parsed = parseRules({ turnLimit: 2, keywords: { phrases: ["data export"] } });
    if (!parsed.success) throw new Error("rules should be valid");
    expect(decide(parsed.rules, [customer("hi"), bot("Hello!"), customer("thanks")]).trigger).toBe(
      "turn_limit",
    );
    expect(decide(parsed.rules, [customer("I need a full Data Export")]).trigger).toBe("keyword_rule");
  });

  it("keeps the bot in charge when the customer has not written", () => {
    const d = decide(DEFAULT_RULES, [bot("Hi! How can I help?")]);
    expect(d.handoff).toBe(false);
    expect(d.signals.customerTurns).toBe(0);
  });

  it("returns a JSON-serialisable decision", () => {
    const d = decide(DEFAULT_RULES, [customer("transfer me to an operator")]);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});
