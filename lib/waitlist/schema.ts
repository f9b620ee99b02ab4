import { z } from "zod";
import { DAY_PARTS } from "@/lib/dates/day-parts";
import { localDate } from "@/lib/validation/fields";

/** ONE_AT_A_TIME: a freed slot is offered to the first matching entry; NEXT_N: to the next N at once. */
export const WAITLIST_OFFER_MODES = ["ONE_AT_A_TIME", "NEXT_N"] as const;
export type WaitlistOfferMode = (typeof WAITLIST_OFFER_MODES)[number];

/** The longest window one entry may wait over (the engine looks at every day in it). */
export const MAX_WINDOW_DAYS = 92;

const uuid = (message: string) => z.uuid(message);

const preferences = {
  serviceId: uuid("Choose a treatment."),
  /** null = any qualified esthetician. */
  staffId: uuid("Choose an esthetician.").nullable(),
  fromDate: localDate,
  toDate: localDate,
  /** ISO weekdays 1 (Monday) to 7; empty = any day. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  /** Empty = any time of day. */
  dayParts: z.array(z.enum(DAY_PARTS)).max(DAY_PARTS.length),
};

const isOrdered = (value: { fromDate: string; toDate: string }) => value.fromDate <= value.toDate;
const ORDER_ERROR = { path: ["toDate"], message: "The last day must be on or after the first day." };

/** A client joins the waitlist (the form on /book/waitlist and the action share it). */
export const joinWaitlistSchema = z.object(preferences).refine(isOrdered, ORDER_ERROR);
export type JoinWaitlistInput = z.output<typeof joinWaitlistSchema>;

/** The desk adds a client to the waitlist. */
export const addToWaitlistSchema = z
  .object({ ...preferences, clientId: uuid("Choose a client from the list.") })
  .refine(isOrdered, ORDER_ERROR);
export type AddToWaitlistInput = z.output<typeof addToWaitlistSchema>;

export const leaveWaitlistSchema = z.object({ entryId: uuid("That waitlist entry was not found.") });
export type LeaveWaitlistInput = z.output<typeof leaveWaitlistSchema>;

/** The desk moves an entry one place up or down among those waiting for the same treatment. */
export const moveWaitlistEntrySchema = z.object({
  entryId: uuid("That waitlist entry was not found."),
  direction: z.enum(["up", "down"]),
});
export type MoveWaitlistEntryInput = z.output<typeof moveWaitlistEntrySchema>;

/** The claim link's secret (256 bits, base64url: 43 characters). */
export const claimOfferSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.") });
export type ClaimOfferInput = z.output<typeof claimOfferSchema>;

/** The admin's waitlist settings (on the booking policy). */
export const waitlistPolicySchema = z.object({
  waitlistOfferMode: z.enum(WAITLIST_OFFER_MODES),
  waitlistBatchSize: z
    .number({ error: "Enter how many clients to offer a time to at once." })
    .int("Enter a whole number.")
    .min(2, "Offer to at least 2 clients at once (or choose one at a time).")
    .max(10, "Offer to at most 10 clients at once."),
  waitlistHoldMinutes: z
    .number({ error: "Enter how long an offered time is held." })
    .int("Enter whole minutes.")
    .min(5, "Hold an offered time for at least 5 minutes.")
    .max(1440, "Hold an offered time for at most 24 hours (1440 minutes)."),
});
export type WaitlistPolicyInput = z.output<typeof waitlistPolicySchema>;

/** The admin's waitlist view: entries waiting on a day, optionally for one treatment. */
export const waitlistViewSchema = z.object({
  date: localDate.optional(),
  service: z.uuid().optional(),
});
