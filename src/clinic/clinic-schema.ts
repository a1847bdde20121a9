import * as z from 'zod/mini';

const bilingual = z.object({ en: z.string().check(z.minLength(1)), ja: z.string().check(z.minLength(1)) });

/** public/clinic.json: where the hepatologist prompt tells a patient to book. */
export const clinicSchema = z.object({
  name: bilingual,
  phone: z.string().check(z.regex(/^[+\d][\d\s()-]{5,}$/)),
  address: bilingual,
  url: z.optional(z.url({ protocol: /^https?$/ })),
  hours: bilingual,
});
export type Clinic = z.infer<typeof clinicSchema>;

/** The clinic, or the problems that make the file unusable, each naming its field. */
export function parseClinic(data: unknown): { clinic: Clinic } | { problems: string } {
  const result = clinicSchema.safeParse(data);
  if (result.success) return { clinic: result.data };
  return { problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') };
}
