import "server-only";
import {
  applySkinAnalysis,
  computeAvoidModel,
  evaluateContraindications,
  type AvoidModel,
  type ContraindicationFlag,
  type SkinAnalysis,
} from "@/lib/contraindications";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient } from "@/lib/db/client";
import { getCurrentIntake, type CurrentIntake } from "@/lib/intake/queries";
import type { CatalogueProduct } from "./note-rules";
import type { ChartAppointment } from "@/lib/chart/access";

export interface ChartContext {
  intake: CurrentIntake;
  /** The rules that fire for this appointment's steps (the chart's list, with staff reasons). */
  flags: ContraindicationFlag[];
  /** What the client must avoid at this visit: the note's checks and the product picker read it. */
  avoid: AvoidModel;
  catalogue: CatalogueProduct[];
}

/**
 * The client's latest intake (an audited read), with the esthetician's analysis from the note
 * applied; its flags for this appointment's steps and date; the avoid model for the visit; and the
 * product catalogue. An expired intake still counts: the chart says it expired.
 */
export async function loadChartContext(
  client: DbClient,
  actor: Actor,
  appointment: ChartAppointment,
  options: { purpose: string; analysis?: SkinAnalysis | null },
): Promise<ChartContext> {
  const intake = await getCurrentIntake(client, appointment.clientId, {
    visitDate: appointment.visitDate,
    locationId: appointment.location.id,
    readerId: actor.userId,
    purpose: options.purpose,
  });
  const answers = intake.latest?.answers ?? null;
  const effective = answers ? applySkinAnalysis(answers, options.analysis).intake : null;
  const flags = effective
    ? evaluateContraindications({ intake: effective, steps: appointment.service.steps, visitDate: appointment.visitDate }).flags
    : [];
  const avoid = computeAvoidModel({ intake: answers, visitDate: appointment.visitDate, analysis: options.analysis });
  const catalogue = await client.product.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ingredients: true },
  });
  return { intake, flags, avoid, catalogue };
}
