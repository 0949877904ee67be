import { RulesSchema } from "../../../workers/domain/rules";
import { BacktestResultSchema } from "../../../workers/protocol/backtest";
import { call } from "../api";

/** The rules screen's calls: read and save the handoff rules, and replay proposed ones before saving. */
export function rulesApi(token: string) {
  const json = (method: string, body: unknown) => ({ token, method, body: JSON.stringify(body) });
  return {
    load: () => call(RulesSchema, "/api/v1/rules", { token }),
    save: (rules: Record<string, unknown>) => call(RulesSchema, "/api/v1/rules", json("PUT", rules)),
    backtest: (rules: Record<string, unknown>) =>
      call(BacktestResultSchema, "/api/v1/rules/backtest", json("POST", { rules })),
  };
}
export type RulesApi = ReturnType<typeof rulesApi>;
