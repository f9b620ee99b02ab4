"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { addClientToWaitlist, leaveWaitlist, moveWaitlistEntry, updateWaitlistPolicy } from "@/lib/waitlist/commands";
import { addToWaitlistSchema, leaveWaitlistSchema, moveWaitlistEntrySchema, waitlistPolicySchema } from "@/lib/waitlist/schema";

const refresh = () => revalidatePath("/admin/waitlist");
const desk = actionGroup({ permission: "waitlist:manage", onSuccess: refresh });

export const addToWaitlistAction = desk(addToWaitlistSchema, (actor, input) => addClientToWaitlist(actor, input));
export const moveWaitlistEntryAction = desk(moveWaitlistEntrySchema, moveWaitlistEntry);
export const removeWaitlistEntryAction = desk(leaveWaitlistSchema, (actor, input) => leaveWaitlist(actor, input));

export const updateWaitlistPolicyAction = actionGroup({ permission: "waitlist:manage-policy", onSuccess: refresh })(
  waitlistPolicySchema,
  updateWaitlistPolicy,
);
