import { useEffect, useRef, useState } from "preact/hooks";
import type { CannedReply } from "../../../workers/protocol/replies";
import type { Api, CannedReplyInput } from "../api";
import { CannedForm } from "./canned-form";
import "./canned.css";

/**
 * The workspace's canned replies: every agent reads them here (and types `/` in the composer to use them);
 * supervisors add, change and delete them. `onChanged` hands the new list to the composer.
 */
export function CannedScreen(props: {
  client: Api;
  replies: CannedReply[];
  canManage: boolean;
  onChanged: (replies: CannedReply[]) => void;
}) {
  const { client, replies, canManage, onChanged } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reload = async () => onChanged((await client.cannedReplies()).replies);
  // Opening the screen shows what other supervisors changed since sign-in.
  useEffect(() => {
    reload().catch(() => undefined);
  }, []);

  const create = async (input: CannedReplyInput) => {
    await client.createCanned(input);
    setNotice(`Added /${input.shortcut}.`);
    await reload();
  };
  const update = (id: string) => async (input: CannedReplyInput) => {
    await client.updateCanned(id, input);
    setEditing(null);
    setNotice(`Saved /${input.shortcut}.`);
    await reload();
  };
  const remove = async (reply: CannedReply) => {
    try {
      await client.deleteCanned(reply.id);
      setNotice(`Deleted /${reply.shortcut}.`);
      await reload();
    } catch (err) {
      setNotice(err instanceof Error ? err.message : "Could not delete");
    }
    heading.current?.focus();
  };

  return (
    <section class="canned-screen" aria-labelledby="canned-title">
      <h2 id="canned-title" tabIndex={-1} ref={heading}>
        Canned replies
      </h2>
      <p class="muted small">
        In a conversation, type <kbd>/</kbd> and a shortcut to insert one.
        {canManage ? "" : " A supervisor adds and changes them."}
      </p>
      <p class="muted small" role="status">
        {notice ?? ""}
      </p>
      {canManage && (
        <section aria-labelledby="canned-new-title" class="canned-new">
          <h3 id="canned-new-title">New canned reply</h3>
          <CannedForm
            id="canned-new"
            initial={{ shortcut: "", text: "" }}
            submitLabel="Add"
            onSave={create}
          />
        </section>
      )}
      {replies.length === 0 ? (
        <p class="muted">No canned replies yet.</p>
      ) : (
        <ul class="canned-list" aria-label="Canned replies">
          {replies.map((r) => (
            <li key={r.id}>
              {editing === r.id ? (
                <CannedForm
                  id={`canned-${r.id}`}
                  initial={{ shortcut: r.shortcut, text: r.text }}
                  submitLabel="Save"
                  onSave={update(r.id)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <strong>/{r.shortcut}</strong>
                  <p>{r.text}</p>
                  {canManage && (
                    <div class="row">
                      <button
                        type="button"
                        class="secondary"
                        aria-label={`Edit /${r.shortcut}`}
                        onClick={() => setEditing(r.id)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        aria-label={`Delete /${r.shortcut}`}
                        onClick={() => remove(r)}
                      >
                        Delete
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
