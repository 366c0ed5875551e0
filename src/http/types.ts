/** Hono environment shared by every route file. */
export type AppEnv = { Variables: { requestId: string } };
