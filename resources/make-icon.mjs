#!/usr/bin/env node
/**
 * Draws the app icon (a calm teal shield with a white check) and writes resources/icon.png
 * (512×512, what electron-builder turns into the Windows .ico and the Linux icons) and
 * resources/icon.svg from the same geometry. No dependencies: a tiny rasterizer with 4×4
 * supersampling and a PNG encoder on top of zlib.
 *
 *   node resources/make-icon.mjs
 */
import { Buffer } from 'node:buffer'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4

const COLORS = {
  rim: [0x1f, 0x5c, 0x58],
  face: [0x2e, 0x86, 0x7f],
  check: [0xff, 0xff, 0xff]
}

/** Shield outline as a polygon: straight shoulders with rounded corners, sides easing into a point. */
function shield(inset) {
  const top = 52 + inset
  const shoulder = 270
  const bottom = 470 - inset * 1.45
  const half = 172 - inset
  const corner = Math.max(8, 40 - inset)
  const points = []
  // Top edge, left to right, with quarter-circle corners.
  for (let i = 0; i <= 12; i += 1) {
    const a = Math.PI + (i / 12) * (Math.PI / 2)
    points.push([256 - half + corner + corner * Math.cos(a), top + corner + corner * Math.sin(a)])
  }
  for (let i = 0; i <= 12; i += 1) {
    const a = -Math.PI / 2 + (i / 12) * (Math.PI / 2)
    points.push([256 + half - corner + corner * Math.cos(a), top + corner + corner * Math.sin(a)])
  }
  // Right side down to the point, then back up the left side.
  const side = []
  for (let i = 0; i <= 48; i += 1) {
    const t = i / 48
    const y = shoulder + t * (bottom - shoulder)
    side.push([half * (1 - t) * (1 + 0.85 * t), y])
  }
  for (const [w, y] of side) points.push([256 + w, y])
  for (const [w, y] of side.reverse().slice(1)) points.push([256 - w, y])
  return points
}

const CHECK = { points: [[168, 262], [232, 326], [352, 190]], radius: 30 }

function insidePolygon(points, x, y) {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i, i += 1) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function nearPolyline(points, radius, x, y) {
  for (let i = 1; i < points.length; i += 1) {
    const [ax, ay] = points[i - 1]
    const [bx, by] = points[i]
    const dx = bx - ax
    const dy = by - ay
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    const px = ax + t * dx - x
    const py = ay + t * dy - y
    if (px * px + py * py <= radius * radius) return true
  }
  return false
}

function render() {
  const outer = shield(0)
  const inner = shield(20)
  const rgba = Buffer.alloc(SIZE * SIZE * 4)
  for (let py = 0; py < SIZE; py += 1) {
    for (let px = 0; px < SIZE; px += 1) {
      let r = 0
      let g = 0
      let b = 0
      let covered = 0
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = px + (sx + 0.5) / SAMPLES
          const y = py + (sy + 0.5) / SAMPLES
          if (!insidePolygon(outer, x, y)) continue
          const color = nearPolyline(CHECK.points, CHECK.radius, x, y)
            ? COLORS.check
            : insidePolygon(inner, x, y)
              ? COLORS.face
              : COLORS.rim
          r += color[0]
          g += color[1]
          b += color[2]
          covered += 1
        }
      }
      const at = (py * SIZE + px) * 4
      if (covered) {
        rgba[at] = Math.round(r / covered)
        rgba[at + 1] = Math.round(g / covered)
        rgba[at + 2] = Math.round(b / covered)
        rgba[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES))
      }
    }
  }
  return rgba
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(rgba, width, height) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height)
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0 // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

const hex = ([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`
const polygon = (points) => points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')

function svg() {
  const check = CHECK.points.map(([x, y]) => `${x},${y}`).join(' ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <title>Close Call</title>
  <polygon fill="${hex(COLORS.rim)}" points="${polygon(shield(0))}"/>
  <polygon fill="${hex(COLORS.face)}" points="${polygon(shield(20))}"/>
  <polyline fill="none" stroke="${hex(COLORS.check)}" stroke-width="${CHECK.radius * 2}" stroke-linecap="round" stroke-linejoin="round" points="${check}"/>
</svg>
`
}

const here = dirname(fileURLToPath(import.meta.url))
writeFileSync(join(here, 'icon.png'), encodePng(render(), SIZE, SIZE))
writeFileSync(join(here, 'icon.svg'), svg())
