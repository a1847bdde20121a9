import * as z from 'zod/mini';

const bilingual = z.object({ en: z.string().check(z.minLength(1)), ja: z.string().check(z.minLength(1)) });

/** public/clinic.json: where the hepatologist prompt tells a patient to book. `null` means none. */
export const clinicSchema = z.object({
  name: bilingual,
  phone: z.string().check(z.regex(/^[+\d][\d\s()-]{5,}$/)),
  address: bilingual,
  url: z.optional(z.url({ protocol: /^https?$/ })),
  hours: bilingual,
});
export type Clinic = z.infer<typeof clinicSchema>;

export const CLINIC_PATH = '/clinic.json';

/**
 * Reads and checks the clinic's details. The app works without them: anything missing or wrong
 * gives one console warning that names the problem, and the generic prompt.
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
  if (data === null) return undefined; // the shipped file: no clinic configured
  const result = clinicSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    console.warn(`clinic.json is invalid, showing the generic prompt. ${problems}`);
    return undefined;
  }
  return result.data;
}
