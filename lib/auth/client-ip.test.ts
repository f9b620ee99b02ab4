import { describe, expect, test } from "vitest";
import { clientAddress, normaliseForwardingHeaders, rateLimitBucket, trustedProxyHops, UNKNOWN_ADDRESS } from "./client-ip";

describe("normaliseForwardingHeaders + clientAddress (what the server does, then what sign-in reads)", () => {
  const through = (headers: Record<string, string | undefined>, socket: string | undefined, hops: number) => {
    const bag: Record<string, string | string[] | undefined> = { ...headers };
    normaliseForwardingHeaders(bag, socket, hops);
    return { bag, address: clientAddress(bag, hops) };
  };

  test.each([
    // Facing the internet directly (TRUST_PROXY unset): only the socket counts.
    ["direct, no header", {}, "203.0.113.7", 0, "203.0.113.7"],
    ["direct, a forged header is discarded", { "x-forwarded-for": "198.51.100.1" }, "203.0.113.7", 0, "203.0.113.7"],
    ["direct, a forged list is discarded", { "x-forwarded-for": "1.1.1.1, 198.51.100.1" }, "203.0.113.7", 0, "203.0.113.7"],
    ["direct, a non-IP header is discarded", { "x-forwarded-for": "unknown" }, "203.0.113.7", 0, "203.0.113.7"],
    ["direct, IPv4-mapped socket", {}, "::ffff:203.0.113.7", 0, "203.0.113.7"],
    // One proxy: the entry it appended (right-most before the socket), not the forgeable left-most.
    ["one proxy", { "x-forwarded-for": "203.0.113.7" }, "10.0.0.2", 1, "203.0.113.7"],
    ["one proxy, forged left entry ignored", { "x-forwarded-for": "1.1.1.1, 203.0.113.7" }, "10.0.0.2", 1, "203.0.113.7"],
    ["two proxies", { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.3" }, "10.0.0.2", 2, "203.0.113.7"],
    ["two proxies but one hop recorded", { "x-forwarded-for": "203.0.113.7" }, "10.0.0.2", 2, "203.0.113.7"],
    // Missing or unparseable still counts: one shared bucket, never "no limit".
    ["proxy wrote garbage", { "x-forwarded-for": "unknown" }, "10.0.0.2", 1, UNKNOWN_ADDRESS],
    ["proxy wrote nothing", {}, "10.0.0.2", 1, "10.0.0.2"],
    ["no socket address", {}, undefined, 0, UNKNOWN_ADDRESS],
  ])("%s", (_name, headers, socket, hops, expected) => {
    expect(through(headers, socket, hops).address).toBe(expected);
  });

  test("without TRUST_PROXY every forwarding header a client wrote is dropped", () => {
    const { bag } = through(
      { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-real-ip": "1.1.1.1", forwarded: "for=1.1.1.1" },
      "203.0.113.7",
      0,
    );
    expect(bag).toEqual({ "x-forwarded-for": "203.0.113.7" });
  });

  test("with TRUST_PROXY the proxy's host and protocol are kept", () => {
    const { bag } = through(
      { "x-forwarded-host": "spa.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" },
      "10.0.0.2",
      1,
    );
    expect(bag).toEqual({ "x-forwarded-host": "spa.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7, 10.0.0.2" });
  });

  test.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["1", 1],
    [" 2 ", 2],
    ["yes", 0],
    ["-1", 0],
    ["100", 0],
  ])("TRUST_PROXY=%j is %d hops", (value, hops) => {
    expect(trustedProxyHops(value)).toBe(hops);
  });

  test("a header read without the server's normalisation: an empty or missing one is the unknown bucket", () => {
    expect(clientAddress({}, 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ "x-forwarded-for": "" }, 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress({ "x-forwarded-for": ["1.1.1.1", "203.0.113.7"] }, 1)).toBe("1.1.1.1");
  });
});

describe("rateLimitBucket", () => {
  test.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:0db8:85a3:08d3::/64"],
    ["2001:DB8:85A3:8D3::1", "2001:0db8:85a3:08d3::/64"],
    ["[2001:db8::1]:443", "2001:0db8:0000:0000::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["64:ff9b::192.0.2.33", "0064:ff9b:0000:0000::/64"],
    ["not-an-ip", null],
    ["999.1.1.1", null],
    ["", null],
    ["x".repeat(100), null],
  ])("%j → %j", (address, expected) => {
    expect(rateLimitBucket(address)).toBe(expected);
  });

  test("two addresses in one /64 share a bucket; another /64 does not", () => {
    expect(rateLimitBucket("2001:db8:1:2::a")).toBe(rateLimitBucket("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(rateLimitBucket("2001:db8:1:2::a")).not.toBe(rateLimitBucket("2001:db8:1:3::a"));
  });
});
