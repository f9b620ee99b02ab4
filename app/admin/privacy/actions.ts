"use server";

import { revalidatePath } from "next/cache";
import { actionGroup } from "@/lib/actions/define-action";
import { approveErasure, declineErasure } from "@/lib/privacy/erasure";
import { setRetentionPolicy } from "@/lib/privacy/queries";
import { declineErasureSchema, privacyRequestIdSchema, retentionPolicySchema } from "@/lib/privacy/schema";

const privacy = actionGroup({ permission: "privacy:manage-requests", onSuccess: () => revalidatePath("/admin/privacy") });

export const approveErasureAction = privacy(privacyRequestIdSchema, (actor, input) => approveErasure(actor, input));
export const declineErasureAction = privacy(declineErasureSchema, (actor, input) => declineErasure(actor, input));
export const setRetentionPolicyAction = privacy(retentionPolicySchema, setRetentionPolicy);
