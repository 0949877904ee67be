import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

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
