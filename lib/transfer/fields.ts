/**
 * The Glowbook fields an imported column can fill, with the header names other booking systems
 * use for them (Fresha, Vagaro, Square, Boulevard, Mindbody and the spreadsheets people keep), so
 * the mapping step starts from a good guess. Headers are compared without case, spaces or punctuation.
 */

export const CLIENT_FIELDS = [
  {
    key: "fullName",
    label: "Full name",
    synonyms: ["name", "fullname", "clientname", "customername", "client", "customer", "displayname"],
  },
  {
    key: "firstName",
    label: "First name",
    synonyms: ["firstname", "givenname", "first", "forename", "clientfirstname", "customerfirstname"],
  },
  { key: "lastName", label: "Last name", synonyms: ["lastname", "familyname", "surname", "last", "clientlastname", "customerlastname"] },
  { key: "email", label: "Email", synonyms: ["email", "emailaddress", "clientemail", "customeremail", "e-mail", "mail"] },
  {
    key: "phone",
    label: "Phone",
    synonyms: [
      "mobile",
      "mobilenumber",
      "mobilephone",
      "cellphone",
      "cell",
      "phone",
      "phonenumber",
      "telephone",
      "clientphone",
      "customerphone",
      "dayphone",
      "homephone",
    ],
  },
  { key: "birthDate", label: "Date of birth", synonyms: ["dateofbirth", "birthday", "birthdate", "dob", "born"] },
  { key: "notes", label: "Notes", synonyms: ["notes", "note", "clientnotes", "memo", "comments", "alertnotes", "additionalnotes"] },
  {
    key: "marketingConsent",
    label: "Marketing consent",
    synonyms: [
      "acceptsmarketing",
      "marketingoptin",
      "emailmarketingoptin",
      "marketingconsent",
      "emailpromotions",
      "sendpromotionalemails",
      "emailsubscriptionstatus",
      "marketingnotifications",
      "emailmarketing",
      "optin",
      "marketingemails",
    ],
  },
  {
    key: "createdDate",
    label: "Client since",
    synonyms: ["createdat", "created", "creationdate", "clientsince", "customersince", "added", "dateadded", "firstvisit", "signupdate"],
  },
] as const;

export const VISIT_FIELDS = [
  { key: "date", label: "Date", synonyms: ["date", "appointmentdate", "apptdate", "scheduleddate", "visitdate", "bookingdate", "day"] },
  { key: "time", label: "Start time", synonyms: ["time", "starttime", "appointmenttime", "appttime", "scheduledtime", "start"] },
  {
    key: "startsAt",
    label: "Date and start time",
    synonyms: ["startsat", "startdatetime", "appointmentstart", "datetime", "startat", "scheduledat"],
  },
  {
    key: "service",
    label: "Service",
    synonyms: ["service", "servicename", "treatment", "sessiontype", "appointmenttype", "item", "serviceitem", "menuitem"],
  },
  {
    key: "staff",
    label: "Esthetician",
    synonyms: [
      "staff",
      "staffmember",
      "teammember",
      "provider",
      "employee",
      "esthetician",
      "therapist",
      "practitioner",
      "stylist",
      "staffname",
    ],
  },
  { key: "status", label: "Status", synonyms: ["status", "appointmentstatus", "bookingstatus", "state"] },
  ...CLIENT_FIELDS.filter((field) => ["fullName", "firstName", "lastName", "email", "phone"].includes(field.key)),
] as const;

export type ClientFieldKey = (typeof CLIENT_FIELDS)[number]["key"];
export type VisitFieldKey = (typeof VISIT_FIELDS)[number]["key"];
export type FieldKey = ClientFieldKey | VisitFieldKey;

/** Glowbook field -> the 0-based column it is read from. */
export type ColumnMapping = Partial<Record<FieldKey, number>>;

export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * The mapping guessed from the header: for each field in order, the first column whose normalised
 * name is one of its synonyms (earlier synonyms first, so a mobile number beats a home phone); a
 * column fills one field at most. A full-name column is dropped when first and last names are found.
 */
export function guessMapping(headers: readonly string[], fields: readonly { key: FieldKey; synonyms: readonly string[] }[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    for (const synonym of field.synonyms.map(normaliseHeader)) {
      const column = normalised.findIndex((header, index) => header === synonym && !taken.has(index));
      if (column >= 0) {
        mapping[field.key] = column;
        taken.add(column);
        break;
      }
    }
  }
  if (mapping.firstName !== undefined && mapping.lastName !== undefined && mapping.fullName !== undefined) delete mapping.fullName;
  return mapping;
}
