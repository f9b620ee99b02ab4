import { setTimeout as delay } from "node:timers/promises";
import { DEFAULT_RESTART_POLICY, decideRestart, freshHistory, type RestartPolicy } from "./restart-policy";

/** One running copy of a supervised child. */
export type Running = {
  pid: number | undefined;
  /** Resolves when it stops, with how (an exit code, or the signal that ended it). */
  exited: Promise<string>;
  /** Stops it for good (politely, then by force). */
  stop(): Promise<void>;
};

export type Supervised = {
  readonly current: Running | null;
  /** Stops the child and its restarts. */
  stop(): Promise<void>;
};

/**
 * Keeps a child running: when it stops on its own it is started again after the restart policy's
 * delay, without touching the other children (docs/decisions/0016). The first start's failure is
 * thrown to the caller (nothing is running yet to keep up); a failed restart counts as a crash.
 */
export async function supervise(options: {
  name: string;
  launch: () => Promise<Running>;
  log: (line: string) => void;
  policy?: RestartPolicy;
}): Promise<Supervised> {
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  let current: Running | null = await options.launch();
  let startedAt = Date.now();
  let stopping = false;
  let history = freshHistory();
  const wake = new AbortController();

  const keepUp = async () => {
    while (!stopping && current) {
      let how = await current.exited;
      if (stopping) return;
      current = null;
      for (;;) {
        const decision = decideRestart(policy, history, startedAt, Date.now());
        history = decision.history;
        if (decision.reportLoop) {
          options.log(
            `${options.name} keeps stopping (${history.crashes.length} times in ${Math.round(policy.loopWindowMs / 60_000)} min, last: ${how}); ` +
              `still restarting it, at most every ${policy.maxDelayMs / 1000} s. Its messages above say why.`,
          );
        } else options.log(`${options.name} stopped unexpectedly (${how}); restarting it in ${formatDelay(decision.delayMs)}.`);
        await delay(decision.delayMs, undefined, { signal: wake.signal }).catch(() => {});
        if (stopping) return;
        startedAt = Date.now();
        try {
          current = await options.launch();
          break;
        } catch (error) {
          if (stopping) return;
          how = `it could not start: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
    }
  };
  const watching = keepUp();

  return {
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      wake.abort();
      await current?.stop();
      await watching;
    },
  };
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
