import type { ResourceKind, TreatmentStep } from "@/lib/db/generated/enums";

/** The demo spa's services. Steps follow the domain article's deep pore cleansing procedure. */
export type DemoService = {
  slug: string;
  name: string;
  description: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  priceCents: number;
  steps: TreatmentStep[];
  requiresIntake: boolean;
  resources: { kind: ResourceKind; quantity: number }[];
};

const ROOM = { kind: "TREATMENT_ROOM", quantity: 1 } as const;

export const DEMO_SERVICES: readonly DemoService[] = [
  {
    slug: "deep-pore-cleansing-facial",
    name: "Deep Pore Cleansing Facial",
    description:
      "A thorough cleanse for congested skin: skin analysis, steam to soften, gentle exfoliation, careful extractions, a relaxing massage and a clarifying mask.",
    durationMinutes: 75,
    bufferBeforeMinutes: 10,
    // Cleanup and tool sterilisation after extractions.
    bufferAfterMinutes: 15,
    priceCents: 12500,
    steps: ["CLEANSE", "SKIN_ANALYSIS", "STEAM", "EXFOLIATION_PHYSICAL", "EXTRACTION", "MASSAGE", "MASK", "TONE", "MOISTURISE"],
    requiresIntake: true,
    resources: [ROOM, { kind: "FACIAL_STEAMER", quantity: 1 }],
  },
  {
    slug: "express-facial",
    name: "Express Facial",
    description: "A 30-minute refresh: cleanse, light exfoliation, mask and moisturiser. Ideal before an event.",
    durationMinutes: 30,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
    priceCents: 5500,
    steps: ["CLEANSE", "EXFOLIATION_PHYSICAL", "MASK", "MOISTURISE", "SUNSCREEN"],
    requiresIntake: true,
    resources: [ROOM],
  },
  {
    slug: "hydrating-facial",
    name: "Hydrating Facial",
    description: "Replenishes dry or dehydrated skin with a gentle cleanse, soothing massage and a hydrating mask. No extractions.",
    durationMinutes: 60,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 10,
    priceCents: 9500,
    steps: ["CLEANSE", "SKIN_ANALYSIS", "MASSAGE", "MASK", "TONE", "MOISTURISE", "SUNSCREEN"],
    requiresIntake: true,
    resources: [ROOM],
  },
  {
    slug: "salicylic-acid-peel",
    name: "Salicylic Acid Peel",
    description: "A beta-hydroxy acid peel that clears oil from inside the pore, for oily and acne-prone skin. Patch test advised.",
    durationMinutes: 45,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 10,
    priceCents: 11000,
    steps: ["CLEANSE", "SKIN_ANALYSIS", "PEEL", "EXFOLIATION_CHEMICAL", "MOISTURISE", "SUNSCREEN"],
    requiresIntake: true,
    resources: [ROOM],
  },
  {
    slug: "led-therapy",
    name: "LED Therapy",
    description: "Blue and red light to calm breakouts and support healing. Gentle, no downtime.",
    durationMinutes: 30,
    bufferBeforeMinutes: 5,
    bufferAfterMinutes: 5,
    priceCents: 6000,
    steps: ["CLEANSE", "LED", "MOISTURISE"],
    requiresIntake: true,
    resources: [ROOM, { kind: "LED_DEVICE", quantity: 1 }],
  },
];

export const DEMO_RESOURCES: readonly { name: string; kind: ResourceKind }[] = [
  { name: "Treatment Room 1", kind: "TREATMENT_ROOM" },
  { name: "Treatment Room 2", kind: "TREATMENT_ROOM" },
  { name: "Facial Steamer", kind: "FACIAL_STEAMER" },
  { name: "LED Device", kind: "LED_DEVICE" },
];

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Weekly hours per demo esthetician (ISO weekday → ranges; the gap is the lunch break). */
export const DEMO_HOURS: Readonly<Record<string, Record<number, [number, number][]>>> = {
  "ava@glowbook.test": Object.fromEntries(
    [1, 2, 3, 4, 5].map((day) => [
      day,
      [
        [h(9), h(13)],
        [h(13, 30), h(17)],
      ],
    ]),
  ),
  "noah@glowbook.test": Object.fromEntries(
    [2, 3, 4, 5, 6].map((day) => [
      day,
      [
        [h(11), h(15)],
        [h(15, 45), h(19)],
      ],
    ]),
  ),
  "priya@glowbook.test": {
    1: [
      [h(10), h(14)],
      [h(14, 30), h(18)],
    ],
    3: [
      [h(10), h(14)],
      [h(14, 30), h(18)],
    ],
    6: [[h(9), h(15)]],
    7: [[h(10), h(15)]],
  },
};

/** Which services each demo esthetician performs; Priya does not do peels. */
export const DEMO_SKILLS: Readonly<Record<string, string[] | "ALL">> = {
  "ava@glowbook.test": "ALL",
  "noah@glowbook.test": "ALL",
  "priya@glowbook.test": ["deep-pore-cleansing-facial", "express-facial", "hydrating-facial", "led-therapy"],
};
