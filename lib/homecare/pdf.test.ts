import { inflateSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { pageSizeFor, renderHomecarePdf, toWinAnsi, type HomecarePdfInput } from "./pdf";
import { homecarePdfFilename, homecarePdfHref } from "./pdf-file";
import { PLAN_SECTIONS, type HomecarePlan } from "./types";
import { planFor } from "@/tests/support/homecare";

const spa = {
  name: "Glowbook Midtown",
  address: "120 W 44th St, New York, NY 10036",
  phone: "+1 212 555 0100",
  email: "hello@glowbook.test",
};

function input(plan: HomecarePlan, patch: Partial<HomecarePdfInput> = {}): HomecarePdfInput {
  return {
    plan,
    clientName: "Noor Haddad",
    serviceName: "Deep Pore Cleansing Facial",
    staffName: "Ava Martinez",
    visitStartsAt: new Date("2030-03-12T15:00:00Z"),
    timeZone: "America/New_York",
    spa,
    ...patch,
  };
}

/** Page objects, not the /Pages tree node. pdfkit writes object dictionaries uncompressed. */
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type \/Page[^s]/g)?.length ?? 0;

// WinAnsi is Latin-1 but for 0x80–0x9F (Node's TextDecoder treats windows-1252 as Latin-1).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const winAnsi = {
  decode: (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join(""),
};

/** The text shown on each page: every content stream (one per page) inflated, the hex strings of TJ decoded. */
function pageTexts(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
  return streams
    .map((stream) =>
      stream
        .split(/\n/)
        .filter((line) => line.endsWith("TJ"))
        .map((line) => [...line.matchAll(/<([0-9a-f]*)>/g)].map((m) => winAnsi.decode(Buffer.from(m[1]!, "hex"))).join(""))
        .join("\n"),
    )
    .filter((text) => text !== "");
}

const shownText = (pdf: Buffer) => pageTexts(pdf).join("\n");

// The engine's fixtures: a typical plan, and one of the longest (oily, acne-prone, pregnant, allergic).
const typical = planFor({});
const long = planFor(
  {
    pregnancy: { pregnant: true },
    skin: { type: "oily", concerns: ["acne", "fine-lines"] },
    skinHistory: { rosacea: true },
    allergies: { ingredients: ["tea-tree-oil"], other: "chamomile" },
  },
  { skinResponse: "Mild redness on the nose and chin; settled before leaving." },
);

describe("renderHomecarePdf", () => {
  test("is a PDF of one or two pages for a typical plan", async () => {
    const pdf = await renderHomecarePdf(input(typical));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toMatch(/%%EOF/);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });

  test("a long plan still fits on two pages, on A4 as on Letter", async () => {
    const lines = PLAN_SECTIONS.reduce((n, s) => n + long.sections[s].length, 0);
    expect(lines).toBeGreaterThanOrEqual(PLAN_SECTIONS.reduce((n, s) => n + typical.sections[s].length, 0));
    for (const timeZone of ["America/New_York", "Europe/London"]) {
      const pdf = await renderHomecarePdf(input(long, { timeZone }));
      expect(pageCount(pdf), timeZone).toBeLessThanOrEqual(2);
      expect(pdf.toString("latin1")).toMatch(
        timeZone === "Europe/London" ? /\/MediaBox \[0 0 595\.28 841\.89\]/ : /\/MediaBox \[0 0 612 792\]/,
      );
    }
  });

  test("shows the spa, the client, the visit, every section's lines with their reasons, and the next-visit window", async () => {
    const text = shownText(await renderHomecarePdf(input(typical)));
    for (const expected of [
      spa.name,
      spa.address,
      spa.phone,
      "For Noor Haddad",
      "Deep Pore Cleansing Facial",
      "Ava Martinez",
      "Your next visit",
      "April 9, 2030",
      "April 23, 2030",
    ]) {
      expect(text, expected).toContain(expected);
    }
    const flat = text.replace(/\s+/g, "");
    const squash = (s: string) => toWinAnsi(s).replace(/\s+/g, "");
    for (const section of PLAN_SECTIONS) {
      for (const line of typical.sections[section]) {
        expect(flat, line.id).toContain(squash(line.text));
        expect(flat, line.id).toContain(squash(`Why: ${line.reason}`));
      }
    }
  });

  test("a plan with many edits added spills onto further pages rather than losing lines", async () => {
    const added = Array.from({ length: 40 }, (_, i) => ({
      id: `custom.${i}`,
      text: `Extra advice number ${i} with enough words to wrap onto a second line of the page`,
      reason: "Added",
      source: "esthetician",
    }));
    const plan = { ...typical, sections: { ...typical.sections, weekly: [...typical.sections.weekly, ...added] } };
    const pdf = await renderHomecarePdf(input(plan));
    expect(pageCount(pdf)).toBeGreaterThan(1);
    expect(shownText(pdf)).toContain("Extra advice number 39");
  });

  test("every page carries the spa's name, address, phone and email as its header, and its page number", async () => {
    const added = Array.from({ length: 60 }, (_, i) => ({
      id: `custom.${i}`,
      text: `Extra advice number ${i}`,
      reason: "Added",
      source: "esthetician",
    }));
    const plan = { ...typical, sections: { ...typical.sections, weekly: [...typical.sections.weekly, ...added] } };
    const pdf = await renderHomecarePdf(input(plan));
    const pages = pageTexts(pdf);
    expect(pages.length).toBe(pageCount(pdf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, index) => {
      const page = `page ${index + 1}`;
      for (const expected of [spa.name, spa.address, spa.phone, spa.email, `page ${index + 1} of ${pages.length}`]) {
        expect(text, `${page}: ${expected}`).toContain(expected);
      }
    });
    // The body's own text is on the first page only (the header is not a second copy of it).
    expect(pages.filter((text) => text.includes("For Noor Haddad"))).toHaveLength(1);
  });
});

describe("helpers", () => {
  test("the link and the filename (the visit date only)", () => {
    expect(homecarePdfHref("abc")).toBe("/api/v1/homecare/abc.pdf");
    expect(homecarePdfFilename(typical)).toBe(`glowbook-homecare-${typical.visitDate}.pdf`);
  });
  test("paper: Letter in the Americas, A4 elsewhere", () => {
    expect(pageSizeFor("America/New_York")).toBe("LETTER");
    expect(pageSizeFor("Europe/Paris")).toBe("A4");
  });
  test("text outside the built-in fonts' encoding is spelled out, stripped of accents or replaced", () => {
    expect(toWinAnsi("5–7 days → 4 weeks")).toBe("5–7 days -> 4 weeks");
    expect(toWinAnsi("Zoë Lőrinc 李")).toBe("Zoë Lorinc ?");
    expect(toWinAnsi("3:00\u202fPM")).toBe("3:00 PM");
  });
});
