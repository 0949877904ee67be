import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AgentStatus, AgentSession as Session } from "../../workers/protocol/agents";
import type { CannedReply } from "../../workers/protocol/replies";
import { lastSeq } from "../shared/transcript";
import { HandoffRatingDialog, UNDO_MS, UndoBar } from "./after-resolve";
import { api } from "./api";
import { CannedScreen } from "./canned/canned-screen";
import { ConversationPane } from "./conversation-pane";
import { askForNotifications, cue, showUnreadInTitle } from "./cues";
import { Dashboard } from "./dashboard/dashboard";
import { FollowupList, FollowupPane } from "./followups";
import { applyQueueFrame, customerLabel, type InboxItem, loadInbox, unreadCount } from "./inbox";
import { InboxList } from "./inbox-list";
import { useLiveConversations } from "./live-conversations";
import { connectQueue } from "./queue-socket";
import { QueueView } from "./queue-view";
import { ResolvedList, ResolvedPane } from "./resolved-list";
import { RulesEditor } from "./rules/rules-editor";
import { Setup } from "./setup/setup";
import { WaitingList } from "./waiting-list";

type Props = { session: Session; onSignedOut: () => void };
type View = "mine" | "waiting" | "followups" | "resolved";
const VIEWS: Record<View, string> = {
  mine: "Mine",
  waiting: "Waiting",
  followups: "Follow-ups",
  resolved: "Resolved",
};

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
  const [resolvedOpen, setResolvedOpen] = useState<string | null>(null);
  const [resolvedChanged, setResolvedChanged] = useState(0);
  /** Customers' ratings that arrived on the line while the app was open, by conversation. */
  const [rated, setRated] = useState<Record<string, number>>({});
  const [ratedNotice, setRatedNotice] = useState<string | null>(null);
  /** Who each conversation the agent resolved here was with, to say who rated it. */
  const resolvedLabels = useRef<Record<string, string>>({});
  /** Reply deadlines the line warned about, by conversation. */
  const [deadlines, setDeadlines] = useState<Record<string, string>>({});
  const [tab, setTab] = useState<"inbox" | "queue" | "dashboard" | "rules" | "replies" | "setup">("inbox");
  const [view, setView] = useState<View>("mine");
  const [query, setQuery] = useState("");
  const [seen, setSeen] = useState<Record<string, number>>({});
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [resolving, setResolving] = useState<{ id: string; label: string } | null>(null);
  const [rating, setRating] = useState<{ id: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const statusRef = useRef(status);
  const queue = useRef<ReturnType<typeof connectQueue> | null>(null);
  const undo = useRef<ReturnType<typeof setTimeout> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const selectedRef = useRef(selected);
  selectedRef.current = selected;

  const live = useLiveConversations(items, client, (id, message) => {
    if (id === selectedRef.current && !document.hidden) return;
    const item = items.find((i) => i.id === id);
    cue(`New message from ${item ? customerLabel(item.detail) : "a customer"}`, message.text);
  });

  useEffect(() => {
    // After sign-in (or a reload) focus starts at the agent's conversations.
    heading.current?.focus();
    client
      .cannedReplies()
      .then((r) => setCanned(r.replies))
      .catch(() => undefined);
    loadInbox(client, agent.id)
      .then((loaded) => {
        setSeen((s) => ({
          ...Object.fromEntries(loaded.map((l) => [l.id, l.detail.messages.at(-1)?.seq ?? 0])),
          ...s,
        }));
        setItems((current) => [...current, ...loaded.filter((l) => !current.some((i) => i.id === l.id))]);
      })
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
        if (frame.type === "assigned") cue("New conversation", frame.brief.reasons[0] ?? "");
        if (frame.type === "reply_warning")
          setDeadlines((d) => ({ ...d, [frame.conversationId]: frame.dueAt }));
        if (frame.type === "released") setDeadlines(({ [frame.conversationId]: _, ...rest }) => rest);
        if (frame.type === "rated") {
          setRated((r) => ({ ...r, [frame.conversationId]: frame.score }));
          const who = resolvedLabels.current[frame.conversationId] ?? "A customer";
          setRatedNotice(`${who} rated the conversation ${frame.score}/5.`);
        }
        setItems((current) => applyQueueFrame(current, frame));
      },
    });
    queue.current = socket;
    const tick = setInterval(() => setNow(Date.now()), 5000);
    const visible = () => setNow(Date.now());
    document.addEventListener("visibilitychange", visible);
    return () => {
      socket.close();
      clearInterval(tick);
      document.removeEventListener("visibilitychange", visible);
    };
  }, [client, agent.id, session.workspaceId, session.token]);

  const open = items.find((i) => i.id === selected) ?? null;
  const openTranscript = open ? live.transcripts[open.id] : undefined;
  // What is on screen is read: the open conversation's messages, while the app is in front.
  useEffect(() => {
    if (!open || !openTranscript || document.hidden) return;
    const seq = lastSeq(openTranscript);
    if ((seen[open.id] ?? 0) < seq) setSeen((s) => ({ ...s, [open.id]: seq }));
  }, [open, openTranscript, now, seen]);
  const unread = items.reduce(
    (sum, i) => sum + unreadCount(live.transcripts[i.id]?.messages ?? i.detail.messages, seen[i.id] ?? 0),
    0,
  );
  useEffect(() => showUnreadInTitle(unread), [unread]);

  // Alt+↓ / Alt+↑: the next or previous conversation, from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp") || items.length === 0) return;
      e.preventDefault();
      const at = items.findIndex((i) => i.id === selected);
      const next = (at + (e.key === "ArrowDown" ? 1 : items.length - 1 + (at < 0 ? 1 : 0))) % items.length;
      openItem(items[next]?.id ?? null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  const openItem = (id: string | null) => {
    setSelected(id);
    setFollowup(null);
    setResolvedOpen(null);
    setView("mine");
    setTab("inbox");
  };
  const changeStatus = (next: AgentStatus) => {
    if (next === "online") askForNotifications();
    statusRef.current = next;
    setStatus(next);
    queue.current?.send({ type: "status", status: next });
  };
  const signOut = async () => {
    queue.current?.send({ type: "status", status: "offline" });
    await client.logout().catch(() => undefined);
    onSignedOut();
  };
  const closeOpen = () => {
    setItems((current) => current.filter((i) => i.id !== selected));
    setSelected(null);
    heading.current?.focus();
  };
  const startResolve = (item: InboxItem) => {
    const label = customerLabel(item.detail);
    resolvedLabels.current[item.id] = label;
    setResolving({ id: item.id, label });
    undo.current = setTimeout(() => {
      undo.current = null;
      setResolving(null);
      client
        .resolve(item.id)
        .then(() => {
          setItems((current) => current.filter((i) => i.id !== item.id));
          setSelected((s) => (s === item.id ? null : s));
          setResolvedChanged((n) => n + 1);
          setRating({ id: item.id, label });
        })
        .catch((err: Error) => setError(`Could not resolve ${label}: ${err.message}`));
    }, UNDO_MS);
  };
  const cancelResolve = () => {
    if (undo.current) clearTimeout(undo.current);
    undo.current = null;
    setResolving(null);
  };

  const mineEmpty = items.length === 0;
  return (
    <div class="shell">
      <header class="topbar">
        <h1 class="brand">
          <span class="logo" aria-hidden="true">
            ◆
          </span>{" "}
          Baton
        </h1>
        <nav aria-label="Views" class="tabs">
          <button type="button" aria-pressed={tab === "inbox"} onClick={() => setTab("inbox")}>
            Inbox {unread > 0 && <span class="count">{unread}</span>}
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
          {agent.role === "supervisor" && (
            <button type="button" aria-pressed={tab === "rules"} onClick={() => setTab("rules")}>
              Rules
            </button>
          )}
          {agent.role === "supervisor" && (
            <button type="button" aria-pressed={tab === "setup"} onClick={() => setTab("setup")}>
              Set up
            </button>
          )}
          <button type="button" aria-pressed={tab === "replies"} onClick={() => setTab("replies")}>
            Canned replies
          </button>
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
      <main id="main">
        {resolving && <UndoBar key={resolving.id} label={resolving.label} onUndo={cancelResolve} />}
        <p class="muted small rated-notice" role="status">
          {ratedNotice ?? ""}
        </p>
        {error && (
          <p class="form-error banner" role="alert">
            {error}{" "}
            <button type="button" class="link" onClick={() => setError(null)}>
              Dismiss
            </button>
          </p>
        )}
        {tab === "replies" ? (
          <CannedScreen
            client={client}
            replies={canned}
            canManage={agent.role === "supervisor"}
            onChanged={setCanned}
          />
        ) : tab === "setup" ? (
          <Setup token={session.token} />
        ) : tab === "dashboard" ? (
          <Dashboard token={session.token} />
        ) : tab === "rules" ? (
          <RulesEditor token={session.token} client={client} />
        ) : tab === "queue" ? (
          <QueueView client={client} me={agent.id} />
        ) : (
          <div class="desk">
            <aside class="inbox" aria-labelledby="inbox-title">
              <h2 id="inbox-title" tabIndex={-1} ref={heading}>
                Your conversations
              </h2>
              <fieldset class="views">
                <legend class="sr-only">Lists</legend>
                {(Object.keys(VIEWS) as View[]).map((v) => (
                  <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
                    {VIEWS[v]}
                    {v === "mine" && items.length > 0 && <span class="count">{items.length}</span>}
                  </button>
                ))}
              </fieldset>
              {view === "mine" && (
                <>
                  <label class="sr-only" for="search">
                    Search by customer, e-mail or text
                  </label>
                  <input
                    id="search"
                    type="search"
                    class="search"
                    placeholder="Search customer, e-mail, text"
                    value={query}
                    onInput={(e) => setQuery(e.currentTarget.value)}
                  />
                  {mineEmpty && (
                    <p class="muted empty">
                      {status === "online"
                        ? "Nothing yet. New conversations land here."
                        : "Go online to receive conversations."}
                    </p>
                  )}
                  <InboxList
                    items={items}
                    transcripts={live.transcripts}
                    seen={seen}
                    deadlines={deadlines}
                    selected={selected}
                    query={query}
                    now={now}
                    onOpen={openItem}
                  />
                  <p class="muted small shortcuts">Alt+↓ / Alt+↑: next or previous · Enter: send</p>
                </>
              )}
              {view === "waiting" && <WaitingList client={client} me={agent.id} />}
              {view === "followups" && (
                <FollowupList
                  client={client}
                  online={status === "online"}
                  selected={followup}
                  refresh={followupsChanged}
                  onOpen={(id) => {
                    setFollowup(id);
                    setResolvedOpen(null);
                    setSelected(null);
                  }}
                />
              )}
              {view === "resolved" && (
                <ResolvedList
                  client={client}
                  me={agent.id}
                  refresh={resolvedChanged}
                  rated={rated}
                  selected={resolvedOpen}
                  onOpen={(id) => {
                    setResolvedOpen(id);
                    setFollowup(null);
                    setSelected(null);
                  }}
                />
              )}
            </aside>
            {resolvedOpen ? (
              <ResolvedPane
                key={resolvedOpen}
                id={resolvedOpen}
                client={client}
                me={agent.id}
                onReopened={(id) => {
                  // The line gives it back on the queue socket; it opens as soon as it is in Mine.
                  openItem(id);
                  setResolvedChanged((n) => n + 1);
                }}
              />
            ) : followup ? (
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
            ) : open && openTranscript ? (
              <ConversationPane
                key={open.id}
                item={open}
                transcript={openTranscript}
                ready={live.connected(open.id)}
                client={client}
                me={agent.id}
                canned={canned}
                replyDueAt={deadlines[open.id] ?? null}
                onOnIt={() => {
                  queue.current?.send({ type: "extend_reply", conversationId: open.id });
                  setDeadlines(({ [open.id]: _, ...rest }) => rest);
                }}
                onReply={(text) => {
                  live.sendText(open.id, text);
                  setDeadlines(({ [open.id]: _, ...rest }) => rest);
                }}
                onNote={(text) => live.sendNote(open.id, text)}
                onTyping={(typing) => live.typing(open.id, typing)}
                onAccept={() => queue.current?.send({ type: "accept", conversationId: open.id })}
                onResolve={() => startResolve(open)}
                onTransferred={closeOpen}
              />
            ) : (
              <section class="placeholder" aria-label="No conversation open">
                <p class="muted">Pick a conversation to see its brief and reply.</p>
              </section>
            )}
          </div>
        )}
        {rating && (
          <HandoffRatingDialog
            client={client}
            conversationId={rating.id}
            label={rating.label}
            onClose={() => {
              setRating(null);
              heading.current?.focus();
            }}
          />
        )}
      </main>
    </div>
  );
}
