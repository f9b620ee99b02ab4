import sharp from "sharp";

/**
 * A JPEG as a phone writes it: EXIF with the camera's make and model, a GPS position, and an
 * orientation tag saying the pixels must be turned 90° (stored landscape, shown portrait).
 */
export async function phoneJpeg({ width = 400, height = 300, seed = 0 } = {}): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    const pixel = i / 3;
    raw[i] = (pixel % width) % 256;
    raw[i + 1] = (Math.floor(pixel / width) + seed * 40) % 256;
    raw[i + 2] = (seed * 70) % 256;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: "Glowbook Test Phone", Model: "GT-1", Software: "Camera 1.0" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 44/1 3000/100", GPSLongitudeRef: "W", GPSLongitude: "73/1 59/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The start of an iPhone HEIC file: an ISO-BMFF `ftyp` box with the `heic` brand. */
export function heicHeader(): Buffer {
  const box = Buffer.alloc(32);
  box.writeUInt32BE(24, 0);
  box.write("ftypheic", 4, "latin1");
  box.write("mif1heic", 16, "latin1");
  return box;
}
