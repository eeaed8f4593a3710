import { randomUUID } from 'node:crypto';

/** Direct Line's token endpoint: https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-authentication */
export const DIRECT_LINE_TOKEN_URL = 'https://directline.botframework.com/v3/directline/tokens/generate';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export interface DirectLineToken {
  token: string;
  expiresIn: number;
  conversationId?: string;
}

export class DirectLineTokenError extends Error {
  override name = 'DirectLineTokenError';
}

/**
 * Exchanges the Direct Line secret for a short-lived, single-conversation token. The secret stays on the
 * server; the browser only ever sees the token. The user id is generated here ("dl_" prefix, as Direct Line
 * enhanced authentication expects) so a page cannot impersonate another user.
 */
export async function fetchDirectLineToken(
  secret: string,
  fetchImpl: FetchLike = fetch as unknown as FetchLike,
  timeoutMs = 5000,
): Promise<DirectLineToken> {
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await fetchImpl(DIRECT_LINE_TOKEN_URL, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: `dl_${randomUUID()}` } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new DirectLineTokenError(
      `Direct Line token request failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok)
    throw new DirectLineTokenError(`Direct Line token request failed with HTTP ${response.status}`);
  const body = (await response.json()) as { token?: unknown; expires_in?: unknown; conversationId?: unknown };
  if (typeof body.token !== 'string' || body.token.length === 0)
    throw new DirectLineTokenError('Direct Line token response has no token');
  return {
    token: body.token,
    expiresIn: typeof body.expires_in === 'number' ? body.expires_in : 3600,
    ...(typeof body.conversationId === 'string' ? { conversationId: body.conversationId } : {}),
  };
}
