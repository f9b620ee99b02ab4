import { createServer } from "node:http";
import next from "next";
import { normaliseForwardingHeaders, trustedProxyHops } from "@/lib/auth/client-ip";

/**
 * Glowbook's HTTP server: Next's request handler behind a Node server that first decides which
 * forwarding headers to believe. Next itself keeps a client's own X-Forwarded-For and
 * X-Forwarded-Host and never exposes the socket address, so without this step a client could pick
 * its own rate-limit bucket or host. TRUST_PROXY (the number of proxies in front) decides
 * (lib/auth/client-ip.ts, docs/decisions/0021). Started by scripts/lib/app.ts in its own process
 * group, as `next start` was: `serve.ts [--dev] --port N --hostname H`.
 */
const args = process.argv.slice(2);
const dev = args.includes("--dev");
const port = Number(args[args.indexOf("--port") + 1]);
const hostname = args[args.indexOf("--hostname") + 1] ?? "127.0.0.1";
const hops = trustedProxyHops();

const app = next({ dev, dir: process.cwd(), hostname, port, ...(dev ? { turbopack: true } : {}) });
const handle = app.getRequestHandler();

async function main(): Promise<void> {
  await app.prepare();
  const server = createServer((request, response) => {
    normaliseForwardingHeaders(request.headers, request.socket.remoteAddress, hops);
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
