import { describe, expect, it } from "vitest";
import { listSlots } from "./list-slots";
import { pickResources } from "./resources";
import { at, busy, everyDay, localTimes, member, options } from "@/tests/support/scheduling";
import type { ResourceRequirement, ResourceSchedule, Slot } from "./types";

const needs = (...resources: ResourceRequirement[]) => ({
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  resources,
});
const room = { kind: "room", quantity: 1 };
const led = { kind: "led", quantity: 1 };
const hours = everyDay("09:00-12:00");
// Esthetician a has a 10:00 appointment that holds room-1 (and led-1 where listed).
const a = member("a", { weeklyHours: hours, blocked: [busy("10:00", "11:00")] });
const b = member("b", { weeklyHours: hours });
const unit = (id: string, kind: string, ...blocked: ReturnType<typeof busy>[]): ResourceSchedule => ({ id, kind, blocked });

const cases: Array<{ name: string; requirements: ResourceRequirement[]; resources: ResourceSchedule[]; expected: string[][] }> = [
  {
    name: "one room held by a's appointment: b is free at 10:00 but there is no room",
    requirements: [room],
    resources: [unit("room-1", "room", busy("10:00", "11:00"))],
    expected: [
      ["09:00", "a,b"],
      ["11:00", "a,b"],
    ],
  },
  {
    name: "a second room lets b take 10:00",
    requirements: [room],
    resources: [unit("room-1", "room", busy("10:00", "11:00")), unit("room-2", "room")],
    expected: [
      ["09:00", "a,b"],
      ["10:00", "b"],
      ["11:00", "a,b"],
    ],
  },
  {
    name: "rooms to spare, but the only LED device is in use at 10:00",
    requirements: [room, led],
    resources: [unit("room-1", "room", busy("10:00", "11:00")), unit("room-2", "room"), unit("led-1", "led", busy("10:00", "11:00"))],
    expected: [
      ["09:00", "a,b"],
      ["11:00", "a,b"],
    ],
  },
  {
    name: "a device blocked outside anyone's appointment (maintenance) removes the slot too",
    requirements: [led],
    resources: [unit("led-1", "led", busy("09:30", "09:45"))],
    expected: [
      ["10:00", "b"],
      ["11:00", "a,b"],
    ],
  },
  {
    name: "two units of one kind: quantity 2 needs both free",
    requirements: [{ kind: "steamer", quantity: 2 }],
    resources: [unit("steamer-1", "steamer", busy("11:00", "12:00")), unit("steamer-2", "steamer")],
    expected: [
      ["09:00", "a,b"],
      ["10:00", "b"],
    ],
  },
  {
    name: "a kind the location does not have: nothing is bookable",
    requirements: [room, led],
    resources: [unit("room-1", "room")],
    expected: [],
  },
  {
    name: "quantity 0 needs nothing",
    requirements: [{ kind: "led", quantity: 0 }],
    resources: [],
    expected: [
      ["09:00", "a,b"],
      ["10:00", "b"],
      ["11:00", "a,b"],
    ],
  },
];

describe("resource contention across estheticians", () => {
  it.each(cases)("$name", ({ requirements, resources, expected }) => {
    const slots = listSlots(options({ service: needs(...requirements), staff: [b, a], resources }));
    expect(localTimes(slots).map((time, i) => [time, slots[i]!.staffIds.join(",")])).toEqual(expected);
  });
});

describe("pickResources", () => {
  const resources = [unit("room-2", "room"), unit("room-1", "room", busy("10:00", "11:00")), unit("led-1", "led"), unit("room-3", "room")];
  const slotAt = (time: string): Pick<Slot, "start"> => ({ start: at(`2025-06-10T${time}:00-04:00`) });

  it.each([
    { name: "the first free unit of each kind by id", time: "09:00", requirements: [room, led], expected: ["room-1", "led-1"] },
    { name: "skips a unit busy for the blocked interval", time: "10:00", requirements: [room], expected: ["room-2"] },
    { name: "several units of one kind", time: "10:00", requirements: [{ kind: "room", quantity: 2 }], expected: ["room-2", "room-3"] },
    { name: "null when too few are free", time: "10:00", requirements: [{ kind: "room", quantity: 3 }], expected: null },
    { name: "null for a kind the location lacks", time: "09:00", requirements: [{ kind: "laser", quantity: 1 }], expected: null },
    { name: "nothing to hold", time: "09:00", requirements: [], expected: [] },
  ])("$name", ({ time, requirements, expected }) => {
    expect(pickResources({ slot: slotAt(time), service: needs(...requirements), resources })).toEqual(expected);
  });

  it("includes the buffers in the interval it checks", () => {
    const service = { ...needs(room), bufferAfterMinutes: 15 };
    // 08:45–09:45 plus 15 minutes cleanup reaches room-1's 10:00 booking only with buffers doubled; it touches.
    const picked = pickResources({ slot: slotAt("08:45"), service, resources: [unit("room-1", "room", busy("10:00", "11:00"))] });
    expect(picked).toEqual(["room-1"]);
    const late = pickResources({ slot: slotAt("09:00"), service, resources: [unit("room-1", "room", busy("10:00", "11:00"))] });
    expect(late).toBeNull();
  });
});
