import { z } from "zod";

/** Every field optional, at every depth; arrays are kept whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

const DRAFT_TEXT_MAX = 5000;

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/**
 * The draft twin of a submit schema, derived from it so the two cannot drift: the same sections and
 * fields, all optional, no conditional or cross-field rules, text of any format (a half-typed email
 * is still saved), and any other value that does not fit dropped instead of failing the autosave.
 */
export function toDraftSchema(schema: z.ZodType): z.ZodType {
  const def = schema.def as unknown as SchemaDef;
  switch (def.type) {
    case "object":
      return z.object(mapShape(def.shape ?? {})).optional();
    case "optional":
    case "default":
      return toDraftSchema(def.innerType as z.ZodType);
    case "pipe":
      return toDraftSchema(def.in as z.ZodType);
    case "string":
      return z.string().max(DRAFT_TEXT_MAX).optional();
    default:
      return schema.optional().catch(undefined);
  }
}

/** The top level of a draft is an object (never undefined). */
export function toDraftObject(schema: z.ZodObject): z.ZodObject {
  return z.object(mapShape(schema.shape as Record<string, z.ZodType>));
}

function mapShape(shape: Record<string, z.ZodType>): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, toDraftSchema(field)]));
}
