import { marked } from "marked";
import type { ParsedDocument } from "./document";
import { htmlToDocument } from "./html-text";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * The few front-matter keys an article needs (`title`, `tags`, `language`/`lang`), read line by line: a
 * help centre's front matter is flat `key: value`, and anything else in it is ignored rather than refused.
 */
function readFrontMatter(yaml: string): { title: string | null; language: string | null; tags: string[] } {
  const out = { title: null as string | null, language: null as string | null, tags: [] as string[] };
  const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, "$2");
  let listKey: string | null = null;
  for (const line of yaml.split(/\r?\n/)) {
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (item?.[1] && listKey === "tags") {
      out.tags.push(unquote(item[1]));
      continue;
    }
    const pair = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!pair?.[1]) continue;
    const key = pair[1].toLowerCase();
    const value = (pair[2] ?? "").trim();
    listKey = value === "" ? key : null;
    if (key === "title" && value) out.title = unquote(value);
    if ((key === "language" || key === "lang") && value) out.language = unquote(value);
    if ((key === "tags" || key === "keywords") && value) {
      out.tags.push(
        ...value
          .replace(/^\[|\]$/g, "")
          .split(",")
          .map(unquote)
          .filter(Boolean),
      );
    }
  }
  return out;
}

/** A Markdown file (with optional front matter) as headings and paragraphs, through the HTML reader. */
export function markdownToDocument(markdown: string): ParsedDocument {
  const front = FRONT_MATTER.exec(markdown);
  const meta = front?.[1] ? readFrontMatter(front[1]) : { title: null, language: null, tags: [] };
  const html = marked.parse(front ? markdown.slice(front[0].length) : markdown, { async: false });
  const doc = htmlToDocument(html);
  return { ...doc, title: meta.title, pageTitle: null, language: meta.language, tags: meta.tags };
}
