import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-length";
import { isAcceptableLength, messages, newPassword } from "@/lib/auth/schema";
import {
  passkeyNameSchema,
  recoveryCodeSchema,
  registrationResponseSchema,
  authenticationResponseSchema,
  totpCodeSchema,
} from "@/lib/auth/second-factor/schema";

// One schema per form, shared by the component (zodResolver) and the action (safeParse).

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(PASSWORD_MAX_LENGTH * 2, "That is not your current password."),
    newPassword,
    confirmPassword: z
      .string({ error: messages.confirmPasswordRequired })
      .min(1, messages.confirmPasswordRequired)
      .max(PASSWORD_MAX_LENGTH * 2),
  })
  .superRefine((value, context) => {
    if (value.confirmPassword && value.confirmPassword !== value.newPassword) {
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: messages.passwordsDoNotMatch });
    }
    if (isAcceptableLength(value.newPassword) && value.newPassword === value.currentPassword) {
      context.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password you have not been using here." });
    }
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordData = z.output<typeof changePasswordSchema>;

export const sessionIdSchema = z.object({ sessionId: z.uuid("That session was not found.") });
export const passkeyIdSchema = z.object({ passkeyId: z.uuid("That passkey was not found.") });

export const totpCodeInputSchema = z.object({ code: totpCodeSchema });

/** The second step at sign-in: a code from the app, or a recovery code; optionally trust the browser. */
export const secondStepSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("totp"), code: totpCodeSchema, trustBrowser: z.boolean().default(false) }),
  z.object({ method: z.literal("recovery"), code: recoveryCodeSchema, trustBrowser: z.boolean().default(false) }),
]);
export type SecondStepInput = z.input<typeof secondStepSchema>;

export const passkeySecondStepSchema = z.object({
  challengeId: z.uuid(),
  response: authenticationResponseSchema,
  trustBrowser: z.boolean().default(false),
});

export const passkeyRegistrationSchema = z.object({
  challengeId: z.uuid(),
  response: registrationResponseSchema,
  name: passkeyNameSchema,
});

export const securityPolicySchema = z.object({ requireStaffTwoFactor: z.boolean() });
export type SecurityPolicyInput = z.infer<typeof securityPolicySchema>;
