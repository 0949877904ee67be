/** A heading or a paragraph of text, in reading order: what an imported page or file is made of. */
export type Block = { kind: "heading"; level: number; text: string } | { kind: "text"; text: string };

/** A page or file read into blocks, with what it says about itself (front matter, `<title>`, `lang`). */
export interface ParsedDocument {
  /** The title the document declares for itself (front matter). */
  title: string | null;
  /** The page's `<title>`, used when there is neither a declared title nor a leading `<h1>`. */
  pageTitle: string | null;
  /** The language the document declares (`lang`, front matter), as written; checked later. */
  language: string | null;
  tags: string[];
  blocks: Block[];
}
