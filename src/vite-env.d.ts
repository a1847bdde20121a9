/// <reference types="vite/client" />

/** Built locale files by `lang/namespace`, each under a name that carries its content hash (vite.config.ts). */
declare const __LOCALE_FILES__: Record<string, string>;
