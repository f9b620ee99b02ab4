import PDFDocument from "pdfkit";
import { formatLocalDate } from "@/lib/format/calendar";
import { formatDateTime } from "@/lib/format/zoned";
import { SECTION_LABELS } from "./schema";
import { PLAN_SECTIONS, type HomecarePlan } from "./types";

/** What the PDF shows: the published plan and who and where it is for. */
export interface HomecarePdfInput {
  plan: HomecarePlan;
  clientName: string;
  serviceName: string;
  staffName: string;
  visitStartsAt: Date;
  /** The spa's IANA zone: the visit time is shown as the spa's wall clock. */
  timeZone: string;
  spa: { name: string; address: string; phone: string; email: string };
}

/** Letter in the Americas (where the paper is Letter), A4 elsewhere. */
export function pageSizeFor(timeZone: string): "LETTER" | "A4" {
  return timeZone.startsWith("America/") ? "LETTER" : "A4";
}

// pdfkit's built-in fonts (no font files to ship) encode text as WinAnsi: Latin-1 plus a few
// typographic marks. Anything else would print as garbage, so it is spelled out or replaced.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SPELLED: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "−": "-",
  "‐": "-",
  "‑": "-",
  "\u202f": " ",
  "\u2009": " ",
  "\u00a0": " ",
};

export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if (SPELLED[char] !== undefined) out += SPELLED[char];
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char) || char === "\n") out += char;
    else {
      // "ő" → "o": drop the accent rather than the letter; scripts Latin-1 cannot show become "?".
      const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
      out += /^[\x20-\x7e\xa0-\xff]+$/.test(base) ? base : "?";
    }
  }
  return out;
}

const INK = "#1c1917";
const MUTED = "#57534e";
const RULE = "#d6d3d1";
const BODY = 10;
const SMALL = 8;
const BULLET_INDENT = 12;

type Doc = InstanceType<typeof PDFDocument>;

/** A thin rule across the text width, with a little space after it. */
export function drawRule(doc: Doc): void {
  const left = doc.page.margins.left;
  doc
    .moveTo(left, doc.y)
    .lineTo(doc.page.width - doc.page.margins.right, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.y += 6;
}

/** The spa's name, address and contacts at the top of a page, then a rule (the privacy export's first page). */
export function drawLetterhead(doc: Doc, spa: { name: string; address: string; phone: string; email: string }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(toWinAnsi(spa.name), left, doc.y, { width });
  doc
    .font("Helvetica")
    .fontSize(SMALL + 1)
    .fillColor(MUTED);
  doc.text(toWinAnsi(spa.address), { width });
  doc.text(toWinAnsi([spa.phone, spa.email].filter(Boolean).join("  ·  ")), { width });
  doc.moveDown(0.6);
  drawRule(doc);
}

type Spa = HomecarePdfInput["spa"];

/** Room above the text on every page for the spa's header (drawPageHeader). */
const HEADER_HEIGHT = 46;
const HEADER_TOP = 28;

/**
 * The spa's name and contacts above the text of one page, then a rule: on every page, so a printed
 * second page still says whose plan it is and how to reach them. Drawn into the top margin.
 */
function drawPageHeader(doc: Doc, spa: Spa, page: { number: number; count: number }): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const pageLabel = `Homecare plan · page ${page.number} of ${page.count}`;
  doc.font("Helvetica").fontSize(SMALL).fillColor(MUTED);
  const labelWidth = doc.widthOfString(pageLabel);
  doc.text(pageLabel, left + width - labelWidth, HEADER_TOP + 2, { width: labelWidth, lineBreak: false });
  doc
    .font("Helvetica-Bold")
    .fontSize(11)
    .fillColor(INK)
    .text(toWinAnsi(spa.name), left, HEADER_TOP, { width: width - labelWidth - 12, lineBreak: false, ellipsis: true });
  doc
    .font("Helvetica")
    .fontSize(SMALL + 1)
    .fillColor(MUTED);
  const contacts = [spa.address, spa.phone, spa.email].filter(Boolean).join("  ·  ");
  doc.text(toWinAnsi(contacts), left, HEADER_TOP + 15, { width, height: 24, ellipsis: true });
  const ruleY = HEADER_TOP + HEADER_HEIGHT - 6;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/**
 * The client's published plan as a PDF (one or two pages for a typical plan): the spa's details,
 * who it is for and the visit, the key dates, then every section with each line and, smaller,
 * why it is there. Pure: same input, same pages (apart from pdfkit's creation timestamp).
 */
export function renderHomecarePdf(input: HomecarePdfInput): Promise<Buffer> {
  const { plan, spa } = input;
  const t = toWinAnsi;
  const doc = new PDFDocument({
    size: pageSizeFor(input.timeZone),
    margins: { top: HEADER_TOP + HEADER_HEIGHT + 4, bottom: 42, left: 50, right: 50 },
    info: { Title: t(`Homecare plan - ${input.clientName} - ${plan.visitDate}`), Author: t(spa.name), Creator: "Glowbook" },
    lang: "en-US",
    displayTitle: true,
    // Every page's header is drawn once the page count is known.
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const rule = () => drawRule(doc);
  /** A new page when fewer than `height` points are left, so a heading never ends a page alone. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Who and what the plan is for (the spa is in every page's header).
  doc.font("Helvetica-Bold").fontSize(17).fillColor(INK).text("Your homecare plan", { width });
  doc
    .font("Helvetica")
    .fontSize(BODY + 1)
    .fillColor(INK)
    .text(t(`For ${input.clientName}`), { width });
  doc
    .fontSize(BODY)
    .fillColor(MUTED)
    .text(
      t(
        `After your ${input.serviceName} on ${formatDateTime(input.visitStartsAt, input.timeZone, { date: "long", time: "short" })} with ${input.staffName}`,
      ),
      { width },
    );
  doc.moveDown(0.6);

  // Key dates: when actives may resume and the next-visit window.
  const keyDate = (label: string, value: string, reason: string) => {
    keep(40);
    doc.font("Helvetica-Bold").fontSize(BODY).fillColor(INK).text(t(label), { width, continued: true });
    doc.font("Helvetica").text(t(`  ${value}`), { width });
    doc
      .fontSize(SMALL)
      .fillColor(MUTED)
      .text(t(`Why: ${reason}`), { width });
    doc.moveDown(0.35);
  };
  if (plan.activesResumeOn) {
    const exceptions = (plan.activesResumeOn.exceptions ?? []).map((exception) => ` ${exception.text}`).join("");
    keyDate("Actives may resume on", formatLocalDate(plan.activesResumeOn.date, "full"), `${plan.activesResumeOn.reason}${exceptions}`);
  }
  keyDate(
    "Your next visit",
    plan.nextVisit.bookable === false
      ? "talk to us before booking your next treatment"
      : `between ${formatLocalDate(plan.nextVisit.from, "long")} and ${formatLocalDate(plan.nextVisit.to, "long")}`,
    plan.nextVisit.reason,
  );
  doc.moveDown(0.2);
  rule();

  for (const section of PLAN_SECTIONS) {
    const lines = plan.sections[section];
    if (lines.length === 0) continue;
    keep(50);
    doc.moveDown(0.3);
    doc.font("Helvetica-Bold").fontSize(12).fillColor(INK).text(t(SECTION_LABELS[section]), left, doc.y, { width });
    doc.moveDown(0.2);
    for (const line of lines) {
      const text = t(line.text);
      const reason = line.reason.trim() ? t(`Why: ${line.reason}`) : "";
      const textWidth = width - BULLET_INDENT;
      doc.font("Helvetica").fontSize(BODY);
      const textHeight = doc.heightOfString(text, { width: textWidth });
      doc.fontSize(SMALL);
      const reasonHeight = reason ? doc.heightOfString(reason, { width: textWidth }) : 0;
      keep(textHeight + reasonHeight + 4);
      const top = doc.y;
      doc.font("Helvetica").fontSize(BODY).fillColor(INK).text("•", left, top, { width: BULLET_INDENT, lineBreak: false });
      doc.text(text, left + BULLET_INDENT, top, { width: textWidth });
      if (reason)
        doc
          .fontSize(SMALL)
          .fillColor(MUTED)
          .text(reason, left + BULLET_INDENT, doc.y, { width: textWidth });
      doc.y += 3.5;
    }
  }

  keep(40);
  doc.moveDown(0.4);
  rule();
  doc
    .font("Helvetica")
    .fontSize(SMALL + 1)
    .fillColor(MUTED)
    .text(t(`Questions about your skin or this plan? Call ${spa.phone} or write to ${spa.email}.`), left, doc.y, { width });

  const pages = doc.bufferedPageRange();
  for (let index = pages.start; index < pages.start + pages.count; index++) {
    doc.switchToPage(index);
    drawPageHeader(doc, spa, { number: index - pages.start + 1, count: pages.count });
  }
  doc.end();
  return done;
}
