import { z } from '../framework/zod';

/** Longest question accepted from the page; the engine answers longer text with its own "too long" reply. */
export const MAX_TEXT_CHARS = 2000;
/** Largest request body on the web chat routes: a question, a button value and a locale fit easily. */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

const locale = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/)
  .max(35)
  .optional();
/** Card buttons send flat objects of short strings, booleans and numbers (see render/types ButtonValue). */
const buttonValue = z.record(
  z.string().max(40),
  z.union([
    z.string().max(MAX_TEXT_CHARS),
    z.boolean(),
    z.number(),
    z.record(z.string().max(40), z.string().max(500)),
  ]),
);

const payloadSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('message'),
    text: z.string().max(MAX_TEXT_CHARS).optional(),
    value: buttonValue.optional(),
    locale,
  }),
  z.strictObject({ type: z.literal('event'), name: z.literal('webchat/join'), locale }),
]);

/** All the browser may say: a question, a button value or "I joined". The server builds everything else. */
export type WebChatPayload = z.infer<typeof payloadSchema>;

export function readWebChatPayload(
  body: unknown,
): { ok: true; payload: WebChatPayload } | { ok: false; error: string } {
  const parsed = payloadSchema.safeParse(body);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `Web chat: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid payload'}`,
  };
}
