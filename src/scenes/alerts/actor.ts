/** Who is acting, remembered on this device (there is no sign-in yet: the audit trail says who). */
const KEY = 'ioc-alert-actor';

export function readActor(): string | null {
  try {
    return storage()?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function writeActor(name: string): void {
  try {
    storage()?.setItem(KEY, name.slice(0, 200));
  } catch {
    // storage disabled: the name is asked again next time
  }
}

/** localStorage where there is one (not in Node, nor with storage blocked). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
