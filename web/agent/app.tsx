import { useState } from "preact/hooks";
import {
  type AgentSession as Session,
  AgentSessionSchema as SessionSchema,
} from "../../workers/protocol/agents";
import { Login } from "./login";
import { Workspace } from "./workspace";

const STORAGE = "baton:agent-session";

function storedSession(): Session | null {
  try {
    const parsed = SessionSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE) ?? "null"));
    return parsed.success && Date.parse(parsed.data.expiresAt) > Date.now() ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Signed in or not; the session is kept across reloads until it expires or the agent signs out. */
export function App() {
  const [session, setSession] = useState(storedSession);
  if (!session) {
    return (
      <Login
        onSignedIn={(s) => {
          localStorage.setItem(STORAGE, JSON.stringify(s));
          setSession(s);
        }}
      />
    );
  }
  return (
    <Workspace
      session={session}
      onSignedOut={() => {
        localStorage.removeItem(STORAGE);
        setSession(null);
      }}
    />
  );
}
