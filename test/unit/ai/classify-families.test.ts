import { describe, expect, it } from "vitest";
import { classifyLocally } from "../../../workers/ai/local/classify";

const category = (text: string) => classifyLocally(text).category;

describe("category: families", () => {
  it.each([
    ["my account got locked", "account"],
    ["our login is suspended since yesterday", "account"],
    ["the app keeps logging me out", "account"],
    ["it kicked me out again after the update", "account"],
    ["mon compte est bloqué", "account"],
    ["how do i turn on two factor", "account"],
    ["where do I set up 2-step verification", "account"],
  ] as const)("locked accounts, sessions and second factors are account: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["three failed payments and now my account is locked", "billing"],
    ["my renewal payment didn't go through", "billing"],
    ["j'ai été prélevé deux fois", "billing"],
    ["das Geld wurde doppelt abgebucht", "billing"],
  ] as const)("payment failures and debits are billing: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["your update broke our checkout and we are losing sales", "technical"],
    ["the last release breaks the embed on safari", "technical"],
    ["we need this fixed before tomorrow's launch", "technical"],
    ["the webhook returns 502 since this morning", "technical"],
  ] as const)("breakage and urgent fixes are technical: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["I'm a real estate agent, can I use this for my listings?", "sales"],
    ["would it be a good fit for a team of 8 designers", "sales"],
    ["transfer me to someone in sales", "sales"],
  ] as const)("product-fit questions are pre-sales: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    "can someone from your side ring me back on 555 0143",
    "would a member of the team be able to get in touch with me",
    "please call +44 20 7946 0958",
  ])("a phone number or 'a member of your team' is not a topic: %j", (text) => {
    expect(category(text)).toBe("general");
  });
});
