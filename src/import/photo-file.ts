// What the photo path accepts, checked before anything is loaded.

export type PhotoStage = 'load' | 'prepare' | 'read';

/** Phone photos are 2–12 MB; past this it is not a photo of a page (or would exhaust memory). */
export const MAX_PHOTO_MB = 25;

const IMAGE_NAME = /\.(?:jpe?g|png|webp|gif|bmp|heic|heif|avif)$/i;

export function checkPhotoFile(file: File): { key: 'notImage' } | { key: 'tooLarge'; size: number } | undefined {
  const isImage = file.type ? file.type.startsWith('image/') && !file.type.includes('svg') : IMAGE_NAME.test(file.name);
  if (!isImage) return { key: 'notImage' };
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) return { key: 'tooLarge', size: Math.round(file.size / 1024 / 1024) };
  return undefined;
}
