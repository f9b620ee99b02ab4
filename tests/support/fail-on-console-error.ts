import { afterEach, vi } from "vitest";

// An unexpected console.error is a bug the assertions did not catch (Epic Stack's rule).
// A test that expects one spies on console.error itself, which replaces this spy.
const spy = vi.spyOn(console, "error");

afterEach(() => {
  const calls = spy.mock.calls;
  if (calls.length > 0 && vi.isMockFunction(console.error) && console.error === spy) {
    const first = calls.map((args) => args.map(String).join(" ")).join("\n");
    spy.mockClear();
    throw new Error(`console.error was called:\n${first}`);
  }
  spy.mockClear();
});
