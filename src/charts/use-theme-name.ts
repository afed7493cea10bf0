import { useSyncExternalStore } from 'react';
import { THEMES, type ThemeName } from '../ui/tokens';

/**
 * The design theme in force, read from <html data-theme> (set by ui/theme.applyTheme from the
 * URL). A MutationObserver keeps charts in step when the theme changes without a reload.
 */
function read(): ThemeName {
  const value = document.documentElement.dataset.theme;
  return THEMES.find((t) => t === value) ?? 'desk';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    observer.disconnect();
  };
}

export function useThemeName(): ThemeName {
  return useSyncExternalStore(subscribe, read, () => 'desk');
}
