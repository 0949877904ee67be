import { z } from "zod";
import { LanguageSchema } from "../ai/provider";

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 20_000;
export const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 50;

const nonBlank = (s: string) => s.trim().length > 0;

/** An article's editable fields, without defaults (a patch must not reset what it leaves out). */
const ArticleFields = z.object({
  title: z
    .string()
    .max(MAX_TITLE_LENGTH, `at most ${MAX_TITLE_LENGTH} characters`)
    .refine(nonBlank, "must not be empty"),
  body: z
    .string()
    .max(MAX_BODY_LENGTH, `at most ${MAX_BODY_LENGTH} characters`)
    .refine(nonBlank, "must not be empty"),
  tags: z.array(z.string().trim().min(1).max(MAX_TAG_LENGTH)).max(MAX_TAGS, `at most ${MAX_TAGS} tags`),
  /** The article's language; the bot answers a customer from articles in any language it finds. */
  language: LanguageSchema,
});

/** What a person writes: the REST body of a new article, and the input of `createArticle`. */
export const ArticleInputSchema = ArticleFields.extend({
  tags: ArticleFields.shape.tags.default([]),
  language: ArticleFields.shape.language.default("en"),
}).strict();
export type ArticleInput = z.input<typeof ArticleInputSchema>;

/** A change to an article: any of its fields, at least one. */
export const ArticlePatchSchema = ArticleFields.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, "send at least one of title, body, tags, language");
export type ArticlePatch = z.infer<typeof ArticlePatchSchema>;

export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  language: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;
