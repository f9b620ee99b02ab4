"use client";

import { useState, type PointerEvent as ReactPointerEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import {
  FACE_ZONES,
  FACE_ZONE_LABELS,
  FINDINGS,
  FINDING_LABELS,
  MARKER_NOTE_MAX,
  MAX_MARKERS,
  normaliseFaceMap,
  toggleFinding,
  type FaceMap as FaceMapData,
  type FaceZone,
  type Finding,
} from "@/lib/consultation/face-map";
import type { NoteContentInput } from "@/lib/consultation/schema";
import { ChoiceGroup } from "@/components/ui/ChoiceGroup";
import { FaceDiagram } from "./FaceDiagram";
import { FACE_VIEWBOX, keyboardMarkerSpot, nearestZone, toFraction } from "./face-geometry";

/**
 * The face map of the note form: tap a zone on the drawing (or choose it in the list) and tick
 * its findings; "Pin a marker" then a tap drops a numbered marker there, which takes a short
 * note. Every part has a keyboard and screen-reader equivalent in the list beside the drawing.
 */
export function FaceMap({ disabled }: { disabled?: boolean }) {
  const { setValue, getValues } = useFormContext<NoteContentInput>();
  const faceMap = normaliseFaceMap(useWatch<NoteContentInput, "faceMap">({ name: "faceMap" }));
  const [zone, setZone] = useState<FaceZone>("forehead");
  const [pinning, setPinning] = useState(false);

  const write = (next: FaceMapData) => setValue("faceMap", next, { shouldDirty: true });
  const current = () => normaliseFaceMap(getValues("faceMap"));

  const addMarker = (at: FaceZone, x: number, y: number) => {
    const map = current();
    if (map.markers.length >= MAX_MARKERS) return;
    write({ ...map, markers: [...map.markers, { zone: at, x, y, finding: null, note: "" }] });
  };

  const onPointer = (hit: FaceZone | null, event: ReactPointerEvent<SVGSVGElement>) => {
    if (disabled) return;
    if (!pinning) {
      if (hit) setZone(hit);
      return;
    }
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * FACE_VIEWBOX.width;
    const y = ((event.clientY - box.top) / box.height) * FACE_VIEWBOX.height;
    const at = hit ?? nearestZone(x, y);
    setZone(at);
    addMarker(at, toFraction(x, FACE_VIEWBOX.width), toFraction(y, FACE_VIEWBOX.height));
    setPinning(false);
  };

  const has = (finding: Finding) => faceMap.findings.some((entry) => entry.zone === zone && entry.finding === finding);
  const countOn = (z: FaceZone) => faceMap.findings.filter((entry) => entry.zone === z).length;

  return (
    <fieldset disabled={disabled} className="space-y-3">
      <legend className="font-semibold">Face map</legend>
      <p className="text-sm text-stone-600">
        Tap a zone, then tick what you see. Left and right are the client&apos;s own. To pin a marker, press “Pin a marker” and tap the
        spot.
      </p>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,15rem)_1fr]">
        <div className="space-y-2">
          <FaceDiagram
            faceMap={faceMap}
            selected={zone}
            onZonePointer={onPointer}
            label={`Face map drawing${pinning ? ": tap where the marker goes" : ""}`}
            className={`w-full max-w-60 touch-manipulation select-none rounded-lg border ${pinning ? "border-amber-600" : "border-stone-200"}`}
          />
          <button
            type="button"
            aria-pressed={pinning}
            onClick={() => setPinning((on) => !on)}
            className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 text-sm font-medium aria-pressed:border-amber-600 aria-pressed:bg-amber-50"
          >
            {pinning ? "Tap the drawing… (cancel)" : "Pin a marker"}
          </button>
        </div>
        <div className="space-y-3">
          <ChoiceGroup
            legend="Zone"
            name="face-map-zone"
            value={zone}
            onChange={setZone}
            choices={FACE_ZONES.map((z) => ({
              value: z,
              label: (
                <>
                  {FACE_ZONE_LABELS[z]}
                  {countOn(z) > 0 && <span className="text-xs text-stone-600">({countOn(z)})</span>}
                </>
              ),
            }))}
          />
          <fieldset className="rounded-lg border border-stone-200 p-3">
            <legend className="px-1 text-sm font-semibold">{FACE_ZONE_LABELS[zone]}</legend>
            <div className="grid grid-cols-2 gap-x-3">
              {FINDINGS.map((finding) => (
                <label key={finding} className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-700"
                    checked={has(finding)}
                    onChange={(event) => write(toggleFinding(current(), zone, finding, event.target.checked))}
                  />
                  {FINDING_LABELS[finding]}
                </label>
              ))}
            </div>
            <button
              type="button"
              onClick={() => {
                const { x, y } = keyboardMarkerSpot(zone, faceMap.markers.filter((m) => m.zone === zone).length);
                addMarker(zone, toFraction(x, FACE_VIEWBOX.width), toFraction(y, FACE_VIEWBOX.height));
              }}
              className="mt-2 min-h-11 text-sm font-medium text-brand-700 underline"
            >
              Add a marker on the {FACE_ZONE_LABELS[zone].toLowerCase()}
            </button>
          </fieldset>
          <Markers faceMap={faceMap} write={write} current={current} />
        </div>
      </div>
    </fieldset>
  );
}

function Markers({ faceMap, write, current }: { faceMap: FaceMapData; write: (map: FaceMapData) => void; current: () => FaceMapData }) {
  const { formState } = useFormContext<NoteContentInput>();
  if (faceMap.markers.length === 0) return null;
  const update = (index: number, patch: Partial<FaceMapData["markers"][number]>) => {
    const map = current();
    write({ ...map, markers: map.markers.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  };
  return (
    <ol aria-label="Markers" className="space-y-2">
      {faceMap.markers.map((marker, index) => {
        const id = `face-marker-${index}`;
        const error = formState.errors.faceMap?.markers?.[index]?.note?.message;
        return (
          <li key={index} className="rounded-lg border border-amber-200 bg-amber-50/50 p-2 text-sm">
            <p className="font-medium">
              Marker {index + 1} — {FACE_ZONE_LABELS[marker.zone]}
            </p>
            <div className="mt-1 grid gap-2 sm:grid-cols-[10rem_1fr]">
              <label className="block">
                <span className="sr-only">Finding at marker {index + 1}</span>
                <select
                  value={marker.finding ?? ""}
                  onChange={(event) => update(index, { finding: (event.target.value || null) as Finding | null })}
                  className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2"
                >
                  <option value="">No finding</option>
                  {FINDINGS.map((f) => (
                    <option key={f} value={f}>
                      {FINDING_LABELS[f]}
                    </option>
                  ))}
                </select>
              </label>
              <div>
                <label htmlFor={id} className="sr-only">
                  Note for marker {index + 1}
                </label>
                <input
                  id={id}
                  maxLength={MARKER_NOTE_MAX}
                  placeholder="Short note"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2"
                  value={marker.note}
                  onChange={(event) => update(index, { note: event.target.value })}
                />
                {error && (
                  <p id={`${id}-error`} className="text-red-700">
                    {error}
                  </p>
                )}
              </div>
            </div>
            <button
              type="button"
              onClick={() => {
                const map = current();
                write({ ...map, markers: map.markers.filter((_, i) => i !== index) });
              }}
              className="mt-1 min-h-11 text-red-800 underline"
            >
              Remove marker {index + 1}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
