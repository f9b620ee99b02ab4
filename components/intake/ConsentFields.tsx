"use client";

import { useFormContext } from "react-hook-form";
import { INTAKE_SECTION_LABELS, type IntakeInput } from "@/lib/intake";
import { PHOTO_CONSENT_TEXT, PHOTO_CONSENT_TITLES } from "@/lib/intake/photo-consent-text";

export const CONSENT_TEXT =
  "I confirm that my answers are true and complete to the best of my knowledge, that I will tell my esthetician about any change before a treatment, and I consent to the treatment and to the spa keeping these answers in my confidential record.";

/** Consent and a typed signature (the full name as in the contact details). */
export function ConsentFields({ disabled }: { disabled: boolean }) {
  const { register, formState } = useFormContext<IntakeInput>();
  const agreedError = formState.errors.consent?.agreed?.message;
  const signatureError = formState.errors.consent?.signature?.message;
  return (
    <fieldset disabled={disabled} className="space-y-3 rounded-xl border border-stone-200 bg-white p-6">
      <legend className="px-1 text-lg font-semibold">{INTAKE_SECTION_LABELS.consent}</legend>
      <div className="flex min-h-11 items-start gap-3">
        <input
          id="intake-consent-agreed"
          type="checkbox"
          className="mt-1 size-5 shrink-0 accent-brand-700"
          aria-invalid={agreedError ? true : undefined}
          aria-describedby={agreedError ? "intake-consent-agreed-error" : undefined}
          {...register("consent.agreed")}
        />
        <label htmlFor="intake-consent-agreed" className="text-stone-800">
          {CONSENT_TEXT}
        </label>
      </div>
      {agreedError && (
        <p id="intake-consent-agreed-error" className="text-sm text-red-700">
          {agreedError}
        </p>
      )}
      <div className="border-t border-stone-200 pt-4">
        <fieldset className="space-y-3">
          <legend className="mb-2 font-medium text-stone-900">Photos — each optional, and you can withdraw either from your account</legend>
          <PhotoConsentBox id="intake-consent-clinical-photos" name="consent.clinicalPhotos" kind="CLINICAL" />
          <PhotoConsentBox id="intake-consent-marketing-photos" name="consent.marketingPhotos" kind="MARKETING" />
        </fieldset>
      </div>
      <div>
        <label htmlFor="intake-consent-signature" className="block text-sm font-medium text-stone-800">
          Signature — type your full name
        </label>
        <input
          id="intake-consent-signature"
          autoComplete="name"
          className="mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 font-serif text-lg italic aria-[invalid=true]:border-red-600"
          aria-invalid={signatureError ? true : undefined}
          aria-describedby={signatureError ? "intake-consent-signature-error" : undefined}
          {...register("consent.signature")}
        />
        {signatureError && (
          <p id="intake-consent-signature-error" className="mt-1 text-sm text-red-700">
            {signatureError}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function PhotoConsentBox({
  id,
  name,
  kind,
}: {
  id: string;
  name: "consent.clinicalPhotos" | "consent.marketingPhotos";
  kind: keyof typeof PHOTO_CONSENT_TEXT;
}) {
  const { register } = useFormContext<IntakeInput>();
  return (
    <div className="flex min-h-11 items-start gap-3">
      <input id={id} type="checkbox" className="mt-1 size-5 shrink-0 accent-brand-700" {...register(name)} />
      <label htmlFor={id} className="text-stone-800">
        <span className="font-medium">{PHOTO_CONSENT_TITLES[kind]}:</span> {PHOTO_CONSENT_TEXT[kind]}
      </label>
    </div>
  );
}
