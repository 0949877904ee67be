import { describe, expect, it } from "vitest";
import { isVip } from "../../../workers/domain/routing/customer";
import { customerFromPage } from "../../../workers/protocol/widget";

describe("attributes that drive routing come only from the company's backend", () => {
  it("a page's attributes are stored as unverified", () => {
    expect(customerFromPage({ name: "Ada", attributes: { vip: true, plan: "pro" } })).toEqual({
      name: "Ada",
      unverifiedAttributes: { vip: true, plan: "pro" },
    });
    expect(customerFromPage(undefined)).toEqual({});
  });

  it("only a verified vip counts", () => {
    expect(isVip({ attributes: { vip: true } })).toBe(true);
    expect(isVip({ attributes: { vip: "true" } })).toBe(true);
    expect(isVip({ unverifiedAttributes: { vip: true } })).toBe(false);
    expect(isVip(customerFromPage({ attributes: { vip: true } }))).toBe(false);
  });
});
