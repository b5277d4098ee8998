/** Exit codes every bilat command uses. */
export const EXIT = { ok: 0, invalidData: 1, usage: 2 } as const;
