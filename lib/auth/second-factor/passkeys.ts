import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { db as sharedDb, type DbClient } from "@/lib/db/client";
import { siteUrl } from "../site";
import type { AuthenticationResponse, RegistrationResponse } from "./schema";

/**
 * Passkeys and security keys (WebAuthn), bound to the site's host name from configuration. A
 * passkey can stand in for the password and the second step together when the authenticator
 * verified the person (PIN, fingerprint): that is the phishing-resistant sign-in. Used after a
 * password, mere presence (a touch on a security key) is enough, as for any second factor.
 * Challenges live in Postgres, five minutes, used once, so any instance can answer.
 */
const CHALLENGE_TTL_MS = 5 * 60_000;
const MAX_PASSKEYS_PER_USER = 10;

export type PasskeyPurpose = "REGISTER" | "SIGN_IN" | "SECOND_FACTOR";

function relyingParty(): { id: string; origin: string } {
  const url = siteUrl();
  return { id: url.hostname, origin: url.origin };
}

async function storeChallenge(
  db: DbClient,
  input: { challenge: string; purpose: PasskeyPurpose; userId?: string; sessionId?: string; now: Date },
): Promise<string> {
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: input.now } } });
  const row = await db.webAuthnChallenge.create({
    data: {
      challenge: input.challenge,
      purpose: input.purpose,
      userId: input.userId ?? null,
      sessionId: input.sessionId ?? null,
      expiresAt: new Date(input.now.getTime() + CHALLENGE_TTL_MS),
    },
    select: { id: true },
  });
  return row.id;
}

/** Takes a challenge out of the store (once): null when unknown, expired, or someone else's. */
async function takeChallenge(
  db: DbClient,
  input: { challengeId: string; purpose: PasskeyPurpose; userId?: string; sessionId?: string; now: Date },
): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(input.challengeId)) return null;
  const rows = await db.webAuthnChallenge.findMany({
    where: {
      id: input.challengeId,
      purpose: input.purpose,
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    },
    select: { challenge: true, expiresAt: true },
  });
  const { count } = await db.webAuthnChallenge.deleteMany({ where: { id: input.challengeId } });
  const row = rows[0];
  return row && count === 1 && row.expiresAt > input.now ? row.challenge : null;
}

/** The user's credentials as the browser is told about them (to exclude, or to allow). */
async function credentialDescriptors(db: DbClient, userId: string) {
  const rows = await db.passkeyCredential.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
  return rows.map((c) => ({ id: c.credentialId, transports: c.transports as AuthenticatorTransport[] }));
}

export type ChallengeOptions<T> = { challengeId: string; options: T };

export async function passkeyRegistrationOptions(
  user: { userId: string; email: string; name: string; sessionId: string },
  options: { now?: Date; db?: DbClient; rpName: string },
): Promise<ChallengeOptions<PublicKeyCredentialCreationOptionsJSON>> {
  const { now = new Date(), db = sharedDb, rpName } = options;
  const creationOptions = await generateRegistrationOptions({
    rpName,
    rpID: relyingParty().id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.userId),
    attestationType: "none",
    excludeCredentials: await credentialDescriptors(db, user.userId),
    // A discoverable credential lets the person sign in without typing their email; a security
    // key without room for one still works as a second step.
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  const challengeId = await storeChallenge(db, {
    challenge: creationOptions.challenge,
    purpose: "REGISTER",
    userId: user.userId,
    sessionId: user.sessionId,
    now,
  });
  return { challengeId, options: creationOptions };
}

export type RegisteredPasskey = { id: string; name: string };

/** Verifies the browser's answer and stores the credential; null when it does not verify. */
export async function registerPasskey(
  input: { userId: string; sessionId: string; challengeId: string; response: RegistrationResponse; name: string },
  options: { now?: Date; db?: DbClient } = {},
): Promise<RegisteredPasskey | null> {
  const { now = new Date(), db = sharedDb } = options;
  const challenge = await takeChallenge(db, { ...input, purpose: "REGISTER", now });
  if (!challenge) return null;
  if ((await db.passkeyCredential.count({ where: { userId: input.userId } })) >= MAX_PASSKEYS_PER_USER) return null;
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return null;
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  return db.passkeyCredential.create({
    data: {
      userId: input.userId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: BigInt(credential.counter),
      transports: (credential.transports ?? []).slice(0, 10),
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name: input.name,
      createdAt: now,
    },
    select: { id: true, name: true },
  });
}

/**
 * Options for signing in with a passkey (no user yet: the authenticator offers its discoverable
 * credentials, and verification is required) or for the second step (the user's own credentials).
 */
export async function passkeyAuthenticationOptions(
  input: { purpose: "SIGN_IN" } | { purpose: "SECOND_FACTOR"; userId: string; sessionId: string },
  options: { now?: Date; db?: DbClient } = {},
): Promise<ChallengeOptions<PublicKeyCredentialRequestOptionsJSON>> {
  const { now = new Date(), db = sharedDb } = options;
  const allowCredentials = input.purpose === "SECOND_FACTOR" ? await credentialDescriptors(db, input.userId) : [];
  const requestOptions = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    allowCredentials,
    userVerification: input.purpose === "SIGN_IN" ? "required" : "preferred",
  });
  const challengeId = await storeChallenge(db, {
    challenge: requestOptions.challenge,
    purpose: input.purpose,
    ...(input.purpose === "SECOND_FACTOR" ? { userId: input.userId, sessionId: input.sessionId } : {}),
    now,
  });
  return { challengeId, options: requestOptions };
}

/**
 * Verifies a passkey answer. For SIGN_IN the credential decides who signs in and the
 * authenticator must have verified the person; for SECOND_FACTOR it must be one of `userId`'s.
 * The signature counter is kept (a clone that replays an old counter is refused by the library).
 * Returns the user id, or null.
 */
export async function verifyPasskey(
  input:
    | { purpose: "SIGN_IN"; challengeId: string; response: AuthenticationResponse }
    | { purpose: "SECOND_FACTOR"; challengeId: string; response: AuthenticationResponse; userId: string; sessionId: string },
  options: { now?: Date; db?: DbClient } = {},
): Promise<string | null> {
  const { now = new Date(), db = sharedDb } = options;
  const challenge = await takeChallenge(db, {
    challengeId: input.challengeId,
    purpose: input.purpose,
    ...(input.purpose === "SECOND_FACTOR" ? { userId: input.userId, sessionId: input.sessionId } : {}),
    now,
  });
  if (!challenge) return null;
  const stored = await db.passkeyCredential.findUnique({
    where: { credentialId: input.response.id },
    select: { id: true, userId: true, credentialId: true, publicKey: true, counter: true, transports: true },
  });
  if (!stored || (input.purpose === "SECOND_FACTOR" && stored.userId !== input.userId)) return null;
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: input.purpose === "SIGN_IN",
    credential: {
      id: stored.credentialId,
      publicKey: new Uint8Array(stored.publicKey),
      counter: Number(stored.counter),
      transports: stored.transports as AuthenticatorTransport[],
    },
  }).catch(() => null);
  if (!verification?.verified) return null;
  await db.passkeyCredential.update({
    where: { id: stored.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now },
  });
  return stored.userId;
}
