import { useEffect, useRef, useState } from "preact/hooks";
import type { CannedReply, Suggestion } from "../../workers/protocol/replies";
import type { Api } from "./api";
import { cannedMatches, TYPING_IDLE_MS } from "./composer-helpers";
import { FormError } from "./form-error";

type Props = {
  conversationId: string;
  client: Api;
  canned: CannedReply[];
  /** False until the conversation's socket can send. */
  ready: boolean;
  onReply: (text: string) => void;
  /** False when the note could not be sent (disconnected): the text stays in the box. */
  onNote: (text: string) => boolean;
  onTyping: (typing: boolean) => void;
};

/**
 * Where the agent writes: a reply to the customer or an internal note for agents, canned replies by typing
 * `/` and their shortcut, and the co-pilot's suggestions, which only ever fill the box for editing.
 */
export function Composer({ conversationId, client, canned, ready, onReply, onNote, onTyping }: Props) {
  const [text, setText] = useState("");
  const [mode, setMode] = useState<"reply" | "note">("reply");
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const matches = cannedMatches(text, canned);

  const stopTyping = () => {
    if (typing.current === null) return;
    clearTimeout(typing.current);
    typing.current = null;
    onTyping(false);
  };
  useEffect(() => stopTyping, []);

  const fill = (value: string) => {
    setText(value);
    setSuggestions(null);
    box.current?.focus();
  };
  const send = () => {
    const value = text.trim();
    if (!value || !ready) return;
    if (mode === "note") {
      if (!onNote(value)) return setError("Not connected: the note was not added. Try again in a moment.");
    } else {
      stopTyping();
      onReply(value);
    }
    setError(null);
    setText("");
  };
  const suggest = async () => {
    try {
      setSuggestions((await client.suggestions(conversationId)).suggestions);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : "No suggestions right now");
    }
  };
  const onInput = (value: string) => {
    setText(value);
    setActive(0);
    if (mode !== "reply") return;
    if (typing.current === null) onTyping(true);
    else clearTimeout(typing.current);
    typing.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (matches.length > 0) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setActive((a) => (a + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        fill(matches[active]?.text ?? text);
        return;
      }
    }
    if (e.key === "Escape" && suggestions) {
      e.preventDefault();
      setSuggestions(null);
      return;
    }
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      send();
    }
  };

  const label = mode === "reply" ? "Reply to the customer" : "Internal note for agents";
  return (
    <form
      class={`reply composer ${mode}`}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <div class="row composer-tools">
        <fieldset class="modes">
          <legend class="sr-only">Write</legend>
          <button type="button" aria-pressed={mode === "reply"} onClick={() => setMode("reply")}>
            Reply
          </button>
          <button
            type="button"
            aria-pressed={mode === "note"}
            onClick={() => {
              stopTyping();
              setMode("note");
            }}
          >
            Internal note
          </button>
        </fieldset>
        <button type="button" class="secondary" onClick={suggest}>
          Suggest replies
        </button>
        <span class="muted small">Type / for canned replies</span>
      </div>
      {suggestions && (
        <section class="suggestions" aria-label="Suggested replies">
          {suggestions.length === 0 && <p class="muted small">No suggestions for this conversation.</p>}
          <ul>
            {suggestions.map((s) => (
              <li key={s.text}>
                <button type="button" class="suggestion" onClick={() => fill(s.text)}>
                  {s.text}
                  {s.article && <span class="muted small"> · from “{s.article.title}”</span>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="link" onClick={() => setSuggestions(null)}>
            Close suggestions
          </button>
        </section>
      )}
      {matches.length > 0 && (
        <section class="canned" aria-label="Canned replies">
          <ul>
            {matches.map((r, i) => (
              <li key={r.id}>
                <button
                  type="button"
                  aria-current={i === active ? "true" : undefined}
                  onClick={() => fill(r.text)}
                >
                  <strong>/{r.shortcut}</strong> <span class="muted small">{r.text}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FormError error={error} />
      <label class="sr-only" for="reply">
        {label}
      </label>
      <div class="row">
        <textarea
          id="reply"
          ref={box}
          rows={2}
          value={text}
          placeholder={mode === "reply" ? "Write a reply…" : "Write a note only agents see…"}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button class="primary" type="submit" disabled={!ready}>
          {mode === "reply" ? "Send" : "Add note"}
        </button>
      </div>
    </form>
  );
}
