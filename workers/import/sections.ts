import { detectLanguage } from "../ai/local/language";
import { type Language, LanguageSchema } from "../ai/provider";
import { MAX_BODY_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH } from "../knowledge/article";
import type { Block, ParsedDocument } from "./document";

/**
 * A document longer than this is split at its headings: the bot cites a whole article, and one answering a
 * single question reads better than a long page with the answer somewhere in it.
 */
export const SPLIT_OVER = 4_000;

/** An article as an import makes it, with the key that finds it again on the next import. */
export interface ImportedArticle {
  /** The page URL or file path, `#` the section's slug when split. */
  key: string;
  title: string;
  body: string;
  tags: string[];
  language: Language;
}

export interface SectionOptions {
  /** The page URL or file path. */
  location: string;
  /** The title when the document gives none (a file's name, a URL's last segment). */
  fallbackTitle: string;
  /** The language the importer chose; otherwise the document's own, otherwise detected. */
  language?: Language;
  tags: readonly string[];
}

const paragraphs = (blocks: readonly Block[]) => blocks.map((b) => b.text).join("\n\n");

function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return s.slice(0, 60) || "section";
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Cuts a body over the article limit at paragraph ends (a paragraph longer than the limit at its end). */
function parts(body: string): string[] {
  if (body.length <= MAX_BODY_LENGTH) return [body];
  const out: string[] = [];
  let current = "";
  for (const p of body.split("\n\n")) {
    const piece = p.slice(0, MAX_BODY_LENGTH);
    if (current && current.length + 2 + piece.length > MAX_BODY_LENGTH) {
      out.push(current);
      current = "";
    }
    current = current ? `${current}\n\n${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

function languageOf(doc: ParsedDocument, given: Language | undefined, sample: string): Language {
  if (given) return given;
  const declared = LanguageSchema.safeParse(doc.language?.slice(0, 2).toLowerCase());
  return declared.success ? declared.data : detectLanguage(sample.slice(0, 2_000));
}

/**
 * A parsed document as articles: one when it is short, else one per section at its top heading level
 * (text before the first heading becomes its own article under the document's title). Sections over the
 * article limit are cut in parts; empty ones are dropped.
 */
export function toArticles(doc: ParsedDocument, options: SectionOptions): ImportedArticle[] {
  let blocks = doc.blocks;
  const first = blocks[0];
  const leadingH1 = first?.kind === "heading" && first.level === 1 ? first.text : null;
  if (leadingH1) blocks = blocks.slice(1);
  const title = clip(doc.title ?? leadingH1 ?? doc.pageTitle ?? options.fallbackTitle, MAX_TITLE_LENGTH);
  const body = paragraphs(blocks);
  const language = languageOf(doc, options.language, `${title}\n${body}`);
  const tags = [
    ...new Set([...options.tags, ...doc.tags].map((t) => t.trim().slice(0, 50)).filter(Boolean)),
  ].slice(0, MAX_TAGS);
  const article = (key: string, articleTitle: string, text: string): ImportedArticle[] =>
    parts(text).map((part, i, all) => ({
      key: i === 0 ? key : `${key}~${i + 1}`,
      title: clip(
        all.length > 1 ? `${articleTitle} (${i + 1}/${all.length})` : articleTitle,
        MAX_TITLE_LENGTH,
      ),
      body: part,
      tags,
      language,
    }));

  const levels = blocks.flatMap((b) => (b.kind === "heading" ? [b.level] : []));
  if (body.length <= SPLIT_OVER || levels.length === 0) {
    return body.trim() ? article(options.location, title, body) : [];
  }
  const top = Math.min(...levels);
  const sections: { heading: string | null; blocks: Block[] }[] = [{ heading: null, blocks: [] }];
  for (const b of blocks) {
    if (b.kind === "heading" && b.level === top) sections.push({ heading: b.text, blocks: [] });
    else sections.at(-1)?.blocks.push(b);
  }
  const used = new Map<string, number>();
  return sections.flatMap((s) => {
    const text = paragraphs(s.blocks);
    if (!text.trim()) return [];
    if (s.heading === null) return article(options.location, title, text);
    const base = slug(s.heading);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const key = `${options.location}#${n > 1 ? `${base}-${n}` : base}`;
    return article(key, `${title}: ${s.heading}`, text);
  });
}
