import type { Page } from 'playwright-core'

/**
 * Drops a file on `selector` (default: the page body) as the OS would: a drag-over, then a drop
 * event whose DataTransfer carries a File with these bytes.
 */
export async function dropFile(
  page: Page,
  file: { name: string; type: string; bytes: Uint8Array },
  selector = 'body'
): Promise<void> {
  await page.evaluate(
    ([name, type, base64, target]) => {
      const binary = atob(base64)
      const data = new Uint8Array(binary.length)
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i)
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], name, { type }))
      const element = document.querySelector(target) ?? document.body
      for (const kind of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(
          new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true })
        )
    },
    [file.name, file.type, Buffer.from(file.bytes).toString('base64'), selector] as const
  )
}
