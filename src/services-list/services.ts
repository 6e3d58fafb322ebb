/** The services and sections the list can show, by id (the `services` and `sections` attributes). */
export const SERVICE_IDS = ['law-enforcement-training', 'facilitated-dialogue', 'bias-incident-forums', 'mediation', 'public-events'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
export const SECTION_IDS = ['services', 'works-with', 'about'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
