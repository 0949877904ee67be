import { html } from "hono/html";

type Doc = { info: { title: string; version: string; description?: string }; paths?: object };
type Paths = Record<string, Record<string, Operation | undefined> | undefined>;
type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/**
 * The API reference as one self-contained page rendered from the OpenAPI document, so it works offline
 * and with scripts disabled (hosted viewers load their code from a CDN).
 */
export function renderReference(doc: Doc) {
  const ops = Object.entries((doc.paths ?? {}) as Paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => (item?.[m] ? [{ path, method: m, op: item[m] as Operation }] : [])),
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2433}
h1{margin-bottom:.2rem} .op{border:1px solid #d8dde6;border-radius:8px;margin:1rem 0;padding:.8rem 1rem}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
.get{color:#1769aa}.post{color:#2e7d32}.put,.patch{color:#a15c00}.delete{color:#b3261e}
code,pre{font-family:ui-monospace,monospace;font-size:13px} pre{background:#f5f7fa;padding:.6rem;overflow:auto;border-radius:6px}
summary{cursor:pointer}
</style>
</head>
<body>
<h1>${doc.info.title} <small>v${doc.info.version}</small></h1>
<p>${doc.info.description ?? ""}</p>
<p>Authenticate with <code>Authorization: Bearer &lt;workspace API key&gt;</code>. Errors are
<code>{"error": {"code", "message", "details"?}}</code>. Machine-readable: <a href="/api/v1/openapi.json">openapi.json</a>.</p>
${ops.map(
  ({ path, method, op }) => html`<section class="op">
<h2><span class="m ${method}">${method}</span> <code>${path}</code></h2>
<p><strong>${op.summary ?? ""}</strong> ${op.description ?? ""}</p>
${
  op.parameters?.length
    ? html`<p>Parameters: ${op.parameters.map(
        (p) => html`<code>${p.name}</code> (${p.in}${p.required ? ", required" : ""}) `,
      )}</p>`
    : ""
}
${op.requestBody ? html`<details><summary>Request body</summary><pre>${schemaOf(op.requestBody.content)}</pre></details>` : ""}
${Object.entries(op.responses ?? {}).map(
  ([status, r]) =>
    html`<details><summary><code>${status}</code> ${r.description ?? ""}</summary>${
      r.content ? html`<pre>${schemaOf(r.content)}</pre>` : ""
    }</details>`,
)}
</section>`,
)}
</body>
</html>`;
}

function schemaOf(content: Record<string, { schema?: unknown }> | undefined): string {
  return JSON.stringify(content?.["application/json"]?.schema ?? {}, null, 2);
}
