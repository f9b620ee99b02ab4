import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/policy";
import { db, type DbClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { auditIntake } from "./audit";
import { PHOTO_CONSENT_KINDS, PHOTO_CONSENT_VERSION, type PhotoConsentKind } from "./photo-consent-text";
import type { ChangePhotoConsentInput } from "./photo-consent-schema";

export interface PhotoConsentState {
  granted: boolean;
  recordedAt: Date;
  formVersion: number;
  source: "INTAKE" | "ACCOUNT";
}
/** Per kind, the latest grant or withdrawal; null = never asked (no consent). */
export type PhotoConsents = Record<PhotoConsentKind, PhotoConsentState | null>;

export interface ConsentMeta {
  source: "INTAKE" | "ACCOUNT";
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

const META_MAX = 500;
const clip = (value: string | null) => (value ? value.slice(0, META_MAX) : null);

/** The client's current photo consents, read on the caller's client (a transaction sees its own writes). */
export async function loadPhotoConsents(client: DbClient, clientId: string): Promise<PhotoConsents> {
  // One query after the other: `client` may be a transaction, which runs one statement at a time.
  const consents = {} as PhotoConsents;
  for (const kind of PHOTO_CONSENT_KINDS) {
    consents[kind] = await client.photoConsent.findFirst({
      where: { clientId, kind },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
      select: { granted: true, recordedAt: true, formVersion: true, source: true },
    });
  }
  return consents;
}

/**
 * Records the client's choices, one row per kind whose state changes (a first grant, a
 * withdrawal, a grant again), each with the time, the consent text's version and where it was
 * given. Unchanged choices write nothing.
 */
export async function recordPhotoConsentChoices(
  tx: DbClient,
  clientId: string,
  choices: Record<PhotoConsentKind, boolean>,
  meta: ConsentMeta,
): Promise<void> {
  const current = await loadPhotoConsents(tx, clientId);
  for (const kind of PHOTO_CONSENT_KINDS) {
    const granted = choices[kind];
    if ((current[kind]?.granted ?? false) === granted) continue;
    const row = await tx.photoConsent.create({
      data: {
        clientId,
        kind,
        granted,
        formVersion: PHOTO_CONSENT_VERSION,
        source: meta.source,
        recordedAt: meta.now,
        ip: clip(meta.ip),
        userAgent: clip(meta.userAgent),
      },
      select: { id: true },
    });
    await auditIntake(tx, clientId, {
      action: granted ? "intake.photo-consent-grant" : "intake.photo-consent-withdraw",
      entityType: "client",
      entityId: clientId,
      details: { kind, consentId: row.id, formVersion: PHOTO_CONSENT_VERSION, source: meta.source },
    });
  }
}

/** The client's own consents, for their account. */
export async function getOwnPhotoConsents(actor: Actor): Promise<PhotoConsents> {
  assertCan(actor, "account:manage-photo-consent");
  return loadPhotoConsents(db, actor.userId);
}

/** From the account: give or withdraw one consent. A withdrawal takes effect with this commit. */
export async function changeOwnPhotoConsent(
  actor: Actor,
  input: ChangePhotoConsentInput,
  meta: Omit<ConsentMeta, "source" | "now">,
  now = new Date(),
): Promise<PhotoConsents> {
  assertCan(actor, "account:manage-photo-consent");
  return db.$transaction(async (tx) => {
    // One change at a time per client, so two tabs cannot interleave their reads and writes.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`photo-consent:${actor.userId}`}))`;
    const current = await loadPhotoConsents(tx, actor.userId);
    const choices = Object.fromEntries(PHOTO_CONSENT_KINDS.map((kind) => [kind, current[kind]?.granted ?? false])) as Record<
      PhotoConsentKind,
      boolean
    >;
    await recordPhotoConsentChoices(tx, actor.userId, { ...choices, [input.kind]: input.granted }, { ...meta, source: "ACCOUNT", now });
    return loadPhotoConsents(tx, actor.userId);
  });
}

/** Refuses (CONFLICT) unless the client's clinical-photo consent is currently given. */
export async function requireClinicalPhotoConsent(client: DbClient, clientId: string): Promise<void> {
  const { CLINICAL } = await loadPhotoConsents(client, clientId);
  if (!CLINICAL?.granted) {
    throw new AppError(
      "CONFLICT",
      CLINICAL
        ? "The client has withdrawn their consent to clinical photos, so no photo can be taken."
        : "The client has not consented to clinical photos, so no photo can be taken. They can give consent in their intake or account.",
    );
  }
}

/** True when the client's consent to marketing use is given right now. */
export async function hasMarketingConsent(client: DbClient, clientId: string): Promise<boolean> {
  const { MARKETING } = await loadPhotoConsents(client, clientId);
  return MARKETING?.granted === true;
}
