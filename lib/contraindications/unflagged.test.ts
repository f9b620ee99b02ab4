import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIntakeAnswers } from "@/tests/support/intake";
import { EVERY_STEP, VISIT } from "@/tests/support/contraindications";
import { computeAvoidModel } from "./avoid";
import { evaluateContraindications } from "./evaluate";
import { UNFLAGGED_INTAKE_ANSWERS } from "./unflagged";

const doc = readFileSync(path.resolve(__dirname, "../../docs/clinical/unflagged-intake-answers.md"), "utf8");

describe("intake answers FACTS.md has no row for", () => {
  it("are listed in docs/clinical/unflagged-intake-answers.md, exactly", () => {
    const listed = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(listed).toEqual(UNFLAGGED_INTAKE_ANSWERS.map((answer) => answer.path));
  });

  it.each(UNFLAGGED_INTAKE_ANSWERS)("$path stays unflagged and adds nothing to avoid", ({ example }) => {
    const base = buildIntakeAnswers({});
    const answered = buildIntakeAnswers(example);
    expect(answered).not.toEqual(base);
    expect(evaluateContraindications({ intake: answered, steps: EVERY_STEP, visitDate: VISIT }).flags).toEqual([]);
    const model = computeAvoidModel({ intake: answered, visitDate: VISIT });
    expect([...model.ingredients, ...model.actives, ...model.steps, ...model.patchTests, ...model.clearances]).toEqual([]);
  });
});
