"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/lib/actions/types";

/** Deletes a photo while the note is unsigned (the command refuses afterwards). */
export function DeletePhotoButton({
  photoId,
  label,
  remove,
}: {
  photoId: string;
  label: string;
  remove: ServerAction<{ photoId: string }>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      setMessage(null);
      const result = await remove({ photoId });
      if (result.ok) router.refresh();
      else setMessage(result.message);
    });
  return (
    <div>
      <button type="button" disabled={pending} onClick={run} className="min-h-11 text-sm text-red-800 underline disabled:opacity-60">
        {pending ? "Deleting…" : "Delete"}
        <span className="sr-only">{` photo: ${label}`}</span>
      </button>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
