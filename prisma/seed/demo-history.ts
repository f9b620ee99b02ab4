import { recordAudit } from "@/lib/audit/record";
import { checkNote, productCheck, productRefusal, type CatalogueProduct } from "@/lib/consultation/note-rules";
import { noteContentSchema, type NoteContent } from "@/lib/consultation/schema";
import { blockedStepsOf, computeAvoidModel, serviceBlock, type TreatmentStep } from "@/lib/contraindications";
import { addDays, getLocalDate, isoWeekdayOf, type LocalDate } from "@/lib/dates/local-date";
import type { Db, JsonInput } from "@/lib/db/client";
import { buildHomecarePlan } from "@/lib/homecare/engine";
import { avoidModelForPlan } from "@/lib/homecare/avoid-model";
import { answerNoToEverything, overlay } from "@/lib/intake/defaults";
import { createIntakeSchema, INTAKE_FORM_VERSION, type IntakeAnswers, type IntakeInput } from "@/lib/intake/schema";
import { computeBlockedInterval, listSlots, pickResources, type Interval, type Slot, type WeeklyHours } from "@/lib/scheduling";
import { createRandom } from "./random";
import type { DemoClient } from "./demo-clients";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type HistoryContext = {
  now: Date;
  location: { id: string; timeZone: string };
  staff: { id: string; userId: string; name: string; hours: WeeklyHours; serviceSlugs: string[] }[];
  services: Map<
    string,
    {
      id: string;
      name: string;
      durationMinutes: number;
      bufferBeforeMinutes: number;
      bufferAfterMinutes: number;
      priceCents: number;
      currency: string;
      steps: TreatmentStep[];
      resources: { kind: string; quantity: number }[];
    }
  >;
  resources: { id: string; kind: string }[];
  clients: { id: string; demo: DemoClient }[];
  frontDesk: { userId: string };
};

const DAYS_EACH_WAY = 14;
const MINUTE = 60_000;

/**
 * A lived-in fortnight either side of `now` for the demo spa: visits across the estheticians
 * placed by the availability engine itself (so every one lies inside working hours, with its
 * buffers, on free rooms and equipment, which the exclusion constraints check again), completed
 * visits with signed notes and published homecare plans drafted by the homecare engine, one
 * no-show, one late and one ordinary cancellation, and a flagged client booked by the desk with an
 * audited override. Everything follows the product's rules: only visits that have ended are
 * completed and carry a signed note, no-shows are in the past, a late cancellation falls inside
 * the 24-hour window. Deterministic for a given start day.
 */
export async function seedDemoHistory(tx: Tx, context: HistoryContext): Promise<void> {
  const { now, location } = context;
  const today = getLocalDate(now, location.timeZone);
  const random = createRandom(Number(today.replaceAll("-", "")));
  const intakes = await seedIntakes(tx, context, today);
  const catalogue = await tx.product.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, ingredients: true },
  });
  const busy = { staff: new Map<string, Interval[]>(), resources: new Map<string, Interval[]>(), clients: new Map<string, Interval[]>() };
  const visits: Visit[] = [];
  for (let offset = -DAYS_EACH_WAY; offset <= DAYS_EACH_WAY; offset++) {
    const date = addDays(today, offset);
    for (const member of context.staff) {
      if (!member.hours[isoWeekdayOf(date)]) continue;
      const wanted = 2 + Math.floor(random() * 3);
      for (let n = 0; n < wanted; n++) {
        const visit = placeVisit(context, {
          date,
          member,
          random,
          busy,
          pickClient: (candidates) => candidates[Math.floor(random() * candidates.length)],
        });
        if (visit) visits.push(visit);
      }
    }
  }
  const sofia = context.clients.find((client) => client.demo.flagged);
  if (sofia) {
    const flaggedVisit = bookFlaggedVisit(context, { today, sofia, busy, random });
    if (flaggedVisit) visits.push(flaggedVisit);
  }
  assignOutcomes(visits, now);
  for (const visit of visits.sort((a, b) => a.slot.start - b.slot.start)) {
    await insertVisit(tx, context, visit, { intakes, catalogue });
  }
}

type Visit = {
  slot: Slot;
  staff: HistoryContext["staff"][number];
  serviceSlug: string;
  clientId: string;
  resourceIds: string[];
  status: "BOOKED" | "CHECKED_IN" | "COMPLETED" | "NO_SHOW" | "CANCELLED" | "LATE_CANCELLED";
  overrideBy?: string;
};

type Busy = { staff: Map<string, Interval[]>; resources: Map<string, Interval[]>; clients: Map<string, Interval[]> };

function placeVisit(
  context: HistoryContext,
  options: {
    date: LocalDate;
    member: HistoryContext["staff"][number];
    random: () => number;
    busy: Busy;
    serviceSlug?: string;
    pickClient: (candidates: HistoryContext["clients"]) => HistoryContext["clients"][number] | undefined;
  },
): Visit | null {
  const { date, member, random, busy } = options;
  const slug = options.serviceSlug ?? member.serviceSlugs[Math.floor(random() * member.serviceSlugs.length)]!;
  const service = context.services.get(slug)!;
  const spec = {
    durationMinutes: service.durationMinutes,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    resources: service.resources,
  };
  // The engine sees the day as bookable from the start (history is placed as it was booked).
  const slots = listSlots({
    timeZone: context.location.timeZone,
    policy: { slotIntervalMinutes: 15, minNoticeMinutes: 0, maxAdvanceDays: 3650 },
    now: Date.parse(`${addDays(date, -2)}T00:00:00Z`),
    range: { from: date, to: date },
    service: spec,
    staff: [{ id: member.id, weeklyHours: member.hours, blocked: busy.staff.get(member.id) ?? [] }],
    resources: context.resources.map((resource) => ({ ...resource, blocked: busy.resources.get(resource.id) ?? [] })),
  }).filter((slot) => slot.start % (30 * MINUTE) === 0);
  if (slots.length === 0) return null;
  const slot = slots[Math.floor(random() * slots.length)]!;
  const blocked = computeBlockedInterval(spec, slot.start);
  const visitTime = { start: slot.start, end: slot.end };
  const free = context.clients.filter(
    (client) =>
      !client.demo.flagged &&
      !(busy.clients.get(client.id) ?? []).some((other) => other.start < visitTime.end && other.end > visitTime.start),
  );
  const client = options.pickClient(free);
  const resourceIds = pickResources({
    slot,
    service: spec,
    resources: context.resources.map((resource) => ({ ...resource, blocked: busy.resources.get(resource.id) ?? [] })),
  });
  if (!client || !resourceIds) return null;
  const push = (map: Map<string, Interval[]>, key: string, interval: Interval) => map.set(key, [...(map.get(key) ?? []), interval]);
  push(busy.staff, member.id, blocked);
  for (const id of resourceIds) push(busy.resources, id, blocked);
  push(busy.clients, client.id, visitTime);
  return { slot, staff: member, serviceSlug: slug, clientId: client.id, resourceIds, status: "BOOKED" };
}

/** The flagged client's next visit: an Express Facial (its exfoliation is BLOCKed), booked by the desk with an override. */
function bookFlaggedVisit(
  context: HistoryContext,
  options: { today: LocalDate; sofia: HistoryContext["clients"][number]; busy: Busy; random: () => number },
) {
  for (let offset = 1; offset <= DAYS_EACH_WAY; offset++) {
    const date = addDays(options.today, offset);
    for (const member of context.staff) {
      if (!member.hours[isoWeekdayOf(date)] || !member.serviceSlugs.includes("express-facial")) continue;
      const visit = placeVisit(context, {
        date,
        member,
        random: options.random,
        busy: options.busy,
        serviceSlug: "express-facial",
        pickClient: () => options.sofia,
      });
      if (visit) return { ...visit, overrideBy: context.frontDesk.userId };
    }
  }
  return null;
}

/** What became of each visit by `now`: the past mostly completed, one no-show, one late and one plain cancellation. */
function assignOutcomes(visits: Visit[], now: Date): void {
  const nowMs = now.getTime();
  const past = visits.filter((visit) => visit.slot.end <= nowMs).sort((a, b) => a.slot.start - b.slot.start);
  for (const visit of visits) {
    if (visit.slot.end <= nowMs) visit.status = "COMPLETED";
    else if (visit.slot.start <= nowMs) visit.status = "CHECKED_IN";
  }
  const [noShow, late, cancelled] = [
    past[Math.floor(past.length / 3)],
    past[Math.floor(past.length / 2)],
    past[Math.floor((past.length * 2) / 3)],
  ];
  if (noShow) noShow.status = "NO_SHOW";
  if (late) late.status = "LATE_CANCELLED";
  if (cancelled) cancelled.status = "CANCELLED";
  const future = visits.filter((visit) => visit.slot.start > nowMs + 3 * 24 * 60 * MINUTE && !visit.overrideBy);
  const cancelledAhead = future[Math.floor(future.length / 2)];
  if (cancelledAhead) cancelledAhead.status = "CANCELLED";
}

async function seedIntakes(tx: Tx, context: HistoryContext, today: LocalDate): Promise<Map<string, IntakeAnswers>> {
  const answers = new Map<string, IntakeAnswers>();
  for (const [index, client] of context.clients.entries()) {
    if (client.demo.intake === "missing") continue;
    const submittedOn = client.demo.intake === "expired" ? addDays(today, -240) : addDays(today, -30 - index);
    const input = overlay<IntakeInput>(
      {
        contact: { fullName: client.demo.name, email: client.demo.email ?? "", phone: client.demo.phone },
        emergencyContact: { name: `${client.demo.name.split(" ")[0]}'s family`, phone: "+1 212 555 0100", relationship: "Family" },
        physician: { name: "", phone: "" },
        ...answerNoToEverything(),
        consent: { agreed: true, signature: client.demo.name },
      },
      {
        lifestyle: { sunExposure: "moderate" },
        skin: { type: client.demo.skin.type, fitzpatrick: "III", concerns: client.demo.skin.concerns },
        ...(client.demo.flagged ? { actives: { isotretinoin: { status: "stopped", lastUsedOn: addDays(today, -90), details: "" } } } : {}),
      },
    );
    const parsed = createIntakeSchema({ today: submittedOn }).parse(input);
    answers.set(client.id, parsed);
    const submittedAt = new Date(`${submittedOn}T15:00:00Z`);
    await tx.intakeSubmission.create({
      data: {
        clientId: client.id,
        formVersion: INTAKE_FORM_VERSION,
        answers: JSON.parse(JSON.stringify(parsed)) as JsonInput,
        submittedOn: new Date(`${submittedOn}T00:00:00Z`),
        submittedAt,
        signature: client.demo.name,
        consentAgreed: true,
      },
    });
  }
  return answers;
}

const NOTE_TEXT: Record<string, Pick<NoteContent, "subjective" | "assessment" | "plan">> = {
  "deep-pore-cleansing-facial": {
    subjective: "Wants clearer pores on the nose and chin before an event.",
    assessment: "Steam, gentle extractions on the T-zone, clarifying mask.",
    plan: "Homecare as published; next deep cleanse in 4–6 weeks.",
  },
  "express-facial": {
    subjective: "Short on time, skin feels dull.",
    assessment: "Cleanse, light exfoliation, mask.",
    plan: "Repeat monthly.",
  },
  "hydrating-facial": {
    subjective: "Skin feels tight after travel.",
    assessment: "Hydrating massage and mask, no exfoliation.",
    plan: "Richer moisturiser at night.",
  },
  "salicylic-acid-peel": {
    subjective: "Breakouts along the jaw.",
    assessment: "Salicylic peel, even frost, skin calm after.",
    plan: "Pause actives for 3 days.",
  },
  "led-therapy": { subjective: "Healing breakouts.", assessment: "Blue and red LED, 20 minutes.", plan: "Series of six sessions." },
};

async function insertVisit(
  tx: Tx,
  context: HistoryContext,
  visit: Visit,
  data: { intakes: Map<string, IntakeAnswers>; catalogue: CatalogueProduct[] },
) {
  const service = context.services.get(visit.serviceSlug)!;
  const startsAt = new Date(visit.slot.start);
  const endsAt = new Date(visit.slot.end);
  const interval = computeBlockedInterval(
    {
      durationMinutes: service.durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      resources: [],
    },
    visit.slot.start,
  );
  const blocked = { blockedFrom: new Date(interval.start), blockedUntil: new Date(interval.end) };
  const cancelled = visit.status === "CANCELLED" || visit.status === "LATE_CANCELLED";
  // A late cancellation came from the client five hours before; a plain one three days before.
  const cancelledAt = cancelled ? new Date(visit.slot.start - (visit.status === "LATE_CANCELLED" ? 5 * 60 : 3 * 24 * 60) * MINUTE) : null;
  const appointment = await tx.appointment.create({
    data: {
      locationId: context.location.id,
      clientId: visit.clientId,
      staffId: visit.staff.id,
      serviceId: service.id,
      startsAt,
      endsAt,
      ...blocked,
      status: visit.status,
      priceCents: service.priceCents,
      currency: service.currency,
      cancelledAt,
      cancelledById: cancelled ? visit.clientId : null,
      cancellationReason: visit.status === "LATE_CANCELLED" ? "Running late from work." : cancelled ? "Away that week." : null,
      createdAt: new Date(Math.min(visit.slot.start - 7 * 24 * 60 * MINUTE, context.now.getTime())),
      resources: { create: visit.resourceIds.map((resourceId) => ({ resourceId, ...blocked, occupying: !cancelled })) },
    },
    select: { id: true },
  });
  if (visit.overrideBy) {
    const intake = data.intakes.get(visit.clientId);
    const block = serviceBlock(computeAvoidModel({ intake: intake ?? null, visitDate: visit.slot.date }), service.steps, visit.slot.date);
    const actor = { userId: visit.overrideBy };
    await recordAudit(tx, actor, {
      action: "appointment.book",
      entityType: "appointment",
      entityId: appointment.id,
      details: { clientId: visit.clientId, newClient: false, staffId: visit.staff.id, startsAt },
    });
    await recordAudit(tx, actor, {
      action: "appointment.contraindication-override",
      entityType: "appointment",
      entityId: appointment.id,
      details: {
        reason: "Client asked for the express facial; the esthetician will leave out the exfoliation.",
        // As lib/booking/book-command.ts records a desk override: the rules' names and until when.
        rules: [...new Set(block?.reasons.map((reason) => reason.ruleName) ?? [])],
        until: block?.until ?? null,
      },
    });
  }
  if (visit.status === "COMPLETED") await signNoteAndPublishPlan(tx, context, { visit, appointmentId: appointment.id, ...data });
}

/** The signed note (after the visit ended) and the published plan the engine drafts from it. */
async function signNoteAndPublishPlan(
  tx: Tx,
  context: HistoryContext,
  options: { visit: Visit; appointmentId: string; intakes: Map<string, IntakeAnswers>; catalogue: CatalogueProduct[] },
) {
  const { visit } = options;
  const service = context.services.get(visit.serviceSlug)!;
  const intake = options.intakes.get(visit.clientId) ?? null;
  const visitDate = visit.slot.date;
  // The same avoid model the chart and the plan read (lib/contraindications/avoid).
  const avoid = computeAvoidModel({ intake, visitDate });
  const blocked = blockedStepsOf(avoid, service.steps);
  const products = options.catalogue.filter((product) => productRefusal(product, avoid) === null).slice(0, 2);
  const content = noteContentSchema.parse({
    ...NOTE_TEXT[visit.serviceSlug],
    objective: "Skin reviewed under the lamp; findings marked on the face chart.",
    faceMap: {
      findings: [
        { zone: "nose", finding: "comedones" },
        { zone: "chin", finding: "congestion" },
      ],
    },
    steps: service.steps.map((step) => ({ step, performed: !blocked.includes(step), overrideReason: "" })),
    productIds: products.map((product) => product.id),
    // Without a readable intake the esthetician checks each label with the client, and says so.
    productConfirmations: productCheck(avoid) ? products.map((product) => product.id) : [],
    skinResponse: "Mild redness that settled before the client left.",
    nextTime: "Check the chin again.",
  });
  const broken = checkNote(content, avoid, options.catalogue);
  if (Object.keys(broken).length > 0)
    throw new Error(`Demo note for ${options.appointmentId} breaks a chart rule: ${JSON.stringify(broken)}`);
  const nowMs = context.now.getTime();
  const signedAt = new Date(Math.min(visit.slot.end + 10 * MINUTE, nowMs));
  await tx.treatmentNote.create({
    data: {
      appointmentId: options.appointmentId,
      authorId: visit.staff.userId,
      content: content as unknown as JsonInput,
      signedAt,
      createdAt: new Date(visit.slot.start),
      updatedAt: signedAt,
    },
  });
  const plan = buildHomecarePlan({
    intake,
    note: content,
    avoid: avoidModelForPlan({ intake, visitDate, note: content }),
    catalogue: options.catalogue,
    visitDate,
    serviceSteps: service.steps,
  });
  const publishedAt = new Date(signedAt.getTime() + 5 * MINUTE);
  const published = publishedAt.getTime() <= nowMs;
  await tx.homecarePlan.create({
    data: {
      appointmentId: options.appointmentId,
      clientId: visit.clientId,
      content: plan as unknown as JsonInput,
      engineVersion: plan.version,
      state: published ? "PUBLISHED" : "DRAFT",
      publishedAt: published ? publishedAt : null,
      publishedById: published ? visit.staff.userId : null,
      createdAt: signedAt,
    },
  });
}
