import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AgentStatus, AgentSession as Session } from "../../workers/protocol/agents";
import { api } from "./api";
import { ConversationPane } from "./conversation-pane";
import { Dashboard } from "./dashboard/dashboard";
import { FollowupList, FollowupPane } from "./followups";
import { applyQueueFrame, customerLabel, type InboxItem, loadInbox } from "./inbox";
import { connectQueue } from "./queue-socket";
import { QueueView } from "./queue-view";

type Props = { session: Session; onSignedOut: () => void };

/** The signed-in agent's desk: status, inbox, the open conversation, and the line for supervisors. */
export function Workspace({ session, onSignedOut }: Props) {
  const client = useMemo(() => api(session.token), [session.token]);
  const { agent } = session;
  // Unknown until the line says (the first snapshot) or the agent chooses: the stored session's status is
  // from sign-in time, and sending it after a reload set agents Away behind their back.
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [connected, setConnected] = useState(false);
  const [items, setItems] = useState<InboxItem[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [followup, setFollowup] = useState<string | null>(null);
  const [followupsChanged, setFollowupsChanged] = useState(0);
  /** Reply deadlines the line warned about, by conversation. */
  const [deadlines, setDeadlines] = useState<Record<string, string>>({});
  const [tab, setTab] = useState<"inbox" | "queue" | "dashboard">("inbox");
  const statusRef = useRef(status);
  const queue = useRef<ReturnType<typeof connectQueue> | null>(null);

  useEffect(() => {
    loadInbox(client, agent.id)
      .then((loaded) =>
        setItems((live) => [...live, ...loaded.filter((l) => !live.some((i) => i.id === l.id))]),
      )
      .catch(() => undefined);
    const socket = connectQueue({
      workspaceId: session.workspaceId,
      token: session.token,
      status: () => statusRef.current,
      onConnected: setConnected,
      onFrame: (frame) => {
        if (frame.type === "snapshot" && statusRef.current === null) {
          statusRef.current = frame.status;
          setStatus(frame.status);
        }
        if (frame.type === "reply_warning")
          setDeadlines((d) => ({ ...d, [frame.conversationId]: frame.dueAt }));
        if (frame.type === "released") setDeadlines(({ [frame.conversationId]: _, ...rest }) => rest);
        setItems((current) => applyQueueFrame(current, frame));
      },
    });
    queue.current = socket;
    return () => socket.close();
  }, [client, agent.id, session.workspaceId, session.token]);

  const changeStatus = (next: AgentStatus) => {
    statusRef.current = next;
    setStatus(next);
    queue.current?.send({ type: "status", status: next });
  };
  const signOut = async () => {
    queue.current?.send({ type: "status", status: "offline" });
    await client.logout().catch(() => undefined);
    onSignedOut();
  };
  const open = items.find((i) => i.id === selected) ?? null;

  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand">
          <span class="logo" aria-hidden="true">
            ◆
          </span>{" "}
          Baton
        </span>
        <nav aria-label="Views" class="tabs">
          <button type="button" aria-pressed={tab === "inbox"} onClick={() => setTab("inbox")}>
            Inbox {items.length > 0 && <span class="count">{items.length}</span>}
          </button>
          {agent.role === "supervisor" && (
            <button type="button" aria-pressed={tab === "queue"} onClick={() => setTab("queue")}>
              Queue
            </button>
          )}
          {agent.role === "supervisor" && (
            <button type="button" aria-pressed={tab === "dashboard"} onClick={() => setTab("dashboard")}>
              Dashboard
            </button>
          )}
        </nav>
        <fieldset class="status">
          <legend class="sr-only">Your availability</legend>
          <span class={`dot ${connected && status ? status : "offline"}`} aria-hidden="true" />
          {(["online", "away"] as const).map((s) => (
            <button key={s} type="button" aria-pressed={status === s} onClick={() => changeStatus(s)}>
              {s === "online" ? "Online" : "Away"}
            </button>
          ))}
          {!connected && <span class="muted small">Connecting…</span>}
          {connected && status === "offline" && <span class="muted small">Offline</span>}
        </fieldset>
        <span class="me">{agent.name}</span>
        <button type="button" class="link" onClick={signOut}>
          Sign out
        </button>
      </header>
      {tab === "dashboard" ? (
        <Dashboard token={session.token} />
      ) : tab === "queue" ? (
        <QueueView client={client} />
      ) : (
        <div class="desk">
          <aside class="inbox" aria-label="Your conversations">
            <FollowupList
              client={client}
              online={status === "online"}
              selected={followup}
              refresh={followupsChanged}
              onOpen={(id) => {
                setFollowup(id);
                setSelected(null);
              }}
            />
            <h2>Your conversations</h2>
            {items.length === 0 ? (
              <p class="muted empty">
                {status === "online"
                  ? "Nothing yet. New conversations land here."
                  : "Go online to receive conversations."}
              </p>
            ) : (
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      class="inbox-item"
                      aria-current={item.id === selected ? "true" : undefined}
                      onClick={() => {
                        setSelected(item.id);
                        setFollowup(null);
                      }}
                    >
                      <strong>{customerLabel(item.detail)}</strong>
                      {item.mode === "offer" && <span class="badge">Offer</span>}
                      {deadlines[item.id] && <span class="badge">Reply due</span>}
                      <span class="muted small">{item.reasons[0]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </aside>
          {followup ? (
            <FollowupPane
              key={followup}
              id={followup}
              client={client}
              me={agent.id}
              onClosed={() => {
                setFollowup(null);
                setFollowupsChanged((n) => n + 1);
              }}
            />
          ) : open ? (
            <ConversationPane
              key={open.id}
              item={open}
              client={client}
              me={agent.id}
              replyDueAt={deadlines[open.id] ?? null}
              onOnIt={() => {
                queue.current?.send({ type: "extend_reply", conversationId: open.id });
                setDeadlines(({ [open.id]: _, ...rest }) => rest);
              }}
              onReplied={() => setDeadlines(({ [open.id]: _, ...rest }) => rest)}
              onAccept={() => queue.current?.send({ type: "accept", conversationId: open.id })}
              onClosed={() => {
                setItems((current) => current.filter((i) => i.id !== open.id));
                setSelected(null);
              }}
            />
          ) : (
            <section class="placeholder">
              <p class="muted">Pick a conversation to see its brief and reply.</p>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
