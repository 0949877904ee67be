import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

/**
 * A real web site for the sitemap import tests, served by Node on 127.0.0.1 (the Worker in workerd reads it
 * over the network, as it would a customer's help centre). Tests write its files with `PUT /__files/<path>`
 * and remove them with `DELETE`; `GET /__log` lists what was fetched, with the user agent. Its robots.txt
 * forbids `/private/`.
 */
export default async function setup(project: TestProject) {
  const files = new Map<string, { type: string; body: string }>();
  const log: { path: string; userAgent: string }[] = [];
  files.set("/robots.txt", { type: "text/plain", body: "User-agent: *\nDisallow: /private/\n" });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (url.pathname === "/__log") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(log));
      return;
    }
    if (url.pathname.startsWith("/__files/")) {
      const path = url.pathname.slice("/__files".length);
      if (req.method === "DELETE") files.delete(path);
      else
        files.set(path, {
          type: req.headers["content-type"] ?? "text/html",
          body: Buffer.concat(chunks).toString(),
        });
      res.writeHead(204).end();
      return;
    }
    log.push({ path: url.pathname, userAgent: req.headers["user-agent"] ?? "" });
    const file = files.get(url.pathname);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (file.type === "redirect") {
      res.writeHead(302, { location: file.body }).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("importSite", `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module "vitest" {
  export interface ProvidedContext {
    importSite: string;
  }
}
