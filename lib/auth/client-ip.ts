import { isIP } from "node:net";

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * The client's address for the per-IP sign-in limit, or null when there is none to trust.
 *
 * Next's server puts the socket address into X-Forwarded-For only when the request has none,
 * and does not expose the socket to route handlers; so every address we see comes from that
 * header, and whether it can be believed depends on how the app is deployed:
 * - TRUST_PROXY=N (N ≥ 1: the number of proxies in front of the app, usually 1 load balancer):
 *   each proxy appends the address it saw, so the N-th entry from the right is the client as
 *   seen by our outermost proxy. Entries to its left are whatever the client wrote: ignored.
 * - unset/0 (the app faces the internet directly, as with `npm start`): the right-most entry,
 *   which is the socket address unless the client sent the header itself. A client doing that
 *   can pick its own per-IP bucket but not escape the per-email limit.
 * X-Real-IP is never read: nothing in this stack sets it, so it would only ever be client-written.
 */
export function clientIp(headers: HeaderBag, trustProxy: string | undefined = process.env.TRUST_PROXY): string | null {
  const raw = headers["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const proxies = /^\d{1,2}$/.test(trustProxy ?? "") ? Number(trustProxy) : 0;
  const hop = entries[Math.max(0, entries.length - Math.max(1, proxies))];
  return hop === undefined ? null : rateLimitBucket(hop);
}

/**
 * The per-IP bucket for an address: IPv4 as is; IPv6 by its /64, because one subscriber gets a
 * whole /64 and could otherwise rotate through addresses to dodge the limit. Ports that some
 * proxies append are dropped; anything that is not an IP address gives null.
 */
export function rateLimitBucket(address: string): string | null {
  const withoutPort = address.startsWith("[")
    ? address.slice(1, address.indexOf("]"))
    : /^[\d.]+:\d+$/.test(address)
      ? address.slice(0, address.lastIndexOf(":"))
      : address;
  const lower = withoutPort.toLowerCase();
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (mappedIpv4 && isIP(mappedIpv4) === 4) return mappedIpv4;
  const version = isIP(lower);
  if (version === 4) return lower;
  if (version === 6) return `${expandIpv6(lower).slice(0, 4).join(":")}::/64`;
  return null;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // A trailing dotted IPv4 ("64:ff9b::1.2.3.4") fills two groups.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes(".") ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - width(left) - width(right);
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) => group.padStart(4, "0"));
}
