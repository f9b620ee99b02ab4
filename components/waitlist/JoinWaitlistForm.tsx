"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { FormAlert } from "@/components/ui/FormAlert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ServerAction } from "@/lib/actions/types";
import { joinWaitlistSchema, type JoinWaitlistInput } from "@/lib/waitlist/schema";
import { WaitlistPreferenceFields } from "./WaitlistPreferenceFields";

type Props = {
  defaultValues: JoinWaitlistInput;
  today: string;
  lastDate: string;
  action: ServerAction<JoinWaitlistInput, { id: string }>;
};

/** A client joins the waitlist for the treatment (and esthetician) they picked on /book. */
export function JoinWaitlistForm({ defaultValues, today, lastDate, action }: Props) {
  const form = useForm<JoinWaitlistInput>({ resolver: zodResolver(joinWaitlistSchema), defaultValues });
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [alert, setAlert] = useState<string | null>(null);

  const onSubmit = form.handleSubmit((values) => {
    setAlert(null);
    startTransition(async () => {
      const result = await action(values);
      if (result.ok) router.push("/account/waitlist?joined=1");
      else setAlert(applyServerErrors(result, form.setError, ["fromDate", "toDate", "staffId"]));
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Join the waitlist" className="space-y-5">
        <fieldset disabled={pending} className="space-y-5">
          <WaitlistPreferenceFields idPrefix="waitlist" today={today} lastDate={lastDate} />
        </fieldset>
        <FormAlert message={alert} />
        <SubmitButton pending={pending} pendingLabel="Joining…">
          Join the waitlist
        </SubmitButton>
      </form>
    </FormProvider>
  );
}
