import { useEffect, useRef, useState } from "preact/hooks";
import type { Agent, Team } from "../../workers/protocol/agents";
import type { Api } from "./api";
import { FormError } from "./form-error";

type Props = { client: Api; me: string; conversationId: string; onDone: () => void; onCancel: () => void };
type Kind = "agent" | "team" | "skill";

/**
 * Passes the conversation on to a named agent, a team or a skill, each chosen from what exists, with a note
 * the next agent reads first. Escape cancels.
 */
export function TransferForm({ client, me, conversationId, onDone, onCancel }: Props) {
  const [agents, setAgents] = useState<Agent[]>([]);
  const [teams, setTeams] = useState<Team[]>([]);
  const [kind, setKind] = useState<Kind>("agent");
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    client
      .agents()
      .then((r) => setAgents(r.agents.filter((a) => a.id !== me)))
      .catch(() => undefined);
    client
      .teams()
      .then((r) => setTeams(r.teams))
      .catch(() => undefined);
    first.current?.querySelector("input")?.focus();
  }, [client, me]);
  const skills = [...new Set(agents.flatMap((a) => a.skills))].sort();
  const options: Record<Kind, { value: string; label: string }[]> = {
    agent: agents.map((a) => ({
      value: a.id,
      label: `${a.name}${a.status === "online" ? " (online)" : ""}`,
    })),
    team: teams.map((t) => ({ value: t.id, label: t.name })),
    skill: skills.map((s) => ({ value: s, label: s })),
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const value = String(form.get("target") ?? "");
    if (!value) return setError(`Pick ${kind === "agent" ? "an agent" : `a ${kind}`}`);
    const target =
      kind === "agent" ? { agentId: value } : kind === "team" ? { teamId: value } : { skill: value };
    try {
      await client.transfer(conversationId, target, String(form.get("note") ?? "").trim());
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not transfer");
    }
  };

  return (
    <form
      class="transfer"
      onSubmit={submit}
      aria-label="Transfer the conversation"
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <fieldset ref={first}>
        <legend>Transfer to</legend>
        {(["agent", "team", "skill"] as const).map((k) => (
          <label class="inline" key={k}>
            <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />{" "}
            {k === "agent" ? "An agent" : k === "team" ? "A team" : "A skill"}
          </label>
        ))}
      </fieldset>
      <label for="transfer-target">{kind === "agent" ? "Agent" : kind === "team" ? "Team" : "Skill"}</label>
      <select id="transfer-target" name="target" key={kind}>
        {options[kind].length === 0 && <option value="">None in this workspace</option>}
        {options[kind].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label for="transfer-note">Note for the next agent</label>
      <textarea id="transfer-note" name="note" rows={2} maxLength={2000} />
      <FormError error={error} />
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
