"use client";

import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

const SENT: Record<string, string> = {
  visit: "Sent: the intake form link for their next visit.",
  general: "Sent: a link to the intake form.",
  invitation: "Sent: a link to set a password and fill in the intake form.",
};

/** One-click messages from the client's page (intake link, set-password link), with the outcome announced. */
export function ClientLinkButton({
  label,
  clientId,
  action,
}: {
  label: string;
  clientId: string;
  action: ServerAction<{ clientId: string }, unknown>;
}) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ clientId });
            const sent = result.ok ? (result.data as { sent?: string } | undefined)?.sent : undefined;
            setMessage(result.ok ? { ok: true, text: (sent && SENT[sent]) ?? "Sent." } : { ok: false, text: result.message });
          })
        }
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium disabled:opacity-60"
      >
        {pending ? "Sending…" : label}
      </button>
      <p
        role={message && !message.ok ? "alert" : "status"}
        className={`text-sm ${message?.ok === false ? "text-red-700" : "text-green-800"}`}
      >
        {message?.text}
      </p>
    </div>
  );
}
