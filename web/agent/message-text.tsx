import { linkParts } from "./links";

/**
 * A message's text with its links clickable. Everything is a text node or an `<a>` built here: a customer's
 * `<b>` or `<script>` shows as the characters they typed, never as markup.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <p>
      {linkParts(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
