import { describe, expect, it } from "vitest";
import { hashPassword } from "../../workers/auth/passwords";
import { passwordOpens } from "../../workers/auth/sign-in";

describe("sign-in costs one hash, whoever asks", () => {
  it("an unknown email, or an agent without a password, still runs one full hash and fails", async () => {
    const calls: string[] = [];
    const verify = async (_: string, stored: string) => {
      calls.push(stored);
      return true;
    };
    expect(await passwordOpens(undefined, "guess", verify)).toBe(false);
    expect(await passwordOpens({ passwordHash: null }, "guess", verify)).toBe(false);
    expect(calls).toHaveLength(2);
    // The stand-in hash has the real iteration count, so it takes as long as a real check.
    expect(calls.every((h) => h.startsWith("pbkdf2$100000$"))).toBe(true);
  });

  it("the right password opens the account, a wrong one does not", async () => {
    const agent = { passwordHash: await hashPassword("correct horse") };
    expect(await passwordOpens(agent, "correct horse")).toBe(true);
    expect(await passwordOpens(agent, "wrong horse")).toBe(false);
  });
});
