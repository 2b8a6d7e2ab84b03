// What the microsite's scripts share on their command line.

/** The four demo regions, served and built when none are named. */
export const ALL_REGIONS = ["suedwestfalen", "emscher-lippe", "kreis-unna", "owl"];

/** Removes `flag value` from args and returns the value as a port; else MICROSITE_PORT or 4300. */
export function takePort(args, flag) {
  const index = args.indexOf(flag);
  if (index < 0) return Number(process.env.MICROSITE_PORT ?? 4300);
  const [, value] = args.splice(index, 2);
  return Number(value);
}
