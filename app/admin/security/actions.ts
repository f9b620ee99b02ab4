"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { setSecurityPolicy } from "@/lib/security/policy";
import { securityPolicySchema } from "@/lib/security/schema";

export const updateSecurityPolicyAction = defineAction({
  permission: "admin:manage-security",
  schema: securityPolicySchema,
  run: setSecurityPolicy,
  onSuccess: () => revalidatePath("/admin/security"),
});
