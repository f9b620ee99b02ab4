"use client";

import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";
import { secondaryButton } from "./buttons";
import { useActionAlert } from "./use-action-alert";

export type SessionRow = { id: string; current: boolean; device: string; ip: string; started: string; lastActive: string };

type Props = {
  sessions: SessionRow[];
  endSession: ServerAction<{ sessionId: string }>;
  endOthers: ServerAction<Record<string, never>, { ended: number }>;
};

/** Where the person is signed in, with a way to end any other session at once. */
export function SessionList({ sessions, endSession, endOthers }: Props) {
  const { pending, alert, run } = useActionAlert();
  const others = sessions.filter((session) => !session.current).length;

  return (
    <div className="mt-4 space-y-4">
      <ul aria-label="Your sessions" className="divide-y divide-stone-200 rounded-lg border border-stone-200">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div className="text-sm">
              <p className="font-medium text-stone-900">
                {session.device}
                {session.current && <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">This browser</span>}
              </p>
              <p className="text-stone-600">
                Signed in {session.started} · last active {session.lastActive} · {session.ip}
              </p>
            </div>
            {!session.current && (
              <button
                type="button"
                disabled={pending}
                className={secondaryButton}
                aria-label={`Sign out ${session.device}, signed in ${session.started}`}
                onClick={() => run(() => endSession({ sessionId: session.id }), `${session.device} was signed out.`)}
              >
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} />
      {others > 0 && (
        <button
          type="button"
          disabled={pending}
          className={secondaryButton}
          onClick={() => run(() => endOthers({}), "Every other session was signed out.")}
        >
          Sign out everywhere else
        </button>
      )}
    </div>
  );
}
