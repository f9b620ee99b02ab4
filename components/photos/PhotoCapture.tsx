"use client";

import { GhostOverlay, type Ghost } from "./GhostOverlay";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ChoiceGroup } from "@/components/ui/ChoiceGroup";
import { FormAlert } from "@/components/ui/FormAlert";
import { FACE_ZONES, FACE_ZONE_LABELS, type FaceZone } from "@/lib/consultation/face-map";
import {
  MAX_UPLOAD_BYTES,
  PHOTO_ANGLES,
  PHOTO_ANGLE_IDS,
  PHOTO_PHASES,
  PHOTO_PHASE_IDS,
  photoAngleLabel,
  type PhotoAngle,
  type PhotoPhase,
} from "@/lib/photos/angles";
import { LiveCamera } from "./LiveCamera";

/** Per phase, per angle key (close-ups per zone: "CLOSE_UP:nose"), the earlier photo to line up with. */
export type Ghosts = Record<PhotoPhase, Record<string, Ghost>>;

const keyOf = (angle: PhotoAngle, zone: FaceZone) => (angle === "CLOSE_UP" ? `${angle}:${zone}` : angle);

/**
 * Taking photos in the treatment room: choose before/after and the angle (with a guide), line the
 * shot up against the same angle from the last visit (a see-through "ghost"), then take it with
 * the live camera, the device's camera app or a file, and save. Uploads go to the photo route as
 * multipart, never through a server action.
 */
export function PhotoCapture({ appointmentId, ghosts, initialPhase }: { appointmentId: string; ghosts: Ghosts; initialPhase: PhotoPhase }) {
  const router = useRouter();
  const [phase, setPhase] = useState<PhotoPhase>(initialPhase);
  const [angle, setAngle] = useState<PhotoAngle>("FRONT");
  const [zone, setZone] = useState<FaceZone>("forehead");
  const [opacity, setOpacity] = useState(40);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const fileInputs = useRef<HTMLInputElement[]>([]);

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const ghost = ghosts[phase][keyOf(angle, zone)] ?? null;
  const label = `${photoAngleLabel(angle, angle === "CLOSE_UP" ? zone : null)}, ${PHOTO_PHASES[phase].toLowerCase()}`;

  const choose = (chosen: File | null) => {
    setAlert(null);
    setSaved(null);
    if (chosen && chosen.size > MAX_UPLOAD_BYTES) {
      setAlert(`That file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Upload a smaller photo.`);
      return;
    }
    setFile(chosen);
    setPreview(chosen ? URL.createObjectURL(chosen) : null);
    setCamera(false);
  };

  const save = async () => {
    if (!file) return setAlert("Take or choose a photo first.");
    setPending(true);
    setAlert(null);
    const body = new FormData();
    body.set("appointmentId", appointmentId);
    body.set("angle", angle);
    body.set("phase", phase);
    if (angle === "CLOSE_UP") body.set("zone", zone);
    body.set("file", file, file.name || "photo.jpg");
    try {
      const response = await fetch("/api/v1/photos", { method: "POST", body });
      const result = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!response.ok) return setAlert(result?.error?.message ?? "The photo could not be saved. Please try again.");
      setSaved(`Saved: ${label}.`);
      setFile(null);
      setPreview(null);
      fileInputs.current.forEach((input) => (input.value = ""));
      const next = PHOTO_ANGLE_IDS[PHOTO_ANGLE_IDS.indexOf(angle) + 1];
      if (next && next !== "CLOSE_UP") setAngle(next);
      router.refresh();
    } catch {
      setAlert("The connection was lost before the photo was saved. Please try again.");
    } finally {
      setPending(false);
    }
  };

  const inputClass =
    "block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4";
  return (
    // Phone: choices, then the viewfinder, then save. Desk: choices and save beside the viewfinder.
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,22rem)_1fr] lg:items-start">
      <div className="space-y-4 lg:col-start-1 lg:row-start-1">
        <ChoiceGroup
          legend="When"
          name="phase"
          value={phase}
          onChange={setPhase}
          choices={PHOTO_PHASE_IDS.map((id) => ({ value: id, label: PHOTO_PHASES[id] }))}
        />
        <div>
          <ChoiceGroup
            legend="Angle"
            name="angle"
            value={angle}
            onChange={setAngle}
            shape="tile"
            className="grid grid-cols-2 gap-2"
            choices={PHOTO_ANGLE_IDS.map((id) => ({ value: id, label: PHOTO_ANGLES[id].label }))}
          />
          <p id="angle-guide" className="mt-2 text-sm text-stone-700">
            {PHOTO_ANGLES[angle].guide}
          </p>
        </div>
        {angle === "CLOSE_UP" && (
          <div>
            <label htmlFor="photo-zone" className="block font-medium">
              Zone of the close-up
            </label>
            <select
              id="photo-zone"
              value={zone}
              onChange={(event) => setZone(event.target.value as FaceZone)}
              className="mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2"
            >
              {FACE_ZONES.map((z) => (
                <option key={z} value={z}>
                  {FACE_ZONE_LABELS[z]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="space-y-3 rounded-lg border border-stone-200 p-3">
          <div>
            <label htmlFor="photo-camera-app" className="block font-medium">
              Take a photo with the camera
            </label>
            <input
              ref={(el) => void (el && (fileInputs.current[0] = el))}
              id="photo-camera-app"
              type="file"
              accept="image/*"
              capture="environment"
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="photo-file" className="block font-medium">
              Upload a photo
            </label>
            <input
              ref={(el) => void (el && (fileInputs.current[1] = el))}
              id="photo-file"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif"
              aria-describedby="photo-file-hint"
              onChange={(event) => choose(event.target.files?.[0] ?? null)}
              className={inputClass}
            />
            <p id="photo-file-hint" className="mt-1 text-xs text-stone-600">
              JPEG, PNG, WebP or AVIF, up to 25 MB. Location and camera details are removed before anything is stored.
            </p>
          </div>
          <LiveCamera active={camera} onActiveChange={setCamera} onCapture={choose} ghost={ghost} opacity={opacity} />
        </div>
      </div>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <Viewfinder preview={camera ? null : preview} ghost={ghost} opacity={opacity} setOpacity={setOpacity} label={label} />
      </div>
      <div className="space-y-3 lg:col-start-1 lg:row-start-2">
        <FormAlert message={alert} />
        <FormAlert message={saved} tone="success" />
        <button
          type="button"
          onClick={save}
          disabled={pending || !file}
          aria-busy={pending || undefined}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "Saving…" : `Save photo (${label})`}
        </button>
      </div>
    </div>
  );
}

function Viewfinder({
  preview,
  ghost,
  opacity,
  setOpacity,
  label,
}: {
  preview: string | null;
  ghost: Ghost | null;
  opacity: number;
  setOpacity: (value: number) => void;
  label: string;
}) {
  return (
    <div className="space-y-2">
      <div className="relative mx-auto aspect-[3/4] w-full max-w-md overflow-hidden rounded-xl bg-stone-900">
        {preview ? (
          // eslint-disable-next-line @next/next/no-img-element -- a local object URL of the photo not yet uploaded
          <img src={preview} alt={`The photo to save: ${label}`} className="absolute inset-0 size-full object-contain" />
        ) : (
          <p className="absolute inset-0 flex items-center justify-center p-6 text-center text-stone-300">No photo taken yet</p>
        )}
        <GhostOverlay ghost={ghost} opacity={opacity} />
      </div>
      {ghost ? (
        <div className="mx-auto max-w-md">
          <label htmlFor="ghost-opacity" className="block text-sm font-medium">
            Overlay of the {ghost.caption}: {opacity}%
          </label>
          <input
            id="ghost-opacity"
            type="range"
            min={0}
            max={90}
            step={5}
            value={opacity}
            onChange={(event) => setOpacity(Number(event.target.value))}
            className="w-full accent-brand-700"
          />
        </div>
      ) : (
        <p className="mx-auto max-w-md text-sm text-stone-600">No earlier photo of this angle to line up with.</p>
      )}
    </div>
  );
}
