import "server-only";
import { evaluateContraindications, type ContraindicationFlag } from "@/lib/contraindications";
import type { Actor } from "@/lib/auth/policy";
import type { DbClient } from "@/lib/db/client";
import { getCurrentIntake, type CurrentIntake } from "@/lib/intake/queries";
import type { CatalogueProduct } from "./note-rules";
import type { ChartAppointment } from "@/lib/chart/access";

export interface ChartContext {
  intake: CurrentIntake;
  flags: ContraindicationFlag[];
  catalogue: CatalogueProduct[];
}

/**
 * The client's latest intake (an audited read), its flags for this appointment's steps and date,
 * and the product catalogue. An expired intake still raises its flags: the chart says it expired.
 */
export async function loadChartContext(
  client: DbClient,
  actor: Actor,
  appointment: ChartAppointment,
  purpose: string,
): Promise<ChartContext> {
  const intake = await getCurrentIntake(client, appointment.clientId, {
    visitDate: appointment.visitDate,
    locationId: appointment.location.id,
    readerId: actor.userId,
    purpose,
  });
  const flags = intake.latest
    ? evaluateContraindications({ intake: intake.latest.answers, steps: appointment.service.steps, visitDate: appointment.visitDate }).flags
    : [];
  const catalogue = await client.product.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ingredients: true },
  });
  return { intake, flags, catalogue };
}
