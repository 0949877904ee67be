import fc from "fast-check";
import { expect, it } from "vitest";
import { MAX_FRAME_CHARS } from "../../../workers/protocol/frames";
import { newWorkspace } from "../helpers";
import { openSocket } from "../socket-helpers";
import { oddText, reportEscaped } from "./rest-fuzz";

const CASES = Number(process.env.BATON_FUZZ_CASES ?? 100) * 2;

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 2 }),
);
const notBoolean = fc.oneof(
  fc.integer(),
  fc.string(),
  fc.constant(null),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }),
);

/** A JSON object as text, so prototype keys stay plain keys. */
const objectText = (entries: [string, unknown][]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`;

/** Frames that must be refused, of every kind a client could get wrong. */
const badFrames = fc.oneof(
  fc.tuple(fc.constantFrom("{", "nulx", '{"type":', "\u0000", "[1,]"), fc.string()).map(([a, b]) => a + b),
  fc
    .oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue()))
    .map((v) => JSON.stringify(v)),
  fc.tuple(fc.string(), fc.jsonValue()).map(([type, v]) =>
    objectText([
      ["type", `x-${type}`],
      ["value", v],
    ]),
  ),
  fc.tuple(notString, oddText).map(([clientId, text]) =>
    objectText([
      ["type", "message"],
      ["clientId", clientId],
      ["text", text],
    ]),
  ),
  // Lone surrogates in an otherwise valid message, next to prototype keys.
  fc
    .tuple(
      fc.constantFrom("\ud800", "\udfff", "a\udc00b"),
      fc.subarray(["__proto__", "constructor", "prototype"]),
    )
    .map(([text, keys]) =>
      objectText([
        ...keys.map((k): [string, unknown] => [k, { polluted: true }]),
        ["type", "message"],
        ["clientId", "c-1"],
        ["text", text],
      ]),
    ),
  notBoolean.map((typing) =>
    objectText([
      ["type", "typing"],
      ["typing", typing],
    ]),
  ),
  notString.map((email) =>
    objectText([
      ["type", "email"],
      ["email", email],
    ]),
  ),
  fc.oneof(fc.double(), fc.integer({ min: 6 }), fc.integer({ max: 0 }), fc.string()).map((score) =>
    objectText([
      ["type", "csat"],
      ["score", score],
    ]),
  ),
  fc.integer({ min: 1, max: 4 }).map((n) =>
    objectText([
      ["type", "message"],
      ["clientId", "big"],
      ["text", "x".repeat(MAX_FRAME_CHARS * n)],
    ]),
  ),
);

it("every bad socket frame gets an error frame, and nothing is stored or changed", async () => {
  const { api } = await newWorkspace("Frame fuzz");
  const { body } = await api("POST", "/api/v1/conversations", {});
  const before = (await api("GET", `/api/v1/conversations/${body.id}`)).body;
  const socket = await openSocket(body.id, body.customerToken);
  let cases = 0;
  try {
    await socket.waitFor((fs) => fs.some((f) => f.type === "conversation"));
    await fc.assert(
      fc.asyncProperty(badFrames, async (frame) => {
        cases++;
        const errors = () => socket.frames.filter((f) => f.type === "error").length;
        const errorsBefore = errors();
        socket.ws.send(frame);
        await socket.waitFor(() => errors() > errorsBefore);
        expect(socket.messages()).toEqual([]);
      }),
      { numRuns: CASES, reporter: reportEscaped },
    );
    expect((await api("GET", `/api/v1/conversations/${body.id}`)).body).toEqual(before);
    // Still open and working after all of it.
    socket.send({ type: "message", clientId: "after", text: "still here" });
    await socket.waitFor(() => socket.messages().some((m) => m.clientId === "after"));
  } finally {
    socket.close();
  }
  console.log(`fuzz socket frames: ${cases} cases`);
});
