"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { leaveWaitlist } from "@/lib/waitlist/commands";
import { leaveWaitlistSchema } from "@/lib/waitlist/schema";

export const leaveWaitlistAction = defineAction({
  permission: "waitlist:join-own",
  schema: leaveWaitlistSchema,
  run: (actor, input) => leaveWaitlist(actor, input),
  onSuccess: () => revalidatePath("/account/waitlist"),
});
