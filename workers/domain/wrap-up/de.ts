import type { WrapUpPhrases } from "./types";

export const de: WrapUpPhrases = {
  name: "German",
  commitment:
    /\b(ich werde|wir werden|ich melde mich|wir melden uns|melde mich|(ich|wir) (schicke|schicken|sende|senden) ihnen|(rufe|rufen) (sie|dich) .{0,20}an|morgen|nachste woche|naechste woche|innerhalb von \d+|in \d+ (stunden|tagen)|bis (montag|dienstag|mittwoch|donnerstag|freitag|ende))\b/,
  smallTalk:
    /^(hallo|guten (tag|morgen|abend)|danke|vielen dank|bitte|tschuss|auf wiedersehen|schonen (tag|abend))\b/,
};
