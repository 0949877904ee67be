import { useEffect, useState } from "preact/hooks";
import type { Team } from "../../workers/protocol/agents";
import type { Api } from "./api";

type Props = { client: Api; conversationId: string; onDone: () => void; onCancel: () => void };

/** Passes the conversation on to a team or a skill, with a note the next agent reads first. */
export function TransferForm({ client, conversationId, onDone, onCancel }: Props) {
  const [teams, setTeams] = useState<Team[]>([]);
  const [kind, setKind] = useState<"team" | "skill">("skill");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client
      .teams()
      .then((r) => {
        setTeams(r.teams);
        if (r.teams.length > 0) setKind("team");
      })
      .catch(() => undefined);
  }, [client]);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const value = String(form.get("target") ?? "").trim();
    if (!value) return setError(kind === "team" ? "Pick a team" : "Name a skill, e.g. billing");
    try {
      await client.transfer(
        conversationId,
        kind === "team" ? { teamId: value } : { skill: value },
        String(form.get("note") ?? "").trim(),
      );
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not transfer");
    }
  };

  return (
    <form class="transfer" onSubmit={submit} aria-label="Transfer the conversation">
      <fieldset>
        <legend>Transfer to</legend>
        {teams.length > 0 && (
          <label class="inline">
            <input type="radio" name="kind" checked={kind === "team"} onChange={() => setKind("team")} /> A
            team
          </label>
        )}
        <label class="inline">
          <input type="radio" name="kind" checked={kind === "skill"} onChange={() => setKind("skill")} /> A
          skill
        </label>
      </fieldset>
      {kind === "team" ? (
        <>
          <label for="transfer-target">Team</label>
          <select id="transfer-target" name="target">
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label for="transfer-target">Skill</label>
          <input
            id="transfer-target"
            name="target"
            placeholder="billing, technical…"
            pattern="[a-z0-9_\-]+"
          />
        </>
      )}
      <label for="transfer-note">Note for the next agent</label>
      <textarea id="transfer-note" name="note" rows={2} maxLength={2000} />
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button class="primary" type="submit">
          Transfer
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
