"use client";

import { GhostOverlay, type Ghost } from "./GhostOverlay";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const noChange = () => () => undefined;
const hasLiveCamera = () => !!navigator.mediaDevices?.getUserMedia;

/**
 * The live camera where the browser offers one (a secure origin with getUserMedia), with the
 * ghost of the earlier photo over the picture. Its shot becomes a JPEG file like any other.
 */
export function LiveCamera({
  active,
  onActiveChange,
  onCapture,
  ghost,
  opacity,
}: {
  active: boolean;
  onActiveChange: (active: boolean) => void;
  onCapture: (file: File) => void;
  ghost: Ghost | null;
  opacity: number;
}) {
  const supported = useSyncExternalStore(noChange, hasLiveCamera, () => false);
  const [error, setError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment", width: { ideal: 3000 }, height: { ideal: 4000 } }, audio: false })
      .then((media) => {
        if (cancelled) return media.getTracks().forEach((track) => track.stop());
        stream.current = media;
        if (video.current) video.current.srcObject = media;
      })
      .catch(() => {
        setError("The camera could not be opened. Allow camera access, or use “Take a photo with the camera” above.");
        onActiveChange(false);
      });
    return () => {
      cancelled = true;
      stream.current?.getTracks().forEach((track) => track.stop());
      stream.current = null;
    };
  }, [active, onActiveChange]);

  if (!supported) return null;

  const shoot = () => {
    const source = video.current;
    if (!source || source.videoWidth === 0) return;
    const canvas = document.createElement("canvas");
    canvas.width = source.videoWidth;
    canvas.height = source.videoHeight;
    canvas.getContext("2d")?.drawImage(source, 0, 0);
    canvas.toBlob((blob) => blob && onCapture(new File([blob], "camera.jpg", { type: "image/jpeg" })), "image/jpeg", 0.92);
  };

  return (
    <div className="space-y-2">
      <button
        type="button"
        aria-pressed={active}
        onClick={() => {
          setError(null);
          onActiveChange(!active);
        }}
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-4 font-medium"
      >
        {active ? "Close the live camera" : "Use the live camera"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {active && (
        <div className="space-y-2">
          <div className="relative aspect-[3/4] w-full overflow-hidden rounded-lg bg-black">
            <video ref={video} autoPlay playsInline muted aria-label="Live camera" className="absolute inset-0 size-full object-contain" />
            <GhostOverlay ghost={ghost} opacity={opacity} />
          </div>
          <button type="button" onClick={shoot} className="min-h-11 rounded-lg bg-brand-700 px-5 font-medium text-white">
            Take the photo
          </button>
        </div>
      )}
    </div>
  );
}
