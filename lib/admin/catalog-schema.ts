import { z } from "zod";
import { ResourceKind, TreatmentStep } from "@/lib/db/generated/enums";

// Shared by the services, resources and booking policy forms and their commands.

export const TREATMENT_STEPS = Object.values(TreatmentStep);
export const RESOURCE_KINDS = Object.values(ResourceKind);

const minutes = (label: string, max: number) =>
  z.number({ error: `Enter ${label} in minutes.` }).int(`Enter ${label} in whole minutes.`).min(0, `${label} cannot be negative.`).max(max, `Keep ${label} to ${max} minutes or less.`);

export const serviceSchema = z
  .object({
    name: z.string().trim().min(2, "Enter the service name.").max(100, "Keep the name under 100 characters."),
    description: z.string().trim().min(1, "Describe the service for clients.").max(2000, "Keep the description under 2,000 characters."),
    durationMinutes: minutes("the duration", 480).min(5, "A service lasts at least 5 minutes."),
    bufferBeforeMinutes: minutes("the prep buffer", 120),
    bufferAfterMinutes: minutes("the cleanup buffer", 120),
    price: z.string().trim().regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter a price like 90 or 89.50."),
    steps: z.array(z.enum(TREATMENT_STEPS)).min(1, "Choose at least one step.").max(TREATMENT_STEPS.length),
    resources: z.array(z.object({ kind: z.enum(RESOURCE_KINDS), quantity: z.number().int().min(1).max(5) })).max(RESOURCE_KINDS.length),
    requiresIntake: z.boolean(),
    active: z.boolean(),
  })
  .refine((v) => new Set(v.resources.map((r) => r.kind)).size === v.resources.length, { path: ["resources"], message: "List each kind of resource once." });
export type ServiceInput = z.input<typeof serviceSchema>;
export type ServiceData = z.output<typeof serviceSchema>;

export const updateServiceSchema = z.object({ serviceId: z.uuid("That service was not found."), service: serviceSchema });
export type UpdateServiceData = z.output<typeof updateServiceSchema>;
export const serviceIdSchema = z.object({ serviceId: z.uuid("That service was not found.") });

/** "89.50" → 8950, without floating-point rounding. */
export function toPriceCents(price: string): number {
  const [whole, fraction = ""] = price.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export const resourceSchema = z.object({
  name: z.string().trim().min(1, "Name the room or device.").max(60, "Keep the name under 60 characters."),
  kind: z.enum(RESOURCE_KINDS, "Choose what kind of resource this is."),
});
export type ResourceInput = z.infer<typeof resourceSchema>;
export const setResourceActiveSchema = z.object({ resourceId: z.uuid("That resource was not found."), active: z.boolean() });

/** True when the runtime's tz database knows the zone (IANA names such as Europe/Paris). */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const bookingPolicySchema = z.object({
  slotIntervalMinutes: z
    .number({ error: "Enter the slot interval in minutes." })
    .int()
    .min(5, "Use at least 5 minutes.")
    .max(120, "Use at most 120 minutes.")
    .refine((v) => 1440 % v === 0, "Use an interval that divides the day evenly (5, 10, 15, 20, 30, 60…)."),
  minNoticeMinutes: minutes("the minimum notice", 14 * 24 * 60),
  maxAdvanceDays: z.number({ error: "Enter a number of days." }).int().min(1, "Allow booking at least 1 day ahead.").max(730, "Use at most 730 days."),
  cancellationWindowHours: z.number({ error: "Enter a number of hours." }).int().min(0, "Cannot be negative.").max(336, "Use at most 336 hours (two weeks)."),
  // How long a submitted intake stays current; clients re-confirm or update it after that.
  intakeValidMonths: z.number({ error: "Enter a number of months." }).int().min(1, "Use at least 1 month.").max(24, "Use at most 24 months."),
  timeZone: z.string().trim().refine(isIanaTimeZone, "Enter an IANA time zone such as America/New_York or Europe/London."),
});
export type BookingPolicyData = z.infer<typeof bookingPolicySchema>;
