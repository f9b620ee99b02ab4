import "server-only";
import {
  blockedStepsOf,
  flagsBySeverity,
  type AvoidModel,
  type ContraindicationFlag,
  type Severity,
  type TreatmentStep,
} from "@/lib/contraindications";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { diffIntake, type IntakeChange } from "@/lib/intake";
import type { CurrentIntake } from "@/lib/intake/queries";
import { auditChart, requireChartAppointment, type ChartAppointment } from "@/lib/chart/access";
import { loadChartContext } from "./flags";
import { OPEN_REVIEW } from "@/lib/booking/review/recheck";
import { openReviewSelect, toOpenReview, type OpenReview } from "@/lib/booking/review/queries";
import { productCautions, productCheck, productRefusal, signOpensAt } from "./note-rules";
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
  /** What to check on the label before using it (an unreadable allergy, no intake); null when nothing. */
  check: string | null;
}

export interface Chart {
  appointment: ChartAppointment;
  intake: CurrentIntake;
  changes: IntakeChange[];
  flags: Record<Severity, ContraindicationFlag[]>;
  blockedSteps: TreatmentStep[];
  /** What the client must avoid at this visit, with the note's analysis applied. */
  avoid: AvoidModel;
  note: ChartNote;
  /** The note can be signed from this instant on (the visit's start, less a small clock tolerance). */
  signOpensAt: Date;
  /** Open when a new intake or a move ruled the booked treatment out on its date. */
  review: OpenReview | null;
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
  const [noteRow, pastVisits, reviews] = await Promise.all([
    findNote(appointment.id),
    loadPastVisits(appointment),
    db.appointmentReview.findMany({ where: { appointmentId: appointment.id, ...OPEN_REVIEW.where }, take: 1, select: openReviewSelect }),
  ]);
  const analysis = noteRow ? readNoteContent(noteRow.content).analysis : null;
  const { intake, flags, avoid, catalogue } = await loadChartContext(db, actor, appointment, { purpose: "chart", analysis });
  const blocked = blockedStepsOf(avoid, appointment.service.steps);
  const check = productCheck(avoid);
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
    avoid,
    note,
    signOpensAt: signOpensAt(appointment.startsAt),
    review: toOpenReview(reviews),
    products: catalogue.map((product) => ({
      ...product,
      ingredients: [...product.ingredients],
      refusal: productRefusal(product, avoid),
      cautions: productCautions(product, avoid),
      check,
    })),
    pastVisits,
  };
}
