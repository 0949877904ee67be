/** What your own bot may say about a reply it posts through REST. */
export type ExternalBotReport = { failed?: boolean; confidence?: number };

/**
 * The meta a reply from your own bot is stored with, read by the repeated-failure trigger as the built-in
 * bot's are: `failed` is taken at its word; otherwise a `confidence` under the persona's threshold is a
 * failure; a reply with neither is read by the model (an admission like "I can't help with that" counts).
 */
export function externalBotMeta(report: ExternalBotReport, threshold: number): Record<string, unknown> {
  const meta: Record<string, unknown> = { source: "external" };
  if (report.confidence !== undefined) meta.confidence = report.confidence;
  if (report.failed !== undefined) meta.botFailure = report.failed;
  else if (report.confidence !== undefined) meta.botFailure = report.confidence < threshold;
  return meta;
}
