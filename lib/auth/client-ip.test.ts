import { describe, expect, test } from "vitest";
import { clientIp, rateLimitBucket } from "./client-ip";

describe("clientIp", () => {
  test.each([
    // Facing the internet directly (TRUST_PROXY unset): Next's server supplies the socket address.
    ["direct, header from Next", undefined, "203.0.113.7", "203.0.113.7"],
    ["direct, client wrote a list", undefined, "198.51.100.1, 203.0.113.7", "203.0.113.7"],
    ["TRUST_PROXY=0 behaves as direct", "0", "198.51.100.1, 203.0.113.7", "203.0.113.7"],
    // One proxy: the entry it appended (right-most), not the forgeable left-most.
    ["one proxy, no forgery", "1", "203.0.113.7", "203.0.113.7"],
    ["one proxy, forged left entry ignored", "1", "1.1.1.1, 203.0.113.7", "203.0.113.7"],
    // Two proxies (CDN + load balancer): the CDN appended the client, the LB appended the CDN.
    ["two proxies", "2", "1.1.1.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"],
    ["two proxies but one hop", "2", "203.0.113.7", "203.0.113.7"],
    ["garbage TRUST_PROXY is treated as 0", "yes", "1.1.1.1, 203.0.113.7", "203.0.113.7"],
    ["spaces and empty entries", "1", " , 203.0.113.7 ,", "203.0.113.7"],
    ["no header", "1", undefined, null],
    ["empty header", undefined, "", null],
    ["not an address", undefined, "unknown", null],
  ])("%s", (_name, trustProxy, header, expected) => {
    expect(clientIp({ "x-forwarded-for": header }, trustProxy)).toBe(expected);
  });

  test("never reads X-Real-IP, which only a client would have written here", () => {
    expect(clientIp({ "x-real-ip": "203.0.113.7" }, "1")).toBeNull();
  });

  test("accepts a repeated header given as an array", () => {
    expect(clientIp({ "x-forwarded-for": ["1.1.1.1", "203.0.113.7"] }, "1")).toBe("203.0.113.7");
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
  ])("%j → %j", (address, expected) => {
    expect(rateLimitBucket(address)).toBe(expected);
  });

  test("two addresses in one /64 share a bucket; another /64 does not", () => {
    expect(rateLimitBucket("2001:db8:1:2::a")).toBe(rateLimitBucket("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(rateLimitBucket("2001:db8:1:2::a")).not.toBe(rateLimitBucket("2001:db8:1:3::a"));
  });
});
