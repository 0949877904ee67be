import { html } from "hono/html";

/** What a person sees at the root of a running Baton: where to go next. */
export function renderHome() {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baton</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:720px;margin:3rem auto;padding:0 1rem;color:#1d2433}</style>
</head>
<body>
<h1>Baton is running</h1>
<p>Baton hands a customer's chat from an AI bot to the right human agent, with the summary, the reason and the
full history.</p>
<ul>
<li><a href="/demo/">Demo site</a>: a customer's page with the chat widget</li>
<li><a href="/app/">Agent app</a>: inbox, briefs, live chat and the queue</li>
<li><a href="/api/v1/reference">API reference</a> (<a href="/api/v1/openapi.json">OpenAPI 3.1</a>)</li>
</ul>
</body>
</html>`;
}
