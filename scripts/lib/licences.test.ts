import { describe, expect, test } from "vitest";
import {
  classifyPackage,
  countByLicence,
  isExpressionAllowed,
  isLicenceIdAllowed,
  parseLicenceExpression,
  readDeclaredLicence,
  type InstalledPackage,
  type LicenceException,
} from "./licences";

describe("isLicenceIdAllowed", () => {
  test.each([
    ["MIT", true],
    ["mit", true],
    ["Apache-2.0", true],
    ["BSD-3-Clause", true],
    ["0BSD", true],
    ["BlueOak-1.0.0", true],
    ["CC-BY-4.0", true],
    ["MPL-2.0", true],
    ["LGPL-2.1-only", true],
    ["LGPL-3.0-or-later", true],
    ["GPL-2.0-or-later", true],
    ["GPL-2.0+", true],
    ["GPL-3.0-only", true],
    ["AGPL-3.0-or-later", true],
    // GPLv2 without "or later" cannot be conveyed under GPLv3 terms.
    ["GPL-2.0-only", false],
    ["GPL-2.0", false],
    ["EPL-2.0", false],
    ["CC-BY-3.0", false],
    ["CC-BY-NC-4.0", false],
    ["SSPL-1.0", false],
    ["UNLICENSED", false],
    ["LicenseRef-Proprietary", false],
  ])("%s → %s", (id, expected) => {
    expect(isLicenceIdAllowed(id)).toBe(expected);
  });
});

describe("parseLicenceExpression", () => {
  test.each([
    ["MIT", { kind: "licence", id: "MIT" }],
    [
      "(MIT OR Apache-2.0)",
      {
        kind: "or",
        terms: [
          { kind: "licence", id: "MIT" },
          { kind: "licence", id: "Apache-2.0" },
        ],
      },
    ],
    [
      "MIT and ISC",
      {
        kind: "and",
        terms: [
          { kind: "licence", id: "MIT" },
          { kind: "licence", id: "ISC" },
        ],
      },
    ],
    ["Apache-2.0 WITH LLVM-exception", { kind: "with", licence: { kind: "licence", id: "Apache-2.0" }, exception: "LLVM-exception" }],
    [
      "MIT OR GPL-2.0-only AND Zlib",
      {
        kind: "or",
        terms: [
          { kind: "licence", id: "MIT" },
          {
            kind: "and",
            terms: [
              { kind: "licence", id: "GPL-2.0-only" },
              { kind: "licence", id: "Zlib" },
            ],
          },
        ],
      },
    ],
    [
      "(MIT OR GPL-2.0-only) AND Zlib",
      {
        kind: "and",
        terms: [
          {
            kind: "or",
            terms: [
              { kind: "licence", id: "MIT" },
              { kind: "licence", id: "GPL-2.0-only" },
            ],
          },
          { kind: "licence", id: "Zlib" },
        ],
      },
    ],
  ])("%s", (text, expected) => {
    expect(parseLicenceExpression(text)).toEqual(expected);
  });

  test.each(["", "SEE LICENSE IN LICENSE.md", "(MIT", "MIT)", "MIT OR", "AND MIT", "MIT WITH", "MIT, ISC"])(
    "%j is not an expression",
    (text) => {
      expect(parseLicenceExpression(text)).toBeNull();
    },
  );
});

describe("isExpressionAllowed", () => {
  test.each([
    ["MIT", true],
    ["(MIT OR Apache-2.0)", true],
    // One acceptable option suffices.
    ["(MIT OR EUPL-1.1+)", true],
    ["(GPL-2.0-only OR MIT)", true],
    ["(GPL-2.0-only OR EPL-2.0)", false],
    // Every part of a conjunction must be acceptable.
    ["MIT AND Zlib", true],
    ["MIT and ISC", true],
    ["MIT AND GPL-2.0-only", false],
    ["(MIT OR GPL-2.0-only) AND EPL-2.0", false],
    ["(MIT OR GPL-2.0-only) AND Zlib", true],
    // An exception adds permissions; the licence it attaches to decides.
    ["Apache-2.0 WITH LLVM-exception", true],
    ["GPL-2.0-or-later WITH Classpath-exception-2.0", true],
    ["GPL-2.0-only WITH Classpath-exception-2.0", false],
  ])("%s → %s", (text, expected) => {
    const expression = parseLicenceExpression(text);
    expect(expression).not.toBeNull();
    expect(isExpressionAllowed(expression!)).toBe(expected);
  });
});

describe("readDeclaredLicence", () => {
  test.each([
    ["an SPDX string", { license: "MIT" }, "MIT"],
    ["a padded string", { license: " ISC " }, "ISC"],
    ["a legacy object", { license: { type: "BSD-3-Clause", url: "https://example.test" } }, "BSD-3-Clause"],
    ["a legacy list of one", { licenses: [{ type: "MIT" }] }, "MIT"],
    ["a legacy list as alternatives", { licenses: [{ type: "MIT" }, "Apache-2.0"] }, "(MIT OR Apache-2.0)"],
    ["`license` before `licenses`", { license: "ISC", licenses: [{ type: "MIT" }] }, "ISC"],
    ["nothing", {}, null],
    ["an empty string", { license: "" }, null],
    ["an empty list", { licenses: [] }, null],
    ["a list entry without a type", { licenses: [{ type: "MIT" }, { url: "https://example.test" }] }, null],
    ["a number", { license: 3 }, null],
  ])("%s", (_, manifest, expected) => {
    expect(readDeclaredLicence(manifest)).toBe(expected);
  });
});

describe("classifyPackage", () => {
  const exceptions: Record<string, LicenceException> = {
    "no-field": { kind: "metadata", declared: null, licence: "MIT", reason: "LICENSE file is MIT" },
    "odd-field": { kind: "metadata", declared: "SEE LICENSE IN LICENSE", licence: "GPL-2.0-only", reason: "read it" },
    "studio-layout": { kind: "separate-program", declared: "EPL-2.0", reason: "run by another program only" },
  };
  const pkg = (name: string, declared: string | null): InstalledPackage => ({ name, version: "1.0.0", declared, devOnly: false });

  test.each([
    ["an allowed licence", pkg("a", "MIT"), "allowed", "MIT"],
    ["an allowed alternative", pkg("a", "(MIT OR CC0-1.0)"), "allowed", "(MIT OR CC0-1.0)"],
    ["a licence not on the list", pkg("a", "GPL-2.0-only"), "not-allowed", "GPL-2.0-only"],
    ["no licence", pkg("a", null), "unknown", "(none)"],
    ["an unreadable licence", pkg("a", "SEE LICENSE IN LICENSE"), "unknown", "SEE LICENSE IN LICENSE"],
    ["a reviewed missing field", pkg("no-field", null), "excepted", "MIT"],
    ["a reviewed package that now declares something", pkg("no-field", "GPL-2.0-only"), "not-allowed", "GPL-2.0-only"],
    ["a reviewed field whose real licence is not allowed", pkg("odd-field", "SEE LICENSE IN LICENSE"), "not-allowed", "GPL-2.0-only"],
    ["a reviewed separate program", pkg("studio-layout", "EPL-2.0"), "excepted", "EPL-2.0"],
    ["a separate program under a new licence", pkg("studio-layout", "SSPL-1.0"), "not-allowed", "SSPL-1.0"],
    ["an inherited property name", pkg("constructor", null), "unknown", "(none)"],
  ])("%s", (_, input, status, licence) => {
    expect(classifyPackage(input, exceptions)).toMatchObject({ status, licence });
  });
});

describe("countByLicence", () => {
  test("counts each licence, exceptions apart, most common first", () => {
    expect(
      countByLicence([
        { status: "allowed", licence: "MIT" },
        { status: "allowed", licence: "ISC" },
        { status: "allowed", licence: "MIT" },
        { status: "unknown", licence: "(none)" },
        { status: "excepted", licence: "MIT", exception: { kind: "metadata", declared: null, licence: "MIT", reason: "" } },
      ]),
    ).toEqual([
      ["MIT", 2],
      ["(none)", 1],
      ["ISC", 1],
      ["MIT (exception)", 1],
    ]);
  });
});
