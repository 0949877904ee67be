import { z } from "zod";
import { RepSchema } from "../../../workers/bot/reps";
import { ImportRecordSchema } from "../../../workers/import/report";
import { WidgetKeySchema } from "../../../workers/protocol/keys";
import { ApiFailure, call, post } from "../api";
import { apiUrl } from "../config";

export type Rep = z.infer<typeof RepSchema>;
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

/** Uploads keep one source name, so uploading the help centre again updates it instead of copying it. */
export const UPLOAD_SOURCE = "help-centre";
const ZIP = /\.zip$/i;

/** The calls of the Set-up screen, with the supervisor's session. */
export function setupApi(token: string) {
  const reps = () => call(z.object({ reps: z.array(RepSchema) }), "/api/v1/reps", { token });
  return {
    articleCount: async () =>
      (await call(z.object({ articles: z.array(z.unknown()) }), "/api/v1/knowledge?limit=100", { token }))
        .articles.length,
    /** Markdown and HTML files in one import, each zip in its own. */
    importFiles: async (files: readonly File[]): Promise<ImportRecord[]> => {
      const done: ImportRecord[] = [];
      const texts = files.filter((f) => !ZIP.test(f.name));
      if (texts.length > 0) {
        const body = {
          source: UPLOAD_SOURCE,
          files: await Promise.all(
            texts.map(async (f) => ({ path: f.webkitRelativePath || f.name, content: await f.text() })),
          ),
        };
        done.push(
          await call(ImportRecordSchema, "/api/v1/knowledge/imports/files", { token, ...post(body) }),
        );
      }
      for (const zip of files.filter((f) => ZIP.test(f.name))) {
        const res = await fetch(
          apiUrl(`/api/v1/knowledge/imports/zip?source=${encodeURIComponent(UPLOAD_SOURCE)}`),
          {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/zip" },
            body: zip,
          },
        );
        const json: unknown = await res.json().catch(() => null);
        if (!res.ok) {
          const message = z.object({ error: z.object({ message: z.string() }) }).safeParse(json);
          throw new ApiFailure(
            res.status,
            message.success ? message.data.error.message : `HTTP ${res.status}`,
          );
        }
        done.push(ImportRecordSchema.parse(json));
      }
      return done;
    },
    importSitemap: (url: string) =>
      call(ImportRecordSchema, "/api/v1/knowledge/imports/sitemap", {
        token,
        ...post({ url, removeMissing: true }),
      }),
    importStatus: (id: string) =>
      call(ImportRecordSchema, `/api/v1/knowledge/imports/${encodeURIComponent(id)}`, { token }),
    reps,
    addRep: async (rep: { id: string; name: string; greeting: string | null; tags: string[] }) => {
      const { reps: current } = await reps();
      const next = [
        ...current.filter((r) => r.id !== rep.id),
        { id: rep.id, name: rep.name, greeting: rep.greeting, scope: { tags: rep.tags } },
      ];
      await call(z.unknown(), "/api/v1/reps", { token, method: "PUT", body: JSON.stringify({ reps: next }) });
    },
    /** The workspace's first live publishable key, made now when it has none. */
    widgetKey: async () => {
      const { widgetKeys } = await call(
        z.object({ widgetKeys: z.array(WidgetKeySchema) }),
        "/api/v1/widget-keys",
        {
          token,
        },
      );
      return (
        widgetKeys.find((k) => k.revokedAt === null) ??
        (await call(WidgetKeySchema, "/api/v1/widget-keys", { token, ...post({ allowedOrigins: [] }) }))
      );
    },
  };
}

/** A rep's id from its name: what the API accepts (`a-z0-9_-`, up to 40). */
export function repIdFrom(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "rep"
  );
}

/** The one tag a company pastes into its pages. */
export function widgetTag(key: string, repId: string | null): string {
  const rep = repId ? ` data-rep="${repId}"` : "";
  return `<script src="${apiUrl("/widget.js")}" data-key="${key}"${rep} defer></script>`;
}

/** What an import did, in a sentence. */
export function describeImport(r: ImportRecord): string {
  const a = r.report.articles;
  const d = r.report.documents;
  const counts = `${a.created} new, ${a.updated} updated, ${a.unchanged} unchanged${a.merged ? `, ${a.merged} duplicates merged` : ""}${a.removed ? `, ${a.removed} removed` : ""}`;
  if (r.status === "running")
    return `Reading the site: ${d.done + d.failed} of ${d.total} pages (${counts})…`;
  const failed = d.failed ? ` ${d.failed} could not be read.` : "";
  return `Imported ${d.done} ${r.kind === "sitemap" ? "pages" : "files"}: ${counts}.${failed}`;
}
