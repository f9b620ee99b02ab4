import { addMonths, isLocalDate, type LocalDate } from "@/lib/dates/local-date";

/** How long a submitted intake stays valid unless the spa configures otherwise (six months; admins change it in the booking policy). */
export const DEFAULT_INTAKE_VALID_MONTHS = 6;

/** The first visit date for which an intake submitted on `submittedOn` is no longer current. */
export function intakeExpiresOn(submittedOn: LocalDate, validMonths = DEFAULT_INTAKE_VALID_MONTHS): LocalDate {
  if (!Number.isInteger(validMonths) || validMonths < 1) throw new RangeError(`Invalid validity: ${validMonths} months`);
  return addMonths(submittedOn, validMonths);
}

/**
 * Inside the validity period, booking again only asks the client to confirm or update their intake;
 * after it, a new intake is needed. Measured to the visit date, like every contraindication window.
 */
export function isIntakeCurrent(submittedOn: LocalDate, visitDate: LocalDate, validMonths = DEFAULT_INTAKE_VALID_MONTHS): boolean {
  if (!isLocalDate(visitDate)) throw new RangeError(`Invalid local date: ${visitDate}`);
  return visitDate < intakeExpiresOn(submittedOn, validMonths);
}
