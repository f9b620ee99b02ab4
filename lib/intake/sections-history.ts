import { z } from "zod";
import { SUN_EXPOSURE_LABELS, keysOf } from "./options";
import { datedAreasItem, datedItem, type DateBounds } from "./fields";

// FACTS.md "What an intake form asks": recent hair removal with date.
function hairRemovalSection(bounds: DateBounds) {
  const when = "Enter the date it was last done";
  return z.object({
    waxing: datedItem(bounds, when),
    threading: datedItem(bounds, when),
    laserHairRemoval: datedItem(bounds, when),
    depilatory: datedItem(bounds, when),
    dermaplaning: datedItem(bounds, when),
  });
}

// FACTS.md "What an intake form asks": recent procedures with date.
function proceduresSection(bounds: DateBounds) {
  const when = "Enter the date of your most recent treatment";
  return z.object({
    chemicalPeel: datedItem(bounds, when),
    laserAblative: datedItem(bounds, when),
    laserNonAblative: datedItem(bounds, when),
    microdermabrasion: datedItem(bounds, when),
    microneedling: datedItem(bounds, when),
    botox: datedAreasItem(bounds, when),
    fillers: datedAreasItem(bounds, when),
    facialSurgery: datedItem(bounds, "Enter the date of your surgery"),
  });
}

// FACTS.md "What an intake form asks": smoking, sun exposure, tanning in the last week, sunburn now.
function lifestyleSection(bounds: DateBounds) {
  return z.object({
    smoking: z.boolean(),
    sunExposure: z.enum(keysOf(SUN_EXPOSURE_LABELS), { error: "Choose how much sun you get" }),
    tanning: datedItem(bounds, "Enter the date you last tanned"),
    sunburn: z.boolean(),
    windburn: z.boolean(),
  });
}

export function historySections(bounds: DateBounds) {
  return {
    hairRemoval: hairRemovalSection(bounds),
    procedures: proceduresSection(bounds),
    lifestyle: lifestyleSection(bounds),
  };
}
