import { listInstalledPackages, type FoundPackage } from "./lib/installed-packages";
import { classifyPackage, countByLicence, type LicenceException, type LicenceVerdict } from "./lib/licences";

// `npm run licences` (part of `npm run lint`): every package in node_modules, dev tools included,
// must carry a licence that lets Glowbook be conveyed under AGPL-3.0-or-later. Dev tools are not
// conveyed with the app, but one strict rule is simpler than deciding per tool what ships; output
// marks dev-only packages so a failure shows at once whether it reaches production.
// Exit code 1 names every package that is not cleared.

/** Reviewed by hand. Add one only after reading the package's own licence files. */
const EXCEPTIONS: Record<string, LicenceException> = {
  // PNG decoder of pdfkit.
  "png-js": {
    kind: "metadata",
    declared: null,
    licence: "MIT",
    reason: "package.json has no licence field; its LICENSE file is the MIT licence (Devon Govett, 2017)",
  },
  // Cache-Control parser inside Lighthouse (bench:web only). Its package.json declares the legacy
  // "licenses" array pointing at hapi's wreck; its LICENSE file is the 3-clause BSD text.
  "parse-cache-control": {
    kind: "metadata",
    declared: "BSD",
    licence: "BSD-3-Clause",
    reason: 'package.json says only "BSD"; its LICENSE file is the BSD 3-clause text (Walmart and other contributors, 2012-2014)',
  },
  // Two tiny koa helpers pulled in by s3rver (the S3-compatible server the storage tests start).
  // Neither has a licence field or file; each README's "License" section says MIT.
  "humanize-number": {
    kind: "metadata",
    declared: null,
    licence: "MIT",
    reason: "package.json has no licence field; its Readme.md's License section says MIT (component, TJ Holowaychuk)",
  },
  only: {
    kind: "metadata",
    declared: null,
    licence: "MIT",
    reason: "package.json has no licence field; its Readme.md carries the MIT licence text (TJ Holowaychuk, 2012)",
  },
  // Graph layout for the browser UI of Prisma Studio (@prisma/studio-core), pulled in by the
  // Prisma CLI. Its LICENSE.md is EPL-2.0 with no Exhibit A "Secondary Licenses" notice, so it
  // must never be combined with Glowbook's code; ESLint forbids importing it (eslint.config.mjs).
  elkjs: {
    kind: "separate-program",
    declared: "EPL-2.0",
    reason: "only loaded by `prisma studio`, a separate program Glowbook never imports or runs; installed beside it, not combined",
  },
};

async function main(): Promise<void> {
  const packages = await listInstalledPackages(process.cwd());
  const verdicts = packages.map((pkg) => ({ pkg, verdict: classifyPackage(pkg, EXCEPTIONS) }));

  console.log(`Licences of ${packages.length} installed packages:`);
  for (const [licence, count] of countByLicence(verdicts.map((entry) => entry.verdict))) {
    console.log(`  ${String(count).padStart(4)}  ${licence}`);
  }

  const excepted = verdicts.filter((entry) => entry.verdict.status === "excepted");
  if (excepted.length > 0) console.log("\nCleared by a reviewed exception (scripts/check-licences.ts):");
  for (const { pkg, verdict } of excepted) {
    if (verdict.status !== "excepted") continue;
    console.log(`  ${describe(pkg)}: ${verdict.licence}, ${verdict.exception.kind}: ${verdict.exception.reason}`);
  }
  const unused = Object.keys(EXCEPTIONS).filter((name) => !excepted.some((entry) => entry.pkg.name === name));
  for (const name of unused) console.log(`\nNote: the exception for ${name} matched nothing installed; remove it if the package is gone.`);

  const failed = verdicts.filter((entry) => entry.verdict.status === "not-allowed" || entry.verdict.status === "unknown");
  if (failed.length === 0) {
    console.log(`\nAll ${packages.length} packages cleared for AGPL-3.0-or-later, ${excepted.length} of them by exception.`);
    return;
  }
  console.error(`\n${failed.length} package(s) not cleared for AGPL-3.0-or-later:`);
  for (const { pkg, verdict } of failed) console.error(`  ${describe(pkg)}: ${explain(verdict)}`);
  console.error("Read each one's licence files; see the allow list in scripts/lib/licences.ts.");
  process.exitCode = 1;
}

function describe(pkg: FoundPackage): string {
  return `${pkg.name}@${pkg.version} (${pkg.relativePath}${pkg.devOnly ? ", dev only" : ""})`;
}

function explain(verdict: LicenceVerdict): string {
  if (verdict.status === "unknown") {
    return verdict.licence === "(none)" ? "declares no licence" : `unreadable licence "${verdict.licence}"`;
  }
  return `${verdict.licence} is not on the allow list`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
