import { Parser } from "htmlparser2";
import type { Block, ParsedDocument } from "./document";

/** Elements whose content is never article text: page chrome, scripts, forms. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "select",
  "dialog",
  "head",
]);
/** ARIA roles of page chrome, for sites that mark it with roles instead of elements. */
const SKIPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "complementary"]);
/** Elements that end a paragraph: text on either side of one is two blocks. */
const BLOCK_ELEMENTS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "pre",
  "blockquote",
  "table",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "hr",
  "details",
  "summary",
]);
const HEADING = /^h([1-6])$/;

interface Frame {
  name: string;
  skip: boolean;
  main: boolean;
}

/**
 * The readable text of an HTML page as headings and paragraphs, without navigation, headers, footers,
 * sidebars, scripts or forms. When the page marks its content (`<main>`, `<article>`, `role="main"`), only
 * that is kept. htmlparser2 is forgiving: unclosed tags and stray markup never throw.
 */
export function htmlToDocument(html: string): ParsedDocument {
  const stack: Frame[] = [];
  const all: { block: Block; main: boolean }[] = [];
  let text = "";
  let title = "";
  let inTitle = false;
  let language: string | null = null;
  let heading: number | null = null;
  let pre = 0;
  /** Whether the text being read is a list item: consecutive items stay one paragraph, a line each. */
  let item = false;
  let lastWasItem = false;

  const skipping = () => stack.some((f) => f.skip);
  const inMain = () => stack.some((f) => f.main);
  const flush = () => {
    const clean = pre > 0 ? text.replace(/^\n+|\s+$/g, "") : text.replace(/\s+/g, " ").trim();
    text = "";
    const wasItem = item;
    item = false;
    if (!clean) return;
    const previous = all.at(-1);
    if (wasItem && lastWasItem && previous?.block.kind === "text") {
      previous.block.text += `\n${clean}`;
      return;
    }
    lastWasItem = wasItem;
    const block: Block = heading
      ? { kind: "heading", level: heading, text: clean }
      : { kind: "text", text: clean };
    all.push({ block, main: inMain() });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "html" && attributes.lang) language = attributes.lang;
        if (name === "title") inTitle = true;
        const role = attributes.role ?? "";
        const skip =
          SKIPPED.has(name) ||
          SKIPPED_ROLES.has(role) ||
          "hidden" in attributes ||
          attributes["aria-hidden"] === "true";
        const main = name === "main" || name === "article" || role === "main";
        stack.push({ name, skip, main });
        if (skipping()) return;
        const level = HEADING.exec(name)?.[1];
        if (level || BLOCK_ELEMENTS.has(name)) flush();
        if (level) heading = Number(level);
        if (name === "pre") pre += 1;
        if (name === "li") {
          text += "- ";
          item = true;
        }
        if (name === "br") text += "\n";
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (!skipping()) text += data;
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        const wasSkipping = skipping();
        if (!wasSkipping && (HEADING.test(name) || BLOCK_ELEMENTS.has(name))) flush();
        if (HEADING.test(name)) heading = null;
        if (name === "pre" && pre > 0 && !wasSkipping) pre -= 1;
        // Pop to the matching element: htmlparser2 reports implied closes, so the stack stays in step.
        const at = stack.map((f) => f.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const hasMain = all.some((b) => b.main);
  const blocks = all.filter((b) => !hasMain || b.main).map((b) => b.block);
  return { title: null, pageTitle: title.replace(/\s+/g, " ").trim() || null, language, tags: [], blocks };
}
