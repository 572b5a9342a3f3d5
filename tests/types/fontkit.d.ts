/** The part of fontkit (a dependency of pdfmake) the font-metrics test and script use. */
declare module 'fontkit' {
  export function openSync(path: string): unknown
}
