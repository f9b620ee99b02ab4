import { expect, type Page } from "@playwright/test";
import axe from "axe-core";

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, naming
 * each rule and the elements it found (WCAG 2.1 AA rules and axe's best practices).
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
  });
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}
