import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Message } from "../../../workers/protocol/message";
import { loneSurrogatePath } from "../../../workers/protocol/unicode";
import { newWorkspace } from "../helpers";
import { openSocket } from "../socket-helpers";
import { oddText, reportEscaped } from "./rest-fuzz";

const CASES = Number(process.env.BATON_FUZZ_CASES ?? 100);
/** Under the REST message limit of one conversation (60 per 10 s), so every case is judged on its text. */
const PER_CONVERSATION = 40;
/** Under a socket's message burst, for the same reason. */
const PER_SOCKET = 6;

/** The only texts a message may be refused for: blank, or not storable as sent. */
const mustRefuse = (text: string) => text.trim().length === 0 || loneSurrogatePath(text) !== null;

describe("odd text in messages (control characters, lone surrogates, joiners, RTL marks)", () => {
  it("is stored exactly as sent, or refused with a 4xx when blank or not storable, over REST", async () => {
    const { api } = await newWorkspace("Odd text");
    let conversation = "";
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(oddText, async (text) => {
        if (cases++ % PER_CONVERSATION === 0)
          conversation = (await api("POST", "/api/v1/conversations", {})).body.id;
        const res = await api("POST", `/api/v1/conversations/${conversation}/messages`, { text });
        if (mustRefuse(text)) {
          expect(res.status).toBe(400);
          expect(res.body.error).toMatchObject({ code: "invalid_request", details: [{ field: "text" }] });
          return;
        }
        expect(res.status).toBe(201);
        const seq = res.body.message.seq as number;
        const page = await api(
          "GET",
          `/api/v1/conversations/${conversation}/messages?after=${seq - 1}&limit=1`,
        );
        expect((page.body.messages[0] as Message).text).toBe(text);
      }),
      { numRuns: CASES, reporter: reportEscaped },
    );
    console.log(`fuzz message text over REST: ${cases} cases`);
  });

  it("is stored exactly as sent, or refused with an error frame, over the socket", async () => {
    const { api } = await newWorkspace("Odd text on sockets");
    let cases = 0;
    let socket: Awaited<ReturnType<typeof openSocket>> | undefined;
    let conversation = "";
    try {
      await fc.assert(
        fc.asyncProperty(oddText, async (text) => {
          if (cases % PER_SOCKET === 0) {
            socket?.close();
            const { body } = await api("POST", "/api/v1/conversations", {});
            conversation = body.id;
            socket = await openSocket(body.id, body.customerToken);
          }
          const live = socket as NonNullable<typeof socket>;
          const clientId = `odd-${cases++}`;
          const errorsBefore = live.frames.filter((f) => f.type === "error").length;
          live.send({ type: "message", clientId, text });
          // The sentinel: its acknowledgement, or one more error frame.
          await live.waitFor(
            (fs) =>
              live.messages().some((m) => m.clientId === clientId) ||
              fs.filter((f) => f.type === "error").length > errorsBefore,
          );
          const acked = live.messages().find((m) => m.clientId === clientId);
          expect(acked === undefined).toBe(mustRefuse(text));
          if (!acked) return;
          const page = await api(
            "GET",
            `/api/v1/conversations/${conversation}/messages?after=${acked.seq - 1}&limit=1`,
          );
          expect((page.body.messages[0] as Message).text).toBe(text);
        }),
        { numRuns: CASES, reporter: reportEscaped },
      );
    } finally {
      socket?.close();
    }
    console.log(`fuzz message text over the socket: ${cases} cases`);
  });
});
