/** An offset from the scenario's start as "+h:mm" (hours may pass 24): language-neutral. */
export function offsetText(ms: number): string {
  const totalMinutes = Math.round(Math.max(0, ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `+${hours}:${String(minutes).padStart(2, '0')}`;
}
