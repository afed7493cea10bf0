/** Placeholder until the wall is built: the catalogue marks it not built. */
export function WallRoute() {
  return null;
}
