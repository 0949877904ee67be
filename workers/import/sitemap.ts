import { Parser } from "htmlparser2";

export type SitemapContent = { kind: "urlset" | "index"; locations: string[] } | { kind: "not_a_sitemap" };

/**
 * The `<loc>`s of a sitemap (`<urlset>`: pages) or a sitemap index (`<sitemapindex>`: more sitemaps), read
 * with htmlparser2 in XML mode; anything whose root is neither is not a sitemap.
 */
export function parseSitemap(xml: string): SitemapContent {
  let root: string | null = null;
  let inLoc = false;
  let loc = "";
  const locations: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const local = name.toLowerCase().replace(/^.*:/, "");
        root ??= local;
        if (local === "loc") {
          inLoc = true;
          loc = "";
        }
      },
      ontext(text) {
        if (inLoc) loc += text;
      },
      onclosetag(name) {
        if (name.toLowerCase().replace(/^.*:/, "") !== "loc") return;
        inLoc = false;
        if (loc.trim()) locations.push(loc.trim());
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  if (root === "urlset") return { kind: "urlset", locations };
  if (root === "sitemapindex") return { kind: "index", locations };
  return { kind: "not_a_sitemap" };
}
