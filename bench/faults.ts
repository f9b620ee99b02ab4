import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { addDays, getLocalDate } from "../lib/dates/local-date";
import { findFreePort } from "../lib/db/embedded";
import { openSession, postBooking, sessionCookie } from "../tests/support/app-client";
import { killHard, postmasterPid, startGlowbook, waitForOutput } from "../tests/support/processes";
import { startTestSmtpServer } from "../tests/support/smtp-server";
import { waitFor } from "../tests/support/wait-for";

/**
 * `npm run bench:faults`: the PostgreSQL-kill scenario end to end. `npm start` (embedded
 * PostgreSQL, the worker, the web server) with a real SMTP server; a client books steadily through
 * the API with an Idempotency-Key per booking, retrying a 503 or a dropped connection with the same
 * key; PostgreSQL is killed with SIGKILL mid-run. Prints the downtime, what the API answered, and
 * the messages sent, duplicated and lost. Exits non-zero if anything was lost, booked twice, or
 * answered with a 5xx other than 503.
 */
const SECRET = "bench-faults-secret-0123456789abcdef0123456789";
const BOOKINGS = 40;
const KILL_AFTER_BOOKINGS = 12;

type Attempt = { status: number; at: number };

async function main() {
  const folder = await mkdtemp(path.join(os.tmpdir(), "glowbook-bench-faults-"));
  await chmod(folder, 0o755);
  const dataDir = path.join(folder, "data");
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const smtp = await startTestSmtpServer();
  const app = startGlowbook({
    DATABASE_URL: undefined,
    GLOWBOOK_DATA_DIR: dataDir,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: SECRET,
    SMTP_URL: smtp.url,
  });
  let db: pg.Pool | undefined;
  try {
    console.log("Starting Glowbook (npm start; builds first if the code changed)…");
    await waitForOutput(app, /Glowbook is running at/, 600_000);
    const url = (await readFile(path.join(dataDir, "database-url"), "utf8")).trim();
    db = new pg.Pool({ connectionString: url, max: 2 });
    // The pool's idle connection dies with PostgreSQL; it reconnects on the next query.
    db.on("error", () => {});
    const client = (
      await db.query<{ id: string; email: string; name: string }>("SELECT id, email, name FROM app_user WHERE email = $1", [
        "client@glowbook.test",
      ])
    ).rows[0]!;
    const cookie = await sessionCookie(SECRET, await openSession(db, client.id));
    const from = addDays(getLocalDate(new Date(), "America/New_York"), 3);
    const availability = (await (
      await fetch(`${baseUrl}/api/v1/availability?service=deep-pore-cleansing-facial&from=${from}&to=${addDays(from, 30)}`)
    ).json()) as { slots: { start: string }[] };
    const slots = availability.slots.filter((_, i) => i % 9 === 0).slice(0, BOOKINGS);

    const attempts: Attempt[] = [];
    let killedAt = 0;
    let recoveredAt = 0;
    const began = Date.now();
    let acknowledged = 0;
    let conflicts = 0;
    for (const [i, slot] of slots.entries()) {
      if (i === KILL_AFTER_BOOKINGS) {
        killedAt = Date.now();
        killHard(postmasterPid(path.join(dataDir, "postgres")));
        console.log(`Killed PostgreSQL (SIGKILL) after ${i} bookings.`);
      }
      // A client with an idempotency key retries until it has an answer.
      const body = { serviceId: "deep-pore-cleansing-facial", staffId: null, startsAt: slot.start, clientNotes: "" };
      for (;;) {
        const answer = await postBooking({ baseUrl, cookie, body, idempotencyKey: `bench-faults-${i}` }).catch(() => ({ status: 0 }));
        attempts.push({ status: answer.status, at: Date.now() });
        if (answer.status === 201) acknowledged++;
        if (answer.status === 409) conflicts++;
        if (answer.status !== 503 && answer.status !== 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      if (killedAt && !recoveredAt && attempts.at(-1)!.status < 500) recoveredAt = Date.now();
    }
    const bookingSeconds = (Date.now() - began) / 1000;

    // Every message the bookings wrote that is due now must reach SMTP exactly once.
    const due = await waitFor(
      () => db!.query<{ id: string; state: string }>("SELECT id, state::text FROM email_message WHERE state <> 'SCHEDULED'"),
      {
        until: (result) => result.rows.every((row) => row.state === "SENT" || row.state === "FAILED"),
        show: (result) => result.rows.filter((row) => row.state !== "SENT").map((row) => row.state),
        description: "every due message to be settled",
        timeoutMs: 180_000,
        intervalMs: 500,
      },
    );
    const copies = smtp.copiesByMessageId();
    const expected = due.rows.map((row) => `<email-${row.id}@glowbook.test>`);
    const sent = expected.filter((id) => (copies.get(id) ?? 0) >= 1).length;
    const duplicated = expected.reduce((sum, id) => sum + Math.max(0, (copies.get(id) ?? 0) - 1), 0);
    const lost = expected.length - sent;
    const appointments = Number(
      (await db.query<{ n: string }>("SELECT count(*) AS n FROM appointment WHERE client_id = $1", [client.id])).rows[0]!.n,
    );
    const statuses = new Map<number, number>();
    for (const attempt of attempts) statuses.set(attempt.status, (statuses.get(attempt.status) ?? 0) + 1);
    const otherServerErrors = attempts.filter((a) => a.status >= 500 && a.status !== 503).length;

    console.log(`\nPostgreSQL killed mid-run (SIGKILL), restarted by npm start's supervisor`);
    console.log(`  downtime seen by the API: ${((recoveredAt - killedAt) / 1000).toFixed(1)} s (kill → first answer that is not 503)`);
    console.log(
      `  ${BOOKINGS} bookings in ${bookingSeconds.toFixed(1)} s; API answers: ${[...statuses].map(([status, n]) => `${status === 0 ? "no answer" : status} ×${n}`).join(", ")}`,
    );
    console.log(`  5xx other than 503: ${otherServerErrors}`);
    console.log(
      `  bookings acknowledged (201): ${acknowledged}, refused (409): ${conflicts}, appointments in the database: ${appointments}`,
    );
    console.log(`\nMessages due: ${expected.length}`);
    console.log(`  sent: ${sent}`);
    console.log(`  duplicated: ${duplicated}`);
    console.log(`  lost: ${lost}`);
    console.log(`  failed: ${due.rows.filter((row) => row.state === "FAILED").length}`);
    if (lost > 0 || otherServerErrors > 0 || appointments !== acknowledged) process.exitCode = 1;
  } finally {
    await db?.end();
    if (app.child.exitCode === null) {
      app.child.kill("SIGTERM");
      await app.exited;
    }
    await smtp.close();
    await rm(folder, { recursive: true, force: true });
  }
}

void main();
