import Module from "node:module";

/**
 * `server-only` throws unless it is resolved under React's "react-server" condition, which only
 * Next's server build sets. The worker and the scripts run the same lib/ queries in plain Node,
 * where there is no client bundle to guard: there it resolves to the package's own empty module,
 * as the Vitest config aliases it. Import this first in an entry point that reaches lib/.
 */
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request, ...rest) {
  const resolved = resolve.call(this, request, ...rest);
  // The package exports only its entry point, so its sibling file is reached by path.
  return request === "server-only" ? resolved.replace(/index\.js$/, "empty.js") : resolved;
};
