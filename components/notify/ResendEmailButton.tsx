"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import type { ResendEmailInput } from "@/lib/notify/schema";

type Props = { messageId: string; action: ServerAction<ResendEmailInput> };

/** "Send again" for a FAILED message; the page then shows it Queued, and the worker takes it from there. */
export function ResendEmailButton({ messageId, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<{ message: string; tone: "error" | "success" } | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await action({ messageId });
      setAlert(
        result.ok
          ? { message: "Queued to be sent again. This page shows how it goes.", tone: "success" }
          : { message: result.message, tone: "error" },
      );
      if (result.ok) router.refresh();
    });
  return (
    <div className="max-w-3xl space-y-2">
      <p className="text-sm text-stone-700">This message was not delivered. Once the address or the mail server is fixed, send it again.</p>
      <button
        type="button"
        disabled={pending}
        onClick={run}
        className="min-h-11 rounded-lg bg-brand-700 px-4 font-medium text-white disabled:opacity-60"
      >
        {pending ? "Queuing…" : "Send again"}
      </button>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
    </div>
  );
}
