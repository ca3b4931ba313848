// CRC-16/ARC (poly 0x8005 reflected = 0xA001, init 0, no final xor): the check of Onbon BX-5K frames.
// Check value: crc16arc("123456789") = 0xBB3D.
const table = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
  table[n] = c;
}

export function crc16arc(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ table[(crc ^ bytes[i]!) & 0xff]!;
  return crc;
}
