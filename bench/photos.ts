// Benchmark of photo processing (lib/photos/process.ts): a 12-megapixel JPEG as a phone writes it
// (4000×3000, EXIF with GPS and an orientation to apply) becomes an upright, metadata-free ~320 px
// thumbnail and ~1600 px display image in WebP, as an upload does. Target: under 1.5 s. Figures
// are printed, not asserted; keeping originals (off by default) is timed too, for information.
import "../scripts/lib/server-only-outside-next";
import { performance } from "node:perf_hooks";
import sharp from "sharp";
import { processPhoto } from "@/lib/photos/process";
import { createRandom, percentile } from "./lib/stats";

const WIDTH = 4000;
const HEIGHT = 3000;
const WARM_UP_RUNS = 1;
const MEASURED_RUNS = 7;

// Smooth gradients with fine noise, like skin under studio light: a JPEG of realistic size, not a
// flat colour that compresses to nothing.
async function twelveMegapixelJpeg(): Promise<Buffer> {
  const random = createRandom(15);
  const raw = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 3;
      const noise = random() * 24;
      raw[i] = 150 + (x / WIDTH) * 70 + noise;
      raw[i + 1] = 110 + (y / HEIGHT) * 60 + noise;
      raw[i + 2] = 90 + Math.sin(x / 90) * 20 + noise;
    }
  }
  return sharp(raw, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withExif({
      IFD0: { Make: "Bench Phone", Model: "BP-12" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 44/1 3000/100", GPSLongitudeRef: "W", GPSLongitude: "73/1 59/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92 })
    .toBuffer();
}

async function time(input: Buffer, keepOriginal: boolean): Promise<number[]> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await processPhoto(input, { keepOriginal });
  const timings: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const started = performance.now();
    await processPhoto(input, { keepOriginal });
    timings.push(performance.now() - started);
  }
  return timings;
}

async function main() {
  const input = await twelveMegapixelJpeg();
  const sample = await processPhoto(input, { keepOriginal: false });
  const format = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  console.log(`photo processing: ${WIDTH}×${HEIGHT} JPEG (${(input.length / 1024 / 1024).toFixed(1)} MB, EXIF with GPS, orientation 6)`);
  console.log(
    `  variants: ${sample.variants.map((v) => `${v.variant} ${v.width}×${v.height} ${(v.body.length / 1024).toFixed(0)} KB`).join(", ")}`,
  );
  const standard = await time(input, false);
  console.log(
    `  thumbnail + display (default), ${MEASURED_RUNS} runs: median ${format(percentile(standard, 50))}, max ${format(Math.max(...standard))} (target < 1.500 s)`,
  );
  const withOriginal = await time(input, true);
  console.log(`  with the full-size original kept, ${MEASURED_RUNS} runs: median ${format(percentile(withOriginal, 50))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
