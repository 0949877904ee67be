import { beforeAll, expect, it } from "vitest";
import { documentedRoutes, fuzzRoute, fuzzWorkspace, type Route, workspaceState } from "./rest-fuzz";

/** One test per documented route matching `which`, so no single test runs long. */
export function fuzzRoutes(which: (route: Route) => boolean) {
  const { routes, doc } = documentedRoutes();
  let ws: Awaited<ReturnType<typeof fuzzWorkspace>>;
  beforeAll(async () => {
    ws = await fuzzWorkspace();
  });
  // A POST with neither a body nor an id (sign out, reindex) takes no input that could be bad.
  const takesInput = (r: Route) =>
    r.method === "get" || r.template.includes("{id}") || r.operation.requestBody !== undefined;
  for (const route of routes.filter((r) => which(r) && takesInput(r))) {
    const name = `${route.method.toUpperCase()} ${route.template}`;
    it(`${name}: bad input gets a clear 4xx and changes nothing`, async () => {
      const before = await workspaceState(ws.api, ws.ids.conversation as string);
      const cases = await fuzzRoute(route, doc, ws);
      expect(await workspaceState(ws.api, ws.ids.conversation as string)).toBe(before);
      console.log(`fuzz ${name}: ${cases} cases`);
    });
  }
}
