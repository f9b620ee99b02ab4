"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import { PHOTO_CONSENT_KINDS, PHOTO_CONSENT_TEXT, PHOTO_CONSENT_TITLES, type PhotoConsentKind } from "@/lib/intake/photo-consent-text";

type State = { granted: boolean; when: string | null };

/** The client's two photo consents, each given or withdrawn on its own; a withdrawal applies at once. */
export function PhotoConsentPanel({
  consents,
  change,
}: {
  consents: Record<PhotoConsentKind, State>;
  change: ServerAction<{ kind: PhotoConsentKind; granted: boolean }, null>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  const toggle = (kind: PhotoConsentKind, granted: boolean) =>
    startTransition(async () => {
      const result = await change({ kind, granted });
      if (!result.ok) return setMessage({ text: result.message, tone: "error" });
      setMessage({
        text: granted ? `${PHOTO_CONSENT_TITLES[kind]}: consent given.` : `${PHOTO_CONSENT_TITLES[kind]}: consent withdrawn.`,
        tone: "success",
      });
      router.refresh();
    });
  return (
    <div className="space-y-4">
      <ul className="space-y-4">
        {PHOTO_CONSENT_KINDS.map((kind) => {
          const state = consents[kind];
          return (
            <li key={kind} className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">{PHOTO_CONSENT_TITLES[kind]}</h3>
              <p className="text-sm text-stone-700">{PHOTO_CONSENT_TEXT[kind]}</p>
              <p className="text-sm">
                {state.granted
                  ? `You gave this consent on ${state.when}.`
                  : state.when
                    ? `You withdrew this consent on ${state.when}.`
                    : "You have not given this consent."}
              </p>
              <button
                type="button"
                disabled={pending}
                onClick={() => toggle(kind, !state.granted)}
                className={`min-h-11 rounded-lg px-4 font-medium disabled:opacity-60 ${state.granted ? "border border-red-700 text-red-800" : "bg-brand-700 text-white"}`}
              >
                {state.granted ? "Withdraw consent" : "Give consent"}
                <span className="sr-only">{`: ${PHOTO_CONSENT_TITLES[kind]}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <FormAlert message={message?.text ?? null} tone={message?.tone} />
    </div>
  );
}
