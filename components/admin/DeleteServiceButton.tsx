"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import type { ServerAction } from "@/lib/actions/types";

type Props = { serviceId: string; archive: boolean; action: ServerAction<{ serviceId: string }> };

export function DeleteServiceButton({ serviceId, archive, action }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await action({ serviceId });
      if (result.ok) router.push("/admin/services");
      else setAlert(result.message);
    });
  return (
    <div className="space-y-2">
      <FormAlert message={alert} />
      <button
        type="button"
        disabled={pending}
        onClick={run}
        className="min-h-11 rounded-lg border border-red-300 bg-white px-4 font-medium text-red-800 disabled:opacity-60"
      >
        {archive ? "Archive service" : "Delete service"}
      </button>
    </div>
  );
}
