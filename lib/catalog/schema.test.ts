import { describe, expect, test } from "vitest";
import { serviceSchema, toPriceCents } from "./schema";

const service = {
  name: "Glow Facial",
  description: "A facial.",
  durationMinutes: 60,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 15,
  price: "90",
  steps: ["CLEANSE"],
  resources: [{ kind: "TREATMENT_ROOM", quantity: 1 }],
  requiresIntake: true,
  active: true,
};
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("serviceSchema", () => {
  test.each([
    { name: "valid", patch: {}, errors: [] },
    { name: "too short", patch: { durationMinutes: 3 }, errors: ["durationMinutes"] },
    { name: "negative buffer", patch: { bufferAfterMinutes: -5 }, errors: ["bufferAfterMinutes"] },
    { name: "price with three decimals", patch: { price: "9.999" }, errors: ["price"] },
    { name: "no steps", patch: { steps: [] }, errors: ["steps"] },
    { name: "unknown step", patch: { steps: ["TATTOO"] }, errors: ["steps.0"] },
    {
      name: "same resource kind twice",
      patch: {
        resources: [
          { kind: "TREATMENT_ROOM", quantity: 1 },
          { kind: "TREATMENT_ROOM", quantity: 1 },
        ],
      },
      errors: ["resources"],
    },
  ])("$name", ({ patch, errors }) => {
    expect(paths(serviceSchema.safeParse({ ...service, ...patch }))).toEqual(errors);
  });
});

test.each([
  ["90", 9000],
  ["89.5", 8950],
  ["89.05", 8905],
  ["0.99", 99],
])("toPriceCents(%s) = %i", (price, cents) => expect(toPriceCents(price)).toBe(cents));
