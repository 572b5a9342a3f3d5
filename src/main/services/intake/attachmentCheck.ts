/**
 * What an attachment is, by its bytes (file-type reads the magic numbers), against what the
 * message says it is (its MIME type and file name): a PDF that is really a program, or an image
 * that is really an archive, is refused (issue 16). Programs are refused whatever they claim;
 * archives are unpacked as a stream to rule out zip bombs.
 */
import { fileTypeFromBuffer } from 'file-type'
import { extensionOf } from './names'
import { assertNotZipBomb, isArchive } from './zip'
import { INTAKE_REFUSAL, refuse } from './refusal'

/** Programs and scripts: a data subject's request never needs one. */
const EXECUTABLE_TYPES = new Set([
  'exe',
  'elf',
  'macho',
  'dex',
  'class',
  'wasm',
  'apk',
  'jar',
  'lnk'
])
const EXECUTABLE_NAMES = new Set([
  'exe',
  'dll',
  'scr',
  'com',
  'pif',
  'cpl',
  'msi',
  'bat',
  'cmd',
  'vbs',
  'vbe',
  'js',
  'jse',
  'wsf',
  'wsh',
  'ps1',
  'hta',
  'lnk',
  'jar',
  'apk',
  'app',
  'elf',
  'sh'
])

/** Detected types whose files may carry any of these extensions. */
const FAMILIES: Record<string, readonly string[]> = {
  zip: ['zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub', 'kmz', 'xps', 'oxps'],
  docx: ['docx', 'docm', 'dotx', 'zip'],
  xlsx: ['xlsx', 'xlsm', 'xltx', 'zip'],
  pptx: ['pptx', 'pptm', 'ppsx', 'zip'],
  cfb: ['doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'msg', 'msi', 'vsd', 'pub'],
  jpg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  tif: ['tif', 'tiff'],
  heic: ['heic', 'heif'],
  mp4: ['mp4', 'm4v', 'm4a'],
  xml: ['xml', 'svg', 'html', 'htm', 'xhtml']
}

/** Extensions whose files file-type always recognises: claiming one without the bytes is a lie. */
const DETECTABLE_NAMES = new Set([
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'bmp',
  'webp',
  'tif',
  'tiff',
  'heic',
  'zip',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'gz',
  '7z',
  'rar',
  'doc',
  'xls',
  'ppt',
  'msg'
])
/** MIME types of the same detectable formats. */
const DETECTABLE_MIMES = new Map<string, string>([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/jpg', 'jpg'],
  ['image/pjpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/bmp', 'bmp'],
  ['image/webp', 'webp'],
  ['image/tiff', 'tif'],
  ['application/zip', 'zip'],
  ['application/x-zip-compressed', 'zip'],
  ['application/gzip', 'gz'],
  ['application/x-gzip', 'gz'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
  ['application/msword', 'cfb'],
  ['application/vnd.ms-excel', 'cfb'],
  ['application/vnd.ms-powerpoint', 'cfb'],
  ['application/vnd.ms-outlook', 'cfb']
])
/** Declared types that say nothing. */
const GENERIC_MIMES = new Set([
  '',
  'application/octet-stream',
  'application/unknown',
  'application/x-download',
  'binary/octet-stream',
  'application/force-download'
])

const normaliseMime = (mime: string) => mime.split(';')[0]!.trim().toLowerCase()

function fits(detected: string, claimed: string): boolean {
  if (claimed === detected) return true
  return (FAMILIES[detected] ?? []).includes(claimed)
}

export type CheckedAttachment = {
  /** The detected type, when the bytes have a known signature. */
  detected?: { ext: string; mime: string }
}

/**
 * Refuses programs, zip bombs and attachments whose bytes contradict their declared type or
 * extension. Text formats (txt, csv, html, eml) have no signature and pass on their name.
 */
export async function checkAttachment(input: {
  name: string
  mime: string
  data: Uint8Array
}): Promise<CheckedAttachment> {
  const ext = extensionOf(input.name)
  const mime = normaliseMime(input.mime)
  if (EXECUTABLE_NAMES.has(ext)) refuse(INTAKE_REFUSAL.executable, { name: input.name })
  if (isArchive(input.data)) assertNotZipBomb(input.data, input.name)
  const detected = await fileTypeFromBuffer(input.data)
  if (detected && EXECUTABLE_TYPES.has(detected.ext))
    refuse(INTAKE_REFUSAL.executable, { name: input.name })
  const claimedByMime = DETECTABLE_MIMES.get(mime)
  if (detected) {
    if (ext && !fits(detected.ext, ext) && DETECTABLE_NAMES.has(ext))
      refuse(INTAKE_REFUSAL.typeMismatch, { name: input.name, claimed: ext, actual: detected.ext })
    if (claimedByMime && !fits(detected.ext, claimedByMime) && !fits(claimedByMime, detected.ext))
      refuse(INTAKE_REFUSAL.typeMismatch, { name: input.name, claimed: mime, actual: detected.ext })
    // A binary format declared as text (or as a kind of image it is not).
    if (
      !GENERIC_MIMES.has(mime) &&
      !claimedByMime &&
      (mime.startsWith('text/') || mime.startsWith('image/')) &&
      !detected.mime.startsWith(mime.split('/')[0]!) &&
      !(detected.ext === 'xml' && mime.startsWith('text/'))
    )
      refuse(INTAKE_REFUSAL.typeMismatch, { name: input.name, claimed: mime, actual: detected.ext })
    return { detected: { ext: detected.ext, mime: detected.mime } }
  }
  if (DETECTABLE_NAMES.has(ext))
    refuse(INTAKE_REFUSAL.typeMismatch, { name: input.name, claimed: ext, actual: 'unknown' })
  if (claimedByMime)
    refuse(INTAKE_REFUSAL.typeMismatch, { name: input.name, claimed: mime, actual: 'unknown' })
  return {}
}
