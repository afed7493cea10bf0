/**
 * The guided tour as a state machine: which step is open, driven by the presenter's keys.
 * Pure, so the key mapping and the bounds are testable without a browser.
 */
export type TourState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'open'; readonly index: number; readonly count: number }
  | { readonly kind: 'finished'; readonly count: number };

export type TourAction =
  | { readonly type: 'start'; readonly count: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'exit' };

export const TOUR_IDLE: TourState = { kind: 'idle' };

export function tourReducer(state: TourState, action: TourAction): TourState {
  switch (action.type) {
    case 'start':
      return action.count > 0 ? { kind: 'open', index: 0, count: action.count } : state;
    case 'exit':
      return TOUR_IDLE;
    case 'next':
      if (state.kind !== 'open') return state;
      return state.index + 1 < state.count
        ? { ...state, index: state.index + 1 }
        : { kind: 'finished', count: state.count };
    case 'previous':
      if (state.kind === 'finished')
        return { kind: 'open', index: state.count - 1, count: state.count };
      if (state.kind !== 'open') return state;
      return { ...state, index: Math.max(0, state.index - 1) };
  }
}

/**
 * Keys of the keyboard and of presenter remotes (which send PageDown/PageUp, some ArrowRight/
 * ArrowLeft, a few Space) to tour actions; null for keys the tour does not use.
 */
export function tourActionForKey(key: string, shiftKey = false): TourAction | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowRight':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'PageUp':
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'Escape':
    case 'Esc':
      return { type: 'exit' };
    default:
      return null;
  }
}
