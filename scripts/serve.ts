import { createServer } from "node:http";
import next from "next";
import { normaliseForwardingHeaders, trustedProxyHops } from "@/lib/auth/client-ip";
import { frontDoor } from "./lib/front-door";

/**
 * Glowbook's HTTP server: Next's request handler behind a Node server that first decides which
 * forwarding headers to believe. Next itself keeps a client's own X-Forwarded-For and
 * X-Forwarded-Host and never exposes the socket address, so without this step a client could pick
 * its own rate-limit bucket or host. TRUST_PROXY (the number of proxies in front) decides
 * (lib/auth/client-ip.ts, docs/decisions/0021). Then the front door (scripts/lib/front-door.ts)
 * refuses cross-origin writes and oversized or malformed requests and sets the CSP nonce; it runs
 * here rather than as Next's proxy (middleware), which cost a fifth of a light page's CPU
 * (docs/decisions/0042). Started by scripts/lib/app.ts in its own process group, as `next start`
 * was: `serve.ts [--dev] --port N --hostname H`.
 */
const args = process.argv.slice(2);
const dev = args.includes("--dev");
const port = Number(args[args.indexOf("--port") + 1]);
const hostname = args[args.indexOf("--hostname") + 1] ?? "127.0.0.1";
const hops = trustedProxyHops();
const policy = { dev, photoStoreUrl: process.env.S3_URL };

const app = next({ dev, dir: process.cwd(), hostname, port, ...(dev ? { turbopack: true } : {}) });
const handle = app.getRequestHandler();

async function main(): Promise<void> {
  await app.prepare();
  const server = createServer((request, response) => {
    normaliseForwardingHeaders(request.headers, request.socket.remoteAddress, hops);
    const answer = frontDoor(
      { method: request.method ?? "GET", url: request.url ?? "/", headers: request.headers, encrypted: "encrypted" in request.socket },
      policy,
    );
    if ("refuse" in answer) {
      const { status, headers, body } = answer.refuse;
      response.writeHead(status, { ...headers, "Content-Length": String(Buffer.byteLength(body)) }).write(body);
      // The answer goes at once, but the connection ends only after the client has sent what it
      // meant to: closing with bytes unread resets it, and the client can lose the answer. The
      // rest is read and thrown away, never held (requestTimeout bounds a client that never ends).
      request.on("end", () => response.end()).resume();
      return;
    }
    Object.assign(request.headers, answer.pass.requestHeaders);
    for (const [name, value] of Object.entries(answer.pass.responseHeaders)) response.setHeader(name, value);
    void handle(request, response);
  });
  if (dev) server.on("upgrade", (request, socket, head) => void app.getUpgradeHandler()(request, socket, head));
  server.listen(port, hostname);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
