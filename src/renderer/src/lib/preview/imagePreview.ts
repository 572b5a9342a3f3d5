/**
 * Scanned letters as images: JPEG, PNG, GIF, WebP and BMP are shown from a blob URL of the bytes
 * in memory (img-src blob: is allowed); TIFF, which browsers do not show, is decoded with the
 * `tiff` package and drawn onto a canvas. Nothing is written to disk.
 */
import { decode } from 'tiff'

export const BROWSER_IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/bmp'
] as const

export type PreviewKind = 'pdf' | 'image' | 'tiff' | 'none'

/** What kind of preview a file gets, from its type and, as a check, its first bytes. */
export function previewKind(mime: string, head: Uint8Array): PreviewKind {
  const starts = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte)
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff'
  const isImage =
    starts(0xff, 0xd8, 0xff) ||
    starts(0x89, 0x50, 0x4e, 0x47) ||
    starts(0x47, 0x49, 0x46, 0x38) ||
    starts(0x42, 0x4d) ||
    (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57)
  if (isImage && (BROWSER_IMAGE_TYPES as readonly string[]).includes(mime)) return 'image'
  if (isImage) return 'image'
  return 'none'
}

/** Draws the first page of a TIFF onto `canvas`; throws for compressions it cannot read. */
export function drawTiff(data: Uint8Array, canvas: HTMLCanvasElement): { pages: number } {
  const pages = decode(data, { pages: [0] })
  const page = pages[0]
  if (!page) throw new Error('TIFF without pages')
  const { width, height } = page
  const samples = page.samplesPerPixel
  const packed = page.bitsPerSample === 1
  // One bit per pixel (a black-and-white scan) comes packed, eight pixels a byte, rows padded.
  const rowBytes = Math.ceil(width / 8)
  const source: ArrayLike<number> = packed
    ? Array.from({ length: width * height }, (_, pixel) => {
        const row = Math.floor(pixel / width)
        const column = pixel % width
        return (page.data[row * rowBytes + (column >> 3)]! >> (7 - (column & 7))) & 1
      })
    : page.data
  const max = page.bitsPerSample === 16 ? 65535 : packed ? 1 : 255
  const rgba = new Uint8ClampedArray(width * height * 4)
  const whiteIsZero = page.type === 0
  for (let pixel = 0; pixel < width * height; pixel++) {
    const at = pixel * samples
    const scale = (value: number) => Math.round((value / max) * 255)
    if (samples >= 3) {
      rgba[pixel * 4] = scale(source[at]!)
      rgba[pixel * 4 + 1] = scale(source[at + 1]!)
      rgba[pixel * 4 + 2] = scale(source[at + 2]!)
    } else {
      const grey = scale(source[at]!)
      const value = whiteIsZero ? 255 - grey : grey
      rgba[pixel * 4] = rgba[pixel * 4 + 1] = rgba[pixel * 4 + 2] = value
    }
    rgba[pixel * 4 + 3] = samples === 4 || samples === 2 ? scale(source[at + samples - 1]!) : 255
  }
  canvas.width = width
  canvas.height = height
  canvas.getContext('2d')!.putImageData(new ImageData(rgba, width, height), 0, 0)
  return { pages: pages.length }
}
