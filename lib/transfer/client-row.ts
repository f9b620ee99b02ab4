import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { z } from "zod";
import type { ColumnMapping } from "./fields";

/** How dates without a year first are written in the file: 04/05/1990 is 4 May or April 5. */
export type DateOrder = "DMY" | "MDY";

export type ImportSettings = {
  /** The country phone numbers without a + are in (the spa's, by default). */
  country: CountryCode;
  dateOrder: DateOrder;
};

export type ClientCandidate = {
  name: string;
  email: string | null;
  /** E.164 (e.g. +12125550148) when it is a valid number; otherwise as written, and never used to match. */
  phone: string | null;
  /** Whether `phone` is a valid number in E.164. */
  phoneValid: boolean;
  /** YYYY-MM-DD */
  birthDate: string | null;
  notes: string | null;
  marketingConsent: boolean;
  /** YYYY-MM-DD */
  createdDate: string | null;
};

export type RowReading<T> = { ok: true; value: T } | { ok: false; reason: string };

export const REJECT_REASONS = {
  noName: "No name: map a name column, or first and last name columns.",
  badEmail: "The email address is not valid.",
  badBirthDate: "The date of birth is not a date.",
  badCreatedDate: "The client-since date is not a date.",
  nameTooLong: "The name is longer than 100 characters.",
} as const;

const emailSchema = z.email();

function cell(values: readonly string[], column: number | undefined): string {
  if (column === undefined) return "";
  return (values[column] ?? "").trim();
}

/** Reads one client row through the mapping, or says why it cannot be imported. */
export function readClientRow(values: readonly string[], mapping: ColumnMapping, settings: ImportSettings): RowReading<ClientCandidate> {
  const joined = [cell(values, mapping.firstName), cell(values, mapping.lastName)].filter(Boolean).join(" ");
  const name = (cell(values, mapping.fullName) || joined).replace(/\s+/g, " ");
  if (name.length < 2) return { ok: false, reason: REJECT_REASONS.noName };
  if (name.length > 100) return { ok: false, reason: REJECT_REASONS.nameTooLong };

  const rawEmail = cell(values, mapping.email).toLowerCase();
  if (rawEmail && (rawEmail.length > 254 || !emailSchema.safeParse(rawEmail).success))
    return { ok: false, reason: REJECT_REASONS.badEmail };

  // A number that is not valid is kept as written (a client is not lost over a typo in a phone
  // number) but never used to match anyone.
  const rawPhone = cell(values, mapping.phone).slice(0, 40);
  const e164 = rawPhone ? normalisePhone(rawPhone, settings.country) : null;

  const rawBirth = cell(values, mapping.birthDate);
  const birthDate = rawBirth ? parseImportedDate(rawBirth, settings.dateOrder) : null;
  if (rawBirth && !birthDate) return { ok: false, reason: REJECT_REASONS.badBirthDate };

  const rawCreated = cell(values, mapping.createdDate);
  const createdDate = rawCreated ? parseImportedDate(rawCreated, settings.dateOrder) : null;
  if (rawCreated && !createdDate) return { ok: false, reason: REJECT_REASONS.badCreatedDate };

  const notes = cell(values, mapping.notes);
  return {
    ok: true,
    value: {
      name,
      email: rawEmail || null,
      phone: e164 ?? (rawPhone || null),
      phoneValid: !!e164,
      birthDate,
      notes: notes ? notes.slice(0, 10_000) : null,
      marketingConsent: isYes(cell(values, mapping.marketingConsent)),
      createdDate,
    },
  };
}

/** The number in E.164, or null when it is not a valid number (national numbers are read in `country`). */
export function normalisePhone(raw: string, country: CountryCode): string | null {
  const cleaned = raw.replace(/^'+/, "").trim();
  const parsed = parsePhoneNumberFromString(cleaned.startsWith("00") ? `+${cleaned.slice(2)}` : cleaned, country);
  return parsed?.isValid() ? parsed.number : null;
}

const YES = new Set(["yes", "y", "true", "1", "x", "subscribed", "opted in", "optedin", "opt-in", "accepts", "granted", "on"]);

export function isYes(value: string): boolean {
  return YES.has(value.trim().toLowerCase());
}

/**
 * A date as the other systems write it: ISO (with or without a time), 12/31/1990 or 31/12/1990
 * (the order chosen; an impossible month settles it), with / . or - between, or "31 Dec 1990".
 */
export function parseImportedDate(raw: string, order: DateOrder): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[T ,].*)?$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const year = expandYear(numeric[3] ?? "");
    const dayFirst = a > 12 ? true : b > 12 ? false : order === "DMY";
    return dayFirst ? validDate(year, b, a) : validDate(year, a, b);
  }
  const dayMonth = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  const monthDay = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  const [day, monthName, year] = dayMonth
    ? [dayMonth[1], dayMonth[2], dayMonth[3]]
    : monthDay
      ? [monthDay[2], monthDay[1], monthDay[3]]
      : [];
  if (day && monthName && year) {
    const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
    return month > 0 ? validDate(Number(year), month, Number(day)) : null;
  }
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function expandYear(text: string): number {
  if (text.length === 4) return +text;
  // Two-digit years: a birth year of 05 is 2005 only if that is not in the future.
  const year = 2000 + +text;
  return year > new Date().getUTCFullYear() ? year - 100 : year;
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
