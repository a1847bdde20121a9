import type { Clinic } from './clinic-schema';

export type { Clinic };
const CLINIC_PATH = '/clinic.json';

/**
 * Reads and checks the clinic's details (public/clinic.json). The app works without them:
 * anything missing or wrong gives one console warning that names the problem, and the generic
 * prompt. The shipped file holds `null` (no clinic): then the schema is never even downloaded.
 */
export async function loadClinic(fetchImpl: typeof fetch = fetch): Promise<Clinic | undefined> {
  let data: unknown;
  try {
    const response = await fetchImpl(CLINIC_PATH, { cache: 'no-cache' });
    if (!response.ok) {
      console.warn(`clinic.json: not loaded (HTTP ${response.status}); showing the generic prompt.`);
      return undefined;
    }
    data = await response.json();
  } catch (error) {
    console.warn(`clinic.json: could not be read (${error instanceof Error ? error.message : String(error)}); showing the generic prompt.`);
    return undefined;
  }
  if (data === null) return undefined;
  const { parseClinic } = await import('./clinic-schema');
  const result = parseClinic(data);
  if ('problems' in result) {
    console.warn(`clinic.json is invalid, showing the generic prompt. ${result.problems}`);
    return undefined;
  }
  return result.clinic;
}
