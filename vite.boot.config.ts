import { defineConfig } from 'vite';

// The boot script: one small classic (non-module) script that <head> runs before the first
// paint. Built first, into dist/, so the main build's service worker precaches it.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2018',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/boot.ts', formats: ['iife'], name: 'boot', fileName: () => 'boot.js' },
  },
});
