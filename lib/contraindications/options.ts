import { z } from "zod";

/**
 * The choices FACTS.md leaves to the spa. Where its sources give a range, the default is the
 * conservative end and the range is what may be configured.
 */
export const contraindicationOptionsSchema = z.object({
  /**
   * Days since the last topical retinoid or AHA/BHA inside which chemical exfoliation and peels
   * are off (FACTS.md: row "topical retinoids, AHA/BHA in the last 5 days (sources range 3–14)").
   * The table itself says 5, so 5 is the default; 3–14 may be configured.
   */
  activesStopDays: z.number().int().min(3).max(14).default(5),
  /** FACTS.md: row "waxing, laser hair removal, dermaplaning in last 5–7 days": 5–7, default 7. */
  hairRemovalDays: z.number().int().min(5).max(7).default(7),
  /** FACTS.md: row "microneedling, ablative laser, surgery in last 2–4 weeks": 2–4, default 4. */
  procedureRecoveryWeeks: z.number().int().min(2).max(4).default(4),
  /**
   * FACTS.md: row "pregnant or nursing": "steam configurable". CAUTION (shorter, cooler, further
   * away) by default, because the same row names gentle extraction facials as a safer choice;
   * BLOCK leaves steam out, ALLOW raises nothing.
   */
  pregnancySteam: z.enum(["BLOCK", "CAUTION", "ALLOW"]).default("CAUTION"),
});

export type ContraindicationOptions = z.output<typeof contraindicationOptionsSchema>;
export type ContraindicationOptionsInput = z.input<typeof contraindicationOptionsSchema>;

export const DEFAULT_CONTRAINDICATION_OPTIONS: ContraindicationOptions = contraindicationOptionsSchema.parse({});

/** Fills in defaults; an out-of-range option is a configuration error and throws. */
export function resolveContraindicationOptions(options: ContraindicationOptionsInput = {}): ContraindicationOptions {
  return contraindicationOptionsSchema.parse(options);
}
