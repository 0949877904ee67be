import { useEffect, useState } from "preact/hooks";
import { apiUrl } from "../config";
import { describeImport, type ImportRecord, type Rep, repIdFrom, setupApi, widgetTag } from "./setup-api";
import "./setup.css";

const POLL_MS = 1_000;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The supervisor's five minutes from an empty workspace to a working bot: import the help centre, choose or
 * create an AI rep, copy the widget tag, try it on a test page.
 */
export function Setup({ token }: { token: string }) {
  const api = setupApi(token);
  const [articles, setArticles] = useState<number | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [sitemap, setSitemap] = useState("");
  const [imported, setImported] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reps, setReps] = useState<Rep[]>([]);
  const [repId, setRepId] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: "", greeting: "", tags: "" });
  const [key, setKey] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = () => {
    api.articleCount().then(setArticles, (e) => setError(message(e)));
    api.reps().then(
      (r) => setReps(r.reps),
      (e) => setError(message(e)),
    );
  };
  useEffect(() => {
    refresh();
    api.widgetKey().then(
      (k) => setKey(k.key),
      (e) => setError(message(e)),
    );
  }, [token]);

  async function run(work: () => Promise<ImportRecord[]>) {
    setBusy(true);
    setError(null);
    try {
      const records = await work();
      setImported(records.map(describeImport).join(" "));
      refresh();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  async function crawl(): Promise<ImportRecord[]> {
    let record = await api.importSitemap(sitemap.trim());
    while (record.status === "running") {
      setImported(describeImport(record));
      await new Promise((r) => setTimeout(r, POLL_MS));
      record = await api.importStatus(record.id);
    }
    return [record];
  }

  async function createRep(e: Event) {
    e.preventDefault();
    const id = repIdFrom(draft.name);
    const tags = draft.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    setError(null);
    try {
      await api.addRep({ id, name: draft.name.trim(), greeting: draft.greeting.trim() || null, tags });
      setRepId(id);
      setDraft({ name: "", greeting: "", tags: "" });
      refresh();
    } catch (err) {
      setError(message(err));
    }
  }

  const tag = key ? widgetTag(key, repId) : null;
  const tryUrl = key
    ? `${apiUrl("/demo/try.html")}?key=${encodeURIComponent(key)}${repId ? `&rep=${encodeURIComponent(repId)}` : ""}`
    : null;

  return (
    <section class="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">Set up your AI rep</h2>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <ol class="setup-steps">
        <li>
          <h3>Import your help centre</h3>
          <p class="muted small">
            {articles === null
              ? "…"
              : `${articles === 100 ? "100+" : articles} articles in your help centre now.`}{" "}
            Importing again updates what changed.
          </p>
          <label for="setup-files">Markdown, HTML or zip files</label>
          <input
            id="setup-files"
            type="file"
            multiple
            accept=".md,.markdown,.txt,.html,.htm,.zip"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
          />
          <button
            type="button"
            class="primary"
            disabled={busy || files.length === 0}
            onClick={() => run(() => api.importFiles(files))}
          >
            Import files
          </button>
          <label for="setup-sitemap">or your help centre's sitemap</label>
          <input
            id="setup-sitemap"
            type="url"
            placeholder="https://help.example.com/sitemap.xml"
            value={sitemap}
            onInput={(e) => setSitemap(e.currentTarget.value)}
          />
          <button type="button" disabled={busy || !sitemap.trim()} onClick={() => run(crawl)}>
            Import from sitemap
          </button>
          <p role="status" class="setup-result">
            {imported}
          </p>
        </li>
        <li>
          <h3>Choose your AI rep</h3>
          <label for="setup-rep">The rep on your page</label>
          <select
            id="setup-rep"
            value={repId ?? ""}
            onChange={(e) => setRepId(e.currentTarget.value || null)}
          >
            <option value="">The workspace's assistant</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <form class="setup-rep-form" onSubmit={createRep}>
            <label for="rep-name">New rep's name</label>
            <input
              id="rep-name"
              required
              maxLength={80}
              value={draft.name}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <label for="rep-greeting">Greeting</label>
            <input
              id="rep-greeting"
              maxLength={500}
              value={draft.greeting}
              onInput={(e) => setDraft({ ...draft, greeting: e.currentTarget.value })}
            />
            <label for="rep-tags">Answers from articles tagged (comma separated; empty: all)</label>
            <input
              id="rep-tags"
              value={draft.tags}
              onInput={(e) => setDraft({ ...draft, tags: e.currentTarget.value })}
            />
            <button type="submit">Create rep</button>
          </form>
        </li>
        <li>
          <h3>Copy the widget tag</h3>
          <p class="muted small">Paste it before &lt;/body&gt; on every page that should have the chat.</p>
          <pre class="setup-tag">
            <code>{tag ?? "…"}</code>
          </pre>
          <button
            type="button"
            disabled={!tag}
            onClick={() =>
              tag &&
              navigator.clipboard.writeText(tag).then(
                () => setCopied(true),
                () => setError("The browser refused the clipboard: select the tag and copy it"),
              )
            }
          >
            {copied ? "Copied" : "Copy tag"}
          </button>
        </li>
        <li>
          <h3>Try it</h3>
          {tryUrl && (
            <a href={tryUrl} target="_blank" rel="noopener">
              Open a test page with your widget
            </a>
          )}
        </li>
      </ol>
    </section>
  );
}
