// Slip codes as someone who knows the format (docs/code-format.md, "Slips") but not the key can
// make them: the public checksum agrees, the key's check does not.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 35 bits of the slip a slip code (with or without dashes) holds. */
export function slipBits(code) {
  let value = 0n;
  for (const c of code.replaceAll('-', '')) value = (value << 5n) | BigInt(ALPHABET.indexOf(c));
  return Number(value >> 10n);
}

/** The slip code of these 35 bits, with a CRC-10/ATM that agrees. */
export function slipCodeOf(bits) {
  let remainder = 0n;
  const data = BigInt(bits);
  for (let i = 34n; i >= 0n; i--) {
    const top = ((remainder >> 9n) & 1n) ^ ((data >> i) & 1n);
    remainder = (remainder << 1n) & 0x3ffn;
    if (top) remainder ^= 0x233n;
  }
  const value = (data << 10n) | remainder;
  let text = '';
  for (let i = 8n; i >= 0n; i--) text += ALPHABET[Number((value >> (5n * i)) & 31n)];
  return `${text.slice(0, 3)}-${text.slice(3, 6)}-${text.slice(6)}`;
}
