import { useEffect, useState } from "preact/hooks";
import type { QueueSnapshot } from "../../workers/protocol/queue-frames";
import { formatWait } from "../shared/dom";
import type { Api } from "./api";

/** How often the supervisor's view of the line refreshes; the line changes in seconds, not milliseconds. */
const REFRESH_MS = 5000;

/** The line and the agents, for supervisors: who waits, for which skill, how long; who is on and how busy. */
export function QueueView({ client }: { client: Api }) {
  const [queue, setQueue] = useState<QueueSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      client
        .queue()
        .then((q) => {
          setQueue(q);
          setError(null);
        })
        .catch((err: Error) => setError(err.message));
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [client]);

  return (
    <main class="queue-view">
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting {queue && <span class="count">{queue.waiting.length}</span>}</h2>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        {queue && queue.waiting.length === 0 ? (
          <p class="muted">Nobody is waiting.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Conversation</th>
                <th scope="col">Skill</th>
                <th scope="col">Waiting since</th>
                <th scope="col">Expected wait</th>
              </tr>
            </thead>
            <tbody>
              {queue?.waiting.map((w) => (
                <tr key={w.conversationId}>
                  <td>{w.position}</td>
                  <td>
                    <code>{w.conversationId}</code>
                  </td>
                  <td>{w.skill ?? "any"}</td>
                  <td>{new Date(w.queuedAt).toLocaleTimeString()}</td>
                  <td>{formatWait(w.estimatedWaitSeconds) ?? "nobody available"}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
            {queue?.agents.map((a) => (
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
    </main>
  );
}
