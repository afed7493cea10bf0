import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ADMIN_UNITS } from '../catalog/admin-units';
import { getRuntimeConfig } from '../data/config/current-config';
import { RESUME_KEY, decodeResume, type ResumeState } from './resume';
import { scenePanels } from './scene-panels';
import { openedAt, resolveWallConfig, wallRawParams, type ResolvedWall } from './search';
import { WallScreen } from './WallScreen';

/** The configuration's fingerprint: a stored position only applies to the same playlist. */
function signatureOf(resolved: ResolvedWall): string {
  return resolved.config.entries.map((e) => `${e.scene}:${String(e.seconds)}`).join(',');
}

/** Reads (and clears) the position a watchdog reload left behind. */
function takeResume(signature: string): ResumeState | null {
  try {
    const stored = decodeResume(sessionStorage.getItem(RESUME_KEY), signature);
    sessionStorage.removeItem(RESUME_KEY);
    return stored;
  } catch {
    return null;
  }
}

/**
 * `/wall`: configured entirely by the URL, read once when the page opens (a kiosk reloads to
 * change it). Bad parameters fall back to defaults and are listed on the status line.
 */
export function WallRoute() {
  const [setup] = useState(() => {
    const resolved = resolveWallConfig(
      wallRawParams(window.location, openedAt()),
      (id) => scenePanels(id) !== undefined,
    );
    const signature = signatureOf(resolved);
    return { resolved, signature, resume: takeResume(signature) };
  });
  const { config, issues } = setup.resolved;
  const search: Record<string, unknown> = useSearch({ strict: false });
  const theme = search.theme;
  const navigate = useNavigate();

  // The wall theme is the wall's default: write it to the URL so the whole page (and charts,
  // which read <html data-theme>) use it.
  useEffect(() => {
    if (theme !== config.theme) {
      void navigate({
        to: '.',
        search: (prev: Record<string, unknown>) => ({ ...prev, theme: config.theme }),
        replace: true,
      });
    }
  }, [theme, config.theme, navigate]);

  const defaultUnit = getRuntimeConfig().defaultUnit;
  const unitCode = config.unit ?? (ADMIN_UNITS.currentByCode(defaultUnit) ? defaultUnit : '92');

  return (
    <WallScreen
      config={config}
      issues={issues}
      unitCode={unitCode}
      resume={setup.resume}
      signature={setup.signature}
    />
  );
}
