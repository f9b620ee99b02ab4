import { getCountries, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { z } from "zod";
import type { ImportSettings } from "./client-row";
import { CLIENT_FIELDS, VISIT_FIELDS, type ColumnMapping, type FieldKey } from "./fields";

const COUNTRIES = new Set<string>(getCountries());

/** What the mapping step saves: which column fills each field, and how to read phones and dates. */
export type StoredMapping = { columns: ColumnMapping } & ImportSettings;

const FIELD_KEYS = [...new Set([...CLIENT_FIELDS, ...VISIT_FIELDS].map((field) => field.key))] as [FieldKey, ...FieldKey[]];

export const storedMappingSchema = z.object({
  columns: z.partialRecord(z.enum(FIELD_KEYS), z.number().int().min(0).max(500)),
  country: z.custom<CountryCode>((value) => typeof value === "string" && COUNTRIES.has(value), "Choose a country."),
  dateOrder: z.enum(["DMY", "MDY"]),
});

/** The spa's country, from its phone number (+1 212… is the US); the US when it cannot tell. */
export function spaCountry(spaPhone: string | null | undefined): CountryCode {
  const parsed = spaPhone ? parsePhoneNumberFromString(spaPhone) : undefined;
  return parsed?.country ?? "US";
}

/** Day first everywhere but the few countries that write the month first. */
export function defaultDateOrder(country: CountryCode): "DMY" | "MDY" {
  return ["US", "CA", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI", "UM"].includes(country) ? "MDY" : "DMY";
}

export function readStoredMapping(value: unknown, fallback: ImportSettings): StoredMapping {
  const parsed = storedMappingSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return { columns: {}, ...fallback };
}

export function isCountryCode(value: string): value is CountryCode {
  return COUNTRIES.has(value);
}
