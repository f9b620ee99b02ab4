import { z } from "zod";
import { FACE_AREA_LABELS, ACTIVE_STATUS_LABELS, keysOf } from "./options";
import { addYears, isLocalDate, type LocalDate } from "@/lib/dates/local-date";

/** The dates an answer may take: none after today, none absurdly far back. */
export interface DateBounds {
  today: LocalDate;
  earliest: LocalDate;
}

/** A remembered date (last cold sore, a stop date) older than this is a typo in the year. */
export const MAX_YEARS_BACK = 100;

export function dateBoundsFor(today: LocalDate): DateBounds {
  if (!isLocalDate(today)) throw new RangeError(`Invalid local date: ${today}`);
  return { today, earliest: addYears(today, -MAX_YEARS_BACK) };
}

export function optionalText(max = 1000) {
  return z.string().trim().max(max, `Please keep this under ${max} characters`).optional();
}

export function requiredText(message: string, max = 120) {
  return z.string().trim().min(1, message).max(max, `Please keep this under ${max} characters`);
}

const PHONE = /^\+?[\d\s().-]{6,30}$/;

export function phone(message: string) {
  return z.string().trim().regex(PHONE, message);
}

/** A date input's value: "" (a cleared or never-shown input) means no date. */
const REAL_DATE = "Enter a real date (YYYY-MM-DD)";
export const optionalDate = z
  .union([z.iso.date({ error: REAL_DATE }), z.literal("")], { error: REAL_DATE })
  .optional()
  .transform((value) => value || undefined);

type Ctx = z.RefinementCtx;

/** Adds the bounds issues for a date the person gave (it is checked only once it parses). */
export function checkDateBounds(ctx: Ctx, path: PropertyKey[], date: unknown, bounds: DateBounds): void {
  if (!isLocalDate(date)) return;
  if (date > bounds.today) ctx.addIssue({ code: "custom", path, message: "This date can't be in the future" });
  if (date < bounds.earliest) {
    ctx.addIssue({ code: "custom", path, message: `Please check the year: that is more than ${MAX_YEARS_BACK} years ago` });
  }
}

/** A date is required exactly when `when` is set, and then lies within the bounds. */
export function requireDate(ctx: Ctx, when: unknown, date: unknown, bounds: DateBounds, message: string): void {
  if (when !== true) return;
  if (date === undefined) ctx.addIssue({ code: "custom", path: ["date"], message });
  else checkDateBounds(ctx, ["date"], date, bounds);
}

const datedShape = { yes: z.boolean(), date: optionalDate };

/** The shape of a "yes, on this date" item with extra fields (use with dateRequiredWhenYes). */
export function datedShapeWith<S extends z.ZodRawShape>(extra: S) {
  return { ...datedShape, ...extra };
}

/** The conditional-date rules of a "yes, on this date" item, for any item shape that has them. */
export function dateRequiredWhenYes(bounds: DateBounds, missingDate: string) {
  return (item: { yes?: unknown; date?: unknown }, ctx: Ctx) => requireDate(ctx, item.yes, item.date, bounds, missingDate);
}

/** An unticked item keeps no date (a hidden input's leftover is not an answer). */
export function dropDateUnlessYes<T extends { yes: boolean; date?: LocalDate }>(item: T): T {
  return item.yes ? item : { ...item, date: undefined };
}

/** "Yes, on this date": the date is required exactly when ticked and dropped when not. */
export function datedItem(bounds: DateBounds, missingDate: string) {
  return z.object(datedShape).superRefine(dateRequiredWhenYes(bounds, missingDate)).transform(dropDateUnlessYes);
}

const faceAreas = z.array(z.enum(keysOf(FACE_AREA_LABELS))).default([]);

/** Injections (botulinum toxin, fillers): the date and the treated areas, both required when ticked. */
export function datedAreasItem(bounds: DateBounds, missingDate: string) {
  return z
    .object({ ...datedShape, areas: faceAreas })
    .superRefine((item, ctx) => {
      requireDate(ctx, item.yes, item.date, bounds, missingDate);
      if (item.yes === true && Array.isArray(item.areas) && item.areas.length === 0) {
        ctx.addIssue({ code: "custom", path: ["areas"], message: "Tick the areas that were treated" });
      }
    })
    .transform((item) => (item.yes ? item : { yes: false, date: undefined, areas: [] }));
}

export const activeUseShape = {
  status: z.enum(keysOf(ACTIVE_STATUS_LABELS)),
  lastUsedOn: optionalDate,
  details: optionalText(300),
};

/** "Stopped" requires the date of last use (or the stop date); other answers keep none. */
export function stopDateRequired(bounds: DateBounds, missingDate: string) {
  return (item: { status?: unknown; lastUsedOn?: unknown }, ctx: Ctx) => {
    if (item.status !== "stopped") return;
    if (item.lastUsedOn === undefined) ctx.addIssue({ code: "custom", path: ["lastUsedOn"], message: missingDate });
    else checkDateBounds(ctx, ["lastUsedOn"], item.lastUsedOn, bounds);
  };
}

export function dropStopDateUnlessStopped<T extends { status: string; lastUsedOn?: LocalDate }>(item: T): T {
  return item.status === "stopped" ? item : { ...item, lastUsedOn: undefined };
}

/** An active or medication: no / using it now / stopped (then the date of last use is required). */
export function activeUse(bounds: DateBounds, missingDate: string) {
  return z.object(activeUseShape).superRefine(stopDateRequired(bounds, missingDate)).transform(dropStopDateUnlessStopped);
}

export { faceAreas };
