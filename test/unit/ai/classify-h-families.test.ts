import { describe, expect, it } from "vitest";
import { classifyLocally } from "../../../workers/ai/local/classify";

/** Category families added after the blind-h1 check, with the neighbours they must leave alone. */
const category = (text: string) => classifyLocally(text).category;

describe("category: h families", () => {
  it.each([
    ["can my support agents see customer phone numbers", "account"],
    ["do our guests see internal notes", "account"],
    ["can we restrict which users see invoices", "account"],
    ["how do i restrict who can access the reports", "account"],
    ["quiero cancelar mi suscripción", "account"],
    ["je veux résilier mon abonnement", "account"],
    ["ich möchte mein Abo kündigen", "account"],
    ["vorrei disdire il mio abbonamento", "account"],
    ["quero cancelar minha assinatura", "account"],
  ] as const)("permissions and cancelling in six languages are account: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["where do you store data, is it in the EU", "legal"],
    ["is our data hosted in Europe", "legal"],
    ["do you have an EU data center", "legal"],
  ] as const)("where the data lives is legal: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["im an insurance agent, does the crm handle policy renewals", "sales"],
    ["we're a small dental clinic, would it work for appointment reminders", "sales"],
    ["just asking how the tiers work", "sales"],
    ["why would you change the pricing without telling anyone", "billing"],
    ["you doubled the price overnight", "billing"],
  ] as const)("product fit and tiers are sales, a changed price billing: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["urgent!! payments page down for all our customers", "technical"],
    ["half our contacts are gone", "technical"],
    ["this is costing us money every minute it's down", "technical"],
    ["schon wieder abgestürzt", "technical"],
    ["I am sick of waiting for a fix", "technical"],
    ["the version on my Mac is outdated, where do I download the new one", "technical"],
    ["the migration went smoothly", "technical"],
  ] as const)("outages, lost data and fixes are technical: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["Could you kindly escalate this to a member of staff", "general"],
    ["where can I download my invoice", "billing"],
    ["I'm a developer, does the api support pagination", "technical"],
    ["how do i add a member to my workspace", "account"],
    ["the contract says we can cancel after a year", "legal"],
  ] as const)("neighbours stay where they were: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it.each([
    ["the search bar doesnt return any results", "technical"],
    ["the page won't refresh after saving", "technical"],
    ["is an e-signature here legally binding", "legal"],
    ["Not good enough. We're a paying customer.", "general"],
    ["we are paying for the pro plan, where is the invoice", "billing"],
  ] as const)("added after the h2 check: %j", (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
