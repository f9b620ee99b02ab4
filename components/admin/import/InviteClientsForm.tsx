"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";

type Props = {
  importId: string;
  invitable: number;
  perBatch: number;
  perMinute: number;
  action: ServerAction<{ importId: string }, { queued: number; remaining: number }>;
};

/** Sends imported clients a set-password link each, a batch at a time, spaced out by the outbox. */
export function InviteClientsForm({ importId, invitable, perBatch, perMinute, action }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const [pending, startTransition] = useTransition();
  const n = (value: number) => value.toLocaleString("en-US");
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ importId });
      setMessage(
        result.ok
          ? { text: `${n(result.data.queued)} invitations queued; ${n(result.data.remaining)} clients still to invite.`, tone: "success" }
          : { text: result.message, tone: "error" },
      );
      if (result.ok) router.refresh();
    });
  };
  const batch = Math.min(invitable, perBatch);
  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby="invite-heading"
      className="max-w-2xl space-y-3 rounded-xl border border-stone-200 bg-white p-6"
    >
      <h2 id="invite-heading" className="text-lg font-semibold">
        Invite imported clients
      </h2>
      <p className="text-sm text-stone-700">
        Imported clients have no password. Each can get a single-use link to set one (valid for a week from when it is sent), or use
        &ldquo;Forgot password&rdquo; whenever they first sign in. Invitations go {n(perMinute)} a minute so mail providers do not take them
        for spam.
      </p>
      <p className="font-medium">
        {invitable === 0 ? "No imported client is waiting for an invitation." : `${n(invitable)} clients with an email can be invited.`}
      </p>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
      {invitable > 0 && (
        <SubmitButton pending={pending} pendingLabel="Queuing…">
          Send {n(batch)} invitations
        </SubmitButton>
      )}
    </form>
  );
}
