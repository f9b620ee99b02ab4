import type { Metadata } from "next";
import Link from "next/link";
import { ResendEmailButton } from "@/components/notify/ResendEmailButton";
import { orNotFound, requirePageActor } from "@/lib/auth/page-guard";
import { formatLoggedAt } from "@/lib/format/zoned";
import { getEmailMessage } from "@/lib/notify/queries";
import { STATE_LABELS, TEMPLATE_LABELS } from "@/lib/notify/schema";
import { resendEmailAction } from "../actions";

export const metadata: Metadata = { title: "Email" };

export default async function EmailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("admin:view-emails", `/admin/emails/${id}`);
  const message = await orNotFound(getEmailMessage(actor, id));
  const headers: [string, string][] = [
    ["From", message.fromAddress],
    ["To", message.toAddress],
    ["Subject", message.subject],
    ["Message", TEMPLATE_LABELS[message.template]],
    ["State", STATE_LABELS[message.state]],
    ["Attempts", String(message.attempts)],
    ["Created", formatLoggedAt(message.createdAt, message.timeZone)],
    [sendAfterLabel(message), formatLoggedAt(message.sendAfter, message.timeZone)],
    ["Sent", message.sentAt ? formatLoggedAt(message.sentAt, message.timeZone) : "—"],
  ];
  if (message.lastError) headers.push([message.state === "CANCELLED" ? "Reason" : "Last error", message.lastError]);
  return (
    <div className="space-y-8">
      <header>
        <p>
          <Link href="/admin/emails" className="text-sm font-medium text-brand-700 underline">
            Email log
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{message.subject}</h1>
      </header>
      {message.state === "FAILED" && <ResendEmailButton messageId={message.id} action={resendEmailAction} />}
      <section aria-labelledby="headers-heading" className="space-y-2">
        <h2 id="headers-heading" className="text-lg font-semibold">
          Headers and delivery
        </h2>
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-xl border border-stone-200 bg-white p-4 text-sm">
          {headers.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-stone-700">{label}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
          {message.appointmentId && (
            <div className="contents">
              <dt className="font-medium text-stone-700">Appointment</dt>
              <dd>
                <Link href={`/account/appointments/${message.appointmentId}`} className="text-brand-700 underline">
                  Open the appointment
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="attachments-heading" className="space-y-2">
        <h2 id="attachments-heading" className="text-lg font-semibold">
          Attachments
        </h2>
        {message.attachments.length === 0 ? (
          <p className="text-stone-600">None.</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {message.attachments.map((attachment) => (
              <li key={attachment.filename}>
                {attachment.filename} ({attachment.contentType}, {attachment.size} bytes)
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="text-heading" className="space-y-2">
        <h2 id="text-heading" className="text-lg font-semibold">
          Plain text
        </h2>
        <pre className="max-w-3xl overflow-x-auto whitespace-pre-wrap rounded-xl border border-stone-200 bg-white p-4 text-sm">
          {message.text}
        </pre>
      </section>
      <section aria-labelledby="html-heading" className="space-y-2">
        <h2 id="html-heading" className="text-lg font-semibold">
          HTML, as the recipient sees it
        </h2>
        {/* An empty sandbox: no scripts, no forms, no same-origin access; the stored HTML never enters this page's DOM. */}
        <iframe
          title={`HTML version of “${message.subject}”`}
          sandbox=""
          srcDoc={message.html}
          className="h-[32rem] w-full max-w-3xl rounded-xl border border-stone-200 bg-white"
        />
      </section>
    </div>
  );
}

function sendAfterLabel(message: { state: string; attempts: number }): string {
  if (message.state === "SCHEDULED") return "Due";
  return message.state === "QUEUED" && message.attempts > 0 ? "Next attempt" : "Send after";
}
