import { useState } from "preact/hooks";
import type { AgentSession as Session } from "../../workers/protocol/agents";
import { login } from "./api";
import { FormError } from "./form-error";

export function Login({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const workspace = String(form.get("workspace") ?? "").trim();
      onSignedIn(
        await login(String(form.get("email")), String(form.get("password")), workspace || undefined),
      );
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not sign in");
      setBusy(false);
    }
  };
  return (
    <main class="login">
      <form class="login-card" onSubmit={submit} aria-describedby={error ? "login-error" : undefined}>
        <h1>
          <span class="logo" aria-hidden="true">
            ◆
          </span>{" "}
          Baton
        </h1>
        <p class="muted">Sign in to answer your customers.</p>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <label for="workspace">Workspace (only if you work in several)</label>
        <input id="workspace" name="workspace" autocomplete="organization" />
        <FormError error={error} id="login-error" />
        <button class="primary" type="submit" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
