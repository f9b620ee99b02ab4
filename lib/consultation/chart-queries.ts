import "server-only";
import { flagsBySeverity } from "@/lib/contraindications";
import { blockedSteps, type ContraindicationFlag, type Severity } from "@/lib/contraindications";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { diffIntake, type IntakeChange } from "@/lib/intake";
import type { CurrentIntake } from "@/lib/intake/queries";
import { auditChart, requireChartAppointment, type ChartAppointment } from "@/lib/chart/access";
import { loadChartContext } from "./flags";
import { productCautions, productRefusal } from "./note-rules";
import { initialNoteContent, readNoteContent, type NoteContent } from "./schema";

const noteSelect = {
  id: true,
  content: true,
  signedAt: true,
  updatedAt: true,
  author: { select: { name: true } },
  amendments: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true, author: { select: { name: true } } } },
} as const;

type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

export interface ChartNote {
  id: string | null;
  content: NoteContent;
  signedAt: Date | null;
  updatedAt: Date | null;
  authorName: string | null;
  amendments: { id: string; text: string; createdAt: Date; authorName: string }[];
}

export interface ChartProduct {
  id: string;
  name: string;
  ingredients: string[];
  refusal: string | null;
  cautions: string[];
}

export interface Chart {
  appointment: ChartAppointment;
  intake: CurrentIntake;
  changes: IntakeChange[];
  flags: Record<Severity, ContraindicationFlag[]>;
  blockedSteps: ReturnType<typeof blockedSteps>;
  note: ChartNote;
  products: ChartProduct[];
  pastVisits: { id: string; startsAt: Date; serviceName: string; staffName: string; note: ChartNote | null }[];
}

function findNote(appointmentId: string) {
  return db.treatmentNote.findUnique({ where: { appointmentId }, select: noteSelect });
}

function toChartNote(row: NoteRow): ChartNote {
  return {
    id: row.id,
    content: readNoteContent(row.content),
    signedAt: row.signedAt,
    updatedAt: row.updatedAt,
    authorName: row.author.name,
    amendments: row.amendments.map((a) => ({ id: a.id, text: a.text, createdAt: a.createdAt, authorName: a.author.name })),
  };
}

/** Earlier visits of the same client, latest first, each with its signed note. */
async function loadPastVisits(appointment: ChartAppointment) {
  const rows = await db.appointment.findMany({
    where: { clientId: appointment.clientId, startsAt: { lt: appointment.startsAt }, status: { notIn: ["CANCELLED", "LATE_CANCELLED"] } },
    orderBy: { startsAt: "desc" },
    take: 20,
    select: {
      id: true,
      startsAt: true,
      service: { select: { name: true } },
      staff: { select: { displayName: true } },
      treatmentNote: { select: noteSelect },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    serviceName: row.service.name,
    staffName: row.staff.displayName,
    note: row.treatmentNote?.signedAt ? toChartNote(row.treatmentNote) : null,
  }));
}

/**
 * The esthetician's chart for one appointment: client, intake with changes, flags by severity,
 * the note (or a new one prefilled from the service, flagged steps skipped), the catalogue with
 * refusals, and past visits. Inside the actor's scope only; every read is audited.
 */
export async function getChart(actor: Actor, appointmentId: string): Promise<Chart> {
  const appointment = await requireChartAppointment(actor, appointmentId);
  const { intake, flags, catalogue } = await loadChartContext(db, actor, appointment, "chart");
  const blocked = blockedSteps(flags);
  const [noteRow, pastVisits] = await Promise.all([findNote(appointment.id), loadPastVisits(appointment)]);
  await auditChart(db, actor, { action: "chart.read", appointmentId: appointment.id });
  const note: ChartNote = noteRow
    ? toChartNote(noteRow)
    : {
        id: null,
        content: initialNoteContent(appointment.service.steps, blocked),
        signedAt: null,
        updatedAt: null,
        authorName: null,
        amendments: [],
      };
  return {
    appointment,
    intake,
    changes: intake.latest && intake.previous ? diffIntake(intake.previous.answers, intake.latest.answers) : [],
    flags: flagsBySeverity(flags),
    blockedSteps: blocked,
    note,
    products: catalogue.map((product) => ({
      ...product,
      ingredients: [...product.ingredients],
      refusal: productRefusal(product, flags),
      cautions: productCautions(product, flags),
    })),
    pastVisits,
  };
}
