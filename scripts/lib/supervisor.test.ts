import { describe, expect, test } from "vitest";
import { waitFor } from "../../tests/support/wait-for";
import type { RestartPolicy } from "./restart-policy";
import { supervise, type Running } from "./supervisor";

const fast: RestartPolicy = { firstDelayMs: 5, maxDelayMs: 20, stableAfterMs: 60_000, loopCrashes: 3, loopWindowMs: 60_000 };

/** Children that stop when told to (crash) and record being stopped on purpose. */
function fakeChildren() {
  const started: { crash: (how: string) => void; stopped: boolean }[] = [];
  const launch = async (): Promise<Running> => {
    let crash!: (how: string) => void;
    const exited = new Promise<string>((resolve) => (crash = resolve));
    const child = { crash, stopped: false };
    started.push(child);
    return {
      pid: started.length,
      exited,
      stop: async () => {
        child.stopped = true;
        crash("stopped");
      },
    };
  };
  return { started, launch };
}

describe("supervise", () => {
  test("a child that stops on its own is started again, and a crash loop is reported once, in one line", async () => {
    const lines: string[] = [];
    const { started, launch } = fakeChildren();
    const service = await supervise({ name: "The worker", launch, log: (line) => lines.push(line), policy: fast });
    for (let crashes = 1; crashes <= 4; crashes++) {
      started.at(-1)!.crash("exit code 1");
      await waitFor(() => started.length, { until: (count) => count === crashes + 1, description: `restart ${crashes}` });
    }
    expect(service.current?.pid).toBe(5);
    expect(lines.filter((line) => line.includes("keeps stopping"))).toEqual([
      "The worker keeps stopping (3 times in 1 min, last: exit code 1); still restarting it, at most every 0.02 s. Its messages above say why.",
    ]);
    expect(lines.filter((line) => line.includes("stopped unexpectedly"))).toHaveLength(3);
    await service.stop();
    expect(started.at(-1)!.stopped).toBe(true);
  });

  test("stopping it stops the child and no restart follows", async () => {
    const { started, launch } = fakeChildren();
    const service = await supervise({ name: "The web server", launch, log: () => {}, policy: fast });
    // stop() resolves only once the restart loop has ended, so nothing can start after it.
    await service.stop();
    expect(started).toHaveLength(1);
    expect(started[0]!.stopped).toBe(true);
  });

  test("the first start's failure is the caller's", async () => {
    const failing = () => Promise.reject(new Error("no such binary"));
    await expect(supervise({ name: "PostgreSQL", launch: failing, log: () => {}, policy: fast })).rejects.toThrow("no such binary");
  });
});
