import { isIP } from "node:net";

type HeaderBag = Record<string, string | string[] | undefined>;

/** The rate-limit bucket of every request whose address is missing or is not an IP address. */
export const UNKNOWN_ADDRESS = "unknown";

/** TRUST_PROXY as a number of hops: 0 unless it is a small whole number. */
export function trustedProxyHops(trustProxy: string | undefined = process.env.TRUST_PROXY): number {
  return /^\d{1,2}$/.test(trustProxy?.trim() ?? "") ? Number(trustProxy) : 0;
}

/** The headers a client could use to pretend to be a proxy; only ever believed with TRUST_PROXY. */
export const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
];

/**
 * What Glowbook's HTTP server (scripts/lib/server.ts) does to every request before Next sees it:
 * X-Forwarded-For becomes the trusted chain ending with the socket address. With TRUST_PROXY
 * unset (the app faces the internet) nothing a client wrote survives: the forwarding headers are
 * dropped and Next fills them from the socket and Host. With TRUST_PROXY=N the proxies' headers
 * are kept and the socket (the nearest proxy) is appended, as each proxy appends its peer.
 */
export function normaliseForwardingHeaders(headers: HeaderBag, socketAddress: string | undefined, hops: number): void {
  const forwarded = hops > 0 ? listEntries(headers["x-forwarded-for"]) : [];
  if (hops === 0) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = [...forwarded, socketAddress ?? UNKNOWN_ADDRESS].join(", ");
}

/**
 * The client's rate-limit bucket from the normalised X-Forwarded-For: the entry `hops` from the
 * right (0 = the socket; N = the address our outermost trusted proxy saw). Entries further left
 * were written by the client and are ignored. A missing or unparseable address is UNKNOWN_ADDRESS,
 * a bucket of its own that still counts, so garbage never skips a limit.
 */
export function clientAddress(headers: HeaderBag, hops: number = trustedProxyHops()): string {
  const entries = listEntries(headers["x-forwarded-for"]);
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return (entry && rateLimitBucket(entry)) ?? UNKNOWN_ADDRESS;
}

function listEntries(raw: string | string[] | undefined): string[] {
  return (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The per-IP bucket for an address: IPv4 as is; IPv6 by its /64, because one subscriber gets a
 * whole /64 and could otherwise rotate through addresses to dodge the limit. Ports that some
 * proxies append are dropped; anything that is not an IP address gives null.
 */
export function rateLimitBucket(address: string): string | null {
  if (address.length > 64) return null;
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
