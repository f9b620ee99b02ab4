import { sql, type Sql } from "@/lib/db/client";

export type ExportColumn = { key: string; header: string; description: string };

/** One CSV of the export: its rows (a keyset page after the cursor), its columns and what they mean. */
export type ExportFile = {
  name: string;
  description: string;
  /** Health records: only with the admin's explicit choice and password. */
  clinical: boolean;
  idColumn: Sql;
  columns: readonly ExportColumn[];
  query: (after: Sql, limit: number, timeZone: string) => Sql;
};

const col = (key: string, header: string, description: string): ExportColumn => ({ key, header, description });

// Column headers are the names Glowbook's own import recognises, so the files go back in as they are.
export const EXPORT_FILES: readonly ExportFile[] = [
  {
    name: "clients.csv",
    description: "Every client account (merged duplicates included, with the client they were merged into).",
    clinical: false,
    idColumn: sql`u.id`,
    columns: [
      col("id", "ID", "Glowbook's client ID."),
      col("name", "Name", "Full name."),
      col("email", "Email", "Email address (lower case); empty for a client the desk created without one."),
      col("phone", "Phone", "Phone number as stored (imported numbers are in E.164, e.g. +12125550148)."),
      col("birth_date", "Date of birth", "YYYY-MM-DD, when known."),
      col("marketing_consent_at", "Marketing consent", "When the client agreed to marketing email; empty if not."),
      col(
        "client_since",
        "Client since",
        "YYYY-MM-DD in the spa's time zone: when the client record was created (or the date the previous system had).",
      ),
      col("last_visit_at", "Last visit", "The latest visit that happened (checked in or completed)."),
      col("has_password", "Can sign in", "yes when the client has set a password."),
      col("merged_into_id", "Merged into", "For a merged duplicate: the ID of the client it was merged into."),
    ],
    query: (after, limit, timeZone) => sql`
      SELECT u.id, u.name, u.email, u.phone, to_char(u.birth_date, 'YYYY-MM-DD') AS birth_date, u.marketing_consent_at,
             to_char(u.created_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS client_since, u.last_visit_at,
             CASE WHEN u.password_hash IS NULL THEN 'no' ELSE 'yes' END AS has_password, u.merged_into_id
      FROM app_user u WHERE u.role = 'CLIENT' ${after} ORDER BY u.id LIMIT ${limit}`,
  },
  {
    name: "appointments.csv",
    description: "Every appointment, past and future, of every status.",
    clinical: false,
    idColumn: sql`a.id`,
    columns: [
      col("id", "ID", "Glowbook's appointment ID."),
      col("date", "Date", "Local date, YYYY-MM-DD."),
      col("start_time", "Start time", "Local start time, HH:MM (24-hour)."),
      col("starts_at", "Starts at", "Start instant (UTC)."),
      col("ends_at", "Ends at", "End instant (UTC)."),
      col("status", "Status", "BOOKED, CHECKED_IN, COMPLETED, CANCELLED, NO_SHOW or NEEDS_REVIEW."),
      col("service", "Service", "The service's name."),
      col("staff", "Esthetician", "The esthetician's display name."),
      col("client_id", "Client ID", "The client's ID in clients.csv."),
      col("client_name", "Client name", "The client's name."),
      col("client_email", "Client email", "The client's email."),
      col("client_phone", "Client phone", "The client's phone."),
      col("price", "Price", "Price at booking, in the currency's main unit (e.g. 95.00)."),
      col("currency", "Currency", "ISO currency code."),
      col("client_notes", "Booking notes", "What the client or desk wrote when booking."),
      col("cancelled_at", "Cancelled at", "When it was cancelled (UTC)."),
      col("cancellation_reason", "Cancellation reason", "Why, as recorded."),
      col("created_at", "Booked at", "When it was booked (UTC)."),
    ],
    query: (after, limit, timeZone) => sql`
      SELECT a.id, to_char(a.starts_at AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS date, to_char(a.starts_at AT TIME ZONE ${timeZone}, 'HH24:MI') AS start_time,
             a.starts_at, a.ends_at, a.status::text AS status, s.name AS service, sp.display_name AS staff, a.client_id,
             c.name AS client_name, c.email AS client_email, c.phone AS client_phone, to_char(a.price_cents / 100.0, 'FM999999990.00') AS price,
             a.currency, a.client_notes, a.cancelled_at, a.cancellation_reason, a.created_at
      FROM appointment a JOIN service s ON s.id = a.service_id JOIN staff_profile sp ON sp.id = a.staff_id JOIN app_user c ON c.id = a.client_id
      WHERE true ${after} ORDER BY a.id LIMIT ${limit}`,
  },
  {
    name: "services.csv",
    description: "The service menu, retired services included.",
    clinical: false,
    idColumn: sql`s.id`,
    columns: [
      col("id", "ID", "Glowbook's service ID."),
      col("name", "Name", "Name on the menu."),
      col("slug", "Slug", "The service's address in links."),
      col("description", "Description", "Menu description."),
      col("duration_minutes", "Duration (minutes)", "Treatment length."),
      col("buffer_before_minutes", "Buffer before (minutes)", "Preparation time blocked before."),
      col("buffer_after_minutes", "Buffer after (minutes)", "Clean-up time blocked after."),
      col("price", "Price", "In the currency's main unit."),
      col("currency", "Currency", "ISO currency code."),
      col("steps", "Steps", "Treatment steps, as Glowbook's step names."),
      col("requires_intake", "Requires intake", "Whether a current intake form is needed."),
      col("active", "Active", "Whether it can be booked."),
    ],
    query: (after, limit) => sql`
      SELECT s.id, s.name, s.slug, s.description, s.duration_minutes, s.buffer_before_minutes, s.buffer_after_minutes,
             to_char(s.price_cents / 100.0, 'FM999999990.00') AS price, s.currency, array_to_string(s.steps::text[], ' ') AS steps, s.requires_intake, s.active
      FROM service s WHERE true ${after} ORDER BY s.id LIMIT ${limit}`,
  },
  {
    name: "staff_hours.csv",
    description: "Each esthetician's weekly working hours (one row per stretch of a weekday).",
    clinical: false,
    idColumn: sql`w.id`,
    columns: [
      col("id", "ID", "Row ID."),
      col("staff_id", "Esthetician ID", "The esthetician's staff ID (appointments refer to them by name)."),
      col("staff", "Esthetician", "Display name."),
      col("email", "Email", "The esthetician's sign-in email."),
      col("active", "Active", "Whether they are still on the team."),
      col("start_date", "Start date", "Their first working day at the spa, YYYY-MM-DD (reports count their hours from it)."),
      col("weekday", "Weekday", "1 = Monday … 7 = Sunday."),
      col("starts", "Starts", "Local time, HH:MM."),
      col("ends", "Ends", "Local time, HH:MM."),
    ],
    query: (after, limit) => sql`
      SELECT w.id, sp.id AS staff_id, sp.display_name AS staff, u.email, sp.active, to_char(sp.start_date, 'YYYY-MM-DD') AS start_date, w.weekday,
             to_char(make_interval(mins => w.start_minute), 'HH24:MI') AS starts, to_char(make_interval(mins => w.end_minute), 'HH24:MI') AS ends
      FROM working_hours w JOIN staff_profile sp ON sp.id = w.staff_id JOIN app_user u ON u.id = sp.user_id
      WHERE true ${after} ORDER BY w.id LIMIT ${limit}`,
  },
  {
    name: "homecare_plans.csv",
    description: "Homecare plans written after visits (drafts and published).",
    clinical: false,
    idColumn: sql`h.id`,
    columns: [
      col("id", "ID", "Plan ID."),
      col("appointment_id", "Appointment ID", "The visit it follows (appointments.csv)."),
      col("client_id", "Client ID", "The client (clients.csv)."),
      col("state", "State", "DRAFT or PUBLISHED."),
      col("published_at", "Published at", "When the client could see it (UTC)."),
      col("content", "Plan", "The plan as JSON: morning and evening routines, products and their reasons."),
      col("created_at", "Created at", "UTC."),
    ],
    query: (after, limit) => sql`
      SELECT h.id, h.appointment_id, h.client_id, h.state::text AS state, h.published_at, h.content, h.created_at
      FROM homecare_plan h WHERE true ${after} ORDER BY h.id LIMIT ${limit}`,
  },
  {
    name: "audit_log.csv",
    description: "Who did what and when: every audited change, this export included.",
    clinical: false,
    idColumn: sql`e.id`,
    columns: [
      col("id", "ID", "Event ID."),
      col("created_at", "At", "When (UTC)."),
      col("actor_id", "Actor ID", "Who (an ID from clients.csv or a staff member); empty for the system."),
      col("actor_email", "Actor email", "Their email."),
      col("action", "Action", "What was done, as entity.verb."),
      col("entity_type", "Entity type", "What kind of record."),
      col("entity_id", "Entity ID", "Which record."),
      col("details", "Details", "JSON: what changed (never passwords or health details beyond references)."),
    ],
    query: (after, limit) => sql`
      SELECT e.id, e.created_at, e.actor_id, u.email AS actor_email, e.action, e.entity_type, e.entity_id, e.details
      FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE true ${after} ORDER BY e.id LIMIT ${limit}`,
  },
  {
    name: "treatment_notes.csv",
    description: "Treatment notes (health records), one per visit that has one.",
    clinical: true,
    idColumn: sql`n.id`,
    columns: [
      col("id", "ID", "Note ID."),
      col("appointment_id", "Appointment ID", "The visit (appointments.csv)."),
      col("client_id", "Client ID", "The client (clients.csv)."),
      col("author", "Author", "The esthetician who wrote it."),
      col("signed_at", "Signed at", "When it was signed (UTC); signed notes cannot change."),
      col("content", "Note", "The note as JSON (skin assessment, steps performed, products, response)."),
      col("amendments", "Amendments", "Later amendments as JSON: [{ at, author, text }]."),
    ],
    query: (after, limit) => sql`
      SELECT n.id, n.appointment_id, a.client_id, u.name AS author, n.signed_at, n.content,
             (SELECT coalesce(json_agg(json_build_object('at', m.created_at, 'authorId', m.author_id, 'text', m.text) ORDER BY m.created_at), '[]'::json)
                FROM treatment_note_amendment m WHERE m.note_id = n.id) AS amendments
      FROM treatment_note n JOIN appointment a ON a.id = n.appointment_id JOIN app_user u ON u.id = n.author_id
      WHERE true ${after} ORDER BY n.id LIMIT ${limit}`,
  },
  {
    name: "intake_submissions.csv",
    description: "Intake forms (health questionnaires) as submitted and signed.",
    clinical: true,
    idColumn: sql`i.id`,
    columns: [
      col("id", "ID", "Submission ID."),
      col("client_id", "Client ID", "The client (clients.csv)."),
      col("submitted_on", "Submitted on", "Local date, YYYY-MM-DD."),
      col("submitted_at", "Submitted at", "UTC."),
      col("form_version", "Form version", "Which version of the form."),
      col("consent_agreed", "Consent agreed", "Whether the client agreed to the consent statement."),
      col("signature", "Signature", "The typed signature."),
      col("answers", "Answers", "Every answer as JSON."),
    ],
    query: (after, limit) => sql`
      SELECT i.id, i.client_id, to_char(i.submitted_on, 'YYYY-MM-DD') AS submitted_on, i.submitted_at, i.form_version, i.consent_agreed, i.signature, i.answers
      FROM intake_submission i WHERE true ${after} ORDER BY i.id LIMIT ${limit}`,
  },
  {
    name: "client_notes.csv",
    description: "Notes brought over from a previous system when clients were imported (staff-only).",
    clinical: true,
    idColumn: sql`u.id`,
    columns: [col("id", "Client ID", "The client (clients.csv)."), col("imported_notes", "Notes", "The notes, as they were imported.")],
    query: (after, limit) => sql`
      SELECT u.id, u.imported_notes FROM app_user u WHERE u.role = 'CLIENT' AND u.imported_notes IS NOT NULL ${after} ORDER BY u.id LIMIT ${limit}`,
  },
];
