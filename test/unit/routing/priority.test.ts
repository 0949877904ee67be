import { describe, expect, it } from "vitest";
import { priorityScore, sortWaiting } from "../../../workers/domain/routing";
import { item, seconds, settings, T0 } from "./fixtures";

const s = settings({ vipHeadStartSeconds: 300, angerHeadStartSeconds: 180 });
const order = (...items: ReturnType<typeof item>[]) => sortWaiting(items, s).map((i) => i.conversationId);

describe("the order of the line", () => {
  it("serves a VIP and an angry customer ahead of calm ones who arrived a little earlier", () => {
    const calm = item("calm", { queuedAt: T0 - seconds(60) });
    const vip = item("vip", { queuedAt: T0, vip: true });
    const angry = item("angry", { queuedAt: T0, sentiment: -0.8 });
    expect(order(calm, vip, angry)).toEqual(["vip", "angry", "calm"]);
  });

  it("ranks more negative sentiment higher; positive sentiment earns nothing", () => {
    const upset = item("upset", { sentiment: -0.3 });
    const furious = item("furious", { sentiment: -1 });
    const happy = item("happy", { sentiment: 0.9, queuedAt: T0 - 1 });
    expect(order(happy, upset, furious)).toEqual(["furious", "upset", "happy"]);
  });

  it("lets a long waiter stay ahead: a VIP overtakes only those who arrived less than the head start earlier", () => {
    const longWaiter = item("long", { queuedAt: T0 - seconds(301) });
    const vip = item("vip", { queuedAt: T0, vip: true, sentiment: 0 });
    expect(order(vip, longWaiter)).toEqual(["long", "vip"]);
  });

  it("puts conversations returned to the line ahead of everyone", () => {
    const vip = item("vip", { vip: true, sentiment: -1, queuedAt: T0 - seconds(3600) });
    const returned = item("returned", { front: true, queuedAt: T0 });
    expect(order(vip, returned)).toEqual(["returned", "vip"]);
  });

  it("breaks ties by queuedAt then conversation id, whatever the input order", () => {
    const a = item("a", { queuedAt: T0 });
    const b = item("b", { queuedAt: T0 });
    const vip = item("early-vip", { queuedAt: T0 - seconds(300), vip: true, sentiment: 0 });
    const headStarted = item("z-plain", { queuedAt: T0 - seconds(600) });
    expect(order(b, a, vip, headStarted)).toEqual(["z-plain", "early-vip", "a", "b"]);
    expect(order(a, headStarted, b, vip)).toEqual(["z-plain", "early-vip", "a", "b"]);
  });

  it("scores priority as seconds waited plus head start, so everyone ages at the same rate", () => {
    const vip = item("vip", { vip: true, queuedAt: T0 });
    expect(priorityScore(vip, s, T0 + seconds(60))).toBe(360);
    expect(priorityScore(item("calm"), s, T0 + seconds(60))).toBe(60);
  });
});
