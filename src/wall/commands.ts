import type { RotationCommand } from './rotation';

/** What a key or remote-control button does on the wall. */
export type WallAction = RotationCommand | { readonly type: 'acknowledge' };

export interface CommandBinding {
  /** `KeyboardEvent.key` values (remote controls send the Media* keys, presenters PageUp/Down) */
  readonly keys: readonly string[];
  readonly action: WallAction;
  /** message key (under `wall.commands.`) describing it, for docs and the help text */
  readonly describe: string;
}

/**
 * Every wall command, defined once as data: the key handler, the documentation and the tests
 * all read this table.
 */
export const COMMAND_TABLE: readonly CommandBinding[] = [
  {
    keys: [' ', 'Spacebar', 'MediaPlayPause', 'p', 'P'],
    action: { type: 'togglePause' },
    describe: 'pause',
  },
  {
    keys: ['ArrowRight', 'PageDown', 'MediaTrackNext', 'n', 'N'],
    action: { type: 'next' },
    describe: 'next',
  },
  {
    keys: ['ArrowLeft', 'PageUp', 'MediaTrackPrevious', 'b', 'B'],
    action: { type: 'previous' },
    describe: 'previous',
  },
  { keys: ['Enter', 'a', 'A'], action: { type: 'acknowledge' }, describe: 'acknowledge' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): CommandBinding => ({
    keys: [String(n)],
    action: { type: 'jump', index: n - 1 },
    describe: 'jump',
  })),
];

const BY_KEY: ReadonlyMap<string, WallAction> = new Map(
  COMMAND_TABLE.flatMap((binding) => binding.keys.map((key) => [key, binding.action] as const)),
);

/** The action of a key press, or null. Modified keys (Ctrl+R, Alt+←) stay the browser's. */
export function actionForKey(event: {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}): WallAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return BY_KEY.get(event.key) ?? null;
}
