import { verifyPassword } from "./passwords";

/**
 * A hash of a random password nobody knows, with the same iterations as real ones: checked when there is
 * no agent to check, so an unknown email costs the same time as a wrong password and timing does not tell
 * which emails have accounts.
 */
const DUMMY_HASH = "pbkdf2$100000$E0XW5vIErXNb1tPg_83LCA$7QnnoRGO-ETAVMF_GWaZ_d0CaKogmZBtx8YJ73xm_EY";

/**
 * Whether `password` opens this agent's account. Always exactly one hash, whether or not the agent exists
 * or has a password.
 */
export async function passwordOpens(
  agent: { passwordHash: string | null } | undefined,
  password: string,
  verify: (password: string, stored: string) => Promise<boolean> = verifyPassword,
): Promise<boolean> {
  const ok = await verify(password, agent?.passwordHash ?? DUMMY_HASH);
  return ok && Boolean(agent?.passwordHash);
}
