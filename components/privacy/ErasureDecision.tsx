"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import type { DeclineErasureInput } from "@/lib/privacy/schema";

type Props = {
  requestId: string;
  clientName: string;
  approve: ServerAction<{ requestId: string }, unknown>;
  decline: ServerAction<DeclineErasureInput, unknown>;
};

const BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-medium disabled:cursor-not-allowed disabled:opacity-60";

/**
 * An admin's decision on one erasure request. Approving takes a second, explicit click (it
 * cannot be undone); declining needs a reason, which the client sees.
 */
export function ErasureDecision({ requestId, clientName, approve, decline }: Props) {
  const [mode, setMode] = useState<"idle" | "confirm-approve" | "decline">("idle");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const reasonId = `decline-reason-${requestId}`;
  const confirmRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const approveRef = useRef<HTMLButtonElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const previous = useRef(mode);
  // Keyboard and screen-reader users land on what just opened (the question, the reason field),
  // and back on the button that opened it when they cancel.
  useEffect(() => {
    if (mode === "confirm-approve") confirmRef.current?.focus();
    if (mode === "decline") reasonRef.current?.focus();
    if (mode === "idle" && previous.current === "confirm-approve") approveRef.current?.focus();
    if (mode === "idle" && previous.current === "decline") declineRef.current?.focus();
    previous.current = mode;
  }, [mode]);

  const run = (call: () => ReturnType<ServerAction<unknown, unknown>>) =>
    startTransition(async () => {
      setAlert(null);
      setReasonError(null);
      const result = await call();
      if (!result.ok) {
        const fieldError = result.fieldErrors?.reason?.[0];
        if (fieldError) setReasonError(fieldError);
        else setAlert(result.message);
      }
    });

  return (
    <div className="space-y-3">
      {mode === "idle" && (
        <div className="flex flex-wrap gap-3">
          <button
            ref={approveRef}
            type="button"
            className={`${BUTTON} bg-red-700 text-white hover:bg-red-800`}
            onClick={() => setMode("confirm-approve")}
          >
            Approve…
          </button>
          <button
            ref={declineRef}
            type="button"
            className={`${BUTTON} border border-stone-300 bg-white text-stone-800 hover:bg-stone-50`}
            onClick={() => setMode("decline")}
          >
            Decline…
          </button>
        </div>
      )}
      {mode === "confirm-approve" && (
        <div
          role="group"
          aria-label={`Confirm erasure for ${clientName}`}
          className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4"
        >
          <p className="text-sm text-red-900">
            Erase {clientName}&apos;s personal data now? Their upcoming visits are cancelled and they can no longer sign in. Clinical
            records are kept for the retention period. This cannot be undone.
          </p>
          <Actions
            pending={pending}
            confirm={{ label: "Erase now", pendingLabel: "Erasing…", tone: "danger", onClick: () => run(() => approve({ requestId })) }}
            onCancel={() => setMode("idle")}
          />
        </div>
      )}
      {mode === "decline" && (
        <form
          aria-label={`Decline the request of ${clientName}`}
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            run(() => decline({ requestId, reason }));
          }}
        >
          <div>
            <label htmlFor={reasonId} className="block text-sm font-medium text-stone-800">
              Why the request is declined
            </label>
            <p id={`${reasonId}-hint`} className="mt-0.5 text-xs text-stone-600">
              The client sees this on their privacy page. Do not include health details.
            </p>
            <textarea
              ref={reasonRef}
              id={reasonId}
              value={reason}
              maxLength={500}
              rows={3}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={[`${reasonId}-hint`, reasonError ? `${reasonId}-error` : null].filter(Boolean).join(" ")}
              className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600"
            />
            {reasonError && (
              <p id={`${reasonId}-error`} className="mt-1 text-sm text-red-700">
                {reasonError}
              </p>
            )}
          </div>
          <Actions
            pending={pending}
            confirm={{ label: "Decline request", pendingLabel: "Declining…", tone: "primary" }}
            onCancel={() => setMode("idle")}
          />
        </form>
      )}
      <FormAlert message={alert} />
    </div>
  );
}

/** The confirming button (a submit button when it has no onClick) and Cancel. */
function Actions({
  pending,
  confirm,
  onCancel,
}: {
  pending: boolean;
  confirm: { label: string; pendingLabel: string; tone: "danger" | "primary"; onClick?: () => void };
  onCancel: () => void;
}) {
  const tone = confirm.tone === "danger" ? "bg-red-700 text-white hover:bg-red-800" : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <div className="flex flex-wrap gap-3">
      <button
        type={confirm.onClick ? "button" : "submit"}
        disabled={pending}
        aria-busy={pending || undefined}
        className={`${BUTTON} ${tone}`}
        onClick={confirm.onClick}
      >
        {pending ? confirm.pendingLabel : confirm.label}
      </button>
      <button type="button" disabled={pending} className={`${BUTTON} border border-stone-300 bg-white text-stone-800`} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
