import { unzipSync } from "fflate";
import type { Language } from "../ai/provider";
import type { ParsedDocument } from "./document";
import { htmlToDocument } from "./html-text";
import { markdownToDocument } from "./markdown";
import { type ImportedArticle, toArticles } from "./sections";

/** Files read from an upload or a zip: Markdown and HTML (plain text is read as Markdown). */
export const IMPORTABLE = /\.(md|markdown|txt|html?)$/i;
export const MAX_FILES = 500;
export const MAX_FILE_BYTES = 1024 * 1024;
/** What the files of one zip may add up to once decompressed: a guard against zip bombs. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

export interface ImportFile {
  path: string;
  content: string;
}

/** Input that cannot be imported, said so the caller can fix it: a 4xx with this field and reason. */
export class ImportInputError extends Error {
  constructor(
    readonly status: 400 | 413 | 422,
    readonly code: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** `a\b/./c.md` and `/a/b/c.md` are the same file: the key a re-import finds its articles by. */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .filter((p) => p && p !== ".")
    .join("/");
}

function titleFromName(path: string): string {
  const name = path.split("/").at(-1) ?? path;
  const bare = name.replace(IMPORTABLE, "").replace(/[-_]+/g, " ").trim();
  return bare ? bare.charAt(0).toUpperCase() + bare.slice(1) : "Untitled";
}

export function parseFile(path: string, content: string): ParsedDocument {
  return /\.html?$/i.test(path) ? htmlToDocument(content) : markdownToDocument(content);
}

/** The articles of uploaded files, each found again on a re-import by its normalized path. */
export function articlesFromFiles(
  files: readonly ImportFile[],
  options: { language?: Language; tags: readonly string[] },
): ImportedArticle[] {
  return files.flatMap((f) => {
    const location = normalizePath(f.path);
    return toArticles(parseFile(location, f.content), {
      ...options,
      location,
      fallbackTitle: titleFromName(location),
    });
  });
}

/**
 * The importable files of a zip, by path. Folders, hidden files and macOS metadata are left out, as are
 * files of other types; sizes are checked against the entries' declared sizes before anything is
 * decompressed, and against what decompression gave.
 */
export function filesFromZip(bytes: Uint8Array): ImportFile[] {
  let total = 0;
  let count = 0;
  const wanted = (name: string) =>
    IMPORTABLE.test(name) && !name.split("/").some((p) => p.startsWith(".") || p === "__MACOSX");
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        count += 1;
        total += file.originalSize;
        if (count > MAX_FILES)
          throw new ImportInputError(413, "too_large", "body", `more than ${MAX_FILES} files`);
        if (file.originalSize > MAX_FILE_BYTES) {
          throw new ImportInputError(413, "too_large", file.name, `over ${MAX_FILE_BYTES} bytes`);
        }
        if (total > MAX_UNZIPPED_BYTES) {
          throw new ImportInputError(413, "too_large", "body", `over ${MAX_UNZIPPED_BYTES} bytes unzipped`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError(400, "invalid_zip", "body", "not a readable zip file");
  }
  const decoder = new TextDecoder();
  const files = Object.entries(entries).map(([path, data]) => {
    if (data.length > MAX_FILE_BYTES)
      throw new ImportInputError(413, "too_large", path, `over ${MAX_FILE_BYTES} bytes`);
    return { path, content: decoder.decode(data) };
  });
  if (files.length === 0) {
    throw new ImportInputError(
      422,
      "nothing_to_import",
      "body",
      "the zip holds no .md, .markdown, .txt or .html file",
    );
  }
  return files;
}
