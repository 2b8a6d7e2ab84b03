/**
 * The region's colours: its colour from the API (`regionSettings.primaryColour`, which the CMS
 * lets through only when white text on it reaches WCAG AA contrast, 4.5:1) with a pale tint of
 * it for backgrounds. Where editors left the colour empty, the logo's dominant colour, darkened
 * until white text on it and it as text on white or on the tint reach 4.5:1.
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

/** The colour at `share` on white: 0.1 is a pale tint, 0 white. */
const tintOf = (colour: Rgb, share: number) => colour.map((c) => 255 - (255 - c) * share) as Rgb;

/** Primary: links and bars (white text on it); tint: backgrounds (primary links on it). */
export function paletteFrom(dominant: Rgb): Palette {
  const tint = tintOf(dominant, 0.1);
  let primary: Rgb = dominant;
  while (contrast(primary, WHITE) < 4.5 || contrast(primary, tint) < 4.5) {
    primary = primary.map((c) => c * 0.9) as Rgb;
  }
  return { primary: hex(primary), tint: hex(tint) };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The API's colour as it is, and the palest tint it still reaches 4.5:1 on as text. */
export function paletteOf(colour: string): Palette | null {
  if (!HEX.test(colour)) return null;
  const primary = [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16)) as Rgb;
  if (contrast(primary, WHITE) < 4.5) return null; // the CMS refuses such a colour; be safe
  // 10 % of the colour on white, less where that is too dark for it as text; at 0 % it is white.
  let share = 0.1;
  while (contrast(primary, tintOf(primary, share)) < 4.5) share = Math.max(0, share - 0.01);
  const tint = tintOf(primary, share);
  return { primary: colour.toLowerCase(), tint: hex(tint) };
}

/** The region's palette: from the API's colour, else from the logo, else a sober blue. */
export async function regionPalette(
  colour: string | null | undefined,
  logoUrl: string | null | undefined,
): Promise<Palette> {
  const fromColour = colour ? paletteOf(colour) : null;
  if (fromColour) return fromColour;
  if (!logoUrl) return FALLBACK;
  const response = await fetch(logoUrl);
  if (!response.ok) return FALLBACK;
  const { dominant } = await sharp(Buffer.from(await response.arrayBuffer())).stats();
  return paletteFrom([dominant.r, dominant.g, dominant.b]);
}
