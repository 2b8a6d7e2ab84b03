/**
 * The region's colours, taken from its logo as the API hands it out (the API has no colour
 * field): the logo's dominant colour, darkened until white text on it and it as text on white
 * or on the tint reach WCAG AA contrast (4.5:1), and a pale tint of it for backgrounds.
 */
import sharp from "sharp";

export interface Palette {
  primary: string;
  tint: string;
}

// KERN-like sober blue, when a region has no logo.
const FALLBACK: Palette = { primary: "#004b76", tint: "#e8f0f5" };

type Rgb = [number, number, number];

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];

/** Primary: links and bars (white text on it); tint: backgrounds (primary links on it). */
export function paletteFrom(dominant: Rgb): Palette {
  const tint = dominant.map((c) => 255 - (255 - c) * 0.1) as Rgb;
  let primary: Rgb = dominant;
  while (contrast(primary, WHITE) < 4.5 || contrast(primary, tint) < 4.5) {
    primary = primary.map((c) => c * 0.9) as Rgb;
  }
  return { primary: hex(primary), tint: hex(tint) };
}

export async function regionPalette(logoUrl: string | null | undefined): Promise<Palette> {
  if (!logoUrl) return FALLBACK;
  const response = await fetch(logoUrl);
  if (!response.ok) return FALLBACK;
  const { dominant } = await sharp(Buffer.from(await response.arrayBuffer())).stats();
  return paletteFrom([dominant.r, dominant.g, dominant.b]);
}
