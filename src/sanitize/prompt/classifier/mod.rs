//! The built-in statistical classifier: logistic regression over hashed word unigrams
//! and bigrams and character trigrams of the skeleton view, with weights compiled into
//! the crate (`weights.bin`, made by `train.rs` from the development part of
//! `tests/prompt_eval`; nothing is downloaded at run time).

#[cfg(test)]
mod train;

use std::sync::LazyLock;

/// The trained weights: a 32-byte header, then one signed byte per hash bucket.
const WEIGHTS: &[u8] = include_bytes!("weights.bin");
const MAGIC: &[u8; 4] = b"THPC";
const HEADER: usize = 32;

/// The model, read from [`WEIGHTS`].
#[derive(Debug)]
pub(crate) struct Model {
    bits: u32,
    /// The real weight of bucket `i` is `buckets[i] * scale`.
    scale: f32,
    bias: f32,
    /// How the model's log-odds enter the inspection's score: `beta * z + gamma`.
    pub(crate) beta: f32,
    pub(crate) gamma: f32,
    buckets: &'static [u8],
}

static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| Model::parse(WEIGHTS));

/// The built-in model; `None` only if `weights.bin` is malformed, which a test rules out.
pub(crate) fn model() -> Option<&'static Model> {
    MODEL.as_ref()
}

impl Model {
    fn parse(bytes: &'static [u8]) -> Option<Self> {
        let (header, buckets) = bytes.split_at_checked(HEADER)?;
        let f32_at = |at: usize| {
            header
                .get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .map(f32::from_le_bytes)
        };
        let bits = u32::from(*header.get(5)?);
        if &header[..4] != MAGIC
            || header[4] != 1
            || !(8..=24).contains(&bits)
            || buckets.len() != 1 << bits
        {
            return None;
        }
        Some(Self {
            bits,
            scale: f32_at(8)?,
            bias: f32_at(12)?,
            beta: f32_at(16)?,
            gamma: f32_at(20)?,
            buckets,
        })
    }

    /// The model's log-odds that `skeleton` (a skeleton view) is an injection.
    pub(crate) fn logit(&self, skeleton: &str) -> f32 {
        let mut sum = 0i64;
        let mut count = 0u32;
        features(skeleton, self.bits, |bucket| {
            sum += i64::from(self.buckets[bucket as usize] as i8);
            count += 1;
        });
        if count == 0 {
            return self.bias;
        }
        self.bias + self.scale * sum as f32 / (count as f32).sqrt()
    }
}

/// Calls `each` with the hash bucket of every feature of `text`: its words, pairs of
/// neighbouring words, and runs of three characters.
pub(crate) fn features(text: &str, bits: u32, mut each: impl FnMut(u32)) {
    let bucket = |hash: u64| (hash >> (64 - bits)) as u32;
    let mut previous_word: Option<u64> = None;
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word_hash = fnv(1, word.as_bytes());
        each(bucket(word_hash));
        if let Some(previous) = previous_word {
            each(bucket(mix(previous, word_hash)));
        }
        previous_word = Some(word_hash);
    }
    // Character trigrams over the text with runs of spaces and punctuation as one space.
    let mut window = [0u32; 3];
    let mut filled = 0;
    let mut last_space = true;
    for c in text.chars() {
        let c = if c.is_alphanumeric() { c } else { ' ' };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        window = [window[1], window[2], c as u32];
        filled += 1;
        if filled >= 3 {
            let packed =
                (u64::from(window[0]) << 42) ^ (u64::from(window[1]) << 21) ^ u64::from(window[2]);
            each(bucket(mix(0x7472_6967_7261_6d73, packed)));
        }
    }
}

/// FNV-1a over `bytes`, seeded by `kind` so that feature kinds do not collide by design.
fn fnv(kind: u64, bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325 ^ kind;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    mix(hash, kind)
}

/// A 64-bit mix of two values (the finaliser of SplitMix64 over their combination).
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a.rotate_left(23) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_weights_parse() {
        let model = model().expect("weights.bin is well formed");
        assert!(model.beta.is_finite() && model.gamma.is_finite() && model.scale > 0.0);
    }

    #[test]
    fn features_are_counted_once_each() {
        let mut n = 0;
        features("ignore all rules", 18, |_| n += 1);
        // Three words, two pairs, and the trigrams of "ignore all rules" (16 characters).
        assert_eq!(n, 3 + 2 + 14);
    }
}
