import type { ActionResult } from "@/lib/errors/app-error";

/**
 * A server action as components receive it (as a prop, from the page that imports it): one input
 * object in, a result value out. Expected failures are values, never throws (STYLE.md).
 */
export type ServerAction<Input = unknown, Data = unknown> = (input: Input) => Promise<ActionResult<Data>>;
