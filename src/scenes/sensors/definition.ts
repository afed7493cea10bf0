/**
 * The sensors scene's sections, as data (the wall can lay out the same list). They are scene
 * components rather than registry panel types: each needs the shared live feed of the station
 * network, which one panel spec cannot carry.
 */
export type SensorsSectionId = 'map' | 'list' | 'detail' | 'health';

export interface SensorsSection {
  readonly id: SensorsSectionId;
  readonly wide?: boolean;
}

export const SENSORS_PANELS: readonly SensorsSection[] = [
  { id: 'map', wide: true },
  { id: 'detail', wide: true },
  { id: 'list' },
  { id: 'health' },
];
