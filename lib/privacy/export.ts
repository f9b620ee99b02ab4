import "server-only";
import PDFDocument from "pdfkit";
import { recordAudit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/assert-can";
import { rateLimited } from "@/lib/auth/commands";
import type { Actor } from "@/lib/auth/policy";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import type { RateLimitRule } from "@/lib/auth/rate-limit-window";
import { db } from "@/lib/db/client";
import { getLocalDate } from "@/lib/dates/local-date";
import { formatDateTime } from "@/lib/format/zoned";
import { drawLetterhead, drawRule, pageSizeFor, toWinAnsi } from "@/lib/homecare/pdf";
import { requireSpaLocation, type SpaLocation } from "@/lib/location/queries";
import { exportSections, readExportProfile, type ExportProfile, type ExportSection } from "./export-data";
import type { ExportFormat } from "./schema";

/** Exports per client per hour: each one reads everything, so a loop must not tie up the database. */
export const EXPORT_RULE: RateLimitRule = { name: "privacy-export:user", limit: 10, windowMs: 60 * 60_000 };

export const EXPORT_FORMAT_VERSION = 1;

export type DataExport = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };

/**
 * The client's data export (issue 14): everything held about them as JSON, or the same as a
 * readable PDF with the spa's letterhead. Authorised to the client themselves (the rows are read
 * by their own id, never from input), limited per hour, audited before the first byte goes out,
 * and streamed: rows are read a page at a time as the browser takes them.
 */
export async function startDataExport(actor: Actor, format: ExportFormat, now = new Date()): Promise<DataExport> {
  assertCan(actor, "privacy:export-own");
  const decision = await consumeRateLimit(EXPORT_RULE, actor.userId, { now });
  if (!decision.allowed) throw rateLimited(decision.retryAfterMs);
  const spa = await requireSpaLocation();
  const profile = await readExportProfile(actor);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, { action: "privacy.export", entityType: "app_user", entityId: actor.userId, details: { format } }),
  );
  const sections = exportSections(actor, spa);
  const filename = `glowbook-my-data-${getLocalDate(now, spa.timeZone)}.${format}`;
  if (format === "json") {
    return { body: textStream(jsonChunks(profile, sections, spa, now)), contentType: "application/json; charset=utf-8", filename };
  }
  return { body: pdfStream(profile, sections, spa, now), contentType: "application/pdf", filename };
}

async function* jsonChunks(profile: ExportProfile, sections: ExportSection[], spa: SpaLocation, now: Date): AsyncIterable<string> {
  const head = {
    format: "glowbook-personal-data",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    spa: { name: spa.name, address: spa.address, phone: spa.phone, email: spa.email, timeZone: spa.timeZone },
    profile,
  };
  yield JSON.stringify(head, null, 2).slice(0, -2);
  for (const section of sections) {
    yield `,\n  ${JSON.stringify(section.key)}: [`;
    let first = true;
    for await (const row of section.rows()) {
      yield `${first ? "" : ","}\n    ${JSON.stringify(row.json)}`;
      first = false;
    }
    yield first ? "]" : "\n  ]";
  }
  yield "\n}\n";
}

/** A pull-driven stream: the next chunk is produced only when the reader asks for it. */
function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

const INK = "#1c1917";
const MUTED = "#57534e";

/**
 * The same sections as a PDF (pdfkit, as the homecare plan: built-in fonts, WinAnsi text). Pages
 * leave as pdfkit finishes them; the next page of rows is read only after the previous one is written.
 */
function pdfStream(profile: ExportProfile, sections: ExportSection[], spa: SpaLocation, now: Date): ReadableStream<Uint8Array> {
  const t = toWinAnsi;
  const doc = new PDFDocument({
    size: pageSizeFor(spa.timeZone),
    margins: { top: 42, bottom: 42, left: 50, right: 50 },
    info: { Title: t(`Your data held by ${spa.name}`), Author: t(spa.name), Creator: "Glowbook" },
    lang: "en-US",
    displayTitle: true,
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const keep = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const write = async () => {
    drawLetterhead(doc, spa);
    doc.font("Helvetica-Bold").fontSize(17).fillColor(INK).text("Your data", { width });
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor(MUTED)
      .text(t(`Everything ${spa.name} holds about you, as of ${formatDateTime(now, spa.timeZone, { date: "long", time: "short" })}.`), {
        width,
      });
    doc.moveDown(0.6);
    heading("Your details");
    for (const [label, value] of [
      ["Name", profile.name],
      ["Email", profile.email],
      ["Phone", profile.phone],
      ["Client since", formatIso(profile.clientSince as string, spa.timeZone)],
      ["Last visit", profile.lastVisitAt ? formatIso(profile.lastVisitAt as string, spa.timeZone) : "none yet"],
      ["Preferred esthetician", profile.preferredEsthetician ?? "none"],
    ] as const) {
      line(`${label}: ${String(value ?? "—")}`);
    }
    const prefs = profile.emailPreferences as { reminders: boolean; rebookingNudges: boolean };
    line(`Email reminders: ${prefs.reminders ? "on" : "off"} · Reminders to rebook: ${prefs.rebookingNudges ? "on" : "off"}`);

    for (const section of sections) {
      heading(section.title);
      let any = false;
      for await (const row of section.rows()) {
        any = true;
        keep(30);
        doc.font("Helvetica-Bold").fontSize(10).fillColor(INK).text(t(row.title), left, doc.y, { width });
        for (const text of row.lines) line(text);
        doc.moveDown(0.3);
      }
      if (!any) line(section.empty, MUTED);
    }
    doc.moveDown(0.6);
    drawRule(doc);
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(MUTED)
      .text(t(`The same data in a machine-readable file: the JSON download on your privacy page. Questions: ${spa.email}.`), { width });
    doc.end();
  };
  const heading = (text: string) => {
    keep(60);
    doc.moveDown(0.5);
    doc.font("Helvetica-Bold").fontSize(13).fillColor(INK).text(t(text), left, doc.y, { width });
    doc.moveDown(0.2);
  };
  const line = (text: string, color = INK) => {
    doc
      .font("Helvetica")
      .fontSize(9.5)
      .fillColor(color)
      .text(t(text), left + 8, doc.y, { width: width - 8 });
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      doc.on("end", () => controller.close());
      doc.on("error", (error: Error) => controller.error(error));
      write().catch((error: unknown) => controller.error(error));
    },
  });
}

function formatIso(value: string, timeZone: string): string {
  return formatDateTime(new Date(value), timeZone, { date: "long" });
}
