"use server";

import { z } from "zod";
import { defineSessionAction } from "@/lib/actions/define-action";
import { requestClient } from "@/lib/auth/request";
import { readTrustedBrowserCookie, writeTrustedBrowserCookie } from "@/lib/auth/trusted-cookie";
import { passkeySecondStepSchema, secondStepSchema } from "@/lib/security/schema";
import { startPasskeySecondStep, verifyPasskeySecondStep, verifySecondStepCode, type SecondStepResult } from "@/lib/security/second-step";

async function context() {
  return { userAgent: (await requestClient()).userAgent, trustedCookie: await readTrustedBrowserCookie() };
}

async function finish(result: SecondStepResult): Promise<{ recoveryCodesLeft: number | null }> {
  if (result.trustedCookie) await writeTrustedBrowserCookie(result.trustedCookie);
  return { recoveryCodesLeft: result.recoveryCodesLeft };
}

export const verifySecondStepAction = defineSessionAction({
  schema: secondStepSchema,
  run: async (session, input) => finish(await verifySecondStepCode(session, input, await context())),
});

export const passkeySecondStepOptionsAction = defineSessionAction({
  schema: z.object({}),
  run: (session) => startPasskeySecondStep(session),
});

export const passkeySecondStepAction = defineSessionAction({
  schema: passkeySecondStepSchema,
  run: async (session, input) => finish(await verifyPasskeySecondStep(session, input, await context())),
});
