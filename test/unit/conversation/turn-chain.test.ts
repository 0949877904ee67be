import { describe, expect, it } from "vitest";
import { TurnChain } from "../../../durable-objects/conversation/turn-chain";

describe("a conversation's turn chain", () => {
  it("runs turns in the order they were queued, each after the one before has settled", async () => {
    const chain = new TurnChain(async () => {});
    const log: string[] = [];
    let releaseFirst = () => {};
    const first = chain.run(async () => {
      log.push("first starts");
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      log.push("first ends");
    });
    const second = chain.run(async () => {
      log.push("second");
      return 2;
    });
    // The caller is not held: both are queued, the second waits for the first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(["first starts"]);
    releaseFirst();
    expect(await second).toBe(2);
    await first;
    expect(log).toEqual(["first starts", "first ends", "second"]);
  });

  it("goes on after a turn that fails, and the failure reaches that turn's caller only", async () => {
    const chain = new TurnChain(async () => {});
    const failing = chain.run(async () => {
      throw new Error("the turn failed");
    });
    const next = chain.run(async () => "next ran");
    await expect(failing).rejects.toThrow("the turn failed");
    expect(await next).toBe("next ran");
  });

  it("does not let a turn that hangs hold the next one past holdMs", async () => {
    const chain = new TurnChain(async () => {}, 20);
    void chain.run(() => new Promise(() => {}));
    expect(await chain.run(async () => "next ran")).toBe("next ran");
  });

  it("gives way before each turn starts", async () => {
    const order: string[] = [];
    const chain = new TurnChain(async () => {
      order.push("gave way");
    });
    await chain.run(async () => order.push("turn"));
    expect(order).toEqual(["gave way", "turn"]);
  });
});
