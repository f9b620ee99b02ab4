import { describe, expect, test } from "vitest";
import { buildIntakeInput } from "@/tests/support/intake";
import { blankIntakeInput } from "./defaults";
import { diffIntake } from "./diff";
import { NONE_APPLY_MESSAGE, NONE_APPLY_SECTIONS, hasTickedBox, isSectionAnswered } from "./none-apply";
import { createIntakeSchema, type IntakeInput } from "./schema";

const schema = createIntakeSchema({ today: "2030-03-04" });
const issues = (input: IntakeInput) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("hasTickedBox / isSectionAnswered", () => {
  test.each([
    { name: "nothing ticked", section: { fever: false, openSores: false }, ticked: false, answered: false },
    { name: "a yes/no ticked", section: { fever: true, openSores: false }, ticked: true, answered: true },
    { name: "a nested yes ticked", section: { waxing: { yes: true, date: "2030-03-01" } }, ticked: true, answered: true },
    { name: "a list with an item", section: { ingredients: ["fragrance"], other: "" }, ticked: true, answered: true },
    { name: "an empty list and text", section: { ingredients: [], other: "chamomile" }, ticked: false, answered: false },
    { name: "none of these apply", section: { fever: false, noneApply: true }, ticked: false, answered: true },
    { name: "none unticked", section: { fever: false, noneApply: false }, ticked: false, answered: false },
    { name: "a radio's value is not a box", section: { sunExposure: "moderate", smoking: false }, ticked: false, answered: false },
    { name: "missing (an older draft)", section: undefined, ticked: false, answered: false },
  ])("$name", ({ section, ticked, answered }) => {
    expect(hasTickedBox(section)).toBe(ticked);
    expect(isSectionAnswered(section)).toBe(answered);
  });
});

describe("the schema: each section of boxes is answered, a tick or 'none'", () => {
  const contact = { fullName: "Ana Souza", email: "ana@example.com", phone: "+1 555 010 2030" };

  test("a blank form asks for an answer in every section of boxes", () => {
    const paths = issues(blankIntakeInput(contact)).filter(([, message]) => message === NONE_APPLY_MESSAGE);
    expect(paths.map(([path]) => path).sort()).toEqual(NONE_APPLY_SECTIONS.map((section) => `${section}.noneApply`).sort());
  });

  test.each(NONE_APPLY_SECTIONS)("%s: skipped is refused; 'none' is stored as true", (section) => {
    const skipped = buildIntakeInput({ [section]: { noneApply: false } });
    expect(issues(skipped)).toEqual([[`${section}.noneApply`, NONE_APPLY_MESSAGE]]);
    expect((schema.parse(buildIntakeInput())[section] as { noneApply: boolean }).noneApply).toBe(true);
  });

  test("a ticked box answers the section and wins over a 'none' sent with it", () => {
    const answers = schema.parse(buildIntakeInput({ currentHealth: { fever: true, noneApply: true } }));
    expect(answers.currentHealth).toMatchObject({ fever: true, noneApply: false });
    const ticked = schema.parse(buildIntakeInput({ pregnancy: { pregnant: true, noneApply: false } }));
    expect(ticked.pregnancy).toMatchObject({ pregnant: true, noneApply: false });
  });

  test("an earlier submission without 'none' still reads the same, and 'none' is not a change in the skin", () => {
    const now = schema.parse(buildIntakeInput());
    const { noneApply: _dropped, ...olderCurrentHealth } = now.currentHealth;
    const older = { ...now, currentHealth: olderCurrentHealth };
    expect(diffIntake(older, now)).toEqual([]);
  });
});
