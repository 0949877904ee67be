import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What axe-core finds on the page as it is now, serious, critical or moderate only: `rule: target` lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.addScriptTag({ content: AXE });
  // A string, run in the page: this project's type-check has no DOM types outside web/.
  const violations = await page.evaluate<Violation[]>(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  );
  return violations
    .filter((v) => ["moderate", "serious", "critical"].includes(v.impact))
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")}`));
}

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

/** Whether the page is wider than the window (a layout that makes the reader scroll sideways). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>("document.documentElement.scrollWidth > window.innerWidth + 1");
}

/** axe-core's serious and critical findings in the widget (its shadow root included), as `rule: element`. */
export async function widgetViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) await page.addScriptTag({ content: AXE });
  // Written as page script: these test files compile without the DOM library.
  return page.evaluate(`axe
    .run({ include: [["[data-baton-widget]"]] }, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] })
    .then((r) => r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id + ": " + v.nodes[0].html))`);
}
