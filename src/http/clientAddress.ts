import { BlockList, isIP } from 'node:net';

/**
 * Which proxies in front of this service may be believed about the client's address (`X-Forwarded-For`):
 * none (the socket address is the client), the nearest `hops` proxies, or any proxy whose address is in a
 * list of addresses and CIDR ranges.
 */
export type TrustProxy =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; list: BlockList; text: string };

/** `TRUST_PROXY`: empty/`false`/`0` → none; a number → hop count; otherwise a comma-separated IP/CIDR list. */
export function parseTrustProxy(value: string | undefined): TrustProxy | string {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 32 ? { kind: 'hops', hops } : `hop count ${text} is over 32`;
  }
  const list = new BlockList();
  for (const raw of text.split(',')) {
    const item = raw.trim();
    const [address, prefixText, extra] = item.split('/');
    const family = isIP(address ?? '');
    if (extra !== undefined || family === 0) return `"${item}" is not an IP address or CIDR range`;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      list.addAddress(address as string, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 4 ? 32 : 128))
      return `"${item}" has a bad prefix length`;
    list.addSubnet(address as string, prefix, type);
  }
  return { kind: 'list', list, text };
}

/**
 * The client's address: the socket address, unless the hops nearest to this service are trusted proxies, in
 * which case it is the first address (from the right of `X-Forwarded-For`) that a trusted proxy reported.
 * An untrusted peer's header is ignored, so a client cannot pick its own rate-limit bucket.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: TrustProxy,
): string {
  const peer = normalise(socketAddress ?? '') || 'unknown';
  if (trust.kind === 'none' || forwardedFor === undefined) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => normalise(entry.trim()))
    .filter((entry) => isIP(entry) !== 0);
  // Nearest first: the peer, then each address the proxies appended, right to left.
  const chain = [peer, ...forwarded.reverse()];
  if (trust.kind === 'hops') return chain[Math.min(trust.hops, chain.length - 1)] as string;
  for (let i = 0; i < chain.length - 1; i += 1) {
    const hop = chain[i] as string;
    if (!isTrusted(trust.list, hop)) return hop;
  }
  return chain[chain.length - 1] as string;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) is `10.0.0.1`. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? (mapped[1] as string) : address;
}
