"use client";

import { OutageNotice } from "@/components/layout/OutageNotice";
import "./globals.css";

// The root layout itself failed (it reads the spa and the session). The layout already turns an
// unreachable database into its own notice, so this is the last resort: the same notice, which
// reloads the page once the server answers again.
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <OutageNotice onBack={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
