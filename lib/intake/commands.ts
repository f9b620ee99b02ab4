import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient, type JsonInput } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { auditIntake } from "./audit";
import type { ConfirmIntakeInput } from "./confirm-schema";
import { loadPhotoConsents, recordPhotoConsentChoices } from "./photo-consent";
import { INTAKE_FORM_VERSION, type IntakeAnswers, type IntakeDraft } from "./schema";
import { signatureMatchesName } from "./signature";
import { loadSubmissions, resolveSpaToday, submissionSelect, toSubmissionDto, type IntakeSubmissionDto } from "./store";

/** Who signed, from where: taken from the request headers by the action, never from the form. */
export interface SubmissionMeta {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Work that must commit with a submission: the booking layer re-checks the client's upcoming
 * appointments against the new answers (lib/booking/review), in the same transaction.
 */
export type AfterIntakeWrite = (tx: DbClient, submission: IntakeSubmissionDto, now: Date) => Promise<void>;

const META_MAX = 500;
const clip = (value: string | null) => (value ? value.slice(0, META_MAX) : null);
const toJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonInput;

/** Autosave: the client's one draft, replaced whole. Any part of the form, possibly invalid. */
export async function saveIntakeDraft(actor: Actor, draft: IntakeDraft): Promise<{ savedAt: Date }> {
  assertCan(actor, "intake:manage-own");
  const answers = toJson(draft);
  return db.$transaction(async (tx) => {
    const row = await tx.intakeDraft.upsert({
      where: { clientId: actor.userId },
      create: { clientId: actor.userId, formVersion: INTAKE_FORM_VERSION, answers },
      update: { formVersion: INTAKE_FORM_VERSION, answers },
      select: { updatedAt: true },
    });
    await auditIntake(tx, actor.userId, { action: "intake.draft-save", entityType: "intake_draft", entityId: actor.userId });
    return { savedAt: row.updatedAt };
  });
}

/**
 * A signed submission, already parsed with the ONE schema against the spa's today
 * (intakeSchemaFor), stored as a new version (never overwriting an earlier one) with the time,
 * IP and user agent; the draft goes.
 */
export async function submitIntake(
  actor: Actor,
  answers: IntakeAnswers,
  meta: SubmissionMeta,
  now = new Date(),
  afterWrite?: AfterIntakeWrite,
): Promise<IntakeSubmissionDto> {
  assertCan(actor, "intake:manage-own");
  const { today } = await resolveSpaToday(db, actor.userId, now);
  return db.$transaction(async (tx) => {
    const row = await tx.intakeSubmission.create({
      data: {
        clientId: actor.userId,
        formVersion: INTAKE_FORM_VERSION,
        answers: toJson(answers),
        submittedOn: new Date(`${today}T00:00:00Z`),
        submittedAt: now,
        signature: answers.consent.signature,
        consentAgreed: answers.consent.agreed,
        ip: clip(meta.ip),
        userAgent: clip(meta.userAgent),
      },
      select: submissionSelect,
    });
    await tx.intakeDraft.deleteMany({ where: { clientId: actor.userId } });
    await auditIntake(tx, actor.userId, { action: "intake.submit", entityType: "intake_submission", entityId: row.id });
    const { clinicalPhotos, marketingPhotos } = answers.consent;
    await recordPhotoConsentChoices(
      tx,
      actor.userId,
      { CLINICAL: clinicalPhotos, MARKETING: marketingPhotos },
      { source: "INTAKE", ip: meta.ip, userAgent: meta.userAgent, now },
    );
    const submission = toSubmissionDto(row);
    await afterWrite?.(tx, submission, now);
    return submission;
  });
}

/**
 * "Nothing has changed — confirm": a new version with the same answers as the client's latest
 * submission, signed again today. Only the latest may be confirmed (an older one is stale).
 */
export async function confirmIntake(
  actor: Actor,
  input: ConfirmIntakeInput,
  meta: SubmissionMeta,
  now = new Date(),
  afterWrite?: AfterIntakeWrite,
): Promise<IntakeSubmissionDto> {
  assertCan(actor, "intake:manage-own");
  const [latest] = await loadSubmissions(db, actor.userId, 1);
  if (!latest || latest.id !== input.submissionId) throw new AppError("NOT_FOUND", "That intake was not found.");
  if (latest.formVersion !== INTAKE_FORM_VERSION) {
    throw new AppError("CONFLICT", "Our intake form has changed since you last filled it in. Please review and submit it again.");
  }
  if (!signatureMatchesName(input.signature, latest.answers.contact.fullName)) {
    const message = "Your signature must be the same name as in your contact details";
    throw new AppError("VALIDATION", message, { fieldErrors: { signature: [message] } });
  }
  const { today } = await resolveSpaToday(db, actor.userId, now);
  // Confirming changes no photo consent: the copy records them as they stand.
  const photos = await loadPhotoConsents(db, actor.userId);
  const answers = {
    ...latest.answers,
    consent: {
      agreed: true,
      signature: input.signature,
      clinicalPhotos: photos.CLINICAL?.granted ?? false,
      marketingPhotos: photos.MARKETING?.granted ?? false,
    },
  };
  return db.$transaction(async (tx) => {
    const row = await tx.intakeSubmission.create({
      data: {
        clientId: actor.userId,
        formVersion: latest.formVersion,
        answers: toJson(answers),
        submittedOn: new Date(`${today}T00:00:00Z`),
        submittedAt: now,
        signature: input.signature,
        consentAgreed: true,
        ip: clip(meta.ip),
        userAgent: clip(meta.userAgent),
        confirmedFromId: latest.id,
      },
      select: submissionSelect,
    });
    await tx.intakeDraft.deleteMany({ where: { clientId: actor.userId } });
    await auditIntake(tx, actor.userId, {
      action: "intake.confirm",
      entityType: "intake_submission",
      entityId: row.id,
      details: { confirmedFromId: latest.id },
    });
    const submission = toSubmissionDto(row);
    await afterWrite?.(tx, submission, now);
    return submission;
  });
}
