"use client";

import { useFormContext } from "react-hook-form";
import { FACE_ZONE_LABELS, FINDING_LABELS, type FaceZone, type NoteContentInput } from "@/lib/consultation/schema";

// Laid out like a face so it reads as a face chart, but every zone is a fieldset of labelled
// checkboxes: clickable, reachable with Tab and Space, and announced by screen readers.
const AREA: Record<FaceZone, string> = {
  forehead: "sm:col-start-2 sm:row-start-1",
  "right-cheek": "sm:col-start-1 sm:row-start-2",
  nose: "sm:col-start-2 sm:row-start-2",
  "left-cheek": "sm:col-start-3 sm:row-start-2",
  chin: "sm:col-start-2 sm:row-start-3",
  jaw: "sm:col-start-1 sm:row-start-3",
  neck: "sm:col-start-2 sm:row-start-4",
};

export function FaceMap({ disabled }: { disabled?: boolean }) {
  const { register } = useFormContext<NoteContentInput>();
  return (
    <fieldset disabled={disabled}>
      <legend className="font-semibold">Face map — findings by zone</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        {(Object.keys(FACE_ZONE_LABELS) as FaceZone[]).map((zone) => (
          <fieldset key={zone} className={`rounded-lg border border-stone-200 p-3 ${AREA[zone]}`}>
            <legend className="px-1 text-sm font-medium">{FACE_ZONE_LABELS[zone]}</legend>
            {Object.entries(FINDING_LABELS).map(([finding, label]) => (
              <label key={finding} className="flex min-h-9 items-center gap-2 text-sm">
                <input type="checkbox" value={finding} className="size-4 accent-brand-700" {...register(`zones.${zone}`)} />
                {label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
