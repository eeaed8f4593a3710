/**
 * With auth off nothing vouches for an activity's serviceUrl, and the bot would POST its replies there: to any
 * host on the internet, or to a dead one that holds the request for seconds. So, unless auth is on (then the
 * token's serviceurl claim must match), only loopback addresses and the configured origins are accepted.
 */
export function serviceUrlAllowed(serviceUrl: string, allowedOrigins: ReadonlyArray<string>): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowedOrigins.includes(url.origin)) return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** SERVICE_URL_ALLOW_LIST: comma-separated origins; returns the origins or the first bad item. */
export function parseOrigins(value: string | undefined): string[] | { bad: string } {
  const origins: string[] = [];
  for (const item of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    try {
      const url = new URL(item);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return { bad: item };
      origins.push(url.origin);
    } catch {
      return { bad: item };
    }
  }
  return origins;
}
