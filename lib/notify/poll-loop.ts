/**
 * Runs `tick` every interval, or at once when kicked; never two ticks at a time (a kick during a
 * tick runs another right after it). A failed tick is reported and the loop goes on.
 */
export function createPollLoop(
  tick: () => Promise<unknown>,
  options: { intervalMs: number; onSuccess?: () => void; onError: (error: unknown) => void },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let again = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = tick()
      .then(() => options.onSuccess?.(), options.onError)
      .finally(() => {
        running = undefined;
        if (stopped) return;
        if (again) {
          again = false;
          run();
        } else timer = setTimeout(run, options.intervalMs);
      });
  };
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
