//! The typing mistakes the code tests make on purpose: every single-symbol substitution of a
//! code, and every swap of two different neighbouring symbols.

/// The codes' alphabet, as `docs/code-format.md` writes it.
pub const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Every code that differs from `code` in one symbol: its place (from 0) and the mistyped code,
/// place by place, each place's replacements in the alphabet's order.
pub fn substitutions(code: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    for (position, &symbol) in chars.iter().enumerate() {
        for replacement in ALPHABET.chars().filter(|&c| c != symbol) {
            let mut typo = chars.clone();
            typo[position] = replacement;
            out.push((position, typo.into_iter().collect()));
        }
    }
    out
}

/// Every code made from `code` by swapping two neighbouring symbols that differ.
pub fn swaps(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    (0..chars.len().saturating_sub(1))
        .filter(|&position| chars[position] != chars[position + 1])
        .map(|position| {
            let mut swapped = chars.clone();
            swapped.swap(position, position + 1);
            swapped.into_iter().collect()
        })
        .collect()
}
