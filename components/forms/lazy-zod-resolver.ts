import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * react-hook-form's zodResolver for a schema that is loaded on the first validation (the first
 * submit, usually) rather than with the page: zod and the schema's module stay out of the first
 * load of the pages a client opens on a phone (issue 17's budget; zod alone is ~45 kB gzip).
 * Should the chunk not load (a dropped connection), the form goes to the server unchecked: the
 * action parses the same schema and answers with the same field errors.
 */
export function lazyZodResolver<Input extends FieldValues, Output = Input>(
  load: () => Promise<z.ZodType<Output, Input>>,
): Resolver<Input, unknown, Output> {
  let ready: Promise<Resolver<Input, unknown, Output>> | undefined;
  return async (values, context, options) => {
    ready ??= Promise.all([import("@hookform/resolvers/zod"), load()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema) as Resolver<Input, unknown, Output>,
    );
    try {
      return await (
        await ready
      )(values, context, options);
    } catch {
      ready = undefined;
      return { values: values as unknown as Output, errors: {} };
    }
  };
}
