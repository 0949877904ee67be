import { useState } from "preact/hooks";
import { formatWait } from "../shared/dom";
import type { Api } from "./api";
import { clock, customerLabel } from "./inbox";
import { TranscriptLines } from "./transcript-lines";
import { useLine } from "./waiting";

/**
 * The line and the agents, for supervisors: who waits (by name), for which skill, how long, assigned to a
 * chosen agent from here; who is on and how busy. A waiting conversation opens read only.
 */
export function QueueView({ client, me }: { client: Api; me: string }) {
  const { queue, error, details } = useLine(client);
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const agents = queue?.agents ?? [];

  const assign = async (conversationId: string, form: HTMLFormElement) => {
    const agentId = String(new FormData(form).get("agent") ?? "");
    const name = agents.find((a) => a.id === agentId)?.name ?? "the agent";
    try {
      await client.assign(conversationId, agentId);
      setNotice(`Assigned to ${name}.`);
    } catch (err) {
      setNotice(err instanceof Error ? err.message : "Could not assign");
    }
  };
  const opened = open ? details[open] : null;

  return (
    <div class="queue-view">
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting {queue && <span class="count">{queue.waiting.length}</span>}</h2>
        {(error ?? notice) && (
          <p class={error ? "form-error" : "muted"} role={error ? "alert" : "status"}>
            {error ?? notice}
          </p>
        )}
        {queue && queue.waiting.length === 0 ? (
          <p class="muted">Nobody is waiting.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Customer</th>
                <th scope="col">Skill</th>
                <th scope="col">Waiting since</th>
                <th scope="col">Expected wait</th>
                <th scope="col">Assign</th>
              </tr>
            </thead>
            <tbody>
              {queue?.waiting.map((w) => {
                const detail = details[w.conversationId];
                const name = detail ? customerLabel(detail) : "Loading…";
                return (
                  <tr key={w.conversationId}>
                    <td>{w.position}</td>
                    <td>
                      <button type="button" class="link" onClick={() => setOpen(w.conversationId)}>
                        {name}
                      </button>
                    </td>
                    <td>{w.skill ?? "any"}</td>
                    <td>{clock(w.queuedAt)}</td>
                    <td>{formatWait(w.estimatedWaitSeconds) ?? "nobody available"}</td>
                    <td>
                      <form
                        class="row"
                        onSubmit={(e) => {
                          e.preventDefault();
                          assign(w.conversationId, e.currentTarget);
                        }}
                      >
                        <label class="sr-only" for={`assign-${w.conversationId}`}>
                          Agent for {name}
                        </label>
                        <select id={`assign-${w.conversationId}`} name="agent">
                          {agents.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.name} ({a.connected ? a.status : "disconnected"}, {a.load}/{a.maxConcurrent})
                            </option>
                          ))}
                        </select>
                        <button type="submit" class="secondary">
                          Assign
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {opened && (
          <section class="chat peek" aria-labelledby="peek-title">
            <header class="chat-head">
              <h2 id="peek-title">{customerLabel(opened)} (read only)</h2>
              <button type="button" class="secondary" onClick={() => setOpen(null)}>
                Close
              </button>
            </header>
            <ol class="transcript" aria-label="Transcript">
              <TranscriptLines messages={opened.messages} me={me} />
            </ol>
          </section>
        )}
      </section>
      <section aria-labelledby="agents-title">
        <h2 id="agents-title">Agents</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Skills</th>
              <th scope="col">Load</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td>
                  <span class={`dot ${a.connected ? a.status : "offline"}`} aria-hidden="true" />{" "}
                  {a.connected ? a.status : "disconnected"}
                </td>
                <td>{a.skills.join(", ") || "none"}</td>
                <td>
                  {a.load} / {a.maxConcurrent}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted small">
          Mode: {queue?.settings.mode === "accept" ? "agents accept offers" : "automatic assignment"}
        </p>
      </section>
    </div>
  );
}
