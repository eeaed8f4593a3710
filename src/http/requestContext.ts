import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving one request carries, without passing it through each call. */
export interface RequestContext {
  requestId: string;
  route: string;
  activityType?: string;
  /** Milliseconds the last engine call of this request took; lands on the question.* line after it. */
  engineMs?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The context of the request being served, if any (undefined at start-up, in reloads, in timers). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
