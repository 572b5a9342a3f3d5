import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import {
  alternativeEml,
  cyclicCompoundFile,
  eml,
  encodedWord,
  inlineImageEml,
  nestedEml,
  outlookMsg,
  PNG_1X1,
  TINY_PDF,
  withAttachedEml,
  withAttachment
} from '../../../../tests/fixtures/email'
import { parseEmail } from './email'
import { IntakeRefusalError } from './refusal'
import { parseEmailInWorker } from './workerClient'

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof IntakeRefusalError) return { code: error.code, params: error.params }
    throw error
  }
  throw new Error('Expected a refusal')
}

describe('reading .eml files', () => {
  it('reads multipart/alternative with ISO-8859-1 and UTF-8: sender, date, subject, plain text', async () => {
    const parsed = await parseEmail(alternativeEml(), 'begaran.eml')
    expect(parsed).toMatchObject({
      format: 'eml',
      from: { name: 'Märta Åkesson', address: 'marta@example.se' },
      subject: 'Begäran om registerutdrag',
      date: '2026-03-31T21:30:00.000Z',
      wasHtml: false,
      attachments: []
    })
    expect(parsed.text).toContain('Hälsningar, Märta Åkesson (Örebro)')
  })

  it('turns an HTML-only body into text: no markup, scripts or remote images survive', async () => {
    const parsed = await parseEmail(inlineImageEml(), 'radera.eml')
    expect(parsed.wasHtml).toBe(true)
    expect(parsed.text).toBe('Radera allt om mig, tack.')
    expect(parsed.attachments).toEqual([
      expect.objectContaining({ name: 'signatur.png', mime: 'image/png', isInline: true })
    ])
    const alt = await parseEmail(
      eml(
        { From: 'a@example.se', Subject: 'x', 'Content-Type': 'text/html; charset=utf-8' },
        '<p>Hej</p><script>alert(1)</script><img src="https://tracker.example/p.png"><form><input></form>'
      ),
      'x.eml'
    )
    expect(alt.text).toBe('Hej')
  })

  it('keeps an attached message as an attachment after checking it', async () => {
    const parsed = await parseEmail(withAttachedEml(), 'fwd.eml')
    expect(parsed.attachments.map((a) => [a.name, a.mime])).toEqual([
      ['id-kopia.pdf', 'application/pdf'],
      ['original.eml', 'message/rfc822']
    ])
    expect(parsed.attachments[1]!.size).toBeGreaterThan(100)
  })
})

describe('reading .msg files (written with a compound-file writer)', () => {
  it('reads sender, delivery time, subject, body and attachments', async () => {
    const parsed = await parseEmail(
      outlookMsg({
        senderName: 'Åsa Öberg',
        senderAddress: 'asa@example.se',
        subject: 'Avregistrera mig',
        body: 'Hej, avregistrera mig från nyhetsbrevet. /Åsa',
        deliveredAt: new Date('2026-04-30T21:30:00Z'),
        attachments: [
          { name: 'kvitto.pdf', mime: 'application/pdf', data: TINY_PDF },
          { name: 'bild.png', mime: 'image/png', data: PNG_1X1 }
        ]
      }),
      'avregistrera.msg'
    )
    expect(parsed).toMatchObject({
      format: 'msg',
      from: { name: 'Åsa Öberg', address: 'asa@example.se' },
      subject: 'Avregistrera mig',
      date: '2026-04-30T21:30:00.000Z',
      text: 'Hej, avregistrera mig från nyhetsbrevet. /Åsa'
    })
    expect(parsed.attachments.map((a) => [a.name, a.size])).toEqual([
      ['kvitto.pdf', TINY_PDF.length],
      ['bild.png', PNG_1X1.length]
    ])
  })
})

describe('hostile and broken messages are refused with a reason', () => {
  it('refuses files over 50 MB before reading them', async () => {
    expect(await refusal(parseEmail(new Uint8Array(50 * 1024 * 1024 + 1), 'big.eml'))).toEqual({
      code: 'INTAKE_TOO_LARGE',
      params: { maxMb: 50 }
    })
  })

  it('refuses binary junk, a .msg that is not one and a compound file that is no message', async () => {
    const junk = new Uint8Array(2048).map((_, i) => (i * 131) % 256)
    expect((await refusal(parseEmail(junk, 'x.eml'))).code).toBe('INTAKE_MALFORMED')
    expect((await refusal(parseEmail(alternativeEml(), 'x.msg'))).code).toBe('INTAKE_MALFORMED')
    expect((await refusal(parseEmail(Buffer.from('hej'), 'x.pdf'))).code).toBe('INTAKE_UNSUPPORTED')
    expect((await refusal(parseEmail(eml({ Subject: 'x' }, 'no sender'), 'x.eml'))).code).toBe(
      'INTAKE_NO_SENDER'
    )
  })

  it('refuses several senders, and a display name that shows another address', async () => {
    const two = eml({ From: 'a@example.se, b@example.se', Subject: 'x' }, 'x')
    expect((await refusal(parseEmail(two, 'x.eml'))).code).toBe('INTAKE_NO_SENDER')
    const spoof = eml(
      { From: `${encodedWord('chef@entrack.se')} <evil@example.com>`, Subject: 'x' },
      'x'
    )
    expect(await refusal(parseEmail(spoof, 'x.eml'))).toEqual({
      code: 'INTAKE_SENDER_MISMATCH',
      params: { shown: 'chef@entrack.se', address: 'evil@example.com' }
    })
  })

  it('refuses encoded words that decode to line breaks, control characters or direction overrides', async () => {
    const injected = eml(
      { From: 'a@example.se', Subject: '=?utf-8?Q?Hej=0D=0ABcc:_x@example.com?=' },
      'x'
    )
    expect(await refusal(parseEmail(injected, 'x.eml'))).toEqual({
      code: 'INTAKE_ENCODED_WORD_TRICK',
      params: { field: 'subject' }
    })
    const reversed = withAttachment({
      name: encodedWord('faktura\u202Efdp.exe'),
      mime: 'application/pdf',
      data: TINY_PDF
    })
    expect(await refusal(parseEmail(reversed, 'x.eml'))).toEqual({
      code: 'INTAKE_ENCODED_WORD_TRICK',
      params: { field: 'filename' }
    })
    const pathName = withAttachment({
      name: '../../evil.pdf',
      mime: 'application/pdf',
      data: TINY_PDF
    })
    expect((await refusal(parseEmail(pathName, 'x.eml'))).code).toBe('INTAKE_ENCODED_WORD_TRICK')
  })

  it('follows attached messages three levels deep and refuses deeper ones', async () => {
    await expect(parseEmail(nestedEml(3), 'x.eml')).resolves.toMatchObject({ format: 'eml' })
    expect((await refusal(parseEmail(nestedEml(4), 'x.eml'))).code).toBe('INTAKE_NESTED_TOO_DEEP')
    // MIME parts nested beyond reason (a "MIME bomb").
    let deep = 'From: a@example.se\r\nSubject: deep\r\n'
    for (let i = 0; i < 60; i++)
      deep += `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`
    expect((await refusal(parseEmail(Buffer.from(deep + '\r\nx'), 'x.eml'))).code).toBe(
      'INTAKE_NESTED_TOO_DEEP'
    )
  })

  it('refuses a zip bomb attachment, also one hidden in an attached message', async () => {
    const bomb = zipSync({ 'zeros.bin': new Uint8Array(40 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(200_000)
    expect(
      await refusal(
        parseEmail(
          withAttachment({ name: 'bilder.zip', mime: 'application/zip', data: bomb }),
          'x.eml'
        )
      )
    ).toEqual({ code: 'INTAKE_ZIP_BOMB', params: { name: 'bilder.zip' } })
    const hidden = withAttachedEml(
      withAttachment({ name: 'b.zip', mime: 'application/zip', data: bomb })
    )
    expect((await refusal(parseEmail(hidden, 'x.eml'))).code).toBe('INTAKE_ZIP_BOMB')
    // Archives inside archives, deeper than anyone sends (42.zip style).
    let nested: Uint8Array = zipSync({ 'a.txt': new TextEncoder().encode('x') })
    for (let i = 0; i < 4; i++) nested = zipSync({ [`level${i}.zip`]: nested })
    expect(
      (
        await refusal(
          parseEmail(
            withAttachment({ name: 'n.zip', mime: 'application/zip', data: nested }),
            'x.eml'
          )
        )
      ).code
    ).toBe('INTAKE_ZIP_BOMB')
    // An ordinary archive passes.
    const ok = zipSync({ 'brev.txt': new TextEncoder().encode('Hej '.repeat(1000)) })
    await expect(
      parseEmail(withAttachment({ name: 'brev.zip', mime: 'application/zip', data: ok }), 'x.eml')
    ).resolves.toMatchObject({ attachments: [expect.objectContaining({ name: 'brev.zip' })] })
  })

  it('refuses attachments whose bytes contradict their type or name, and programs', async () => {
    const pngAsPdf = withAttachment({ name: 'faktura.pdf', mime: 'application/pdf', data: PNG_1X1 })
    expect(await refusal(parseEmail(pngAsPdf, 'x.eml'))).toEqual({
      code: 'INTAKE_TYPE_MISMATCH',
      params: { name: 'faktura.pdf', claimed: 'pdf', actual: 'png' }
    })
    const textAsPdf = withAttachment({
      name: 'intyg.pdf',
      mime: 'application/pdf',
      data: Buffer.from('hej')
    })
    expect((await refusal(parseEmail(textAsPdf, 'x.eml'))).code).toBe('INTAKE_TYPE_MISMATCH')
    const pdfAsText = withAttachment({ name: 'notes.txt', mime: 'text/plain', data: TINY_PDF })
    expect((await refusal(parseEmail(pdfAsText, 'x.eml'))).code).toBe('INTAKE_TYPE_MISMATCH')
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510)])
    const exe = withAttachment({ name: 'bild.jpg', mime: 'image/jpeg', data: program })
    expect((await refusal(parseEmail(exe, 'x.eml'))).code).toMatch(
      /INTAKE_(EXECUTABLE|TYPE_MISMATCH)/
    )
    const named = withAttachment({
      name: 'setup.exe',
      mime: 'application/octet-stream',
      data: TINY_PDF
    })
    expect((await refusal(parseEmail(named, 'x.eml'))).code).toBe('INTAKE_EXECUTABLE')
    // Generic types and text formats pass on their name.
    const csv = withAttachment({
      name: 'data.csv',
      mime: 'application/octet-stream',
      data: Buffer.from('a;b')
    })
    await expect(parseEmail(csv, 'x.eml')).resolves.toMatchObject({ format: 'eml' })
  })

  it('refuses a .msg whose attachment lies about its type', async () => {
    const msg = outlookMsg({
      senderName: 'A',
      senderAddress: 'a@example.se',
      subject: 'x',
      body: 'x',
      attachments: [{ name: 'pass.jpg', mime: 'image/jpeg', data: TINY_PDF }]
    })
    expect((await refusal(parseEmail(msg, 'x.msg'))).code).toBe('INTAKE_TYPE_MISMATCH')
  })
})

describe('the intake worker', () => {
  it('parses in a worker thread and hands back the same result', async () => {
    const outcome = await parseEmailInWorker(alternativeEml(), 'begaran.eml')
    expect(outcome).toMatchObject({ ok: true, value: { from: { address: 'marta@example.se' } } })
  })

  it('ends a parser caught in a loop by a hostile compound file, and main goes on', async () => {
    const started = Date.now()
    const outcome = await parseEmailInWorker(cyclicCompoundFile(), 'trap.msg', {
      timeoutMs: 3_000,
      maxHeapMb: 256
    })
    expect(outcome).toEqual({ ok: false, refusal: { code: 'INTAKE_TOO_COMPLEX', params: {} } })
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('returns refusals from the worker with their parameters', async () => {
    const outcome = await parseEmailInWorker(Buffer.from('hej'), 'x.pdf')
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: 'INTAKE_UNSUPPORTED', params: { name: 'x.pdf' } }
    })
  })
})
